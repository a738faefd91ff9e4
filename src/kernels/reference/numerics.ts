/**
 * Number formats the Qwen report trains in, emulated in JavaScript doubles: FP32 (Math.fround)
 * and BF16 ("brain float", report §2.4), the top 16 bits of a float32.
 *
 * BF16 keeps float32's 8 exponent bits (same range, no overflow surprises) but only 7 stored
 * mantissa bits (8 significant bits): every number carries a relative error up to 2^−8 ≈ 0.4%.
 * Integers above 256 are no longer all representable: 257 rounds to 256, 32,769 to 32,768.
 * That is why Qwen keeps RoPE's inverse frequencies (and Hugging Face the angles) in FP32.
 *
 * Rounding is round-to-nearest, ties-to-even, the way PyTorch converts float32 → bfloat16:
 * add 0x7FFF plus the lowest kept bit to the float32 bit pattern, then drop the low 16 bits.
 *
 * Left out on purpose: FP16 (another exponent range), stochastic rounding, subnormal flushing
 * (BF16 keeps subnormals here, as PyTorch's conversion does).
 */

/** Unit roundoff of float32 (half an ulp at 1): 2^−24. */
export const FP32_UNIT_ROUNDOFF = 2 ** -24;
/** Unit roundoff of bfloat16 (half an ulp at 1): 2^−8. */
export const BF16_UNIT_ROUNDOFF = 2 ** -8;

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Rounds a double to the nearest float32 (ties to even). `toFp32(0.1) → 0.10000000149011612` */
export function toFp32(x: number): number {
  return Math.fround(x);
}

/**
 * Rounds a number to bfloat16, ties to even, and returns it as a double.
 *
 *   toBf16(1 + 2 ** -8) → 1        (a tie: 1's last kept bit is even)
 *   toBf16(1 + 3 * 2 ** -8) → 1 + 2 ** -6   (a tie: rounds up to the even neighbour)
 *   toBf16(257) → 256;  toBf16(0.1) → 0.10009765625
 *
 * subtle: the input is first rounded to float32 (this emulates float32 → bf16 conversion), so a
 * double just above a bf16 tie can round down if float32 rounding lands it exactly on the tie.
 * NaN stays NaN, ±Infinity stays, and values beyond bf16's largest finite number round to ±∞.
 */
export function toBf16(x: number): number {
  f32[0] = x;
  const bits = u32[0];
  if ((bits & 0x7f800000) === 0x7f800000) return f32[0]; // ±Infinity or NaN
  const lsb = (bits >>> 16) & 1;
  u32[0] = ((bits + 0x7fff + lsb) & 0xffff0000) >>> 0;
  return f32[0];
}

/**
 * The 16-bit pattern of a number rounded to bfloat16. `bf16Bits(1) → 0x3f80`
 */
export function bf16Bits(x: number): number {
  f32[0] = toBf16(x);
  return u32[0] >>> 16;
}

/** The number a 16-bit bfloat16 pattern stands for. `fromBf16Bits(0x3f80) → 1` */
export function fromBf16Bits(bits: number): number {
  if (!Number.isInteger(bits) || bits < 0 || bits > 0xffff) {
    throw new Error(`a bfloat16 bit pattern is an integer in [0, 0xFFFF], got ${bits}`);
  }
  u32[0] = (bits << 16) >>> 0;
  return f32[0];
}

/**
 * Rounds every element to bfloat16. // x: (n,) → out: (n,)   (out may be x)
 *
 *   toBf16Array(out, [257, 1.5]) → [256, 1.5]
 */
export function toBf16Array<T extends Float32Array | Float64Array>(
  out: T,
  x: ArrayLike<number>,
): T {
  if (out.length !== x.length) {
    throw new Error(`toBf16Array: out has ${out.length} entries, x has ${x.length}`);
  }
  for (let i = 0; i < x.length; i++) out[i] = toBf16(x[i]);
  return out;
}

/** Rounds every element to float32. // x: (n,) → out: (n,)   (out may be x) */
export function toFp32Array<T extends Float32Array | Float64Array>(
  out: T,
  x: ArrayLike<number>,
): T {
  if (out.length !== x.length) {
    throw new Error(`toFp32Array: out has ${out.length} entries, x has ${x.length}`);
  }
  for (let i = 0; i < x.length; i++) out[i] = Math.fround(x[i]);
  return out;
}
