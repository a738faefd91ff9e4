/**
 * RMSNorm and LayerNorm: hand cases, properties (constant vectors, scale invariance), and
 * every backward output (dx, dweight, dbias) against central finite differences in float64
 * (h = 1e-6 on O(1) inputs: error ~1e-10 → tolerance 1e-8).
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
import { createRng } from '../../../../src/kernels/reference/random.ts';

describe('RMSNorm', () => {
  it('hand case: [3, 4] → rms 3.5355, y = [0.8485, 1.1314]', () => {
    const { y, rms } = rmsnorm(new Float32Array([3, 4]), new Float32Array([1, 1]), 0);
    expect(rms[0]).toBeCloseTo(Math.sqrt(12.5), 6);
    expect(y).toBeCloseToArray([3 / Math.sqrt(12.5), 4 / Math.sqrt(12.5)], 1e-6);
  });

  it('a constant vector c maps to c/√(c² + eps) · w', () => {
    const c = -0.3;
    const eps = 1e-6;
    const w = new Float32Array([1, 2, 0.5, -1]);
    const { y } = rmsnorm(new Float32Array(4).fill(c), w, eps);
    const f = c / Math.sqrt(c * c + eps);
    expect(y).toBeCloseToArray(
      Array.from(w, (v) => f * v),
      1e-6,
    );
  });

  it('is invariant to scaling the input (eps = 0)', () => {
    const x = new Float32Array([1, -2, 0.5, 3]);
    const w = new Float32Array([1, 1, 1, 1]);
    expect(
      rmsnorm(
        x.map((v) => v * 7),
        w,
        0,
      ).y,
    ).toBeCloseToArray(rmsnorm(x, w, 0).y, 1e-6);
  });

  it('backward matches finite differences (dx accumulates, dweight adds)', () => {
    const rng = createRng(1);
    const [T, C, eps] = [3, 5, 1e-6];
    const x = new Float64Array(T * C).map(() => rng.normal());
    const w = new Float64Array(C).map(() => 1 + 0.3 * rng.normal());
    const dy = new Float64Array(T * C).map(() => rng.normal());
    const y = new Float64Array(T * C);
    const rms = new Float64Array(T);
    const loss = () => {
      rmsnormForward(y, rms, x, w, T, C, eps);
      return y.reduce((s, v, i) => s + v * dy[i], 0);
    };
    loss();
    const dx = new Float64Array(T * C).fill(2);
    const dw = new Float64Array(C);
    rmsnormBackward(dx, dw, dy, x, w, rms, T, C, true);
    expect(dx.map((v) => v - 2)).toBeCloseToArray(numericGrad(x, loss, 1e-6), 1e-8);
    expect(dw).toBeCloseToArray(numericGrad(w, loss, 1e-6), 1e-8);
  });
});

describe('LayerNorm', () => {
  it('hand case: [1, 2, 3] → mean 2, variance 2/3, y = [−1.2247, 0, 1.2247]', () => {
    const r = layernorm(
      new Float32Array([1, 2, 3]),
      new Float32Array([1, 1, 1]),
      new Float32Array(3),
      0,
    );
    expect(r.mean[0]).toBeCloseTo(2, 6);
    expect(r.variance[0]).toBeCloseTo(2 / 3, 6);
    expect(r.y).toBeCloseToArray([-Math.sqrt(1.5), 0, Math.sqrt(1.5)], 1e-6);
  });

  it('output rows have mean b and variance w² (w, b constant)', () => {
    const x = new Float32Array([4, -1, 2.5, 9, 0]);
    const r = layernorm(x, new Float32Array(5).fill(2), new Float32Array(5).fill(0.5), 0);
    const mean = r.y.reduce((s, v) => s + v, 0) / 5;
    const v = r.y.reduce((s, u) => s + (u - mean) ** 2, 0) / 5;
    expect(mean).toBeCloseTo(0.5, 5);
    expect(v).toBeCloseTo(4, 4);
  });

  it('backward matches finite differences for dx, dweight, dbias', () => {
    const rng = createRng(2);
    const [T, C, eps] = [2, 6, 1e-5];
    const x = new Float64Array(T * C).map(() => rng.normal());
    const w = new Float64Array(C).map(() => 1 + 0.3 * rng.normal());
    const b = new Float64Array(C).map(() => 0.3 * rng.normal());
    const dy = new Float64Array(T * C).map(() => rng.normal());
    const y = new Float64Array(T * C);
    const mean = new Float64Array(T);
    const variance = new Float64Array(T);
    const loss = () => {
      layernormForward(y, mean, variance, x, w, b, T, C, eps);
      return y.reduce((s, v, i) => s + v * dy[i], 0);
    };
    loss();
    const dx = new Float64Array(T * C);
    const dw = new Float64Array(C);
    const db = new Float64Array(C);
    layernormBackward(dx, dw, db, dy, x, w, mean, variance, T, C, eps);
    expect(dx).toBeCloseToArray(numericGrad(x, loss, 1e-6), 1e-8);
    expect(dw).toBeCloseToArray(numericGrad(w, loss, 1e-6), 1e-8);
    expect(db).toBeCloseToArray(numericGrad(b, loss, 1e-6), 1e-8);
  });

  it('rejects mismatched weights and negative eps', () => {
    expect(() => rmsnorm(new Float32Array(4), new Float32Array(3), 1e-6)).toThrow(/rows of 3/);
    expect(() => rmsnorm(new Float32Array(4), new Float32Array(2), -1)).toThrow(/eps/);
  });
});
