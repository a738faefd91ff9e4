/**
 * out = a · bᵀ (+ bias) on the WebAssembly SIMD kernel of wasm/inference.wat: the same contract
 * as matmul.ts `matmulABt`, for float32 operands, about twenty times faster than the JavaScript
 * loop because each instruction works on four floats. The tiny model's inference (prefill, the
 * panels) runs its products here, and so does training on float32 workspaces: the three
 * linear-layer products at the end of this file (forward, input gradient, weight gradient).
 *
 * The kernel multiplies by b stored k-major, bᵀ (K, N), so that four neighbouring outputs are
 * four neighbouring floats of a row of bᵀ. A weight matrix is pinned once (`pinMatrix`): copied
 * into the kernel's memory (wasmMemory.ts) already transposed, and never copied again. Other
 * operands are used in place when they live in that memory (the forward pass's activations),
 * else copied in (b transposed on the way) and the product copied out, which pays off from a
 * few rows up. With fewer than MIN_ROWS rows of an unpinned b or no WebAssembly, the JavaScript
 * kernel runs. Large products are split by rows across helper threads when they run
 * (wasmThreads.ts).
 *
 * subtle: a pinned matrix is a snapshot: changing its values afterwards is not seen (pin only
 * weights that inference reads and nothing writes). Pinned memory is never released.
 *
 * Training's weights change every step, so they are never pinned: a trainer keeps its weights,
 * gradients and activations in wasm memory where it can (wasmMemory.ts `keepFloats`), each
 * product reads and writes them in place and transposes in the frame where the kernel needs
 * it (the kernel's `transpose`, four by four floats). Elsewhere the operands are copied in and
 * the result out: O(MK + NK + MN) copying against O(MNK) multiply-adds.
 *
 * Deliberately left out: unpinning.
 *
 *   matmulSimd(out, [1,2,3,4, 5,6,7,8], [1,0,0,0, 0,1,0,0, 1,1,1,1], 2, 3, 4) → out = [1,2,10, 5,6,26]
 */
import {
  checkProductShapes,
  matmulABt,
  matmulBackwardInput,
  matmulBackwardWeight,
  matmulForward,
} from './matmul.ts';
import { type FloatArray } from '../reference/types.ts';
import { pinBytes, wasmKernels, withFrame, type Frame } from './wasmMemory.ts';
import { partsFor, runParts } from './wasmThreads.ts';

export { simdAvailable } from './wasmMemory.ts';

/** Below this many rows of a, the copy in and out costs as much as the product itself. */
export const MIN_ROWS = 4;

/** Pinned matrices: where bᵀ lives, and b's K (a matrix is pinned for one shape). */
const pinned = new WeakMap<Float32Array, { at: number; K: number }>();

/**
 * bᵀ (K, N) of b (N, K; at byte offset bAt in wasm memory) into the frame, by the kernel's
 * transpose: the k-major right operand the product needs. Returns its offset.
 */
function transposed(frame: Frame, bAt: number, N: number, K: number): number {
  const bT = frame.floats(N * K);
  wasmKernels()!.exports.transpose(bAt, K, bT.byteOffset, N, N, K, 0, 0);
  return bT.byteOffset;
}

/**
 * Copies b (N, K), transposed, into wasm memory for good, so products with it skip the copy.
 * Returns false (and does nothing) where the SIMD kernel cannot run. b's values must not change
 * afterwards.
 */
export function pinMatrix(b: Float32Array, K: number): boolean {
  if (!(K > 0) || b.length % K !== 0) {
    throw new Error(`pinMatrix: ${b.length} values are not rows of ${K}`);
  }
  if (pinned.get(b)?.K === K) return true;
  const N = b.length / K;
  const at = pinBytes(b.length * 4);
  if (at < 0) return false;
  withFrame((frame) => {
    frame.reserve(b.length * 4 + 64);
    wasmKernels()!.exports.transpose(frame.place(b, b.length), K, at, N, N, K, 0, 0);
  });
  pinned.set(b, { at, K });
  return true;
}

/** Where bᵀ is for this product: pinned, or a transposed copy in the frame. */
function placeTransposed(frame: Frame, b: Float32Array, N: number, K: number): number {
  const pin = pinned.get(b);
  if (pin && pin.K === K && b.length >= N * K) return pin.at;
  return transposed(frame, frame.place(b, N * K), N, K);
}

/**
 * The kernel on byte offsets, rows split across helper threads when it is worth it:
 * out (M, N; row stride ldc) = a (M, K; lda) · bT (K, N; ldb) + bias, added to out when acc.
 */
function matmulAt(
  a: number,
  lda: number,
  b: number,
  ldb: number,
  bias: number,
  acc: boolean,
  out: number,
  ldc: number,
  M: number,
  N: number,
  K: number,
): void {
  // parts of whole 4-row blocks, so each keeps the kernel's 4 × 2 register blocking
  const parts = Math.min(partsFor(M * N * K, Math.floor(M / 4)), Math.max(1, Math.floor(M / 4)));
  const jobs: number[][] = [];
  for (let p = 0; p < parts; p++) {
    const r0 = Math.round((M * p) / parts / 4) * 4;
    const r1 = p === parts - 1 ? M : Math.round((M * (p + 1)) / parts / 4) * 4;
    jobs.push([
      a + r0 * lda * 4,
      lda,
      b,
      ldb,
      bias,
      acc ? 1 : 0,
      out + r0 * ldc * 4,
      ldc,
      r1 - r0,
      N,
      K,
    ]);
  }
  runParts('matmul', jobs);
}

