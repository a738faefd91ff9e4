/**
 * Which kernels a step runs on (layer.ts' decoder layer in inference and training, backward.ts,
 * and AdamW in train.ts): the WebAssembly SIMD kernels where every operand is float32 (a 'simd'
 * workspace, inference's wasm views), else the JavaScript reference with float64 sums (a 'js'
 * workspace, `kernel: 'js'` inference, and every float64 workspace of the gradient checks).
 *
 *   KERNELS[defaultTrainKernels()].forward(out, x, w, bias, N, out_features, in_features)
 *
 * Each SIMD kernel is tested against the reference it stands in for (tests/unit/kernels/engine/).
 */
import { attentionBackward, attentionForward } from '../kernels/engine/attention.ts';
import { attentionBackwardSimd, attentionForwardSimd } from '../kernels/engine/attentionSimd.ts';
import {
  matmulBackwardInput,
  matmulBackwardWeight,
  matmulForward,
} from '../kernels/engine/matmul.ts';
import {
  linearBackwardInputSimd,
  linearBackwardWeightSimd,
  matmulSimd,
  MIN_ROWS,
  simdAvailable,
} from '../kernels/engine/matmulSimd.ts';
import { rmsnormBackward, rmsnormForward } from '../kernels/reference/norm.ts';
import { swigluBackward, swigluForward } from '../kernels/reference/activations.ts';
import { crossEntropyBackward, crossEntropyForward } from '../kernels/reference/crossEntropy.ts';
import { ropeApplyBackward, ropeApplyForward } from '../kernels/engine/ropeApply.ts';
import {
  MIN_VALUES,
  rmsnormSimd,
  ropeBackwardSimd,
  ropeSimd,
  swigluSimd,
} from '../kernels/engine/elementwiseSimd.ts';
import {
  crossEntropyBackwardSimd,
  crossEntropyForwardSimd,
  rmsnormBackwardSimd,
  swigluBackwardSimd,
} from '../kernels/engine/backwardSimd.ts';
import { adamwSimd, addIntoSimd, sumSquaresSimd } from '../kernels/engine/adamwSimd.ts';
import { trainingKernels } from '../kernels/engine/wasmMemory.ts';
import { type FloatArray } from '../kernels/reference/types.ts';
import { ADAMW_DEFAULTS, addInto, adamwUpdate, startAdamWStep, sumSquares } from './adamw.ts';
import type { RowLimits } from './liveRows.ts';
import { dims } from './params.ts';
import type { QwenConfig } from './config.ts';

export type Ctor = Float32ArrayConstructor | Float64ArrayConstructor;

/** Which kernels run a training step: WebAssembly SIMD or JavaScript. */
export type TrainKernels = 'simd' | 'js';

/**
 * The kernels a training step can run on SIMD: the three products of a linear layer (contracts
 * in matmul.ts), attention's two passes, the row-by-row steps and their backward passes, the
 * cross-entropy, the gradient's norm and the AdamW update.
 */
export interface StepKernels {
  /** out (M, N) = x (M, K) · w (N, K)ᵀ + bias, or out += x · wᵀ + bias with `accumulate`. */
  forward: (
    out: FloatArray,
    x: FloatArray,
    w: FloatArray,
    bias: FloatArray | null,
    M: number,
    N: number,
    K: number,
    accumulate?: boolean,
  ) => void;
  backwardInput: typeof matmulBackwardInput;
  backwardWeight: typeof matmulBackwardWeight;
  attention: typeof attentionForward;
  attentionBackward: typeof attentionBackward;
  rmsnorm: typeof rmsnormForward;
  rmsnormBackward: typeof rmsnormBackward;
  /** out = silu(gate) ⊙ up, and act = silu(gate) when given. */
  swiglu: (
    out: FloatArray,
    gate: FloatArray,
    up: FloatArray,
    n: number,
    act?: FloatArray | null,
  ) => void;
  swigluBackward: typeof swigluBackward;
  rope: typeof ropeApplyForward;
  ropeBackward: typeof ropeApplyBackward;
  crossEntropy: typeof crossEntropyForward;
  crossEntropyBackward: typeof crossEntropyBackward;
  adamw: typeof adamwUpdate;
  /** Σ g² of the flat gradient (its global norm squared, for clipping). */
  sumSquares: typeof sumSquares;
  /** into += from (data parallel: summing the threads' gradients). */
  addInto: typeof addInto;
}

