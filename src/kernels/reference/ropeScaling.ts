/**
 * RoPE context scaling: how each method changes the inverse frequencies so that a model trained
 * on L tokens can read more (Qwen report §2.5, the Qwen report and Hugging Face Qwen2 code, Hugging Face
 * `modeling_rope_utils.py`, Qwen-7B `modeling_qwen.py`).
 *
 * - none:          θᵢ = base^(−2i/d), the frequencies the model was trained with.
 * - linear:        position interpolation, θᵢ / factor: every hand turns `factor` times slower,
 *                  so far positions fall back into the trained range, but neighbours blur.
 * - ntk:           NTK-aware, static α: base' = base · α^(d/(d−2)). Fast pairs barely change,
 *                  the slowest pair is slowed by exactly α (interpolation where it is needed).
 * - dynamic:       Hugging Face dynamic NTK: α = factor·s/L − (factor − 1), s = max(seq, L).
 * - qwen-dynamic:  Qwen's dynamic NTK: α = max(2^ceil(log2(seq/L) + 1) − 1, 1), a step function
 *                  (1, 3, 7, 15, …) of the true length, computed once at prefill.
 * - yarn:          keep fast pairs (many turns in L), interpolate slow pairs (less than one turn),
 *                  ramp linearly between, and sharpen attention by 0.1·ln(factor) + 1.
 * - llama3:        the same idea with wavelength thresholds L/high_freq_factor and
 *                  L/low_freq_factor and a smooth blend between.
 *
 * Every method returns FP32 inverse frequencies (Float32Array), rounded at each step as PyTorch
 * does in float32. Left out on purpose: partial rotary factors, YaRN's mscale/mscale_all_dim
 * variant and "longrope" (Phi-3); LogN is an attention scale, not a frequency (logn.ts).
 */

import { checkBase, checkHeadDim, invFreq } from './rope.ts';

/** Longest sequence / training length the kernels accept (2^20 tokens). */
export const MAX_CONTEXT = 1_048_576;
/** Largest scale factor / α accepted. */
export const MAX_FACTOR = 4096;

export const SCALING_METHODS = [
  'none',
  'linear',
  'ntk',
  'dynamic',
  'qwen-dynamic',
  'yarn',
  'llama3',
] as const;
export type ScalingMethod = (typeof SCALING_METHODS)[number];

export interface ScalingParams {
  /** Head dimension d (even). */
  headDim: number;
  /** RoPE base (10000 for Qwen-7B, 1e6 for Qwen2). */
  base: number;
  /** L: the context the model was trained on (original max position embeddings). */
  trainLength: number;
  /** The true sequence length, for `dynamic` and `qwen-dynamic` (default: trainLength). */
  seqLength?: number;
  /** Scale factor for `linear`, `dynamic`, `yarn`, `llama3` (≥ 1, default 1). */
  factor?: number;
  /** α for static `ntk` (≥ 1, default 1). */
  alpha?: number;
  /** YaRN: rotations in L above which a pair is kept as is (default 32). */
  betaFast?: number;
  /** YaRN: rotations in L below which a pair is fully interpolated (default 1). */
  betaSlow?: number;
  /** Llama 3: pairs with wavelength > L / lowFreqFactor are divided by factor (default 1). */
  lowFreqFactor?: number;
  /** Llama 3: pairs with wavelength < L / highFreqFactor are kept (default 4). */
  highFreqFactor?: number;
}

export interface ScaledRope {
  /** FP32 scaled inverse frequencies. // (d/2,) */
  invFreq: Float32Array;
  /** The base the frequencies correspond to, when the method changes only the base. */
  effectiveBase?: number;
  /** Multiplies cos and sin (YaRN), 1 otherwise. */
  attentionFactor: number;
  /** The NTK α used (ntk, dynamic, qwen-dynamic). */
  alpha?: number;
  /** YaRN only: the pair range [low, high] of the ramp (after floor/ceil and clamping). */
  yarnRange?: { low: number; high: number };
}

function checkLength(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONTEXT) {
    throw new Error(`${name} must be an integer in [1, ${MAX_CONTEXT}], got ${n}`);
  }
}

function checkFactor(name: string, f: number): void {
  if (!Number.isFinite(f) || f < 1 || f > MAX_FACTOR) {
    throw new Error(`${name} must be a number in [1, ${MAX_FACTOR}], got ${f}`);
  }
}

/**
 * NTK-aware base: base' = base · α^(d/(d−2)).
 *
 *   ntkBase(10000, 128, 3) ≈ 30527.7
 *
 * Why d/(d−2): the slowest pair has exponent (d−2)/d, so base'^(−(d−2)/d) = base^(−(d−2)/d)/α:
 * the slowest hand is slowed by exactly α while the fastest (exponent 0) is untouched.
 */
export function ntkBase(base: number, headDim: number, alpha: number): number {
  checkBase(base);
  checkHeadDim(headDim);
  checkFactor('NTK alpha', alpha);
  return ntkBaseOf(base, headDim, alpha);
}

