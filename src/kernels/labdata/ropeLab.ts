/**
 * Everything the RoPE panel draws, computed in one pure call: `ropeLabData(settings)`.
 *
 * Charts (each a field of the result):
 * - angles:    where every pair's hand points at one position, scaled and original.
 * - spectrum:  wavelength of each pair, original and scaled, which pairs turn at least once within
 *              the training length, which never turn within the target, which meet angles
 *              training never showed them.
 * - decay:     RoPE's long-term decay Σᵢ cos(distance·θᵢ) up to the target, scaled and plain.
 * - heatmap:   cos(position·θᵢ), rows = positions, columns = pairs.
 * - methods:   every scaling method side by side: effective base, attention factor, θ ratio.
 * - precision: FP32 vs BF16 angle error vs position, and where BF16 first passes a threshold.
 * - logn:      Qwen's LogN factor vs position and the entropy experiment (logn.ts).
 *
 * Budget (a goal of `npm run bench`): d = 128 and 32,768 positions in ≤ 16 ms. Charts sample what they draw
 * (≤ 512 distances, ≤ 256 heatmap rows, ≤ 512 curve points) but every sampled value is exact; the
 * full-range searches (first FP32 / BF16 crossing) skip pairs whose proven error bound is still
 * below the threshold.
 * The entropy experiment depends only on L and its own options, so its last result is reused.
 *
 * Left out on purpose: drawing, i18n, clamping of UI values (the panel clamps, this throws).
 */

import { relativeScore, wavelengths, invFreq as plainInvFreq } from '../reference/rope.ts';
import {
  MAX_CONTEXT,
  MAX_FACTOR,
  SCALING_METHODS,
  frequencyRatio,
  qwenNtkAlphaSteps,
  scaledInvFreq,
  type QwenAlphaStep,
  type ScaledRope,
  type ScalingMethod,
  type ScalingParams,
} from '../reference/ropeScaling.ts';
import { toBf16 } from '../reference/numerics.ts';
import { sampleIntegers, withPositions } from './positions.ts';
import { angleError, bf16MinAngle, firstCrossing, fp32MinAngle } from './ropePrecision.ts';
import {
  lognEntropyDemo,
  lognScale,
  type EntropyDemo,
  type EntropyDemoOptions,
} from '../reference/logn.ts';

const TWO_PI = 2 * Math.PI;

/** Most points each chart asks for (the panel's resolution controls stay within these). */
export const ROPE_LAB_LIMITS = { decayPoints: 512, heatmapRows: 256, curvePoints: 512 } as const;

/** Method parameters shared by every method (each uses the ones it needs). */
export type LabScalingParams = Pick<
  ScalingParams,
  'factor' | 'alpha' | 'betaFast' | 'betaSlow' | 'lowFreqFactor' | 'highFreqFactor'
>;

export interface RopeLabSettings {
  base: number;
  headDim: number;
  /** L, the training context (≥ 2). */
  trainLength: number;
  /** The context we want to read; also the sequence length of the dynamic methods. */
  targetLength: number;
  method: ScalingMethod;
  /** factor and α default to targetLength / trainLength, kept within [1, MAX_FACTOR]. */
  params?: LabScalingParams;
  /** The position whose angles are drawn (integer ≥ 0). */
  position: number;
  /** Angle error, in radians (0, π], that counts as "BF16 broke RoPE". */
  bf16Threshold: number;
  /** Spacing of the decay distances (default 'log'). */
  decaySpacing?: 'log' | 'linear';
  /** Decay distances (default and max 512). */
  decayPoints?: number;
  /** Heatmap rows (default and max 256). */
  heatmapRows?: number;
  /** Points of the precision and LogN curves (default 256, max 512). */
  curvePoints?: number;
  /**
   * Options of the entropy experiment (trainLength comes from the settings; always seeded), or
   * false to leave it out: the panel runs it in a worker, since it alone can take a frame.
   */
  entropy?: Omit<EntropyDemoOptions, 'trainLength' | 'normal'> | false;
}

