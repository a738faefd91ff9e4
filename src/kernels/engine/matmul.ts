/**
 * Matrix products for the tiny model, in the Hugging Face layout of linear weights:
 * W is (out, in) row-major and a linear layer is y = x · Wᵀ + b.
 *
 * Training needs three products, all reduced here to one register-blocked kernel `matmulABt`
 * (every output is a dot product of two contiguous rows):
 *   forward          y  = x · Wᵀ      matmulForward   (x: (M, K), W: (N, K) → (M, N))
 *   input gradient   dx = dy · W      matmulBackwardInput   (transposes W once, then matmulABt)
 *   weight gradient  dW += dyᵀ · x    matmulBackwardWeight  (transposes dy and x, then matmulABt)
 * The transposes cost O(MK + NK), small beside the O(MNK) product.
 *
 * The kernel keeps a 4×4 block of outputs in 16 local variables (registers) and walks the
 * shared dimension once for all 16, so each loaded number is used 4 times instead of once.
 * Sums are kept in JS numbers (float64) and rounded once when stored.
 *
 * Its reference is the textbook triple loop `matmulNaive` (reference/linear.ts); unit tests hold
 * every product here to it. The embedding gather and the bias gradient are plain loops in
 * reference/linear.ts; the banded products causal attention uses are in bandedMatmul.ts.
 *
 * Deliberately left out: SIMD/WebAssembly (matmulSimd.ts has it), threads, strided or batched views.
 *
 *   matmulForward(out, [1,2, 3,4], [1,0, 0,1, 1,1], null, 2, 3, 2) → out = [1,2,3, 3,4,7]
 */

import type { FloatArray } from '../reference/types.ts';

/** Rows of B handled per tile, so the tile of B stays in cache while all rows of A pass. */
const TILE_N = 64;

/** Throws unless out (M, N), a (M, K), b (N, K) and bias (N) are long enough. */
export function checkProductShapes(
  out: FloatArray,
  a: FloatArray,
  b: FloatArray,
  M: number,
  N: number,
  K: number,
  bias: FloatArray | null,
): void {
  if (a.length < M * K || b.length < N * K || out.length < M * N) {
    throw new Error(`matmul: buffers too small for (${M}×${K}) · (${N}×${K})ᵀ`);
  }
  if (bias && bias.length < N) throw new Error(`matmul: bias has ${bias.length} values, need ${N}`);
}

/**
 * out = a · bᵀ (+ bias) — the register-blocked kernel.
 * a: (M, K), b: (N, K) row-major, bias: (N) or null → out: (M, N); `accumulate` adds to out.
 *
 * subtle: reading a Float32Array converts every element to float64 in the inner loop; copying
 * both operands into float64 scratch first (O(MK + NK)) makes the O(MNK) loop ~15% faster.
 * Decoding (M < 4) skips the copy: there it would cost as much as the product.
 */
export function matmulABt(
  out: FloatArray,
  a: FloatArray,
  b: FloatArray,
  M: number,
  N: number,
  K: number,
  bias: FloatArray | null = null,
  accumulate = false,
): void {
  checkProductShapes(out, a, b, M, N, K, bias);
  const M4 = M - (M % 4);
  if (M4 > 0) {
    const a64 = scratch64(1, M4 * K);
    const b64 = scratch64(2, N * K);
    for (let i = 0; i < M4 * K; i++) a64[i] = a[i];
    for (let i = 0; i < N * K; i++) b64[i] = b[i];
    blocked4x4(out, a64, b64, M4, N, K, bias, accumulate);
  }
  if (M4 < M) rowsKernel(out, a, b, M4, M, N, K, bias, accumulate);
}

/**
 * The 4×4 register block over float64 operands, for rows 0 … M−1 (M a multiple of 4).
 * a64: (M, K), b64: (N, K) → out: (M, N)
 */
