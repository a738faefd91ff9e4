/**
 * The AdamW update on the WebAssembly SIMD kernel of wasm/training.wat: the contract of
 * model/adamw.ts `adamwUpdate` (the readable reference, which also keeps the step count and
 * the bias corrections and calls this through the training kernels, trainKernels.ts) to float32
 * rounding. One pass over the flat buffers does the weight decay and the update:
 *
 *   g ← gradScale·g (clipping),   m ← β1·m + (1−β1)·g,   v ← β2·v + (1−β2)·g²
 *   θ ← θ·(1 − lr·wd) − lr/(1−β1ᵗ) · m / (√(v/(1−β2ᵗ)) + eps)      (decay only inside decayRanges)
 *
 * A trainer keeps its parameters, gradients and moments in wasm memory where the memory is
 * shared (wasmMemory.ts `keepFloats`): the update then runs in place. Elsewhere they live in
 * JavaScript memory and are copied in and out (7 copies of the parameter count).
 *
 * Deliberately left out: helper threads (each data-parallel thread is busy with its own rows).
 *
 *   adamwSimd(p, g, m, v, [], { lr: 0.1, beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0,
 *     bc1: 0.1, bc2: 0.05, gradScale: 1 }) with g = 1 everywhere → every p falls by 0.1 (the first step's lr)
 */
import { trainingKernels, withFrame } from './wasmMemory.ts';

/** One step's hyper-parameters with its bias corrections bc1 = 1 − β1ᵗ, bc2 = 1 − β2ᵗ. */
export interface AdamWStep {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  bc1: number;
  bc2: number;
  /** Every gradient is read times this (the clipping factor; 1 = as it is). */
  gradScale: number;
}

/**
 * One AdamW update in place. params, grads, m, v: (n); decayRanges: disjoint [start, end) of
 * the entries that get weight decay. Throws where the SIMD kernels cannot run.
 */
export function adamwSimd(
  params: Float32Array,
  grads: Float32Array,
  m: Float32Array,
  v: Float32Array,
  decayRanges: readonly (readonly [number, number])[],
  step: AdamWStep,
): void {
  const k = trainingKernels();
  if (!k) throw new Error('adamwSimd: WebAssembly SIMD is not available');
  const n = params.length;
  if (grads.length !== n || m.length !== n || v.length !== n) {
    throw new Error('adamw: params, grads and state must have the same length');
  }
  const { lr, beta1, beta2, eps, weightDecay, bc1, bc2, gradScale: gs } = step;
  const decay = 1 - lr * weightDecay;
  // [start, end, factor] spans covering 0 … n: the decayed ranges and the gaps between them
  const spans: [number, number, number][] = [];
  let at = 0;
  for (const [s, e] of [...decayRanges].sort((a, b) => a[0] - b[0])) {
    if (s < at || e < s || e > n) throw new Error(`adamw: decay range [${s}, ${e}) is invalid`);
    if (s > at) spans.push([at, s, 1]);
    spans.push([s, e, decay]);
    at = e;
  }
  if (at < n) spans.push([at, n, 1]);
  withFrame((frame) => {
    frame.reserve(16 * n + 64);
    const g = frame.place(grads, n);
    const p = frame.output(params, n, true);
    const mo = frame.output(m, n, true);
    const vo = frame.output(v, n, true);
    for (const [s, e, f] of spans) {
      const b = 4 * s;
      k.adamw(
        p.at + b,
        g + b,
        mo.at + b,
        vo.at + b,
        e - s,
        f,
        beta1,
        (1 - beta1) * gs, // m takes (1 − β1) · (gs · g)
        beta2,
        (1 - beta2) * gs * gs, // v takes (1 − β2) · (gs · g)²
        lr / bc1,
        1 / bc2,
        eps,
      );
    }
    p.done();
    mo.done();
    vo.done();
  });
}

/** Σ g² of n floats on the kernel, summed in float64: the contract of adamw.ts `sumSquares`. */
export function sumSquaresSimd(grads: Float32Array): number {
  const k = trainingKernels();
  if (!k) throw new Error('sumSquaresSimd: WebAssembly SIMD is not available');
  return withFrame((frame) => {
    frame.reserve(4 * grads.length + 32);
    return k.sumSquares(frame.place(grads, grads.length), grads.length);
  });
}

/** into += from (n floats) on the kernel: another data-parallel thread's gradients added. */
export function addIntoSimd(into: Float32Array, from: Float32Array): void {
  const k = trainingKernels();
  if (!k) throw new Error('addIntoSimd: WebAssembly SIMD is not available');
  if (from.length !== into.length) throw new Error('addInto: arrays of different lengths');
  withFrame((frame) => {
    frame.reserve(8 * into.length + 32);
    const o = frame.output(into, into.length, true);
    k.addInto(o.at, frame.place(from, from.length), into.length);
    o.done();
  });
}