export interface MethodSummary {
  method: ScalingMethod;
  effectiveBase?: number;
  attentionFactor: number;
  alpha?: number;
  /** θ scaled / θ original per pair. // (d/2,) */
  ratio: Float64Array;
  /** Set instead of the numbers when this method refuses the settings (e.g. NTK with d = 2). */
  error?: string;
}

export interface RopeLabData {
  /** d/2. */
  pairs: number;
  /** The factor and α used (after defaults). */
  factor: number;
  alpha: number;
  /** FP32 θ without scaling. // (d/2,) */
  originalInvFreq: Float32Array;
  /** The selected method's result. */
  scaled: ScaledRope;
  angles: {
    position: number;
    /** position·θᵢ mod 2π, in [0, 2π). // (d/2,) */
    scaled: Float64Array;
    original: Float64Array;
    /** position·θᵢ / 2π, full turns so far (scaled). // (d/2,) */
    turns: Float64Array;
  };
  spectrum: {
    /** 2π/θᵢ in tokens. // (d/2,) */
    wavelengthOriginal: Float64Array;
    wavelengthScaled: Float64Array;
    /** 1 where the original wavelength ≤ trainLength (a full turn seen in training). */
    turnsWithinTraining: Uint8Array;
    /** 1 where the scaled wavelength > targetLength (never a full turn within the target). */
    neverTurnsWithinTarget: Uint8Array;
    /** 1 where the scaled pair reaches angles it never reached in training: no full turn
     * within L, and targetLength·θ_scaled > L·θ_original (beyond a 1e-6 relative slack). */
    outOfDistribution: Uint8Array;
  };
  decay: {
    /** Sampled integer distances, 0 … targetLength − 1. // (points,) */
    distances: Float64Array;
    /** Σᵢ cos(distance·θᵢ), scaled and plain RoPE (d/2 at distance 0). // (points,) */
    scaled: Float64Array;
    plain: Float64Array;
  };
  heatmap: {
    rows: number;
    cols: number;
    /** The sampled positions, one per row. // (rows,) */
    positions: Float64Array;
    /** cos(position·θᵢ) with the scaled θ. // (rows, cols) row-major */
    values: Float32Array;
  };
  methods: MethodSummary[];
  /** Qwen's dynamic-NTK α staircase from 1 to targetLength (qwenNtkAlphaSteps). */
  qwenSteps: QwenAlphaStep[];
  precision: {
    threshold: number;
    /** Sampled positions, log-spaced, with each first crossing (and the one before) merged in. // (points,) */
    positions: Float64Array;
    /** max over pairs of |angle − exact| wrapped to [0, π], exact = p·θ with the FP32 θ. */
    fp32Error: Float64Array;
    /** Same with p and θ rounded to BF16 and the product rounded to BF16. */
    bf16Error: Float64Array;
    /** First position (checking every position < targetLength) whose error passes the
     * threshold, or null. */
    firstBf16Position: number | null;
    firstFp32Position: number | null;
  };
  logn: {
    /** Sampled positions. // (points,) */
    positions: Float64Array;
    /** lognScale(position, trainLength). // (points,) */
    factor: Float64Array;
    /** null when `settings.entropy` is false. */
    entropy: EntropyDemo | null;
  };
}

function checkInt(name: string, v: number, min: number, max: number): void {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new Error(`${name} must be an integer in [${min}, ${max}], got ${v}`);
  }
}

let entropyMemo: { key: string; value: EntropyDemo } | null = null;

function entropyFor(
  trainLength: number,
  options: Omit<EntropyDemoOptions, 'trainLength' | 'normal'> | undefined,
): EntropyDemo {
  const key = JSON.stringify([trainLength, options ?? null]);
  if (entropyMemo?.key !== key) {
    entropyMemo = { key, value: lognEntropyDemo({ ...options, trainLength }) };
  }
  return entropyMemo.value;
}

