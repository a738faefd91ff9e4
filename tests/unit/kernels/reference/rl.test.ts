/** RL kernels: hand cases, independent formulas, finite differences and properties. */
import { describe, expect, it } from 'vitest';
import { centralDiff } from '../../../helpers/gradient.ts';
import {
  bradleyTerry,
  bradleyTerryBatch,
  gae,
  klDivergence,
  klEstimators,
  klRegularizedOptimum,
  logSigmoid,
  ppoClipBatch,
  ppoClipObjective,
  sigmoid,
  simulateBanditPpo,
  type BanditPpoConfig,
} from '../../../../src/kernels/reference/rl.ts';

describe('logSigmoid', () => {
  it('matches log(1/(1+e^−x)) where the naive formula is safe', () => {
    for (let x = -30; x <= 30; x += 0.37) {
      expect(logSigmoid(x)).toBeCloseTo(Math.log(1 / (1 + Math.exp(-x))), 12);
    }
    expect(logSigmoid(0)).toBeCloseTo(Math.log(0.5), 15);
  });
  it('stays finite far out: log σ(x) → x for x → −∞ and → 0 for x → +∞', () => {
    expect(logSigmoid(-800)).toBe(-800);
    expect(logSigmoid(800)).toBe(-0);
    expect(Number.isFinite(logSigmoid(-1e6))).toBe(true);
    expect(() => logSigmoid(NaN)).toThrow(/NaN/);
  });
  it('sigmoid is 1/(1+e^−x) and symmetric', () => {
    for (const x of [-5, -1, 0, 0.3, 4]) {
      expect(sigmoid(x)).toBeCloseTo(1 / (1 + Math.exp(-x)), 14);
      expect(sigmoid(x) + sigmoid(-x)).toBeCloseTo(1, 14);
    }
    expect(sigmoid(-1000)).toBe(0);
  });
});

describe('Bradley–Terry', () => {
  it('hand case r_c = 1, r_r = 0', () => {
    const r = bradleyTerry(1, 0);
    expect(r.loss).toBeCloseTo(Math.log(1 + Math.exp(-1)), 12); // 0.3133
    expect(r.dChosen).toBeCloseTo(-1 / (1 + Math.E), 12); // −0.2689
    expect(r.dRejected).toBeCloseTo(1 / (1 + Math.E), 12);
  });
  it('gradients match central finite differences', () => {
    const h = 1e-6;
    for (const [a, b] of [
      [0.3, -1.2],
      [-2, 2],
      [5, 4.9],
    ]) {
      const r = bradleyTerry(a, b);
      const fdC = centralDiff((c) => bradleyTerry(c, b).loss, a, h);
      const fdR = centralDiff((r) => bradleyTerry(a, r).loss, b, h);
      expect(r.dChosen).toBeCloseTo(fdC, 7);
      expect(r.dRejected).toBeCloseTo(fdR, 7);
    }
  });
  it('batch: mean loss, per-pair gradients divided by N, accuracy', () => {
    const dc = new Float64Array(3);
    const dr = new Float64Array(3);
    const res = bradleyTerryBatch(dc, dr, [1, 0, 2], [0, 1, 2]);
    const expected = (Math.log(1 + Math.exp(-1)) + Math.log(1 + Math.exp(1)) + Math.log(2)) / 3;
    expect(res.loss).toBeCloseTo(expected, 12);
    expect(res.accuracy).toBeCloseTo(1 / 3, 12); // a tie is not a win
    expect(dc[0]).toBeCloseTo(-1 / (1 + Math.E) / 3, 12);
    expect(() => bradleyTerryBatch(dc, dr, [], [])).toThrow(/at least one/);
  });
});