/** ntkBase without the α ≤ MAX_FACTOR check (dynamic methods derive α from lengths). */
function ntkBaseOf(base: number, headDim: number, alpha: number): number {
  if (alpha === 1) return base;
  if (headDim < 4) {
    throw new Error(
      `NTK scaling needs a head dimension ≥ 4 (one pair has exponent 0 and no base can slow it), got ${headDim}`,
    );
  }
  return base * Math.pow(alpha, headDim / (headDim - 2));
}

/**
 * Qwen's dynamic NTK α for a true sequence length (Qwen-7B `get_ntk_alpha`):
 * context_value = log2(seq/L) + 1, α = max(2^ceil(context_value) − 1, 1).
 *
 *   qwenNtkAlpha(4096, 2048) → 3;  qwenNtkAlpha(4097, 2048) → 7;  qwenNtkAlpha(100, 2048) → 1
 *
 * Qwen computes it once at prefill from the true length and keeps it while decoding, so the
 * frequencies do not change under tokens already in the KV cache.
 * subtle: computed with integers (smallest k with seq ≤ L·2^k gives α = 2^(k+1) − 1), which is
 * the formula's exact value; a floating log2 can land a hair above an integer at seq = L·2^k.
 */
export function qwenNtkAlpha(seqLength: number, trainLength: number): number {
  checkLength('sequence length', seqLength);
  checkLength('training length', trainLength);
  if (seqLength <= trainLength) return 1;
  let k = 1;
  while (seqLength > trainLength * 2 ** k) k++;
  return 2 ** (k + 1) - 1;
}

/** One step of Qwen's α staircase: lengths in (fromLength, toLength] use `alpha`. */
export interface QwenAlphaStep {
  fromLength: number;
  toLength: number;
  alpha: number;
}

/**
 * The α staircase of Qwen's dynamic NTK for lengths 1 … maxLength.
 *
 *   qwenNtkAlphaSteps(2048, 8192) → [{0, 2048, 1}, {2048, 4096, 3}, {4096, 8192, 7}]
 */
export function qwenNtkAlphaSteps(trainLength: number, maxLength: number): QwenAlphaStep[] {
  checkLength('training length', trainLength);
  checkLength('maximum length', maxLength);
  const steps: QwenAlphaStep[] = [
    { fromLength: 0, toLength: Math.min(trainLength, maxLength), alpha: 1 },
  ];
  for (let k = 1; trainLength * 2 ** (k - 1) < maxLength; k++) {
    const from = trainLength * 2 ** (k - 1);
    steps.push({
      fromLength: from,
      toLength: Math.min(from * 2, maxLength),
      alpha: 2 ** (k + 1) - 1,
    });
  }
  return steps;
}

/**
 * YaRN's find_correction_dim: the (fractional) pair index whose wavelength fits `rotations`
 * turns into L: d · ln(L / (2π·rotations)) / (2 ln base).
 *
 *   yarnCorrectionDim(32, 128, 1e6, 32768) ≈ 23.6 (→ floor 23)
 */
export function yarnCorrectionDim(
  rotations: number,
  headDim: number,
  base: number,
  trainLength: number,
): number {
  return (headDim * Math.log(trainLength / (rotations * 2 * Math.PI))) / (2 * Math.log(base));
}

/** YaRN's attention factor ("mscale"): 0.1·ln(factor) + 1, 1 when factor ≤ 1. */
export function yarnAttentionFactor(factor: number): number {
  return factor <= 1 ? 1 : 0.1 * Math.log(factor) + 1;
}

/** Frequencies of a plain RoPE with a given base, wrapped as a ScaledRope. */
function baseOnly(p: ScalingParams, base: number, alpha?: number): ScaledRope {
  return { invFreq: invFreq(p.headDim, base), effectiveBase: base, attentionFactor: 1, alpha };
}

function yarn(p: ScalingParams, factor: number): ScaledRope {
  const betaFast = p.betaFast ?? 32;
  const betaSlow = p.betaSlow ?? 1;
  if (
    !Number.isFinite(betaFast) ||
    !Number.isFinite(betaSlow) ||
    !(betaFast > betaSlow) ||
    !(betaSlow > 0)
  ) {
    throw new Error(
      `YaRN needs betaFast > betaSlow > 0, got betaFast ${betaFast}, betaSlow ${betaSlow}`,
    );
  }
  const d = p.headDim;
  const half = d / 2;
  // HF find_correction_range: floor/ceil, then clamp to [0, d − 1].
  const low = Math.max(Math.floor(yarnCorrectionDim(betaFast, d, p.base, p.trainLength)), 0);
  let high = Math.min(Math.ceil(yarnCorrectionDim(betaSlow, d, p.base, p.trainLength)), d - 1);
  const rangeHigh = high;
  if (low === high) high += 0.001; // HF: "prevent singularity"
  const original = invFreq(d, p.base);
  const out = new Float32Array(half);
  const f = Math.fround(factor);
  for (let i = 0; i < half; i++) {
    const ramp = Math.min(Math.max(Math.fround((i - low) / (high - low)), 0), 1);
    const keep = Math.fround(1 - ramp); // HF: inv_freq_extrapolation_factor
    const extrapolated = original[i];
    // HF: 1 / (factor · pos_freqs), pos_freqs = 1 / θᵢ in float32.
    const posFreq = Math.fround(Math.pow(Math.fround(p.base), Math.fround((2 * i) / d)));
    const interpolated = Math.fround(1 / Math.fround(f * posFreq));
    out[i] = Math.fround(
      Math.fround(interpolated * Math.fround(1 - keep)) + Math.fround(extrapolated * keep),
    );
  }
  return {
    invFreq: out,
    attentionFactor: yarnAttentionFactor(factor),
    yarnRange: { low, high: rangeHigh },
  };
}

