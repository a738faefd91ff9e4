import { describe, expect, it } from 'vitest';
import {
  applyRope,
  invFreq,
  relativeScore,
  ropeAngles,
  wavelengths,
} from '../../../../src/kernels/reference/rope.ts';

/** A small deterministic source of test vectors (LCG), independent of the kernels. */
function vector(d: number, seed: number): Float64Array {
  let s = seed >>> 0;
  const out = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 31 - 1;
  }
  return out;
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Reference rotation written as in HF: x·cos(cat(f, f)) + rotate_half(x)·sin(cat(f, f)). */
function referenceRope(x: Float64Array, position: number, base: number): Float64Array {
  const d = x.length;
  const half = d / 2;
  const freqs: number[] = [];
  for (let i = 0; i < half; i++) freqs.push(position / Math.pow(base, (2 * i) / d));
  const emb = [...freqs, ...freqs];
  const rotated = [...Array.from(x.slice(half), (v) => -v), ...Array.from(x.slice(0, half))];
  return Float64Array.from(x, (v, j) => v * Math.cos(emb[j]) + rotated[j] * Math.sin(emb[j]));
}

describe('invFreq', () => {
  it('is [1] for d = 2 and [1, 0.01] for d = 4, base 10000 (by hand)', () => {
    expect(Array.from(invFreq(2, 10000))).toEqual([1]);
    expect(invFreq(4, 10000)).toBeCloseToArray([1, 0.01], 1e-9);
  });

  it('matches 1 / base^(2i/d) and every value is a float32', () => {
    for (const [d, base] of [
      [128, 10000],
      [64, 1e6],
      [32, 500000],
    ]) {
      const got = invFreq(d, base);
      expect(got.length).toBe(d / 2);
      for (let i = 0; i < d / 2; i++) {
        const exact = 1 / Math.pow(base, (2 * i) / d);
        expect(Math.abs(got[i] - exact) / exact).toBeLessThan(2 ** -21);
        expect(Math.fround(got[i])).toBe(got[i]);
      }
    }
  });

  it('refuses odd or tiny head dimensions and bases ≤ 1', () => {
    expect(() => invFreq(127, 10000)).toThrow(/even integer/);
    expect(() => invFreq(0, 10000)).toThrow(/even integer/);
    expect(() => invFreq(3.5, 10000)).toThrow(/even integer/);
    expect(() => invFreq(128, 1)).toThrow(/greater than 1/);
    expect(() => invFreq(128, 0.5)).toThrow(/greater than 1/);
    expect(() => invFreq(128, Number.NaN)).toThrow(/base/);
    expect(() => invFreq(128, Infinity)).toThrow(/base/);
  });
});

describe('ropeAngles', () => {
  it('multiplies the position by each frequency, with the precision of out', () => {
    expect(ropeAngles(new Float64Array(2), 3, [1, 0.01])).toBeCloseToArray([3, 0.03], 1e-15);
    const f32 = ropeAngles(new Float32Array(1), 1e5 + 1, [0.1]);
    expect(f32[0]).toBe(Math.fround((1e5 + 1) * 0.1));
  });

  it('refuses a mismatched buffer and a non-finite position', () => {
    expect(() => ropeAngles(new Float64Array(3), 1, [1, 2])).toThrow(/entries/);
    expect(() => ropeAngles(new Float64Array(1), Number.NaN, [1])).toThrow(/finite/);
  });
});