/**
 * out = a · bᵀ (+ bias); a: (M, K), b: (N, K), bias: (N) or null → out: (M, N).
 * Float32 in, float32 sums; `accumulate` adds to out. Falls back to matmulABt (see above).
 */
export function matmulSimd(
  out: Float32Array,
  a: Float32Array,
  b: Float32Array,
  M: number,
  N: number,
  K: number,
  bias: FloatArray | null = null,
  accumulate = false,
): void {
  const worth = M >= MIN_ROWS || pinned.get(b)?.K === K;
  if (!worth || !wasmKernels()) {
    return matmulABt(out, a, b, M, N, K, bias, accumulate);
  }
  checkProductShapes(out, a, b, M, N, K, bias);
  withFrame((frame) => {
    frame.reserve(4 * (M * K + 2 * N * K + N + M * N) + 80);
    const aAt = frame.place(a, M * K);
    const bAt = placeTransposed(frame, b, N, K);
    const biasAt = bias ? frame.place(bias, N) : 0;
    const o = frame.output(out, M * N, accumulate);
    matmulAt(aAt, K, bAt, N, biasAt, accumulate, o.at, N, M, N, K);
    o.done();
  });
}

/*
 * The linear layer's three products for training, with the contracts of matmul.ts'
 * matmulForward, matmulBackwardInput and matmulBackwardWeight. Float32 operands run on the
 * kernel (float32 sums); anything else (the float64 workspaces of gradient checks), or no
 * WebAssembly, runs the JavaScript reference. Each output is one kernel dot product over the
 * whole shared dimension in a fixed order, so results do not depend on threads or on how the
 * rows are split.
 */

function allF32(...arrays: (FloatArray | null)[]): boolean {
  return arrays.every((x) => x === null || x instanceof Float32Array);
}

/** Linear forward. x: (M, K), w: (N, K), bias: (N) or null → out: (M, N) = x · wᵀ + b */
export function linearForwardSimd(
  out: FloatArray,
  x: FloatArray,
  w: FloatArray,
  bias: FloatArray | null,
  M: number,
  N: number,
  K: number,
): void {
  if (!allF32(out, x, w, bias) || !wasmKernels()) return matmulForward(out, x, w, bias, M, N, K);
  matmulSimd(out as Float32Array, x as Float32Array, w as Float32Array, M, N, K, bias);
}

/**
 * Input gradient. dy: (M, N), w: (N, K) → dx: (M, K) = dy · w (added to dx if accumulate).
 * w (N, K) row-major is already the kernel's k-major right operand: no transpose.
 */
export function linearBackwardInputSimd(
  dx: FloatArray,
  dy: FloatArray,
  w: FloatArray,
  M: number,
  N: number,
  K: number,
  accumulate = false,
): void {
  if (!allF32(dx, dy, w) || !wasmKernels()) {
    return matmulBackwardInput(dx, dy, w, M, N, K, accumulate);
  }
  checkProductShapes(dx, dy, w, M, K, N, null); // sizes only: dy (M, N), w (K·N), dx (M, K)
  withFrame((frame) => {
    frame.reserve(4 * (M * N + N * K + M * K) + 64);
    const dyAt = frame.place(dy, M * N);
    const wAt = frame.place(w, N * K);
    const o = frame.output(dx as Float32Array, M * K, accumulate);
    // out (M, K) = dy (M, N) · w (N, K)
    matmulAt(dyAt, N, wAt, K, 0, accumulate, o.at, K, M, K, N);
    o.done();
  });
}

/**
 * Weight gradient. dy: (M, N), x: (M, K) → dw: (N, K) += dyᵀ · x (always accumulates).
 * Either dw (N, K) += dyᵀ (N, M) · x (M, K), transposing dy, or dwᵀ (K, N) = xᵀ (K, M) · dy
 * (M, N), transposing x and then the small result: whichever copies fewer numbers (for the
 * lm_head, N = vocab ≫ K, the second).
 */
export function linearBackwardWeightSimd(
  dw: FloatArray,
  dy: FloatArray,
  x: FloatArray,
  M: number,
  N: number,
  K: number,
): void {
  if (!allF32(dw, dy, x) || !wasmKernels()) return matmulBackwardWeight(dw, dy, x, M, N, K);
  if (dy.length < M * N || x.length < M * K || dw.length < N * K) {
    throw new Error(`matmul: buffers too small for (${M}×${N})ᵀ · (${M}×${K})`);
  }
  withFrame((frame) => {
    frame.reserve(8 * (M * N + M * K + N * K) + 96);
    const o = frame.output(dw as Float32Array, N * K, true);
    if (M * N <= M * K + N * K) {
      const dyT = transposed(frame, frame.place(dy, M * N), M, N); // (N, M)
      const xAt = frame.place(x, M * K);
      matmulAt(dyT, M, xAt, K, 0, true, o.at, K, N, K, M);
    } else {
      const xT = transposed(frame, frame.place(x, M * K), M, K); // (K, M)
      const dyAt = frame.place(dy, M * N);
      const dwT = frame.floats(K * N);
      matmulAt(xT, M, dyAt, N, 0, false, dwT.byteOffset, N, K, N, M);
      // dw (N, K) += dwT (K, N)ᵀ
      wasmKernels()!.exports.transpose(dwT.byteOffset, N, o.at, K, K, N, 0, 1);
    }
    o.done();
  });
}