const f32 = (xs: FloatArray[]): xs is Float32Array[] => xs.every((x) => x instanceof Float32Array);

/** The reference product; a residual add (`accumulate`) adds the product rounded to out's type. */
const forwardJs: StepKernels['forward'] = (out, x, w, bias, M, N, K, accumulate = false) => {
  if (!accumulate) return matmulForward(out, x, w, bias, M, N, K);
  const product = out instanceof Float32Array ? new Float32Array(M * N) : new Float64Array(M * N);
  matmulForward(product, x, w, bias, M, N, K);
  for (let i = 0; i < M * N; i++) out[i] += product[i];
};

// The SIMD kernels where every operand is float32 (a 'simd' workspace), else the reference.
const forwardFast: StepKernels['forward'] = (out, x, w, bias, M, N, K, accumulate = false) => {
  const xs = [out, x, w];
  if (f32(xs) && (bias === null || bias instanceof Float32Array) && simdAvailable()) {
    matmulSimd(xs[0], xs[1], xs[2], M, N, K, bias, accumulate); // accumulates in the kernel
  } else forwardJs(out, x, w, bias, M, N, K, accumulate);
};
const attentionForwardFast: typeof attentionForward = (out, probs, q, k, v, shape, scale) => {
  const xs = [out, q, k, v];
  if (f32(xs) && (probs === null || probs instanceof Float32Array)) {
    attentionForwardSimd(xs[0], probs, xs[1], xs[2], xs[3], shape, scale);
  } else attentionForward(out, probs, q, k, v, shape, scale);
};
const attentionBackwardFast: typeof attentionBackward = (
  dq,
  dk,
  dv,
  dout,
  probs,
  q,
  k,
  v,
  shape,
) => {
  const xs = [dq, dk, dv, dout, probs, q, k, v];
  if (f32(xs)) attentionBackwardSimd(xs[0], xs[1], xs[2], xs[3], xs[4], xs[5], xs[6], xs[7], shape);
  else attentionBackward(dq, dk, dv, dout, probs, q, k, v, shape);
};
const rmsnormFast: typeof rmsnormForward = (out, rms, x, weight, T, C, eps) => {
  const xs = [out, rms, x, weight];
  if (f32(xs)) rmsnormSimd(xs[0], xs[1], xs[2], xs[3], T, C, eps);
  else rmsnormForward(out, rms, x, weight, T, C, eps);
};
const swigluFast: StepKernels['swiglu'] = (out, gate, up, n, act = null) => {
  const xs = [out, gate, up];
  if (f32(xs) && !act) swigluSimd(xs[0], xs[1], xs[2], n);
  else swigluForward(out, act, gate, up, n);
};
const ropeFast: typeof ropeApplyForward = (x, cos, sin, T, nHeads, headDim) => {
  if (x instanceof Float32Array) ropeSimd(x, cos, sin, T, nHeads, headDim);
  else ropeApplyForward(x, cos, sin, T, nHeads, headDim);
};