describe('PPO clipped objective', () => {
  const eps = 0.2;
  // Cases worked by hand from min(r·A, clip(r, 0.8, 1.2)·A).
  const table: [number, number, number, number, boolean][] = [
    // ratio, A, value, ∂/∂r, clipped
    [1.0, 1, 1.0, 1, false],
    [1.5, 1, 1.2, 0, true], // gains beyond 1+ε are not rewarded
    [0.5, 1, 0.5, 1, true], // below 1−ε with A > 0 the unclipped (smaller) term stays
    [1.5, -1, -1.5, -1, true], // a bad action made likelier is still pushed back
    [0.5, -1, -0.8, 0, true], // a bad action already made rarer: no more push
    [1.1, -2, -2.2, -2, false],
  ];
  it.each(table)('ratio %f, A %f → value %f, grad %f', (r, A, value, grad, clipped) => {
    const s = ppoClipObjective(r, A, eps);
    expect(s.value).toBeCloseTo(value, 12);
    expect(s.grad).toBe(grad);
    expect(s.clipped).toBe(clipped);
  });
  it('gradient matches finite differences away from the kinks', () => {
    const h = 1e-7;
    for (const A of [1.3, -0.7]) {
      for (let r = 0.05; r < 2; r += 0.1) {
        if (Math.abs(r - 0.8) < 1e-3 || Math.abs(r - 1.2) < 1e-3) continue;
        const fd = centralDiff((x) => ppoClipObjective(x, A, eps).value, r, h);
        expect(ppoClipObjective(r, A, eps).grad).toBeCloseTo(fd, 5);
      }
    }
  });
  it('is never above the unclipped surrogate (a pessimistic bound)', () => {
    for (const A of [-2, -0.5, 0.5, 2]) {
      for (let r = 0; r < 3; r += 0.05)
        expect(ppoClipObjective(r, A, eps).value).toBeLessThanOrEqual(r * A + 1e-12);
    }
  });
  it('batch: mean, gradient per sample / N, clip fraction = share with |r−1| > ε', () => {
    const g = new Float64Array(4);
    const res = ppoClipBatch(g, [1, 1.5, 0.5, 1.19], [1, 1, -1, 2], eps);
    expect(res.objective).toBeCloseTo((1 + 1.2 - 0.8 + 2.38) / 4, 12);
    expect(res.clipFraction).toBe(0.5);
    expect(Array.from(g)).toBeCloseToArray([0.25, 0, 0, 0.5], 1e-15);
  });
  it('rejects bad parameters', () => {
    expect(() => ppoClipObjective(1, 1, -0.1)).toThrow(/ε/);
    expect(() => ppoClipObjective(-1, 1, 0.2)).toThrow(/ratio/);
    expect(() => ppoClipBatch(new Float64Array(1), [1, 2], [1, 1], 0.2)).toThrow(/2 samples/);
  });
});

describe('KL estimators (Schulman)', () => {
  it('hand case: π(a) = 0.5, π_ref(a) = 0.25, r = 0.5', () => {
    const k = klEstimators(Math.log(0.5), Math.log(0.25));
    expect(k.k1).toBeCloseTo(Math.log(2), 12);
    expect(k.k2).toBeCloseTo(0.5 * Math.log(2) ** 2, 12);
    expect(k.k3).toBeCloseTo(0.5 - 1 + Math.log(2), 12);
  });
  it('k1 and k3 are unbiased: their exact expectation under π is KL(π‖π_ref)', () => {
    const p = [0.5, 0.3, 0.15, 0.05];
    const q = [0.1, 0.2, 0.3, 0.4];
    let direct = 0;
    for (let i = 0; i < 4; i++) direct += p[i] * Math.log(p[i] / q[i]);
    let e1 = 0;
    let e2 = 0;
    let e3 = 0;
    for (let i = 0; i < 4; i++) {
      const k = klEstimators(Math.log(p[i]), Math.log(q[i]));
      e1 += p[i] * k.k1;
      e2 += p[i] * k.k2;
      e3 += p[i] * k.k3;
      expect(k.k2).toBeGreaterThanOrEqual(0);
      expect(k.k3).toBeGreaterThanOrEqual(0);
    }
    expect(e1).toBeCloseTo(direct, 12);
    expect(e3).toBeCloseTo(direct, 12);
    expect(klDivergence(p, q)).toBeCloseTo(direct, 12);
    expect(e2).not.toBeCloseTo(direct, 3); // k2 is biased
  });
  it('KL of a distribution with itself is 0', () => {
    expect(klDivergence([0.2, 0.8], [0.2, 0.8])).toBe(0);
  });
});

describe('GAE', () => {
  /** Aₜ = Σₖ (γλ)ᵏ δₜ₊ₖ written as a direct double sum. */
  function direct(r: number[], v: number[], g: number, l: number): number[] {
    const T = r.length;
    const delta = r.map((x, t) => x + g * v[t + 1] - v[t]);
    return r.map((_, t) => {
      let s = 0;
      for (let k = 0; t + k < T; k++) s += (g * l) ** k * delta[t + k];
      return s;
    });
  }
  const rewards = [0.1, -0.3, 0, 0.5, 1.2];
  const values = [0.2, 0.1, 0.4, -0.2, 0.3, 0.7];
  it.each([
    [0.99, 0.95],
    [1, 1],
    [0.9, 0],
    [0.5, 0.3],
  ])('γ = %f, λ = %f equals the direct sum of discounted TD residuals', (g, l) => {
    const A = new Float64Array(5);
    const R = new Float64Array(5);
    gae(A, R, rewards, values, g, l);
    expect(A).toBeCloseToArray(direct(rewards, values, g, l), 1e-12);
    expect(R).toBeCloseToArray(
      Array.from(A, (a, t) => a + values[t]),
      1e-12,
    );
  });
  it('λ = 1 gives the discounted return minus the baseline', () => {
    const A = new Float64Array(5);
    const R = new Float64Array(5);
    gae(A, R, rewards, values, 0.9, 1);
    for (let t = 0; t < 5; t++) {
      let ret = 0.9 ** (5 - t) * values[5];
      for (let k = t; k < 5; k++) ret += 0.9 ** (k - t) * rewards[k];
      expect(R[t]).toBeCloseTo(ret, 12);
    }
  });
  it('hand case and bad parameters', () => {
    const A = new Float64Array(2);
    const R = new Float64Array(2);
    gae(A, R, [0, 1], [0, 0, 0], 1, 1);
    expect(Array.from(A)).toEqual([1, 1]);
    expect(() => gae(A, R, [0, 1], [0, 0], 1, 1)).toThrow(/T\+1/);
    expect(() => gae(A, R, [0, 1], [0, 0, 0], 1.5, 1)).toThrow(/γ/);
  });
});

