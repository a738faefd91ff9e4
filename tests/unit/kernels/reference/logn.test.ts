import { describe, expect, it } from 'vitest';
import {
  lognEntropyDemo,
  lognScale,
  softmaxEntropy,
} from '../../../../src/kernels/reference/logn.ts';

describe('lognScale', () => {
  it('is 1.0909 for L = 2048, p = 4095 (the Qwen report and Hugging Face Qwen2 code) and 1 inside the training length', () => {
    expect(lognScale(4095, 2048)).toBeCloseTo(12 / 11, 12);
    expect(lognScale(4095, 2048)).toBeCloseTo(1.0909, 4);
    expect(lognScale(0, 2048)).toBe(1);
    expect(lognScale(2047, 2048)).toBe(1);
    expect(lognScale(2048, 2048)).toBeGreaterThan(1);
  });

  it("matches Qwen's logn_list: math.log(i, L) if i > L else 1, for i = p + 1", () => {
    const L = 512;
    for (let i = 1; i < 8 * L; i += 37) {
      const want = i > L ? Math.log(i) / Math.log(L) : 1;
      expect(lognScale(i - 1, L)).toBeCloseTo(want, 14);
    }
  });

  it('refuses bad positions and training lengths', () => {
    expect(() => lognScale(-1, 2048)).toThrow(/non-negative integer/);
    expect(() => lognScale(1.5, 2048)).toThrow(/non-negative integer/);
    expect(() => lognScale(10, 1)).toThrow(/≥ 2/);
  });
});

describe('softmaxEntropy', () => {
  it('is ln n for equal logits and ≈ 0 when one key dominates', () => {
    expect(softmaxEntropy([0, 0, 0, 0], 4, 1)).toBeCloseTo(Math.log(4), 14);
    expect(softmaxEntropy([0, 0, 0, 1000], 4, 1)).toBeCloseTo(0, 10);
  });

  it('matches −Σ p ln p computed from explicit probabilities', () => {
    const logits = [0.3, -1.2, 2.5, 0.9, -0.4];
    for (const scale of [0.5, 1, 3]) {
      const e = logits.map((x) => Math.exp(scale * x));
      const z = e.reduce((a, b) => a + b, 0);
      const want = -e.reduce((h, v) => h + (v / z) * Math.log(v / z), 0);
      expect(softmaxEntropy(logits, 5, scale)).toBeCloseTo(want, 12);
      // only the first n logits count
      const e3 = e.slice(0, 3);
      const z3 = e3.reduce((a, b) => a + b, 0);
      expect(softmaxEntropy(logits, 3, scale)).toBeCloseTo(
        -e3.reduce((h, v) => h + (v / z3) * Math.log(v / z3), 0),
        12,
      );
    }
    expect(() => softmaxEntropy(logits, 6, 1)).toThrow(/n must be/);
  });
});

describe('lognEntropyDemo', () => {
  it('is deterministic for a seed and changes with it', () => {
    const a = lognEntropyDemo({ trainLength: 128, seed: 5, trials: 2 });
    const b = lognEntropyDemo({ trainLength: 128, seed: 5, trials: 2 });
    const c = lognEntropyDemo({ trainLength: 128, seed: 6, trials: 2 });
    expect(Array.from(a.plain)).toEqual(Array.from(b.plain));
    expect(Array.from(a.logn)).toEqual(Array.from(b.logn));
    expect(Array.from(a.plain)).not.toEqual(Array.from(c.plain));
  });

  it('samples n from L/8 to 8·L, with the LogN factor of the last query', () => {
    const r = lognEntropyDemo({ trainLength: 256, trials: 1 });
    expect(r.keys[0]).toBe(32);
    expect(r.keys[r.keys.length - 1]).toBe(2048);
    for (let k = 0; k < r.keys.length; k++) {
      expect(r.factor[k]).toBe(lognScale(r.keys[k] - 1, 256));
      expect(r.uniform[k]).toBeCloseTo(Math.log(r.keys[k]), 14);
      expect(r.plain[k]).toBeLessThanOrEqual(r.uniform[k] + 1e-12);
      expect(r.logn[k]).toBeLessThanOrEqual(r.plain[k] + 1e-12); // sharper logits, lower entropy
      if (r.keys[k] <= 256) expect(r.logn[k]).toBe(r.plain[k]);
    }
  });

  it('agrees with −Σ p ln p computed directly for every n (the online pass is exact)', () => {
    // A known stream of "normal" draws: a simple LCG mapped to [−3, 3].
    let state = 77;
    const drawn: number[] = [];
    const normal = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const v = (state / 2 ** 32) * 6 - 3;
      drawn.push(v);
      return v;
    };
    const sigma = 1.7;
    const r = lognEntropyDemo({ trainLength: 64, trials: 1, points: 8, logitScale: sigma, normal });
    const direct = (n: number, scale: number): number => {
      const e = drawn.slice(0, n).map((x) => Math.exp(scale * x));
      const z = e.reduce((a, b) => a + b, 0);
      return -e.reduce((h, v) => h + (v / z) * Math.log(v / z), 0);
    };
    for (let k = 0; k < r.keys.length; k++) {
      expect(r.plain[k]).toBeCloseTo(direct(r.keys[k], sigma), 9);
      expect(r.logn[k]).toBeCloseTo(direct(r.keys[k], sigma * lognScale(r.keys[k] - 1, 64)), 9);
    }
  });

  it('entropy grows like ln n without LogN and stays nearly flat with it past L', () => {
    for (const seed of [1, 2, 3]) {
      const r = lognEntropyDemo({ trainLength: 256, trials: 32, seed });
      const last = r.keys.length - 1;
      let atL = 0;
      for (let k = 0; k < r.keys.length; k++) if (r.keys[k] <= 256) atL = k;
      const plainGrowth = r.plain[last] - r.plain[atL];
      let lognSwing = 0;
      for (let k = atL; k <= last; k++) {
        lognSwing = Math.max(lognSwing, Math.abs(r.logn[k] - r.logn[atL]));
      }
      // ln(2048 / 229) ≈ 2.2 nats more keys; plain attention loses most of it to blur.
      expect(plainGrowth).toBeGreaterThan(1.2);
      expect(lognSwing).toBeLessThan(plainGrowth / 2);
    }
  });

  it('refuses bad options', () => {
    expect(() => lognEntropyDemo({ trainLength: 1 })).toThrow(/≥ 2/);
    expect(() => lognEntropyDemo({ trainLength: 64, trials: 0 })).toThrow(/trials/);
    expect(() => lognEntropyDemo({ trainLength: 64, points: 1 })).toThrow(/points/);
    expect(() => lognEntropyDemo({ trainLength: 64, logitScale: -1 })).toThrow(/logitScale/);
    expect(() => lognEntropyDemo({ trainLength: 64, maxKeys: 1e6 })).toThrow(/maxKeys/);
  });
});
