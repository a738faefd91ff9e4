/**
 * Causal GQA attention: the hand case from the doc comment; an independent reference written
 * here (full score matrix, explicit −∞ mask, explicit head→KV-head map); rows sum to 1; window
 * masks exactly right; GQA equals multi-head attention with repeated K/V; the Flash-style
 * kernel equals naive attention ≤ 1e-5 across shapes, masks, windows, block sizes, LogN scales
 * (float32 inputs: both sum the same terms in a different order, so they differ by float32
 * rounding of the stored output, ~1e-7); and the backward against central finite differences
 * in float64 (h = 1e-6 on O(1) values: error ~1e-10 → tolerance 1e-8).
 */
import { describe, expect, it } from 'vitest';
import { numericGrad } from '../../../helpers/gradient.ts';
import {
  attentionBackward,
  attentionForward,
  attentionRows,
} from '../../../../src/kernels/engine/attention.ts';
import {
  flashAttentionForward,
  flashAttentionTrace,
} from '../../../../src/kernels/reference/flashAttention.ts';
import {
  attentionReference,
  type AttentionShape,
} from '../../../../src/kernels/reference/attention.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';

function rand(n: number, seed: number, scale = 1): Float64Array {
  const r = createRng(seed);
  return new Float64Array(n).map(() => r.normal() * scale);
}

/** Reference attention: out (T, H·hd) and probs (H, T, S), by the definition. */
function reference(
  q: ArrayLike<number>,
  k: ArrayLike<number>,
  v: ArrayLike<number>,
  s: AttentionShape,
  qs?: ArrayLike<number>,
) {
  const { T, pastLength, nHeads: H, nKvHeads: KV, headDim: hd } = s;
  const S = pastLength + T;
  const window = s.window ?? Infinity;
  const out = new Float64Array(T * H * hd);
  const probs = new Float64Array(H * T * S);
  for (let h = 0; h < H; h++) {
    const g = Math.floor(h / (H / KV));
    for (let t = 0; t < T; t++) {
      const p = pastLength + t;
      const scores: number[] = [];
      for (let j = 0; j < S; j++) {
        const visible = j <= p && j > p - window;
        let dot = 0;
        for (let d = 0; d < hd; d++)
          dot += q[t * H * hd + h * hd + d] * k[j * KV * hd + g * hd + d];
        scores.push(visible ? (dot / Math.sqrt(hd)) * (qs ? qs[t] : 1) : -Infinity);
      }
      const m = Math.max(...scores);
      const e = scores.map((x) => Math.exp(x - m));
      const z = e.reduce((a, b) => a + b, 0);
      for (let j = 0; j < S; j++) {
        probs[(h * T + t) * S + j] = e[j] / z;
        for (let d = 0; d < hd; d++)
          out[t * H * hd + h * hd + d] += (e[j] / z) * v[j * KV * hd + g * hd + d];
      }
    }
  }
  return { out, probs };
}

const CASES: AttentionShape[] = [
  { T: 1, pastLength: 0, nHeads: 1, nKvHeads: 1, headDim: 2 },
  { T: 7, pastLength: 0, nHeads: 4, nKvHeads: 2, headDim: 4 },
  { T: 5, pastLength: 6, nHeads: 4, nKvHeads: 1, headDim: 6 },
  { T: 9, pastLength: 0, nHeads: 2, nKvHeads: 2, headDim: 4, window: 3 },
  { T: 1, pastLength: 20, nHeads: 4, nKvHeads: 2, headDim: 8, window: 5 },
  { T: 33, pastLength: 3, nHeads: 2, nKvHeads: 1, headDim: 8, window: 17 },
];

function inputs(s: AttentionShape, seed: number) {
  const S = s.pastLength + s.T;
  return {
    q: rand(s.T * s.nHeads * s.headDim, seed, 1.5),
    k: rand(S * s.nKvHeads * s.headDim, seed + 1, 1.5),
    v: rand(S * s.nKvHeads * s.headDim, seed + 2),
  };
}

