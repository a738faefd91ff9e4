/**
 * More coverage for the Flash-style kernel (attention.ts), against an independent reference
 * written here in float64 (full score row, explicit mask, max-subtracted softmax): a seeded
 * sweep of shapes of the tiny model's kind (head dim 32, GQA 4→2, prefill and decoding with a
 * KV cache), window sizes around the block size, LogN scales > 1, and float32 inputs with
 * scores large enough that a softmax without the running max would overflow. Also checks the
 * step-through helper on the lab's small example: m is the max of the scores seen so far and
 * l the sum of exp(score − m), both recomputed here from the scores.
 */
import { describe, expect, it } from 'vitest';
import { attentionForward } from '../../../../src/kernels/engine/attention.ts';
import {
  flashAttentionForward,
  flashAttentionTrace,
} from '../../../../src/kernels/reference/flashAttention.ts';
import { type AttentionShape } from '../../../../src/kernels/reference/attention.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';

function ref(
  q: Float32Array,
  k: Float32Array,
  v: Float32Array,
  s: AttentionShape,
  qs: number[] | null,
) {
  const { T, pastLength, nHeads: H, nKvHeads: KV, headDim: hd } = s;
  const w = s.window ?? Infinity;
  const out = new Float64Array(T * H * hd);
  for (let h = 0; h < H; h++) {
    const g = Math.floor(h / (H / KV));
    for (let t = 0; t < T; t++) {
      const p = pastLength + t;
      const sc: number[] = [];
      for (let j = 0; j <= p; j++) {
        let dot = 0;
        for (let d = 0; d < hd; d++)
          dot += q[t * H * hd + h * hd + d] * k[j * KV * hd + g * hd + d];
        sc.push(j > p - w ? (dot / Math.sqrt(hd)) * (qs ? qs[t] : 1) : -Infinity);
      }
      let m = -Infinity;
      for (const x of sc) if (x > m) m = x;
      let z = 0;
      for (const x of sc) z += Math.exp(x - m);
      for (let j = 0; j <= p; j++) {
        const pr = Math.exp(sc[j] - m) / z;
        for (let d = 0; d < hd; d++)
          out[t * H * hd + h * hd + d] += pr * v[j * KV * hd + g * hd + d];
      }
    }
  }
  return out;
}

function rand32(n: number, r: ReturnType<typeof createRng>, scale: number): Float32Array {
  return Float32Array.from({ length: n }, () => r.normal() * scale);
}

describe('Flash-style attention equals naive attention (≤ 1e-5)', () => {
  it('seeded sweep: shapes, past lengths, windows around the block size, LogN, block sizes', () => {
    const r = createRng(2026);
    for (let trial = 0; trial < 24; trial++) {
      const kv = [1, 2][trial % 2];
      const s: AttentionShape = {
        T: 1 + Math.floor(r.uniform() * 70),
        pastLength: trial % 3 === 0 ? Math.floor(r.uniform() * 50) : 0,
        nHeads: kv * [1, 2][Math.floor(trial / 2) % 2],
        nKvHeads: kv,
        headDim: [4, 8, 32][trial % 3],
        window: [Infinity, 1, 7, 16, 17, 33][trial % 6],
      };
      const S = s.pastLength + s.T;
      const q = rand32(s.T * s.nHeads * s.headDim, r, 1.2);
      const k = rand32(S * s.nKvHeads * s.headDim, r, 1.2);
      const v = rand32(S * s.nKvHeads * s.headDim, r, 1);
      const qs =
        trial % 4 === 0 ? Array.from({ length: s.T }, (_, t) => 1 + Math.log1p(t) / 10) : null;
      const expected = ref(q, k, v, s, qs);
      const naive = new Float32Array(q.length);
      attentionForward(naive, null, q, k, v, s, qs);
      expect(naive).toBeCloseToArray(expected, 1e-5);
      for (const block of [1, 5, 16, 32]) {
        const flash = new Float32Array(q.length);
        flashAttentionForward(flash, q, k, v, s, block, qs);
        expect(flash).toBeCloseToArray(naive, 1e-5);
      }
    }
  });

  it('tiny-model layer: T = 300 past L = 256, GQA 4→2, head dim 32, window 256', () => {
    const r = createRng(5);
    const s: AttentionShape = {
      T: 300,
      pastLength: 0,
      nHeads: 4,
      nKvHeads: 2,
      headDim: 32,
      window: 256,
    };
    const q = rand32(300 * 128, r, 1);
    const k = rand32(300 * 64, r, 1);
    const v = rand32(300 * 64, r, 1);
    const naive = new Float32Array(q.length);
    const flash = new Float32Array(q.length);
    attentionForward(naive, null, q, k, v, s);
    flashAttentionForward(flash, q, k, v, s, 64);
    expect(flash).toBeCloseToArray(naive, 1e-5);
  });

  it('decoding one token against a long cache, with scores in the hundreds (exp(score) would overflow float32)', () => {
    const r = createRng(9);
    const s: AttentionShape = { T: 1, pastLength: 199, nHeads: 2, nKvHeads: 1, headDim: 8 };
    const q = rand32(16, r, 12);
    const k = rand32(200 * 8, r, 12);
    const v = rand32(200 * 8, r, 1);
    const expected = ref(q, k, v, s, null);
    const flash = new Float32Array(16);
    flashAttentionForward(flash, q, k, v, s, 16);
    expect(flash.every(Number.isFinite)).toBe(true);
    expect(flash).toBeCloseToArray(expected, 1e-5);
  });
});

describe('flashAttentionTrace', () => {
  it('m is the running max of the scores, l the sum of exp(score − m), block by block', () => {
    const r = createRng(1);
    const s: AttentionShape = { T: 8, pastLength: 0, nHeads: 1, nKvHeads: 1, headDim: 4 };
    const q = rand32(32, r, 1.5);
    const k = rand32(32, r, 1.5);
    const v = rand32(32, r, 1);
    const t = 7;
    const scores: number[] = [];
    for (let j = 0; j <= t; j++) {
      let dot = 0;
      for (let d = 0; d < 4; d++) dot += q[t * 4 + d] * k[j * 4 + d];
      scores.push(dot / 2);
    }
    const steps = flashAttentionTrace(q, k, v, s, 0, t, 3);
    expect(steps.map((x) => [x.keyStart, x.keyEnd])).toEqual([
      [0, 3],
      [3, 6],
      [6, 8],
    ]);
    for (const st of steps) {
      const seen = scores.slice(0, st.keyEnd);
      const m = seen.reduce((a, b) => Math.max(a, b), -Infinity);
      expect(st.runningMax).toBeCloseTo(m, 6);
      expect(st.runningSum).toBeCloseTo(
        seen.reduce((a, x) => a + Math.exp(x - m), 0),
        6,
      );
    }
    expect(steps[0].rescale).toBe(0); // nothing to rescale before the first block
    const full = ref(q, k, v, s, null).subarray(t * 4, t * 4 + 4);
    expect(steps[2].output).toBeCloseToArray(full, 1e-6);
  });
});
