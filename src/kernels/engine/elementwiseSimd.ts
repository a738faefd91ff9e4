/**
 * The forward pass's row-by-row steps on the WebAssembly SIMD kernels of wasm/inference.wat:
 * SwiGLU (with its own vector eˣ), RMSNorm and RoPE. Each has the contract of its JavaScript
 * twin (activations.ts, norm.ts, ropeApply.ts) to float32 rounding and falls back to it where
 * the kernel cannot run (no WebAssembly, sizes that are not whole v128s) or is not worth the
 * call (fewer than MIN_VALUES values: decoding's single row). Operands outside wasm memory are
 * copied in and out; rows are split across helper threads when they run.
 *
 * RoPE's backward is here too (`ropeBackwardSimd`: the same kernel with −sin); the other
 * backward passes are in backwardSimd.ts.
 *
 * Deliberately left out: collecting silu(gate) (the panels that draw it run swigluForward).
 *
 *   swigluSimd(out, [0, 1, -1, 2], [1, 1, 1, 1], 4) → out ≈ [0, 0.7311, -0.2689, 1.7616]
 */
import { swigluForward } from '../reference/activations.ts';
import { rmsnormForward } from '../reference/norm.ts';
import { ropeApplyBackward, ropeApplyForward } from './ropeApply.ts';
import { simdAvailable, withFrame } from './wasmMemory.ts';
import { partsFor, runParts, type KernelName } from './wasmThreads.ts';

/** Below this many values the JavaScript loop is cheaper than setting up a kernel call. */
export const MIN_VALUES = 2048;

/**
 * Runs kernel `name` over `rows` rows, split into parts of whole rows: `args(r0, r1)` gives the
 * arguments for rows [r0, r1). `work` is the job's size in operations (worth splitting or not).
 */
function byRows(
  name: KernelName,
  rows: number,
  work: number,
  args: (r0: number, r1: number) => number[],
): void {
  const parts = partsFor(work, rows);
  const jobs: number[][] = [];
  for (let p = 0; p < parts; p++) {
    jobs.push(args(Math.round((rows * p) / parts), Math.round((rows * (p + 1)) / parts)));
  }
  runParts(name, jobs);
}

/** SwiGLU: gate, up: (n) → out: (n) = silu(gate) ⊙ up. */
export function swigluSimd(
  out: Float32Array,
  gate: Float32Array,
  up: Float32Array,
  n: number,
): void {
  if (n % 4 !== 0 || n < MIN_VALUES || !simdAvailable()) {
    return swigluForward(out, null, gate, up, n);
  }
  if (gate.length < n || up.length < n || out.length < n) {
    throw new Error(`swiglu: buffers hold fewer than ${n} values`);
  }
  withFrame((frame) => {
    frame.reserve(4 * 3 * n + 64);
    const gateAt = frame.place(gate, n);
    const upAt = frame.place(up, n);
    const o = frame.output(out, n);
    // rows of 4 values (one v128); the exp is ~20 operations per value
    byRows('swiglu', n / 4, 20 * n, (r0, r1) => [
      gateAt + r0 * 16,
      upAt + r0 * 16,
      o.at + r0 * 16,
      (r1 - r0) * 4,
    ]);
    o.done();
  });
}

/** RMSNorm: x: (T, C), weight: (C) → out: (T, C), rms: (T). */
export function rmsnormSimd(
  out: Float32Array,
  rms: Float32Array,
  x: Float32Array,
  weight: Float32Array,
  T: number,
  C: number,
  eps: number,
): void {
  if (C % 4 !== 0 || T * C < MIN_VALUES || !simdAvailable()) {
    return rmsnormForward(out, rms, x, weight, T, C, eps);
  }
  if (weight.length !== C)
    throw new Error(`rmsnorm: weight has ${weight.length} values, need ${C}`);
  if (!(eps >= 0)) throw new Error(`rmsnorm: eps must be ≥ 0, got ${eps}`);
  withFrame((frame) => {
    frame.reserve(4 * (3 * T * C + T + C) + 64);
    const xAt = frame.place(x, T * C);
    const wAt = frame.place(weight, C);
    const o = frame.output(out, T * C);
    const r = frame.output(rms, T);
    byRows('rmsnorm', T, 4 * T * C, (t0, t1) => [
      xAt + t0 * C * 4,
      wAt,
      o.at + t0 * C * 4,
      r.at + t0 * 4,
      t1 - t0,
      C,
      eps,
    ]);
    o.done();
    r.done();
  });
}

/** RoPE in place: x: (T, nHeads · headDim), cos, sin: (T, headDim / 2). */
export function ropeSimd(
  x: Float32Array,
  cos: Float32Array,
  sin: Float32Array,
  T: number,
  nHeads: number,
  headDim: number,
): void {
  rotateSimd(x, cos, sin, T, nHeads, headDim, 1);
}

/**
 * RoPE's backward in place (training): rotates the gradient by −angle, which is the forward's
 * kernel run with −sin. dx: (T, nHeads · headDim), cos, sin: (T, headDim / 2).
 */
export function ropeBackwardSimd(
  dx: Float32Array,
  cos: Float32Array,
  sin: Float32Array,
  T: number,
  nHeads: number,
  headDim: number,
): void {
  rotateSimd(dx, cos, sin, T, nHeads, headDim, -1);
}

function rotateSimd(
  x: Float32Array,
  cos: Float32Array,
  sin: Float32Array,
  T: number,
  nHeads: number,
  headDim: number,
  direction: 1 | -1,
): void {
  const half = headDim / 2;
  if (half % 4 !== 0 || T * nHeads * headDim < MIN_VALUES || !simdAvailable()) {
    const reference = direction === 1 ? ropeApplyForward : ropeApplyBackward;
    return reference(x, cos, sin, T, nHeads, headDim);
  }
  if (cos.length < T * half || sin.length < T * half) {
    throw new Error(`RoPE tables cover fewer than ${T} positions`);
  }
  withFrame((frame) => {
    const n = T * nHeads * headDim;
    frame.reserve(4 * (n + 2 * T * half) + 64);
    const cosAt = frame.place(cos, T * half);
    let sinAt: number;
    if (direction === 1) sinAt = frame.place(sin, T * half);
    else {
      const negSin = frame.floats(T * half);
      for (let i = 0; i < T * half; i++) negSin[i] = -sin[i];
      sinAt = negSin.byteOffset;
    }
    const o = frame.output(x, n, true);
    byRows('rope', T, 3 * n, (t0, t1) => [
      o.at + t0 * nHeads * headDim * 4,
      cosAt + t0 * half * 4,
      sinAt + t0 * half * 4,
      t1 - t0,
      nHeads,
      headDim,
    ]);
    o.done();
  });
}