describe('attention (reference and engine)', () => {
  it('reference/attention.ts attentionReference equals the definition written here', () => {
    CASES.forEach((s, i) => {
      const { q, k, v } = inputs(s, 30 + i);
      const S = s.pastLength + s.T;
      const out = new Float64Array(s.T * s.nHeads * s.headDim);
      const probs = new Float64Array(s.nHeads * s.T * S);
      const qs = rand(s.T, 98).map((x) => 1 + 0.2 * Math.abs(x));
      attentionReference(out, probs, q, k, v, s, qs);
      const ref = reference(q, k, v, s, qs);
      expect(out).toBeCloseToArray(ref.out, 1e-12);
      expect(probs).toBeCloseToArray(ref.probs, 1e-12);
    });
  });

  it('the engine (blocked for T ≥ 4, row by row below) equals attentionReference', () => {
    CASES.forEach((s, i) => {
      const { q, k, v } = inputs(s, 70 + i);
      const S = s.pastLength + s.T;
      const ref = new Float64Array(q.length);
      const pRef = new Float64Array(s.nHeads * s.T * S);
      attentionReference(ref, pRef, q, k, v, s);
      for (const run of [attentionForward, attentionRows]) {
        const out = new Float64Array(q.length);
        const probs = new Float64Array(s.nHeads * s.T * S);
        run(out, probs, q, k, v, s);
        expect(out).toBeCloseToArray(ref, 1e-12);
        expect(probs).toBeCloseToArray(pRef, 1e-12);
      }
    });
  });

  it('hand case from the doc comment', () => {
    const out = new Float64Array(2);
    const shape = { T: 2, pastLength: 0, nHeads: 1, nKvHeads: 1, headDim: 1 };
    attentionForward(
      out,
      null,
      new Float64Array([1, 1]),
      new Float64Array([0, Math.LN2]),
      new Float64Array([0, 3]),
      shape,
    );
    expect(out).toBeCloseToArray([0, 2], 1e-12);
  });

  it('equals the reference definition; rows sum to 1; masked entries are exactly 0', () => {
    CASES.forEach((s, i) => {
      const { q, k, v } = inputs(s, 10 * i);
      const S = s.pastLength + s.T;
      const out = new Float64Array(s.T * s.nHeads * s.headDim);
      const probs = new Float64Array(s.nHeads * s.T * S);
      const qs = rand(s.T, 99).map((x) => 1 + 0.2 * Math.abs(x));
      attentionForward(out, probs, q, k, v, s, qs);
      const ref = reference(q, k, v, s, qs);
      expect(out).toBeCloseToArray(ref.out, 1e-12);
      expect(probs).toBeCloseToArray(ref.probs, 1e-12);
      const window = s.window ?? Infinity;
      for (let h = 0; h < s.nHeads; h++)
        for (let t = 0; t < s.T; t++) {
          let sum = 0;
          for (let j = 0; j < S; j++) {
            const p = probs[(h * s.T + t) * S + j];
            const pos = s.pastLength + t;
            if (j > pos || j <= pos - window) expect(p).toBe(0);
            else expect(p).toBeGreaterThan(0);
            sum += p;
          }
          expect(sum).toBeCloseTo(1, 12);
        }
    });
  });

  it('the row-at-a-time path and the blocked path (T ≥ 4) agree', () => {
    CASES.forEach((s, i) => {
      const { q, k, v } = inputs(s, 50 + i);
      const S = s.pastLength + s.T;
      const a = new Float64Array(q.length);
      const b = new Float64Array(q.length);
      const pa = new Float64Array(s.nHeads * s.T * S);
      const pb = new Float64Array(s.nHeads * s.T * S);
      attentionForward(a, pa, q, k, v, s);
      attentionRows(b, pb, q, k, v, s);
      expect(a).toBeCloseToArray(b, 1e-12);
      expect(pa).toBeCloseToArray(pb, 1e-12);
    });
  });

  it('long sequences without probabilities run in blocks of query rows, same result', () => {
    // 2,100 × 2,100 scores exceed the 4M-score buffer, so the forward splits the queries
    const s = { T: 2100, pastLength: 0, nHeads: 2, nKvHeads: 1, headDim: 4, window: 1500 };
    const { q, k, v } = inputs(s, 77);
    const qs = new Float64Array(s.T).map((_, t) => 1 + t / 4000);
    const a = new Float64Array(q.length);
    const b = new Float64Array(q.length);
    attentionForward(a, null, q, k, v, s, qs);
    attentionRows(b, null, q, k, v, s, qs);
    expect(a).toBeCloseToArray(b, 1e-12);
  });

  it('window 1 attends only to itself: output row = own value', () => {
    const s = { T: 4, pastLength: 0, nHeads: 1, nKvHeads: 1, headDim: 3, window: 1 };
    const { q, k, v } = inputs(s, 3);
    const out = new Float64Array(12);
    attentionForward(out, null, q, k, v, s);
    expect(out).toBeCloseToArray(v, 1e-12);
  });

  it('GQA equals multi-head attention with each KV head repeated for its query heads', () => {
    const s = { T: 6, pastLength: 2, nHeads: 4, nKvHeads: 2, headDim: 4 };
    const { q, k, v } = inputs(s, 5);
    const S = 8;
    const rep = (x: Float64Array) => {
      const out = new Float64Array(S * 4 * 4);
      for (let j = 0; j < S; j++)
        for (let h = 0; h < 4; h++)
          for (let d = 0; d < 4; d++)
            out[j * 16 + h * 4 + d] = x[j * 8 + Math.floor(h / 2) * 4 + d];
      return out;
    };
    const a = new Float64Array(6 * 16);
    const b = new Float64Array(6 * 16);
    attentionForward(a, null, q, k, v, s);
    attentionForward(b, null, q, rep(k), rep(v), { ...s, nKvHeads: 4 });
    expect(a).toBeCloseToArray(b, 1e-12);
  });

  it('rejects impossible head groupings and windows', () => {
    const z = new Float64Array(64);
    expect(() =>
      attentionForward(z, null, z, z, z, {
        T: 1,
        pastLength: 0,
        nHeads: 3,
        nKvHeads: 2,
        headDim: 2,
      }),
    ).toThrow(/cannot share/);
    expect(() =>
      attentionForward(z, null, z, z, z, {
        T: 1,
        pastLength: 0,
        nHeads: 2,
        nKvHeads: 1,
        headDim: 2,
        window: 0,
      }),
    ).toThrow(/window/);
  });
});

