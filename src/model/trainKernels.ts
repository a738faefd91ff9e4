/**
 * Which kernels a training step runs on (backward.ts): the WebAssembly SIMD kernels where every
 * operand is float32 (a 'simd' workspace), else the JavaScript reference with float64 sums
 * (a 'js' workspace, and every float64 workspace of the gradient checks).
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
  linearForwardSimd,
  simdAvailable,
} from '../kernels/engine/matmulSimd.ts';
import { rmsnormForward } from '../kernels/reference/norm.ts';
import { swigluForward } from '../kernels/reference/activations.ts';
import { ropeApplyForward } from '../kernels/engine/ropeApply.ts';
import { rmsnormSimd, ropeSimd, swigluSimd } from '../kernels/engine/elementwiseSimd.ts';
import { type FloatArray } from '../kernels/reference/types.ts';

export type Ctor = Float32ArrayConstructor | Float64ArrayConstructor;

/** Which kernels run the linear products and attention: WebAssembly SIMD or JavaScript. */
export type TrainKernels = 'simd' | 'js';

/**
 * The kernels a training step can run on SIMD: the three products of a linear layer (contracts
 * in matmul.ts), attention's two passes, and the forward's row-by-row steps.
 */
export interface StepKernels {
  forward: typeof matmulForward;
  backwardInput: typeof matmulBackwardInput;
  backwardWeight: typeof matmulBackwardWeight;
  attention: typeof attentionForward;
  attentionBackward: typeof attentionBackward;
  rmsnorm: typeof rmsnormForward;
  swiglu: (out: FloatArray, gate: FloatArray, up: FloatArray, n: number) => void;
  rope: typeof ropeApplyForward;
}

const f32 = (xs: FloatArray[]): xs is Float32Array[] => xs.every((x) => x instanceof Float32Array);

// The SIMD kernels where every operand is float32 (a 'simd' workspace), else the reference.
const attentionForwardFast: typeof attentionForward = (out, probs, q, k, v, shape) => {
  const xs = [out, q, k, v];
  if (f32(xs) && probs instanceof Float32Array) {
    attentionForwardSimd(xs[0], probs, xs[1], xs[2], xs[3], shape);
  } else attentionForward(out, probs, q, k, v, shape);
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
const swigluFast: StepKernels['swiglu'] = (out, gate, up, n) => {
  const xs = [out, gate, up];
  if (f32(xs)) swigluSimd(xs[0], xs[1], xs[2], n);
  else swigluForward(out, null, gate, up, n);
};
const ropeFast: typeof ropeApplyForward = (x, cos, sin, T, nHeads, headDim) => {
  if (x instanceof Float32Array) ropeSimd(x, cos, sin, T, nHeads, headDim);
  else ropeApplyForward(x, cos, sin, T, nHeads, headDim);
};

export const KERNELS: Record<TrainKernels, StepKernels> = {
  simd: {
    forward: linearForwardSimd,
    backwardInput: linearBackwardInputSimd,
    backwardWeight: linearBackwardWeightSimd,
    attention: attentionForwardFast,
    attentionBackward: attentionBackwardFast,
    rmsnorm: rmsnormFast,
    swiglu: swigluFast,
    rope: ropeFast,
  },
  js: {
    forward: matmulForward,
    backwardInput: matmulBackwardInput,
    backwardWeight: matmulBackwardWeight,
    attention: attentionForward,
    attentionBackward,
    rmsnorm: rmsnormForward,
    swiglu: (out, gate, up, n) => swigluForward(out, null, gate, up, n),
    rope: ropeApplyForward,
  },
};

/** 'simd' for a Float32 workspace where WebAssembly SIMD runs, else 'js'. */
export function defaultTrainKernels(ctor: Ctor = Float32Array): TrainKernels {
  return ctor === Float32Array && simdAvailable() ? 'simd' : 'js';
}