function llama3(p: ScalingParams, factor: number): ScaledRope {
  const lowFreqFactor = p.lowFreqFactor ?? 1;
  const highFreqFactor = p.highFreqFactor ?? 4;
  if (
    !Number.isFinite(lowFreqFactor) ||
    !Number.isFinite(highFreqFactor) ||
    !(lowFreqFactor > 0) ||
    !(highFreqFactor > lowFreqFactor)
  ) {
    throw new Error(
      `Llama 3 scaling needs highFreqFactor > lowFreqFactor > 0, got ${highFreqFactor} and ${lowFreqFactor}`,
    );
  }
  const L = p.trainLength;
  const lowFreqWavelen = L / lowFreqFactor;
  const highFreqWavelen = L / highFreqFactor;
  const original = invFreq(p.headDim, p.base);
  const out = new Float32Array(original.length);
  for (let i = 0; i < original.length; i++) {
    const theta = original[i];
    const wavelen = (2 * Math.PI) / theta;
    if (wavelen < highFreqWavelen) {
      out[i] = theta; // high frequency: kept
    } else if (wavelen > lowFreqWavelen) {
      out[i] = theta / factor; // low frequency: interpolated
    } else {
      const smooth = (L / wavelen - lowFreqFactor) / (highFreqFactor - lowFreqFactor);
      out[i] = (1 - smooth) * (theta / factor) + smooth * theta;
    }
  }
  return { invFreq: out, attentionFactor: 1 };
}

/**
 * The scaled FP32 inverse frequencies of one method.
 * // → invFreq: (d/2,)
 *
 *   scaledInvFreq('ntk', { headDim: 128, base: 10000, trainLength: 2048, alpha: 3 })
 *     → { invFreq, effectiveBase ≈ 30527.7, attentionFactor: 1, alpha: 3 }
 *
 * Throws on an odd head dimension, a base ≤ 1, lengths outside [1, MAX_CONTEXT], a factor or α
 * below 1, and unknown methods.
 */
export function scaledInvFreq(method: ScalingMethod, params: ScalingParams): ScaledRope {
  const p = params;
  checkHeadDim(p.headDim);
  checkBase(p.base);
  checkLength('training length', p.trainLength);
  const seq = p.seqLength ?? p.trainLength;
  checkLength('sequence length', seq);
  const factor = p.factor ?? 1;
  checkFactor('scale factor', factor);
  switch (method) {
    case 'none':
      return baseOnly(p, p.base);
    case 'linear': {
      const original = invFreq(p.headDim, p.base);
      const out = new Float32Array(original.length);
      for (let i = 0; i < out.length; i++) out[i] = original[i] / factor;
      return { invFreq: out, attentionFactor: 1 };
    }
    case 'ntk': {
      const alpha = p.alpha ?? 1;
      return baseOnly(p, ntkBase(p.base, p.headDim, alpha), alpha);
    }
    case 'dynamic': {
      const s = Math.max(seq, p.trainLength);
      const alpha = (factor * s) / p.trainLength - (factor - 1);
      return baseOnly(p, ntkBaseOf(p.base, p.headDim, alpha), alpha);
    }
    case 'qwen-dynamic': {
      const alpha = qwenNtkAlpha(seq, p.trainLength);
      return baseOnly(p, ntkBaseOf(p.base, p.headDim, alpha), alpha);
    }
    case 'yarn':
      return yarn(p, factor);
    case 'llama3':
      return llama3(p, factor);
    default:
      throw new Error(
        `Unknown RoPE scaling method "${String(method)}"; expected one of ${SCALING_METHODS.join(', ')}`,
      );
  }
}

/**
 * Per-pair ratio scaled/original θ: 1 = untouched, 1/factor = fully interpolated.
 * // scaled, original: (d/2,) → (d/2,)
 */
export function frequencyRatio(
  scaled: ArrayLike<number>,
  original: ArrayLike<number>,
): Float64Array {
  if (scaled.length !== original.length) {
    throw new Error(`frequencyRatio: lengths differ (${scaled.length} vs ${original.length})`);
  }
  const out = new Float64Array(scaled.length);
  for (let i = 0; i < out.length; i++) out[i] = scaled[i] / original[i];
  return out;
}

/** Narrows an untrusted string to a ScalingMethod, or throws with the list of valid names. */
export function parseScalingMethod(name: string): ScalingMethod {
  if ((SCALING_METHODS as readonly string[]).includes(name)) return name as ScalingMethod;
  throw new Error(
    `Unknown RoPE scaling method "${name}"; expected one of ${SCALING_METHODS.join(', ')}`,
  );
}