function blocked4x4(
  out: FloatArray,
  a: Float64Array,
  b: Float64Array,
  M: number,
  N: number,
  K: number,
  bias: FloatArray | null,
  accumulate: boolean,
): void {
  for (let j0 = 0; j0 < N; j0 += TILE_N) {
    const j1 = Math.min(N, j0 + TILE_N);
    for (let i = 0; i < M; i += 4) {
      const a0 = i * K;
      const a1 = a0 + K;
      const a2 = a1 + K;
      const a3 = a2 + K;
      let j = j0;
      for (; j + 4 <= j1; j += 4) {
        const b0 = j * K;
        const b1 = b0 + K;
        const b2 = b1 + K;
        const b3 = b2 + K;
        // prettier-ignore
        let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
        // prettier-ignore
        let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        // prettier-ignore
        let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
        // prettier-ignore
        let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        for (let k = 0; k < K; k++) {
          const x0 = a[a0 + k];
          const x1 = a[a1 + k];
          const x2 = a[a2 + k];
          const x3 = a[a3 + k];
          const y0 = b[b0 + k];
          const y1 = b[b1 + k];
          const y2 = b[b2 + k];
          const y3 = b[b3 + k];
          c00 += x0 * y0;
          c01 += x0 * y1;
          c02 += x0 * y2;
          c03 += x0 * y3;
          c10 += x1 * y0;
          c11 += x1 * y1;
          c12 += x1 * y2;
          c13 += x1 * y3;
          c20 += x2 * y0;
          c21 += x2 * y1;
          c22 += x2 * y2;
          c23 += x2 * y3;
          c30 += x3 * y0;
          c31 += x3 * y1;
          c32 += x3 * y2;
          c33 += x3 * y3;
        }
        const bb0 = bias ? bias[j] : 0;
        const bb1 = bias ? bias[j + 1] : 0;
        const bb2 = bias ? bias[j + 2] : 0;
        const bb3 = bias ? bias[j + 3] : 0;
        let o = i * N + j;
        out[o] = (accumulate ? out[o] : 0) + c00 + bb0;
        out[o + 1] = (accumulate ? out[o + 1] : 0) + c01 + bb1;
        out[o + 2] = (accumulate ? out[o + 2] : 0) + c02 + bb2;
        out[o + 3] = (accumulate ? out[o + 3] : 0) + c03 + bb3;
        o += N;
        out[o] = (accumulate ? out[o] : 0) + c10 + bb0;
        out[o + 1] = (accumulate ? out[o + 1] : 0) + c11 + bb1;
        out[o + 2] = (accumulate ? out[o + 2] : 0) + c12 + bb2;
        out[o + 3] = (accumulate ? out[o + 3] : 0) + c13 + bb3;
        o += N;
        out[o] = (accumulate ? out[o] : 0) + c20 + bb0;
        out[o + 1] = (accumulate ? out[o + 1] : 0) + c21 + bb1;
        out[o + 2] = (accumulate ? out[o + 2] : 0) + c22 + bb2;
        out[o + 3] = (accumulate ? out[o + 3] : 0) + c23 + bb3;
        o += N;
        out[o] = (accumulate ? out[o] : 0) + c30 + bb0;
        out[o + 1] = (accumulate ? out[o + 1] : 0) + c31 + bb1;
        out[o + 2] = (accumulate ? out[o + 2] : 0) + c32 + bb2;
        out[o + 3] = (accumulate ? out[o + 3] : 0) + c33 + bb3;
      }
      for (; j < j1; j++) {
        // leftover columns: 4 rows × 1 column
        const b0 = j * K;
        // prettier-ignore
        let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
        for (let k = 0; k < K; k++) {
          const y = b[b0 + k];
          c0 += a[a0 + k] * y;
          c1 += a[a1 + k] * y;
          c2 += a[a2 + k] * y;
          c3 += a[a3 + k] * y;
        }
        const bb = bias ? bias[j] : 0;
        const o = i * N + j;
        out[o] = (accumulate ? out[o] : 0) + c0 + bb;
        out[o + N] = (accumulate ? out[o + N] : 0) + c1 + bb;
        out[o + 2 * N] = (accumulate ? out[o + 2 * N] : 0) + c2 + bb;
        out[o + 3 * N] = (accumulate ? out[o + 3 * N] : 0) + c3 + bb;
      }
    }
  }
}