const rmsnormBackwardFast: typeof rmsnormBackward = (dx, dw, dy, x, w, rms, T, C, acc) => {
  const xs = [dx, dw, dy, x, w, rms];
  if (f32(xs)) rmsnormBackwardSimd(xs[0], xs[1], xs[2], xs[3], xs[4], xs[5], T, C, acc);
  else rmsnormBackward(dx, dw, dy, x, w, rms, T, C, acc);
};
const swigluBackwardFast: typeof swigluBackward = (dgate, dup, dout, gate, up, n) => {
  const xs = [dgate, dup, dout, gate, up];
  if (f32(xs)) swigluBackwardSimd(xs[0], xs[1], xs[2], xs[3], xs[4], n);
  else swigluBackward(dgate, dup, dout, gate, up, n);
};
const ropeBackwardFast: typeof ropeApplyBackward = (dx, cos, sin, T, nHeads, headDim) => {
  if (dx instanceof Float32Array) ropeBackwardSimd(dx, cos, sin, T, nHeads, headDim);
  else ropeApplyBackward(dx, cos, sin, T, nHeads, headDim);
};
const crossEntropyFast: typeof crossEntropyForward = (probs, losses, logits, tg, mask, T, V) => {
  const xs = [probs, losses, logits];
  return f32(xs)
    ? crossEntropyForwardSimd(xs[0], xs[1], xs[2], tg, mask, T, V)
    : crossEntropyForward(probs, losses, logits, tg, mask, T, V);
};
const crossEntropyBackwardFast: typeof crossEntropyBackward = (dl, probs, tg, mask, T, V, d) => {
  const xs = [dl, probs];
  if (f32(xs)) crossEntropyBackwardSimd(xs[0], xs[1], tg, mask, T, V, d);
  else crossEntropyBackward(dl, probs, tg, mask, T, V, d);
};
const adamwFast: typeof adamwUpdate = (params, grads, state, lr, cfg = ADAMW_DEFAULTS, gs = 1) => {
  if (!trainingKernels()) return adamwUpdate(params, grads, state, lr, cfg, gs);
  const step = startAdamWStep(params, grads, state, lr, cfg, gs);
  adamwSimd(params, grads, state.m, state.v, state.decayRanges, step);
};
const sumSquaresFast: typeof sumSquares = (grads) =>
  trainingKernels() ? sumSquaresSimd(grads) : sumSquares(grads);
const addIntoFast: typeof addInto = (into, from) =>
  trainingKernels() ? addIntoSimd(into, from) : addInto(into, from);

export const KERNELS: Record<TrainKernels, StepKernels> = {
  simd: {
    forward: forwardFast,
    backwardInput: linearBackwardInputSimd,
    backwardWeight: linearBackwardWeightSimd,
    attention: attentionForwardFast,
    attentionBackward: attentionBackwardFast,
    rmsnorm: rmsnormFast,
    rmsnormBackward: rmsnormBackwardFast,
    swiglu: swigluFast,
    swigluBackward: swigluBackwardFast,
    rope: ropeFast,
    ropeBackward: ropeBackwardFast,
    crossEntropy: crossEntropyFast,
    crossEntropyBackward: crossEntropyBackwardFast,
    adamw: adamwFast,
    sumSquares: sumSquaresFast,
    addInto: addIntoFast,
  },
  js: {
    forward: forwardJs,
    backwardInput: matmulBackwardInput,
    backwardWeight: matmulBackwardWeight,
    attention: attentionForward,
    attentionBackward,
    rmsnorm: rmsnormForward,
    rmsnormBackward,
    swiglu: (out, gate, up, n, act = null) => swigluForward(out, act, gate, up, n),
    swigluBackward,
    rope: ropeApplyForward,
    ropeBackward: ropeApplyBackward,
    crossEntropy: crossEntropyForward,
    crossEntropyBackward,
    adamw: adamwUpdate,
    sumSquares,
    addInto,
  },
};

/** 'simd' for a Float32 workspace where WebAssembly SIMD runs, else 'js'. */
export function defaultTrainKernels(ctor: Ctor = Float32Array): TrainKernels {
  return ctor === Float32Array && simdAvailable() ? 'simd' : 'js';
}

/**
 * Where the SIMD kernels change path with the number of rows, for the live rows (liveRows.ts):
 * per packed sequence, RoPE on q and on k takes MIN_VALUES values and attention's products
 * MIN_ROWS rows; per batch, RMSNorm and SwiGLU take MIN_VALUES values and the products MIN_ROWS
 * rows. Below these a kernel runs its JavaScript reference, which rounds differently. The
 * JavaScript kernels have no such limits.
 */
export function rowLimits(kernels: TrainKernels, config: QwenConfig): RowLimits {
  if (kernels === 'js') return { minSeqRows: 1, minRows: 1 };
  const { C, I, H, KV, hd } = dims(config);
  const rowsFor = (width: number) => Math.ceil(MIN_VALUES / width);
  return {
    minSeqRows: Math.max(MIN_ROWS, rowsFor(H * hd), rowsFor(KV * hd)),
    minRows: Math.max(MIN_ROWS, rowsFor(C), rowsFor(I)),
  };
}
