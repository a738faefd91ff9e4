/**
 * Matmul kernels against the textbook definition written out here (float64 triple loops),
 * across shapes that hit every remainder path (rows and columns not multiples of 4, more
 * columns than one tile). The backward products are checked against their definitions
 * dx = dy·W and dW = dyᵀ·x, which are the exact derivatives of the linear map y = x·Wᵀ + b
 * (also checked by finite differences: the map is linear, so central differences are exact up
 * to rounding; float64, h = 1e-3, tolerance 1e-9).
 */
import { describe, expect, it } from 'vitest';
import { numericGrad } from '../../../helpers/gradient.ts';
import {
  matmulABt,
  matmulBackwardInput,
  matmulBackwardWeight,
  matmulForward,
} from '../../../../src/kernels/engine/matmul.ts';
import {
  biasBackward,
  embeddingBackward,
  embeddingForward,
  matmulNaive,
  transpose,
} from '../../../../src/kernels/reference/linear.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';

function rand(n: number, seed: number): Float64Array {
  const r = createRng(seed);
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = r.normal();
  return a;
}

/** Reference: out[i][j] = Σ_k a[i][k]·b[j][k]. */
function refABt(a: ArrayLike<number>, b: ArrayLike<number>, M: number, N: number, K: number) {
  const out = new Float64Array(M * N);
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += a[i * K + k] * b[j * K + k];
      out[i * N + j] = s;
    }
  return out;
}

const SHAPES: [number, number, number][] = [
  [1, 1, 1],
  [1, 7, 5],
  [3, 5, 2],
  [4, 4, 4],
  [5, 9, 3],
  [8, 130, 17],
  [13, 67, 33],
];

describe('matmul', () => {
  it('hand case: [[1,2],[3,4]] · [[1,0],[0,1],[1,1]]ᵀ = [[1,2,3],[3,4,7]]', () => {
    const out = new Float32Array(6);
    matmulForward(
      out,
      new Float32Array([1, 2, 3, 4]),
      new Float32Array([1, 0, 0, 1, 1, 1]),
      null,
      2,
      3,
      2,
    );
    expect(out).toBeCloseToArray([1, 2, 3, 3, 4, 7], 0);
  });

  it('blocked forward equals the definition across shapes, with bias and accumulate', () => {
    for (const [M, N, K] of SHAPES) {
      const a = rand(M * K, M);
      const b = rand(N * K, N);
      const bias = rand(N, K);
      const ref = refABt(a, b, M, N, K);
      const out = new Float64Array(M * N);
      matmulForward(out, a, b, null, M, N, K);
      expect(out).toBeCloseToArray(ref, 1e-12);
      matmulForward(out, a, b, bias, M, N, K);
      const refBias = ref.map((v, i) => v + bias[i % N]);
      expect(out).toBeCloseToArray(refBias, 1e-12);
      matmulABt(out, a, b, M, N, K, null, true);
      expect(out).toBeCloseToArray(
        refBias.map((v, i) => v + ref[i]),
        1e-12,
      );
      const naive = new Float64Array(M * N);
      matmulNaive(naive, a, b, M, N, K);
      expect(naive).toBeCloseToArray(ref, 1e-12);
    }
  });

  it('float32 inputs: equal to the float64 definition within float32 rounding', () => {
    const [M, N, K] = [9, 70, 128];
    const a = new Float32Array(rand(M * K, 1));
    const b = new Float32Array(rand(N * K, 2));
    const out = new Float32Array(M * N);
    matmulForward(out, a, b, null, M, N, K);
    // |sum| ≲ √K·… ; one rounding of the result: relative 6e-8 of values up to ~40
    expect(out).toBeCloseToArray(refABt(a, b, M, N, K), 1e-5);
  });

  it('backward products equal dy·W and dyᵀ·x', () => {
    for (const [M, N, K] of SHAPES) {
      const w = rand(N * K, 1);
      const x = rand(M * K, 2);
      const dy = rand(M * N, 3);
      const wT = new Float64Array(K * N);
      transpose(wT, w, N, K);
      const dx = new Float64Array(M * K);
      matmulBackwardInput(dx, dy, w, M, N, K);
      expect(dx).toBeCloseToArray(refABt(dy, wT, M, K, N), 1e-12);
      const dyT = new Float64Array(N * M);
      const xT = new Float64Array(K * M);
      transpose(dyT, dy, M, N);
      transpose(xT, x, M, K);
      const dw = new Float64Array(N * K).fill(1);
      matmulBackwardWeight(dw, dy, x, M, N, K);
      expect(dw).toBeCloseToArray(
        refABt(dyT, xT, N, K, M).map((v) => v + 1),
        1e-12,
      );
    }
  });

  it('backward matches finite differences of L = Σ dy ⊙ (x·Wᵀ + b)', () => {
    const [M, N, K] = [5, 6, 7];
    const x = rand(M * K, 4);
    const w = rand(N * K, 5);
    const b = rand(N, 6);
    const dy = rand(M * N, 7);
    const y = new Float64Array(M * N);
    const loss = () => {
      matmulForward(y, x, w, b, M, N, K);
      let s = 0;
      for (let i = 0; i < y.length; i++) s += y[i] * dy[i];
      return s;
    };
    const dx = new Float64Array(M * K);
    const dw = new Float64Array(N * K);
    const db = new Float64Array(N);
    matmulBackwardInput(dx, dy, w, M, N, K);
    matmulBackwardWeight(dw, dy, x, M, N, K);
    biasBackward(db, dy, M, N);
    const h = 1e-3;
    for (const [param, grad] of [
      [x, dx],
      [w, dw],
      [b, db],
    ] as const) {
      const num = numericGrad(param, loss, h);
      expect(grad).toBeCloseToArray(num, 1e-9);
    }
  });

  it('embedding: hand case, and the backward adds each row gradient to its token (twice if repeated)', () => {
    const out = new Float32Array(4);
    embeddingForward(out, new Float32Array([1, 2, 3, 4]), [1, 1], 2);
    expect(Array.from(out)).toEqual([3, 4, 3, 4]);
    const table = rand(5 * 3, 1);
    const ids = [4, 0, 4, 2];
    const w = rand(4 * 3, 2);
    const y = new Float64Array(12);
    const loss = () => {
      embeddingForward(y, table, ids, 3);
      return y.reduce((s, v, i) => s + v * w[i], 0);
    };
    const g = new Float64Array(15);
    embeddingBackward(g, w, ids, 3);
    const h = 1e-3;
    const num = numericGrad(table, loss, h);
    expect(g).toBeCloseToArray(num, 1e-9);
    expect(() => embeddingForward(y, table, [5], 3)).toThrow(/outside/);
  });

  it('throws on buffers too small', () => {
    expect(() =>
      matmulForward(new Float32Array(1), new Float32Array(4), new Float32Array(4), null, 2, 2, 2),
    ).toThrow(/too small/);
  });
});