/** Rows r0 … r1−1, one at a time × 4 columns (leftover rows, and decoding with M = 1). */
function rowsKernel(
  out: FloatArray,
  a: FloatArray,
  b: FloatArray,
  r0: number,
  r1: number,
  N: number,
  K: number,
  bias: FloatArray | null,
  accumulate: boolean,
): void {
  for (let j0 = 0; j0 < N; j0 += TILE_N) {
    const j1 = Math.min(N, j0 + TILE_N);
    for (let i = r0; i < r1; i++) {
      const a0 = i * K;
      let j = j0;
      for (; j + 4 <= j1; j += 4) {
        const b0 = j * K;
        const b1 = b0 + K;
        const b2 = b1 + K;
        const b3 = b2 + K;
        // prettier-ignore
        let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
        for (let k = 0; k < K; k++) {
          const x = a[a0 + k];
          c0 += x * b[b0 + k];
          c1 += x * b[b1 + k];
          c2 += x * b[b2 + k];
          c3 += x * b[b3 + k];
        }
        const o = i * N + j;
        out[o] = (accumulate ? out[o] : 0) + c0 + (bias ? bias[j] : 0);
        out[o + 1] = (accumulate ? out[o + 1] : 0) + c1 + (bias ? bias[j + 1] : 0);
        out[o + 2] = (accumulate ? out[o + 2] : 0) + c2 + (bias ? bias[j + 2] : 0);
        out[o + 3] = (accumulate ? out[o + 3] : 0) + c3 + (bias ? bias[j + 3] : 0);
      }
      for (; j < j1; j++) {
        const b0 = j * K;
        let c = 0;
        for (let k = 0; k < K; k++) c += a[a0 + k] * b[b0 + k];
        const o = i * N + j;
        out[o] = (accumulate ? out[o] : 0) + c + (bias ? bias[j] : 0);
      }
    }
  }
}

// Grow-only float64 scratch (each worker has its own module instance).
const scratch: Float64Array[] = [new Float64Array(0), new Float64Array(0), new Float64Array(0)];
function scratch64(slot: 0 | 1 | 2, n: number): Float64Array {
  if (scratch[slot].length < n) scratch[slot] = new Float64Array(n);
  return scratch[slot];
}

/** a: (rows, cols) → out: (cols, rows), float64. */
function transpose64(out: Float64Array, a: FloatArray, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let c = 0; c < cols; c++) out[c * rows + r] = a[base + c];
  }
}

/** Linear layer forward. x: (M, K), w: (N, K), bias: (N) or null → out: (M, N) = x · wᵀ + b */
export function matmulForward(
  out: FloatArray,
  x: FloatArray,
  w: FloatArray,
  bias: FloatArray | null,
  M: number,
  N: number,
  K: number,
): void {
  matmulABt(out, x, w, M, N, K, bias, false);
}

/** Input gradient. dy: (M, N), w: (N, K) → dx: (M, K) = dy · w (added to dx if accumulate). */
export function matmulBackwardInput(
  dx: FloatArray,
  dy: FloatArray,
  w: FloatArray,
  M: number,
  N: number,
  K: number,
  accumulate = false,
): void {
  // dx = dy · (wᵀ)ᵀ: transpose w once, then every output is a dot of two contiguous rows
  const wT = scratch64(0, N * K);
  transpose64(wT, w, N, K);
  const M4 = M - (M % 4);
  if (M4 > 0) {
    const dy64 = scratch64(1, M4 * N);
    for (let i = 0; i < M4 * N; i++) dy64[i] = dy[i];
    blocked4x4(dx, dy64, wT, M4, K, N, null, accumulate);
  }
  if (M4 < M) rowsKernel(dx, dy, wT, M4, M, K, N, null, accumulate);
}

/** Weight gradient. dy: (M, N), x: (M, K) → dw: (N, K) += dyᵀ · x (always accumulates). */
export function matmulBackwardWeight(
  dw: FloatArray,
  dy: FloatArray,
  x: FloatArray,
  M: number,
  N: number,
  K: number,
): void {
  // dw[n, k] = Σ_i dy[i, n]·x[i, k]: a dot of row n of dyᵀ and row k of xᵀ
  const dyT = scratch64(1, M * N);
  const xT = scratch64(2, M * K);
  transpose64(dyT, dy, M, N);
  transpose64(xT, x, M, K);
  const N4 = N - (N % 4);
  if (N4 > 0) blocked4x4(dw, dyT, xT, N4, K, M, null, true);
  if (N4 < N) rowsKernel(dw, dyT, xT, N4, N, K, M, null, true);
}