describe('KL-regularized optimum and the toy PPO bandit', () => {
  it('π* ∝ π_ref·exp(R/β): hand case and it beats nearby policies on E[R] − β·KL', () => {
    const opt = klRegularizedOptimum([0, 0], [1, 0], 1);
    expect(opt[0]).toBeCloseTo(Math.E / (Math.E + 1), 12);
    const ref = [0.5, 0.3, 0.2];
    const R = [0.1, 1, -0.5];
    const beta = 0.4;
    const star = klRegularizedOptimum(ref.map(Math.log), R, beta);
    const score = (p: ArrayLike<number>) =>
      p[0] * R[0] + p[1] * R[1] + p[2] * R[2] - beta * klDivergence(p, ref);
    for (const d of [
      [0.01, -0.01, 0],
      [0, 0.02, -0.02],
      [-0.03, 0, 0.03],
    ]) {
      expect(score(star)).toBeGreaterThan(score(star.map((p, i) => p + d[i])));
    }
  });

  const cfg: BanditPpoConfig = {
    rewards: [0.2, 1, -0.5, 0.6],
    rewardNoise: 0.1,
    refLogits: [1, 0, 0.5, 0.2],
    eps: 0.2,
    beta: 0.1,
    lr: 0.5,
    epochs: 4,
    batch: 64,
    steps: 150,
    valueLr: 0.3,
    seed: 7,
  };
  it('is deterministic for a seed, raises the reward and approaches π*', () => {
    const a = simulateBanditPpo(cfg);
    const b = simulateBanditPpo(cfg);
    expect(a.history).toEqual(b.history);
    expect(a.history).toHaveLength(151);
    const first = a.history[0].reward;
    const last = a.history[150];
    expect(last.reward).toBeGreaterThan(first + 0.3);
    expect(last.kl).toBeGreaterThan(0);
    // Exact expected reward at the start: Σ π_ref·R.
    const p0 = [Math.E, 1, Math.exp(0.5), Math.exp(0.2)];
    const z = p0.reduce((s, x) => s + x, 0);
    expect(first).toBeCloseTo(
      p0.reduce((s, x, i) => s + (x / z) * cfg.rewards[i], 0),
      12,
    );
    expect(klDivergence(a.probs, a.optimum!)).toBeLessThan(0.02);
  });
  it('a shorter run is a prefix of a longer one, and each step records its policy', () => {
    const short = simulateBanditPpo({ ...cfg, steps: 20 });
    const long = simulateBanditPpo({ ...cfg, steps: 40 });
    expect(long.history.slice(0, 21)).toEqual(short.history);
    expect(Array.from(long.history[40].probs)).toEqual(Array.from(long.probs));
    expect(Array.from(long.history[0].probs)).toEqual(Array.from(long.refProbs));
    for (const h of long.history)
      expect(klDivergence(h.probs, long.refProbs)).toBeCloseTo(h.kl, 12);
  });
  it('a larger β keeps the policy closer to the reference', () => {
    const loose = simulateBanditPpo({ ...cfg, beta: 0.02, steps: 60 });
    const tight = simulateBanditPpo({ ...cfg, beta: 1, steps: 60 });
    expect(tight.history[60].kl).toBeLessThan(loose.history[60].kl);
  });
  it('clip fraction rises with more epochs on the same batch and a tiny ε', () => {
    const few = simulateBanditPpo({ ...cfg, eps: 0.02, epochs: 1, steps: 10 });
    const many = simulateBanditPpo({ ...cfg, eps: 0.02, epochs: 8, steps: 10 });
    expect(few.history[1].clipFraction).toBe(0); // the first epoch has r = 1 exactly
    expect(many.history[1].clipFraction).toBeGreaterThan(0);
  });
  it('rejects bad configurations', () => {
    expect(() => simulateBanditPpo({ ...cfg, rewards: [1], refLogits: [0] })).toThrow(/two arms/);
    expect(() => simulateBanditPpo({ ...cfg, batch: 0 })).toThrow(/batch/);
    expect(() => simulateBanditPpo({ ...cfg, beta: -1 })).toThrow(/β/);
    expect(() => klRegularizedOptimum([0, 0], [1, 0], 0)).toThrow(/β/);
  });
});
