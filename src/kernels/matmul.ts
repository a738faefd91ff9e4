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
 * Deliberately left out: SIMD/WebAssembly, threads, and strided or batched views.
 *
 *   matmulForward(out, [1,2, 3,4], [1,0, 0,1, 1,1], null, 2, 3, 2) → out = [1,2,3, 3,4,7]
 */

export type FloatArray = Float32Array | Float64Array;

/** Rows of B handled per tile, so the tile of B stays in cache while all rows of A pass. */
const TILE_N = 64;

/**
 * out = a · bᵀ (+ bias) — the register-blocked kernel.
 * a: (M, K), b: (N, K) row-major, bias: (N) or null → out: (M, N); `accumulate` adds to out.
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
  if (a.length < M * K || b.length < N * K || out.length < M * N) {
    throw new Error(`matmul: buffers too small for (${M}×${K}) · (${N}×${K})ᵀ`);
  }
  if (bias && bias.length < N) throw new Error(`matmul: bias has ${bias.length} values, need ${N}`);
  const acc = accumulate ? 1 : 0;
  for (let j0 = 0; j0 < N; j0 += TILE_N) {
    const j1 = Math.min(N, j0 + TILE_N);
    let i = 0;
    for (; i + 4 <= M; i += 4) {
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
        let c00 = 0,
          c01 = 0,
          c02 = 0,
          c03 = 0;
        let c10 = 0,
          c11 = 0,
          c12 = 0,
          c13 = 0;
        let c20 = 0,
          c21 = 0,
          c22 = 0,
          c23 = 0;
        let c30 = 0,
          c31 = 0,
          c32 = 0,
          c33 = 0;
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
        out[o] = acc * out[o] + c00 + bb0;
        out[o + 1] = acc * out[o + 1] + c01 + bb1;
        out[o + 2] = acc * out[o + 2] + c02 + bb2;
        out[o + 3] = acc * out[o + 3] + c03 + bb3;
        o += N;
        out[o] = acc * out[o] + c10 + bb0;
        out[o + 1] = acc * out[o + 1] + c11 + bb1;
        out[o + 2] = acc * out[o + 2] + c12 + bb2;
        out[o + 3] = acc * out[o + 3] + c13 + bb3;
        o += N;
        out[o] = acc * out[o] + c20 + bb0;
        out[o + 1] = acc * out[o + 1] + c21 + bb1;
        out[o + 2] = acc * out[o + 2] + c22 + bb2;
        out[o + 3] = acc * out[o + 3] + c23 + bb3;
        o += N;
        out[o] = acc * out[o] + c30 + bb0;
        out[o + 1] = acc * out[o + 1] + c31 + bb1;
        out[o + 2] = acc * out[o + 2] + c32 + bb2;
        out[o + 3] = acc * out[o + 3] + c33 + bb3;
      }
      for (; j < j1; j++) {
        // leftover columns: 4 rows × 1 column
        const b0 = j * K;
        let c0 = 0,
          c1 = 0,
          c2 = 0,
          c3 = 0;
        for (let k = 0; k < K; k++) {
          const y = b[b0 + k];
          c0 += a[a0 + k] * y;
          c1 += a[a1 + k] * y;
          c2 += a[a2 + k] * y;
          c3 += a[a3 + k] * y;
        }
        const bb = bias ? bias[j] : 0;
        const o = i * N + j;
        out[o] = acc * out[o] + c0 + bb;
        out[o + N] = acc * out[o + N] + c1 + bb;
        out[o + 2 * N] = acc * out[o + 2 * N] + c2 + bb;
        out[o + 3 * N] = acc * out[o + 3 * N] + c3 + bb;
      }
    }
    for (; i < M; i++) {
      // leftover rows (and decoding, M = 1): 1 row × 4 columns
      const a0 = i * K;
      let j = j0;
      for (; j + 4 <= j1; j += 4) {
        const b0 = j * K;
        const b1 = b0 + K;
        const b2 = b1 + K;
        const b3 = b2 + K;
        let c0 = 0,
          c1 = 0,
          c2 = 0,
          c3 = 0;
        for (let k = 0; k < K; k++) {
          const x = a[a0 + k];
          c0 += x * b[b0 + k];
          c1 += x * b[b1 + k];
          c2 += x * b[b2 + k];
          c3 += x * b[b3 + k];
        }
        const o = i * N + j;
        out[o] = acc * out[o] + c0 + (bias ? bias[j] : 0);
        out[o + 1] = acc * out[o + 1] + c1 + (bias ? bias[j + 1] : 0);
        out[o + 2] = acc * out[o + 2] + c2 + (bias ? bias[j + 2] : 0);
        out[o + 3] = acc * out[o + 3] + c3 + (bias ? bias[j + 3] : 0);
      }
      for (; j < j1; j++) {
        const b0 = j * K;
        let c = 0;
        for (let k = 0; k < K; k++) c += a[a0 + k] * b[b0 + k];
        const o = i * N + j;
        out[o] = acc * out[o] + c + (bias ? bias[j] : 0);
      }
    }
  }
}

/**
 * The naive triple loop, the textbook definition (used as the bench's baseline).
 * a: (M, K), b: (N, K) → out: (M, N) = a · bᵀ
 */
export function matmulNaive(
  out: FloatArray,
  a: FloatArray,
  b: FloatArray,
  M: number,
  N: number,
  K: number,
): void {
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let c = 0;
      for (let k = 0; k < K; k++) c += a[i * K + k] * b[j * K + k];
      out[i * N + j] = c;
    }
  }
}

/** a: (rows, cols) → out: (cols, rows). */
export function transpose(out: FloatArray, a: FloatArray, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let c = 0; c < cols; c++) out[c * rows + r] = a[base + c];
  }
}

// Grow-only scratch for the transposes (each worker has its own module instance).
let scratch1: FloatArray = new Float32Array(0);
let scratch2: FloatArray = new Float32Array(0);
function scratchFor(slot: 1 | 2, n: number, like: FloatArray): FloatArray {
  const cur = slot === 1 ? scratch1 : scratch2;
  if (cur.length >= n && cur.constructor === like.constructor) return cur;
  const next = like instanceof Float64Array ? new Float64Array(n) : new Float32Array(n);
  if (slot === 1) scratch1 = next;
  else scratch2 = next;
  return next;
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
  const wT = scratchFor(1, N * K, w);
  transpose(wT, w, N, K);
  matmulABt(dx, dy, wT, M, K, N, null, accumulate);
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
  const dyT = scratchFor(1, M * N, dy);
  const xT = scratchFor(2, M * K, x);
  transpose(dyT, dy, M, N);
  transpose(xT, x, M, K);
  matmulABt(dw, dyT, xT, N, K, M, null, true);
}

/** Bias gradient. dy: (M, N) → db: (N) += column sums of dy. */
export function biasBackward(db: FloatArray, dy: FloatArray, M: number, N: number): void {
  for (let i = 0; i < M; i++) {
    const base = i * N;
    for (let j = 0; j < N; j++) db[j] += dy[base + j];
  }
}
