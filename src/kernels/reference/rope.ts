/**
 * Rotary position embedding (RoPE), the way Qwen and Hugging Face's Qwen2 code apply it.
 *
 * What RoPE is. Attention compares a query q (at position m) with a key k (at position n) by a
 * dot product. RoPE writes the position into q and k by *rotating* them: the head vector is cut
 * into d/2 pairs of numbers, and pair i is turned by the angle `position · θᵢ`, like the hand of a
 * clock. Turning q by m·θ and k by n·θ and then taking the dot product is the same as turning
 * only k by (n − m)·θ: the score depends on the distance m − n, never on where the two tokens
 * sit in absolute terms. That is why a rotation and not an added vector.
 *
 * Why geometric speeds. The frequencies are `θᵢ = base^(−2i/d)`, i = 0 … d/2 − 1: pair 0 turns
 * one radian per token (a turn every 2π ≈ 6.3 tokens), the last pair almost not at all (with
 * base 10000 and d = 128, a turn every ≈ 54,000 tokens). Fast pairs tell neighbours apart, slow
 * pairs tell "near" from "far", like the hands of a clock telling seconds, minutes and hours.
 * The base sets how slow the slowest hand is, which is why context-scaling methods
 * (ropeScaling.ts) change the base or the frequencies.
 *
 * The half-split layout. Hugging Face does not pair neighbours (x0, x1), (x2, x3): it pairs
 * x[i] with x[i + d/2]. With `rotate_half(x) = cat(−x[d/2:], x[:d/2])` and the angles repeated
 * (`cat(freqs, freqs)`), the rotation is `x' = x·cos + rotate_half(x)·sin`, i.e. for each pair
 *   x'[i]       = x[i]·cos(mθᵢ) − x[i + d/2]·sin(mθᵢ)
 *   x'[i + d/2] = x[i + d/2]·cos(mθᵢ) + x[i]·sin(mθᵢ)
 *
 * Worked example, d = 4, base 10000: θ = [1, 0.01]. At position 2 the angles are [2, 0.02];
 * x = [1, 0, 0, 1] (pair 0 = (x0, x2) = (1, 0), pair 1 = (x1, x3) = (0, 1)) becomes
 * [cos 2, −sin 0.02, sin 2, cos 0.02] ≈ [−0.4161, −0.0200, 0.9093, 0.9998].
 *
 * Qwen keeps the inverse frequencies in FP32 (report §2.3): `invFreq` rounds every step to
 * float32 like `1.0 / (base ** (torch.arange(0, d, 2).float() / d))` does.
 *
 * RoPE three ways. `applyRope` here is the reference: one head vector, one position, read top
 * to bottom. The model runs it fast in two steps of its own: engine/ropeApply.ts
 * `ropeApplyForward` (cos/sin tables once per call, every head of every row) and
 * engine/elementwiseSimd.ts `ropeSimd` (the same tables in WebAssembly). Unit tests hold
 * ropeApplyForward to applyRope and ropeSimd to ropeApplyForward.
 *
 * Left out on purpose: batching over heads and tokens (engine/ropeApply.ts), scaling methods
 * (ropeScaling.ts), LogN (logn.ts).
 */

/** Largest head dimension the kernels accept (real models use 64–256). */
export const MAX_HEAD_DIM = 4096;

/** Throws unless `dim` is an even integer in [2, MAX_HEAD_DIM]. */
export function checkHeadDim(dim: number): void {
  if (!Number.isInteger(dim) || dim < 2 || dim > MAX_HEAD_DIM || dim % 2 !== 0) {
    throw new Error(
      `RoPE head dimension must be an even integer in [2, ${MAX_HEAD_DIM}], got ${dim}`,
    );
  }
}

/** Throws unless `base` is a finite number > 1 (a base ≤ 1 makes no turning clock). */
export function checkBase(base: number): void {
  if (!Number.isFinite(base) || base <= 1) {
    throw new Error(`RoPE base must be a finite number greater than 1, got ${base}`);
  }
}

/**
 * The FP32 inverse frequencies θᵢ = 1 / base^(2i/d), i = 0 … d/2 − 1.
 * // → (d/2,)
 *
 *   invFreq(4, 10000) → Float32Array [1, 0.01]
 *
 * Each step is rounded to float32 (the exponent 2i/d, the base, the power, the reciprocal), as
 * PyTorch does it in float32 tensors. subtle: Math.pow runs in float64 and is then rounded, so
 * a value can differ by one float32 ulp from a float32 pow; the reciprocal never does.
 */
