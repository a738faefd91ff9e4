/**
 * Prefill attention on the SIMD matmul equals attention.ts' forward (the naive definition,
 * float64 sums) to float32 rounding: with a KV cache, GQA, windows, LogN scales, the
 * probabilities, odd lengths that need padding, and the hand example of attention.ts. The
 * backward on the SIMD matmul equals attention.ts' backward (float64 sums, checked there against
 * finite differences) to float32 rounding, for the same kinds of shapes.
 */
import { describe, expect, it } from 'vitest';
import { attentionBackward, attentionForward } from '../../../../src/kernels/engine/attention.ts';
import { type AttentionShape } from '../../../../src/kernels/reference/attention.ts';
import {
  attentionBackwardSimd,
  attentionForwardSimd,
} from '../../../../src/kernels/engine/attentionSimd.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';

function case_(shape: AttentionShape, seed: number, logn: boolean) {
  const rng = createRng(seed);
  const { T, pastLength, nHeads, nKvHeads, headDim } = shape;
  const S = pastLength + T;
  const rand = (n: number) => Float32Array.from({ length: n }, () => rng.normal());
  const q = rand(T * nHeads * headDim);
  const k = rand(S * nKvHeads * headDim);
  const v = rand(S * nKvHeads * headDim);
  const scale = logn ? Float32Array.from({ length: T }, (_, t) => 1 + 0.01 * t) : null;
  const want = new Float32Array(q.length);
  const wantP = new Float32Array(nHeads * T * S);
  attentionForward(want, wantP, q, k, v, shape, scale);
  const got = new Float32Array(q.length);
  const gotP = new Float32Array(nHeads * T * S);
  attentionForwardSimd(got, gotP, q, k, v, shape, scale);
  return { want, got, wantP, gotP };
}

const maxDiff = (a: Float32Array, b: Float32Array) =>
  a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i])), 0);

describe('attentionForwardSimd', () => {
  it.each([
    [{ T: 16, pastLength: 0, nHeads: 4, nKvHeads: 2, headDim: 32 }, false],
    [{ T: 13, pastLength: 0, nHeads: 2, nKvHeads: 1, headDim: 8 }, true],
    [{ T: 9, pastLength: 7, nHeads: 4, nKvHeads: 2, headDim: 16 }, false],
    [{ T: 24, pastLength: 5, nHeads: 4, nKvHeads: 4, headDim: 12, window: 6 }, true],
    [{ T: 64, pastLength: 0, nHeads: 4, nKvHeads: 2, headDim: 32, window: 1 }, false],
    [{ T: 5, pastLength: 0, nHeads: 1, nKvHeads: 1, headDim: 6 }, false],
  ])('%o (LogN %s) matches attention.ts outputs and probabilities', (shape, logn) => {
    const { want, got, wantP, gotP } = case_(shape, shape.T + shape.headDim, logn);
    expect(maxDiff(want, got)).toBeLessThan(2e-6);
    expect(maxDiff(wantP, gotP)).toBeLessThan(2e-6);
  });

  it('hand case of attention.ts, padded to four queries: out = 0 then 2', () => {
    // queries 2 and 3 repeat query 1's key/value pattern so T ≥ 4 takes the SIMD path
    const q = Float32Array.from([1, 1, 1, 1]);
    const k = Float32Array.from([0, Math.LN2, -1e9, -1e9]);
    const v = Float32Array.from([0, 3, 0, 0]);
    const out = new Float32Array(4);
    attentionForwardSimd(out, null, q, k, v, {
      T: 4,
      pastLength: 0,
      nHeads: 1,
      nKvHeads: 1,
      headDim: 1,
    });
    expect(out[0]).toBe(0);
    expect(out[1]).toBeCloseTo(2, 6);
  });
});

describe('attentionBackwardSimd', () => {
  it.each([
    [{ T: 16, pastLength: 0, nHeads: 4, nKvHeads: 2, headDim: 32 }, false],
    [{ T: 13, pastLength: 0, nHeads: 2, nKvHeads: 1, headDim: 8 }, true],
    [{ T: 9, pastLength: 7, nHeads: 4, nKvHeads: 2, headDim: 16 }, false],
    [{ T: 23, pastLength: 5, nHeads: 3, nKvHeads: 3, headDim: 5, window: 6 }, true],
    [{ T: 5, pastLength: 0, nHeads: 1, nKvHeads: 1, headDim: 6 }, false],
    [{ T: 130, pastLength: 0, nHeads: 4, nKvHeads: 2, headDim: 32 }, false],
    // several 32-row blocks with a window and a cache: blocks that see only part of the keys
    [{ T: 70, pastLength: 3, nHeads: 2, nKvHeads: 1, headDim: 8, window: 20 }, true],
    [{ T: 97, pastLength: 40, nHeads: 2, nKvHeads: 2, headDim: 4, window: 33 }, false],
  ])('%o (LogN %s) matches attention.ts gradients', (shape, logn) => {
    const rng = createRng(shape.T * 3 + shape.headDim);
    const { T, pastLength, nHeads, nKvHeads, headDim } = shape;
    const S = pastLength + T;
    const rand = (n: number) => Float32Array.from({ length: n }, () => rng.normal());
    const q = rand(T * nHeads * headDim);
    const k = rand(S * nKvHeads * headDim);
    const v = rand(S * nKvHeads * headDim);
    const dout = rand(T * nHeads * headDim);
    const scale = logn ? Float32Array.from({ length: T }, (_, t) => 1 + 0.01 * t) : null;
    const probs = new Float32Array(nHeads * T * S);
    attentionForward(new Float32Array(q.length), probs, q, k, v, shape, scale);
    const grads = (fn: typeof attentionBackward) => {
      const dq = new Float32Array(q.length).fill(7); // written, whatever was there
      const dk = Float32Array.from({ length: k.length }, (_, i) => 0.5 * Math.sin(i)); // added to
      const dv = Float32Array.from({ length: v.length }, (_, i) => 0.5 * Math.cos(i));
      fn(dq, dk, dv, dout, probs, q, k, v, shape, scale);
      return { dq, dk, dv };
    };
    const want = grads(attentionBackward);
    const got = grads(attentionBackwardSimd as typeof attentionBackward);
    // sums of ≤ S terms of O(1): float32 rounding ~ √S · 6e-8 each, a few 1e-6 at S = 130
    expect(got.dq).toBeCloseToArray(want.dq, 1e-5);
    expect(got.dk).toBeCloseToArray(want.dk, 1e-5);
    expect(got.dv).toBeCloseToArray(want.dv, 1e-5);
  });
});
