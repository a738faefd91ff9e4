/**
 * AdamW over one flat parameter buffer, gradient clipping by global norm (folded into the
 * update as a factor on every gradient), and a cosine
 * learning-rate schedule with linear warmup.
 *
 *   m ← β1·m + (1−β1)·g,   v ← β2·v + (1−β2)·g²,   m̂ = m/(1−β1ᵗ),  v̂ = v/(1−β2ᵗ)
 *   θ ← θ − lr·(m̂/(√v̂ + eps) + wd·θ)      (decoupled weight decay, only on 2-D weights)
 *
 * Weight decay applies to matrices and embeddings (every 2-D tensor, as nanoGPT does); biases
 * and norm weights are never decayed (shrinking a norm weight toward 0 has no purpose).
 *
 * Training on the SIMD kernels runs the same update in one WebAssembly pass (engine/adamwSimd.ts,
 * chosen in trainKernels.ts); this file is its reference.
 *
 * Deliberately left out: AMSGrad, parameter groups beyond decay/no-decay.
 *
 *   cosineLr(0, {maxLr: 1e-3, warmupSteps: 10, totalSteps: 100}) = 1e-4 (first warmup step)
 */
import type { AdamWStep } from '../kernels/engine/adamwSimd.ts';
import type { ParamLayout } from './params.ts';
import { numel } from './weights.ts';

export interface AdamWConfig {
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
}

export const ADAMW_DEFAULTS: AdamWConfig = { beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1 };

export interface AdamWState {
  m: Float32Array;
  v: Float32Array;
  /** Updates done so far (t in the bias correction is step + 1 during an update). */
  step: number;
  /** [start, end) ranges of the flat buffer that get weight decay. */
  decayRanges: [number, number][];
}

/** Zeroed moments for `layout`; `floats` makes each buffer (a trainer keeps them in wasm memory). */
export function createAdamW(
  layout: ParamLayout,
  floats: (n: number) => Float32Array = (n) => new Float32Array(n),
): AdamWState {
  const decayRanges: [number, number][] = [];
  layout.specs.forEach((s, i) => {
    if (s.shape.length === 2)
      decayRanges.push([layout.offsets[i], layout.offsets[i] + numel(s.shape)]);
  });
  return {
    m: floats(layout.size),
    v: floats(layout.size),
    step: 0,
    decayRanges,
  };
}

/**
 * The start of every update, on either kernel: checks the buffers, counts the step and returns
 * its hyper-parameters with the bias corrections bc1 = 1 − β1ᵗ, bc2 = 1 − β2ᵗ (t = the new step).
 */
export function startAdamWStep(
  params: Float32Array,
  grads: Float32Array,
  state: AdamWState,
  lr: number,
  cfg: AdamWConfig,
  gradScale = 1,
): AdamWStep {
  if (params.length !== grads.length || params.length !== state.m.length) {
    throw new Error('adamw: params, grads and state must have the same length');
  }
  if (!(lr >= 0)) throw new Error(`adamw: learning rate must be ≥ 0, got ${lr}`);
  state.step++;
  const bc1 = 1 - Math.pow(cfg.beta1, state.step);
  const bc2 = 1 - Math.pow(cfg.beta2, state.step);
  return { lr, ...cfg, bc1, bc2, gradScale };
}

/**
 * One AdamW update of params (flat) from grads (flat) × gradScale (the clipping factor,
 * clipScale) at learning rate lr: the reference, float64 arithmetic per entry (training's SIMD
 * kernels run adamwSimd instead, trainKernels.ts).
 */
export function adamwUpdate(
  params: Float32Array,
  grads: Float32Array,
  state: AdamWState,
  lr: number,
  cfg: AdamWConfig = ADAMW_DEFAULTS,
  gradScale = 1,
): void {
  const { beta1, beta2, eps, weightDecay, bc1, bc2 } = startAdamWStep(
    params,
    grads,
    state,
    lr,
    cfg,
    gradScale,
  );
  const { m, v } = state;
  // decay first (PyTorch: θ ← θ·(1 − lr·wd)), only on the 2-D ranges
  if (weightDecay > 0) {
    const f = 1 - lr * weightDecay;
    for (const [s, e] of state.decayRanges) for (let i = s; i < e; i++) params[i] *= f;
  }
  for (let i = 0; i < params.length; i++) {
    const g = grads[i] * gradScale;
    const mi = beta1 * m[i] + (1 - beta1) * g;
    const vi = beta2 * v[i] + (1 - beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    params[i] -= (lr * (mi / bc1)) / (Math.sqrt(vi / bc2) + eps);
  }
}

/** Σ g² over the whole flat gradient, in float64 (the SIMD kernels run sumSquaresSimd). */
export function sumSquares(grads: Float32Array): number {
  let s = 0;
  for (let i = 0; i < grads.length; i++) s += grads[i] * grads[i];
  return s;
}

/** into += from: another data-parallel thread's gradients added (the SIMD kernels: addIntoSimd). */
export function addInto(into: Float32Array, from: Float32Array): void {
  if (from.length !== into.length) throw new Error('addInto: arrays of different lengths');
  for (let i = 0; i < into.length; i++) into[i] += from[i];
}

/** √(Σ g²) over the whole flat gradient. */
export function globalNorm(grads: Float32Array): number {
  return Math.sqrt(sumSquares(grads));
}

/**
 * The factor that clips a gradient of global norm `norm` to at most maxNorm (1 when it is
 * within, or maxNorm is 0): the update multiplies every gradient by it as it reads them.
 */
export function clipScale(norm: number, maxNorm: number): number {
  return maxNorm > 0 && norm > maxNorm ? maxNorm / (norm + 1e-6) : 1;
}

export interface LrSchedule {
  maxLr: number;
  /** Floor of the cosine; default maxLr / 10. */
  minLr?: number;
  warmupSteps: number;
  totalSteps: number;
}

/**
 * Learning rate at 0-based step: linear warmup to maxLr over warmupSteps, then cosine decay
 * to minLr at totalSteps, then flat at minLr.
 */
export function cosineLr(step: number, s: LrSchedule): number {
  const minLr = s.minLr ?? s.maxLr / 10;
  if (step < s.warmupSteps) return (s.maxLr * (step + 1)) / s.warmupSteps;
  const span = Math.max(1, s.totalSteps - s.warmupSteps);
  const progress = Math.min(1, (step - s.warmupSteps) / span);
  return minLr + 0.5 * (s.maxLr - minLr) * (1 + Math.cos(Math.PI * progress));
}
