/**
 * Softmax, the one implementation used by the training loss, attention, the Model panel's
 * probabilities and sampling (README, Architecture: one implementation per idea).
 *
 * softmax(x)ᵢ = exp(xᵢ − max x) / Σⱼ exp(xⱼ − max x). Subtracting the max changes nothing
 * mathematically and keeps exp from overflowing. The max is a loop, never Math.max(...x)
 * (that throws a RangeError at Qwen's 151,936-entry vocabulary).
 *
 * Deliberately left out: masking (callers pass only the entries that take part) and
 * temperature (the sampler divides logits before calling).
 *
 *   softmax([1, 2, 3]) → [0.0900, 0.2447, 0.6652]
 */

import type { FloatArray } from './types.ts';

/**
 * Softmax of one row in place of `out`, reading x[offset .. offset+n).
 * Returns the row's log-sum-exp, log Σ exp(xⱼ), so a loss can use −log p = lse − x_target
 * without ever taking log(0).
 * x: (n) at offset → out: (n) at outOffset
 */
export function softmaxRow(
  out: FloatArray,
  outOffset: number,
  x: ArrayLike<number>,
  offset: number,
  n: number,
): number {
  if (n <= 0) throw new Error('softmax needs at least one entry');
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = x[offset + i];
    if (v > max) max = v;
  }
  if (max === -Infinity || Number.isNaN(max)) {
    throw new Error('softmax: every entry is −∞ or NaN, nothing to normalize');
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp(x[offset + i] - max);
    out[outOffset + i] = e;
    sum += e;
  }
  const inv = 1 / sum;
  for (let i = 0; i < n; i++) out[outOffset + i] *= inv;
  return max + Math.log(sum);
}

/** Row-wise softmax. x: (rows, cols) → out: (rows, cols), each row sums to 1. */
export function softmaxForward(out: FloatArray, x: FloatArray, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) softmaxRow(out, r * cols, x, r * cols, cols);
}

/**
 * Softmax backward of one row in place of dx, entries [offset, offset + n):
 * dx = y ⊙ (dy − Σⱼ yⱼ·dyⱼ)  (dx may alias dy). Used by attention's backward too.
 */
export function softmaxBackwardRow(
  dx: FloatArray,
  dy: FloatArray,
  y: FloatArray,
  offset: number,
  n: number,
): void {
  let dot = 0;
  for (let i = offset; i < offset + n; i++) dot += y[i] * dy[i];
  for (let i = offset; i < offset + n; i++) dx[i] = y[i] * (dy[i] - dot);
}

/** Row-wise softmax backward. dy, y: (rows, cols) → dx: (rows, cols) (may alias dy) */
export function softmaxBackward(
  dx: FloatArray,
  dy: FloatArray,
  y: FloatArray,
  rows: number,
  cols: number,
): void {
  for (let r = 0; r < rows; r++) softmaxBackwardRow(dx, dy, y, r * cols, cols);
}

/** Convenience: softmax of a whole vector into a new Float32Array. */
export function softmax(x: ArrayLike<number>): Float32Array {
  const out = new Float32Array(x.length);
  softmaxRow(out, 0, x, 0, x.length);
  return out;
}