describe('applyRope', () => {
  it('is the identity at position 0', () => {
    const x = vector(64, 1);
    const out = applyRope(new Float64Array(64), x, 0, invFreq(64, 10000));
    expect(out).toBeCloseToArray(x, 0);
  });

  it('turns d = 2 by θ = 1 radian at position 1 (by hand)', () => {
    const out = applyRope(new Float64Array(2), [1, 0], 1, invFreq(2, 10000));
    expect(out).toBeCloseToArray([Math.cos(1), Math.sin(1)], 1e-15);
  });

  it('gives the worked example of the module comment (d = 4, position 2)', () => {
    const out = applyRope(new Float64Array(4), [1, 0, 0, 1], 2, [1, 0.01]);
    expect(out).toBeCloseToArray(
      [Math.cos(2), -Math.sin(0.02), Math.sin(2), Math.cos(0.02)],
      1e-15,
    );
  });

  it('matches the rotate_half reference for d = 128 at several positions', () => {
    const x = vector(128, 7);
    const theta = invFreq(128, 10000);
    for (const p of [1, 17, 2047, 4096]) {
      const got = applyRope(new Float64Array(128), x, p, theta);
      // FP32 θ against the float64 formula: the angle differs by up to p·θ·2^−23.
      expect(got).toBeCloseToArray(referenceRope(x, p, 10000), 4e-4 + p * 2e-7);
    }
  });

  it('keeps the norm (a rotation) and scales it by the attention factor', () => {
    const x = vector(32, 3);
    const theta = invFreq(32, 10000);
    for (const p of [1, 5, 999, 123456]) {
      const y = applyRope(new Float64Array(32), x, p, theta);
      expect(Math.sqrt(dot(y, y))).toBeCloseTo(Math.sqrt(dot(x, x)), 12);
      const z = applyRope(new Float64Array(32), x, p, theta, 1.5);
      expect(Math.sqrt(dot(z, z))).toBeCloseTo(1.5 * Math.sqrt(dot(x, x)), 12);
    }
  });

  it('makes q·k depend only on the distance m − n', () => {
    const d = 64;
    const theta = invFreq(d, 10000);
    const q = vector(d, 11);
    const k = vector(d, 12);
    const score = (m: number, n: number): number =>
      dot(applyRope(new Float64Array(d), q, m, theta), applyRope(new Float64Array(d), k, n, theta));
    for (const [m, n] of [
      [5, 2],
      [100, 3],
      [7, 40],
    ]) {
      const reference = score(m - n, 0);
      for (const shift of [1, 37, 1000])
        expect(score(m + shift, n + shift)).toBeCloseTo(reference, 9);
    }
  });

  it('works in place', () => {
    const x = vector(16, 5);
    const theta = invFreq(16, 10000);
    const expected = applyRope(new Float64Array(16), x, 9, theta);
    const y = Float64Array.from(x);
    applyRope(y, y, 9, theta);
    expect(y).toBeCloseToArray(expected, 0);
  });

  it('refuses mismatched sizes', () => {
    expect(() => applyRope(new Float64Array(4), [1, 2, 3], 1, [1, 0.1])).toThrow(/entries/);
    expect(() => applyRope(new Float64Array(4), [1, 2, 3, 4], Infinity, [1, 0.1])).toThrow(
      /finite/,
    );
  });
});

describe('relativeScore and wavelengths', () => {
  it('is d/2 at distance 0 and −1 for d = 2 at distance π (by hand)', () => {
    expect(relativeScore(0, invFreq(128, 10000))).toBe(64);
    expect(relativeScore(Math.PI, [1])).toBeCloseTo(-1, 15);
  });

  it('equals q·k/2 of all-ones vectors rotated to positions m and n', () => {
    const d = 32;
    const theta = invFreq(d, 10000);
    const ones = new Float64Array(d).fill(1);
    for (const [m, n] of [
      [10, 3],
      [500, 20],
    ]) {
      const qk = dot(
        applyRope(new Float64Array(d), ones, m, theta),
        applyRope(new Float64Array(d), ones, n, theta),
      );
      expect(relativeScore(m - n, theta)).toBeCloseTo(qk / 2, 10);
    }
  });

  it('decays: far distances score lower on average than near ones', () => {
    const theta = invFreq(128, 10000);
    const mean = (from: number, to: number): number => {
      let s = 0;
      for (let t = from; t < to; t++) s += Math.abs(relativeScore(t, theta));
      return s / (to - from);
    };
    expect(mean(1, 10)).toBeGreaterThan(2 * mean(1000, 1100));
  });

  it('gives 2π/θ tokens per turn', () => {
    expect(wavelengths([1, 0.01])).toBeCloseToArray([2 * Math.PI, 200 * Math.PI], 1e-12);
  });
});