/**
 * Computes every chart of the RoPE panel.
 *
 *   ropeLabData({ base: 10000, headDim: 128, trainLength: 2048, targetLength: 32768,
 *     method: 'qwen-dynamic', position: 4095, bf16Threshold: 0.01 })
 *     → scaled.alpha = 31, decay.distances.length = 512, heatmap 256 × 64, …
 *
 * Throws on invalid settings (see ropeScaling.ts for the limits). subtle: `logn.entropy` is a
 * shared cached object when L and the entropy options repeat: treat it as read-only.
 */
export function ropeLabData(settings: RopeLabSettings): RopeLabData {
  const s = settings;
  checkInt('training length', s.trainLength, 2, MAX_CONTEXT);
  checkInt('target length', s.targetLength, 1, MAX_CONTEXT);
  checkInt('position', s.position, 0, MAX_CONTEXT);
  if (!(s.bf16Threshold > 0 && s.bf16Threshold <= Math.PI)) {
    throw new Error(`bf16Threshold must be in (0, π] radians, got ${s.bf16Threshold}`);
  }
  const decayPoints = s.decayPoints ?? 512;
  const heatmapRows = s.heatmapRows ?? 256;
  const curvePoints = s.curvePoints ?? 256;
  checkInt('decayPoints', decayPoints, 2, ROPE_LAB_LIMITS.decayPoints);
  checkInt('heatmapRows', heatmapRows, 1, ROPE_LAB_LIMITS.heatmapRows);
  checkInt('curvePoints', curvePoints, 2, ROPE_LAB_LIMITS.curvePoints);
  const decaySpacing = s.decaySpacing ?? 'log';
  if (decaySpacing !== 'log' && decaySpacing !== 'linear') {
    throw new Error(`decaySpacing must be 'log' or 'linear', got ${String(decaySpacing)}`);
  }

  const stretch = Math.min(Math.max(1, s.targetLength / s.trainLength), MAX_FACTOR);
  const factor = s.params?.factor ?? stretch;
  const alpha = s.params?.alpha ?? stretch;
  const params: ScalingParams = {
    ...s.params,
    factor,
    alpha,
    headDim: s.headDim,
    base: s.base,
    trainLength: s.trainLength,
    seqLength: s.targetLength,
  };
  const scaled = scaledInvFreq(s.method, params); // validates d, base, lengths, method
  const theta = scaled.invFreq;
  const original = plainInvFreq(s.headDim, s.base);
  const half = theta.length;
  const L = s.trainLength;
  const T = s.targetLength;

  // Angles at the chosen position.
  const angScaled = new Float64Array(half);
  const angOriginal = new Float64Array(half);
  const turns = new Float64Array(half);
  for (let i = 0; i < half; i++) {
    const a = s.position * theta[i];
    turns[i] = a / TWO_PI;
    angScaled[i] = a - TWO_PI * Math.floor(a / TWO_PI);
    const b = s.position * original[i];
    angOriginal[i] = b - TWO_PI * Math.floor(b / TWO_PI);
  }

  // Spectrum.
  const wavelengthOriginal = wavelengths(original);
  const wavelengthScaled = wavelengths(theta);
  const turnsWithinTraining = new Uint8Array(half);
  const neverTurnsWithinTarget = new Uint8Array(half);
  const outOfDistribution = new Uint8Array(half);
  for (let i = 0; i < half; i++) {
    turnsWithinTraining[i] = wavelengthOriginal[i] <= L ? 1 : 0;
    neverTurnsWithinTarget[i] = wavelengthScaled[i] > T ? 1 : 0;
    // 1e-6: FP32 rounding must not flag a pair that lands exactly on the trained range.
    outOfDistribution[i] =
      wavelengthOriginal[i] > L && T * theta[i] > L * original[i] * (1 + 1e-6) ? 1 : 0;
  }

  // Long-term decay at sampled distances, exact at each.
  const distances = sampleIntegers(T - 1, decayPoints, decaySpacing);
  const decayScaled = new Float64Array(distances.length);
  const decayPlain = new Float64Array(distances.length);
  for (let k = 0; k < distances.length; k++) {
    decayScaled[k] = relativeScore(distances[k], theta);
    decayPlain[k] = relativeScore(distances[k], original);
  }

  // Heatmap cos(p·θᵢ).
  const heatPositions = sampleIntegers(T - 1, heatmapRows, 'linear');
  const rows = heatPositions.length;
  const values = new Float32Array(rows * half);
  for (let r = 0; r < rows; r++) {
    const p = heatPositions[r];
    for (let i = 0; i < half; i++) values[r * half + i] = Math.cos(p * theta[i]);
  }

  // Every method side by side.
  const methods: MethodSummary[] = SCALING_METHODS.map((method) => {
    try {
      const r = method === s.method ? scaled : scaledInvFreq(method, params);
      return {
        method,
        effectiveBase: r.effectiveBase,
        attentionFactor: r.attentionFactor,
        alpha: r.alpha,
        ratio: frequencyRatio(r.invFreq, original),
      };
    } catch (e) {
      return {
        method,
        attentionFactor: 1,
        ratio: new Float64Array(0),
        error: (e as Error).message,
      };
    }
  });

  // FP32 vs BF16 angles.
  const thetaBf16 = new Float64Array(half);
  for (let i = 0; i < half; i++) thetaBf16[i] = toBf16(theta[i]);
  const fp32Angle = (p: number, i: number): number => Math.fround(p * theta[i]);
  const bf16Angle = (p: number, i: number): number => toBf16(toBf16(p) * thetaBf16[i]);
  // Log-spaced, so the small positions where BF16 already goes wrong are sampled densely, plus
  // each first crossing and the position before it, so the curve crosses where the text says.
  const firstBf16 = firstCrossing(
    theta,
    bf16Angle,
    bf16MinAngle(s.bf16Threshold),
    s.bf16Threshold,
    T,
  );
  const firstFp32 = firstCrossing(
    theta,
    fp32Angle,
    fp32MinAngle(s.bf16Threshold),
    s.bf16Threshold,
    T,
  );
  const precPositions = withPositions(sampleIntegers(T - 1, curvePoints, 'log'), [
    firstBf16,
    firstFp32,
  ]);
  const fp32Error = new Float64Array(precPositions.length);
  const bf16Error = new Float64Array(precPositions.length);
  for (let k = 0; k < precPositions.length; k++) {
    const p = precPositions[k];
    let e32 = 0;
    let e16 = 0;
    for (let i = 0; i < half; i++) {
      const exact = p * theta[i];
      const a = angleError(fp32Angle(p, i), exact);
      const b = angleError(bf16Angle(p, i), exact);
      if (a > e32) e32 = a;
      if (b > e16) e16 = b;
    }
    fp32Error[k] = e32;
    bf16Error[k] = e16;
  }

  // LogN.
  const lognPositions = sampleIntegers(T - 1, curvePoints, 'linear');
  const lognFactor = new Float64Array(lognPositions.length);
  for (let k = 0; k < lognPositions.length; k++) lognFactor[k] = lognScale(lognPositions[k], L);

  return {
    pairs: half,
    factor,
    alpha,
    originalInvFreq: original,
    scaled,
    angles: { position: s.position, scaled: angScaled, original: angOriginal, turns },
    spectrum: {
      wavelengthOriginal,
      wavelengthScaled,
      turnsWithinTraining,
      neverTurnsWithinTarget,
      outOfDistribution,
    },
    decay: { distances, scaled: decayScaled, plain: decayPlain },
    heatmap: { rows, cols: half, positions: heatPositions, values },
    methods,
    qwenSteps: qwenNtkAlphaSteps(L, T),
    precision: {
      threshold: s.bf16Threshold,
      positions: precPositions,
      fp32Error,
      bf16Error,
      firstBf16Position: firstBf16,
      firstFp32Position: firstFp32,
    },
    logn: {
      positions: lognPositions,
      factor: lognFactor,
      entropy: s.entropy === false ? null : entropyFor(L, s.entropy),
    },
  };
}
