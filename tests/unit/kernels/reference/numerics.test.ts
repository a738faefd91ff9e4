import { describe, expect, it } from 'vitest';
import {
  bf16Bits,
  fromBf16Bits,
  toBf16,
  toBf16Array,
  toFp32,
  toFp32Array,
} from '../../../../src/kernels/reference/numerics.ts';

/**
 * Reference bf16 rounding in plain arithmetic (no bit tricks): a normal float32 x with
 * 2^e ≤ |x| < 2^(e+1) is rounded to a multiple of 2^(e−7), ties to the even multiple.
 * Values below 2^−126 use the subnormal spacing 2^−133.
 */
function referenceBf16(x: number): number {
  const v = Math.fround(x);
  if (v === 0 || !Number.isFinite(v)) return v;
  const a = Math.abs(v);
  const e = Math.max(Math.floor(Math.log2(a)), -126);
  // Math.log2 may be off by one near powers of two: fix e so that 2^e ≤ a < 2^(e+1).
  let exp = e;
  while (exp > -126 && 2 ** exp > a) exp--;
  while (2 ** (exp + 1) <= a) exp++;
  const spacing = 2 ** (exp - 7);
  const q = a / spacing; // exact: a has at most 24 significant bits
  const lower = Math.floor(q);
  const frac = q - lower;
  const n = frac > 0.5 ? lower + 1 : frac < 0.5 ? lower : lower % 2 === 0 ? lower : lower + 1;
  const r = n * spacing;
  const max = (2 - 2 ** -7) * 2 ** 127; // largest finite bf16
  const rounded = r > max ? Infinity : r;
  return Math.sign(v) * rounded;
}

describe('toBf16', () => {
  it('leaves every finite bf16 value unchanged (all 65,536 patterns)', () => {
    let checked = 0;
    const wrong: number[] = [];
    for (let bits = 0; bits <= 0xffff; bits++) {
      const v = fromBf16Bits(bits);
      if (Number.isNaN(v)) {
        if (!Number.isNaN(toBf16(v))) wrong.push(bits);
        continue;
      }
      if (!Object.is(toBf16(v), v) || bf16Bits(v) !== bits) wrong.push(bits);
      checked++;
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(65536 - 254); // 2 × 127 NaN patterns
  });

  it('rounds ties to even (by hand)', () => {
    expect(toBf16(1 + 2 ** -8)).toBe(1); // halfway between 1 (even) and 1 + 2^−7 (odd)
    expect(toBf16(1 + 3 * 2 ** -8)).toBe(1 + 2 ** -6); // halfway, the even neighbour is above
    expect(toBf16(-(1 + 2 ** -8))).toBe(-1);
    expect(toBf16(257)).toBe(256);
    expect(toBf16(259)).toBe(260);
    expect(toBf16(1 + 2 ** -8 + 2 ** -20)).toBe(1 + 2 ** -7); // just above the tie
    expect(toBf16(0.1)).toBe(0.10009765625);
  });

  it('matches a plain-arithmetic reference on many float32 values', () => {
    let s = 12345;
    const next = (): number => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return s;
    };
    const wrong: number[] = [];
    for (let k = 0; k < 20000; k++) {
      // random sign, exponent in [−140, 127], random 23-bit mantissa
      const mant = 1 + (next() & 0x7fffff) / 2 ** 23;
      const exp = (next() % 268) - 140;
      const x = Math.fround((next() & 1 ? -1 : 1) * mant * 2 ** exp);
      if (!Object.is(toBf16(x), referenceBf16(x))) wrong.push(x);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps ±Infinity and NaN and overflows past the largest bf16', () => {
    expect(toBf16(Infinity)).toBe(Infinity);
    expect(toBf16(-Infinity)).toBe(-Infinity);
    expect(toBf16(Number.NaN)).toBeNaN();
    expect(toBf16(3.4028234663852886e38)).toBe(Infinity); // float32 max rounds up
    expect(toBf16(3.3895313892515355e38)).toBe(3.3895313892515355e38); // bf16 max
    expect(toBf16(-0)).toBe(-0);
  });

  it('has the bit patterns of 1 and π', () => {
    expect(bf16Bits(1)).toBe(0x3f80);
    expect(fromBf16Bits(0x4049)).toBe(3.140625);
    expect(toBf16(Math.PI)).toBe(3.140625);
    expect(() => fromBf16Bits(0x10000)).toThrow(/bit pattern/);
    expect(() => fromBf16Bits(-1)).toThrow(/bit pattern/);
  });
});

describe('array helpers and FP32', () => {
  it('round arrays element by element, in place too', () => {
    expect(toBf16Array(new Float64Array(3), [257, 1.5, 0.1])).toBeCloseToArray(
      [256, 1.5, 0.10009765625],
      0,
    );
    const x = new Float64Array([0.1, 1 / 3]);
    toFp32Array(x, x);
    expect(Array.from(x)).toEqual([Math.fround(0.1), Math.fround(1 / 3)]);
    expect(() => toBf16Array(new Float32Array(1), [1, 2])).toThrow(/entries/);
    expect(() => toFp32Array(new Float32Array(1), [1, 2])).toThrow(/entries/);
  });

  it('rounds to float32 (0.1 → 0.100000001490116…)', () => {
    expect(toFp32(0.1)).toBe(0.10000000149011612);
    expect(toFp32(2 ** 24 + 1)).toBe(2 ** 24);
  });
});
