/**
 * What the Norm & FFN lab claims about RMSNorm and LayerNorm, checked on the kernels in
 * src/kernels/reference/norm.ts: scale invariance of both, shift invariance of LayerNorm only, the eps
 * floor near zero, the gain, and the backward's orthogonality to the invariances (a gradient
 * check with finite differences for a scaled input and a per-row eps case).
 */
import { describe, expect, it } from 'vitest';
import { numericGrad } from '../../../helpers/gradient.ts';
import {
  layernorm,
  layernormBackward,
  layernormForward,
  rmsnorm,
  rmsnormBackward,
  rmsnormForward,
} from '../../../../src/kernels/reference/norm.ts';

const X = new Float32Array([0.5, -1.25, 2, 0.75, -0.3]);
const ONES = new Float32Array(5).fill(1);
const ZEROS = new Float32Array(5);

describe('invariances', () => {
  it('scaling the input by any positive factor leaves both outputs unchanged (eps = 0)', () => {
    for (const k of [0.01, 3, 1000]) {
      const xs = X.map((v) => v * k);
      expect(rmsnorm(xs, ONES, 0).y).toBeCloseToArray(rmsnorm(X, ONES, 0).y, 1e-5);
      expect(layernorm(xs, ONES, ZEROS, 0).y).toBeCloseToArray(
        layernorm(X, ONES, ZEROS, 0).y,
        1e-5,
      );
    }
  });

  it('a negative scale flips the sign of both outputs', () => {
    const xs = X.map((v) => -2 * v);
    expect(rmsnorm(xs, ONES, 0).y).toBeCloseToArray(
      rmsnorm(X, ONES, 0).y.map((v) => -v),
      1e-6,
    );
  });

  it('adding a constant changes RMSNorm but not LayerNorm', () => {
    const xs = X.map((v) => v + 4);
    expect(layernorm(xs, ONES, ZEROS, 0).y).toBeCloseToArray(layernorm(X, ONES, ZEROS, 0).y, 1e-5);
    const a = rmsnorm(X, ONES, 0).y;
    const b = rmsnorm(xs, ONES, 0).y;
    let maxDiff = 0;
    for (let i = 0; i < 5; i++) maxDiff = Math.max(maxDiff, Math.abs(a[i] - b[i]));
    expect(maxDiff).toBeGreaterThan(0.5);
    // A large shift pushes every RMSNorm output towards +1: the direction of the constant.
    const big = rmsnorm(
      X.map((v) => v + 1e4),
      ONES,
      0,
    ).y;
    expect(big).toBeCloseToArray(new Float32Array(5).fill(1), 1e-3);
  });

  it('LayerNorm equals RMSNorm of the mean-centred input', () => {
    let mu = 0;
    for (const v of X) mu += v / 5;
    const centred = X.map((v) => v - mu);
    expect(layernorm(X, ONES, ZEROS, 1e-6).y).toBeCloseToArray(
      rmsnorm(centred, ONES, 1e-6).y,
      1e-5,
    );
  });

  it('the gain multiplies each channel after normalizing', () => {
    const w = new Float32Array([2, 0.5, -1, 0, 3]);
    const plain = rmsnorm(X, ONES, 1e-6).y;
    expect(rmsnorm(X, w, 1e-6).y).toBeCloseToArray(
      plain.map((v, i) => v * w[i]),
      1e-6,
    );
  });
});

describe('eps near zero', () => {
  it('eps keeps a tiny input tiny instead of blowing it up to unit RMS', () => {
    const tiny = X.map((v) => v * 1e-4); // RMS ≈ 1.3e-4, mean square ≈ 1.6e-8
    const rmsTiny = Math.sqrt(tiny.reduce((s, v) => s + v * v, 0) / 5);
    // eps = 0: the output has RMS 1 whatever the input size.
    const y0 = rmsnorm(tiny, ONES, 0).y;
    expect(Math.sqrt(y0.reduce((s, v) => s + v * v, 0) / 5)).toBeCloseTo(1, 4);
    // eps = 1e-2 ≫ mean square: y ≈ x / √eps, the output RMS is ≈ rms(x)/√eps.
    const y1 = rmsnorm(tiny, ONES, 1e-2).y;
    const out = Math.sqrt(y1.reduce((s, v) => s + v * v, 0) / 5);
    expect(out).toBeCloseTo(rmsTiny / Math.sqrt(1e-2 + rmsTiny * rmsTiny), 6);
    expect(out).toBeLessThan(0.01);
  });

  it('a zero vector maps to zero (no NaN) for eps > 0, and to NaN for eps = 0', () => {
    expect(Array.from(rmsnorm(new Float32Array(4), new Float32Array(4).fill(1), 1e-6).y)).toEqual([
      0, 0, 0, 0,
    ]);
    expect(Number.isNaN(rmsnorm(new Float32Array(4), new Float32Array(4).fill(1), 0).y[0])).toBe(
      true,
    );
  });
});

describe('backward and the invariances', () => {
  const x = new Float64Array([0.5, -1.25, 2, 0.75, -0.3]);
  const w = new Float64Array([1.1, 0.9, -0.4, 1.3, 0.7]);
  const dy = new Float64Array([0.3, -0.8, 0.1, 1.2, -0.5]);

  it('RMSNorm: dx is orthogonal to x (scale invariance), LayerNorm: dx also sums to 0 (shift)', () => {
    const dx = new Float64Array(5);
    const y = new Float64Array(5);
    const rms = new Float64Array(1);
    rmsnormForward(y, rms, x, w, 1, 5, 0);
    rmsnormBackward(dx, new Float64Array(5), dy, x, w, rms, 1, 5);
    expect(Math.abs(dx.reduce((s, v, i) => s + v * x[i], 0))).toBeLessThan(1e-12);

    const mean = new Float64Array(1);
    const variance = new Float64Array(1);
    layernormForward(y, mean, variance, x, w, new Float64Array(5), 1, 5, 0);
    layernormBackward(
      dx,
      new Float64Array(5),
      new Float64Array(5),
      dy,
      x,
      w,
      mean,
      variance,
      1,
      5,
      0,
    );
    expect(Math.abs(dx.reduce((s, v) => s + v, 0))).toBeLessThan(1e-12);
    expect(Math.abs(dx.reduce((s, v, i) => s + v * (x[i] - mean[0]), 0))).toBeLessThan(1e-12);
  });

  it('RMSNorm backward with a large eps on a tiny input matches finite differences', () => {
    const xt = x.map((v) => v * 1e-2);
    const eps = 1e-3;
    const y = new Float64Array(5);
    const rms = new Float64Array(1);
    const loss = () => {
      rmsnormForward(y, rms, xt, w, 1, 5, eps);
      return y.reduce((s, v, i) => s + v * dy[i], 0);
    };
    loss();
    const dx = new Float64Array(5);
    rmsnormBackward(dx, new Float64Array(5), dy, xt, w, rms, 1, 5);
    const h = 1e-7;
    const num = numericGrad(xt, loss, h);
    // subtle: with eps > 0 the backward formula must use rms = √(mean(x²) + eps), not √mean(x²).
    expect(dx).toBeCloseToArray(num, 1e-6);
  });
});