export function invFreq(dim: number, base: number): Float32Array {
  checkHeadDim(dim);
  checkBase(base);
  const half = dim / 2;
  const out = new Float32Array(half);
  const b = Math.fround(base);
  for (let i = 0; i < half; i++) {
    const exponent = Math.fround((2 * i) / dim);
    const power = Math.fround(Math.pow(b, exponent));
    out[i] = Math.fround(1 / power);
  }
  return out;
}

/**
 * The rotation angle of every pair at one position: out[i] = position · θᵢ.
 * // invFreq: (d/2,) → out: (d/2,)
 *
 *   ropeAngles(new Float64Array(2), 3, [1, 0.01]) → [3, 0.03]
 *
 * subtle: the precision follows `out`. A Float32Array rounds every angle to float32, which is
 * what Hugging Face computes (`inv_freq @ position_ids` in FP32); a Float64Array keeps the
 * nearly exact angle. The difference is the FP32 error the RoPE lab draws.
 */
export function ropeAngles<T extends Float32Array | Float64Array>(
  out: T,
  position: number,
  invFreq: ArrayLike<number>,
): T {
  if (out.length !== invFreq.length) {
    throw new Error(`ropeAngles: out has ${out.length} entries, invFreq has ${invFreq.length}`);
  }
  if (!Number.isFinite(position)) throw new Error(`RoPE position must be finite, got ${position}`);
  for (let i = 0; i < invFreq.length; i++) out[i] = position * invFreq[i];
  return out;
}

/**
 * Rotates one head vector to `position` with the half-split `rotate_half` layout:
 * x' = (x·cos + rotate_half(x)·sin) · attentionFactor.
 * // x: (d,), invFreq: (d/2,) → out: (d,)   (out may be x: in place is safe)
 *
 *   applyRope(out, [1, 0], 1, [1]) → [cos 1, sin 1] ≈ [0.5403, 0.8415]
 *
 * `attentionFactor` is YaRN's "mscale" that multiplies cos and sin (1 for every other method).
 * Position 0 is the identity (cos 0 = 1, sin 0 = 0).
 */
export function applyRope<T extends Float32Array | Float64Array>(
  out: T,
  x: ArrayLike<number>,
  position: number,
  invFreq: ArrayLike<number>,
  attentionFactor = 1,
): T {
  const half = invFreq.length;
  if (x.length !== 2 * half || out.length !== 2 * half) {
    throw new Error(
      `applyRope: x (${x.length}) and out (${out.length}) must have 2 × invFreq.length = ${2 * half} entries`,
    );
  }
  if (!Number.isFinite(position)) throw new Error(`RoPE position must be finite, got ${position}`);
  for (let i = 0; i < half; i++) {
    const angle = position * invFreq[i];
    const c = Math.cos(angle) * attentionFactor;
    const s = Math.sin(angle) * attentionFactor;
    const x1 = x[i];
    const x2 = x[i + half];
    out[i] = x1 * c - x2 * s;
    out[i + half] = x2 * c + x1 * s;
  }
  return out;
}

/**
 * The relative score of RoPE at a distance: Σᵢ cos(distance · θᵢ), i.e. q·k after rotation when
 * q = k = all ones (divided by 2). It equals d/2 at distance 0 and shrinks, while oscillating,
 * as the distance grows: RoPE's "long-term decay" (RoFormer §3.4.3).
 * // invFreq: (d/2,) → scalar
 *
 *   relativeScore(0, [1, 0.01]) → 2;  relativeScore(Math.PI, [1]) → −1
 */
export function relativeScore(distance: number, invFreq: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < invFreq.length; i++) sum += Math.cos(distance * invFreq[i]);
  return sum;
}

/**
 * Wavelength of each pair in tokens, 2π/θᵢ: how many positions one full turn takes.
 * // invFreq: (d/2,) → (d/2,)
 *
 *   wavelengths([1, 0.01]) → [6.2832, 628.32]
 */
export function wavelengths(invFreq: ArrayLike<number>): Float64Array {
  const out = new Float64Array(invFreq.length);
  for (let i = 0; i < invFreq.length; i++) out[i] = (2 * Math.PI) / invFreq[i];
  return out;
}