describe('attention backward', () => {
  it('matches central finite differences for q, k, v (with past, window, GQA, LogN)', () => {
    for (const s of [...CASES.slice(1, 5), { ...CASES[2], window: 4 }]) {
      const { q, k, v } = inputs(s, 7);
      const S = s.pastLength + s.T;
      const qs = rand(s.T, 3).map((x) => 1 + 0.1 * x);
      const w = rand(s.T * s.nHeads * s.headDim, 8);
      const out = new Float64Array(w.length);
      const probs = new Float64Array(s.nHeads * s.T * S);
      const loss = () => {
        attentionForward(out, probs, q, k, v, s, qs);
        return out.reduce((a, x, i) => a + x * w[i], 0);
      };
      loss();
      const dq = new Float64Array(q.length);
      const dk = new Float64Array(k.length);
      const dv = new Float64Array(v.length);
      attentionBackward(dq, dk, dv, w, probs, q, k, v, s, qs);
      const h = 1e-6;
      for (const [x, g] of [
        [q, dq],
        [k, dk],
        [v, dv],
      ] as const) {
        const num = numericGrad(x, loss, h);
        expect(g).toBeCloseToArray(num, 1e-8);
      }
    }
  });
});

describe('Flash-style attention', () => {
  it('equals naive attention ≤ 1e-5 across shapes, windows, block sizes and LogN (float32)', () => {
    CASES.forEach((s, i) => {
      const f = inputs(s, 100 + i);
      const q = new Float32Array(f.q);
      const k = new Float32Array(f.k);
      const v = new Float32Array(f.v);
      const qs = new Float32Array(s.T).map((_, t) => 1 + 0.05 * t);
      const naive = new Float32Array(q.length);
      attentionForward(naive, null, q, k, v, s, qs);
      for (const block of [1, 3, 4, 16, 64]) {
        const flash = new Float32Array(q.length);
        flashAttentionForward(flash, q, k, v, s, block, qs);
        expect(flash).toBeCloseToArray(naive, 1e-5);
      }
    });
  });

  it('the step-through ends at the naive output, with a running max that never falls', () => {
    const s = CASES[5];
    const { q, k, v } = inputs(s, 42);
    const out = new Float64Array(q.length);
    const probs = new Float64Array(s.nHeads * s.T * (s.pastLength + s.T));
    attentionForward(out, probs, q, k, v, s);
    const t = 30;
    const head = 1;
    const steps = flashAttentionTrace(q, k, v, s, head, t, 4);
    // window 17 at position 33: keys 17 … 33 → blocks [17,20), [20,24), [24,28), [28,32), [32,34)
    expect(steps[0].keyStart).toBe(17);
    expect(steps[steps.length - 1].keyEnd).toBe(34);
    expect(steps.length).toBe(5);
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i].runningMax).toBeGreaterThanOrEqual(steps[i - 1].runningMax);
      expect(steps[i].rescale).toBeCloseTo(
        Math.exp(steps[i - 1].runningMax - steps[i].runningMax),
        12,
      );
    }
    const hd = s.headDim;
    const row = out.subarray(t * s.nHeads * hd + head * hd, t * s.nHeads * hd + (head + 1) * hd);
    expect(steps[steps.length - 1].output).toBeCloseToArray(row, 1e-12);
  });
});
