/**
 * The linear layer's three training products on the WebAssembly SIMD kernel (matmulSimd.ts)
 * against the JavaScript reference of matmul.ts (float64 sums), to float32 rounding, for odd
 * shapes (M, N, K not multiples of 4 or 8) and the tiny model's own, both branches of the
 * weight gradient (N ≤ K and N ≫ K), accumulation, and the float64 fallback (identical to the
 * reference, bit for bit).
 */
import { describe, expect, it } from 'vitest';
import {
  matmulBackwardInput,
  matmulBackwardWeight,
  matmulForward,
} from '../../../../src/kernels/engine/matmul.ts';
import {
  linearBackwardInputSimd,
  linearBackwardWeightSimd,
  linearForwardSimd,
  simdAvailable,
} from '../../../../src/kernels/engine/matmulSimd.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';

function random(n: number, seed: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => rng.normal());
}

/** float32 sums of n unit-variance products: errors grow like √n·ε, bounded here by 4e-6·n. */
const tol = (n: number) => 4e-6 * n;

const SHAPES: [number, number, number][] = [
  [1, 3, 5],
  [3, 7, 2],
  [5, 9, 13],
  [13, 17, 11],
  [37, 6, 129],
  [64, 2003, 128],
  [256, 352, 128],
  [256, 128, 352],
];

describe('linear products on the SIMD kernel vs the JavaScript reference', () => {
  it('runs on the kernel here', () => {
    expect(simdAvailable()).toBe(true);
  });

  it.each(SHAPES)('forward x·wᵀ + b: M=%i N=%i K=%i', (M, N, K) => {
    const x = random(M * K, 1);
    const w = random(N * K, 2);
    const bias = random(N, 3);
    const ref = new Float32Array(M * N);
    matmulForward(ref, x, w, bias, M, N, K);
    const out = new Float32Array(M * N);
    linearForwardSimd(out, x, w, bias, M, N, K);
    expect(out).toBeCloseToArray(ref, tol(K));
  });

  it.each(SHAPES)('input gradient dy·w, set and accumulated: M=%i N=%i K=%i', (M, N, K) => {
    const dy = random(M * N, 4);
    const w = random(N * K, 5);
    const start = random(M * K, 6);
    for (const accumulate of [false, true]) {
      const ref = start.slice();
      matmulBackwardInput(ref, dy, w, M, N, K, accumulate);
      const dx = start.slice();
      linearBackwardInputSimd(dx, dy, w, M, N, K, accumulate);
      expect(dx).toBeCloseToArray(ref, tol(N));
    }
  });

  it.each(SHAPES)('weight gradient dw += dyᵀ·x: M=%i N=%i K=%i', (M, N, K) => {
    const dy = random(M * N, 7);
    const x = random(M * K, 8);
    const start = random(N * K, 9);
    const ref = start.slice();
    matmulBackwardWeight(ref, dy, x, M, N, K);
    const dw = start.slice();
    linearBackwardWeightSimd(dw, dy, x, M, N, K);
    expect(dw).toBeCloseToArray(ref, tol(M));
  });

  it('works on subarray views (the workspace slices) and leaves the rest alone', () => {
    const M = 6;
    const N = 5;
    const K = 7;
    const big = random(3 * M * K, 10);
    const x = big.subarray(M * K, 2 * M * K);
    const w = random(N * K, 11);
    const outBig = new Float32Array(2 * M * N).fill(9);
    const out = outBig.subarray(M * N);
    const ref = new Float32Array(M * N);
    matmulForward(ref, x, w, null, M, N, K);
    linearForwardSimd(out, x, w, null, M, N, K);
    expect(out).toBeCloseToArray(ref, tol(K));
    expect(Array.from(outBig.subarray(0, M * N))).toEqual(new Array(M * N).fill(9));
  });

  it('float64 operands run the reference itself, bit for bit', () => {
    const M = 9;
    const N = 6;
    const K = 11;
    const x = Float64Array.from(random(M * K, 12));
    const w = Float64Array.from(random(N * K, 13));
    const dy = Float64Array.from(random(M * N, 14));
    const a = new Float64Array(M * N);
    const b = new Float64Array(M * N);
    matmulForward(a, x, w, null, M, N, K);
    linearForwardSimd(b, x, w, null, M, N, K);
    expect(Array.from(b)).toEqual(Array.from(a));
    const dxa = new Float64Array(M * K);
    const dxb = new Float64Array(M * K);
    matmulBackwardInput(dxa, dy, w, M, N, K);
    linearBackwardInputSimd(dxb, dy, w, M, N, K);
    expect(Array.from(dxb)).toEqual(Array.from(dxa));
    const dwa = new Float64Array(N * K);
    const dwb = new Float64Array(N * K);
    matmulBackwardWeight(dwa, dy, x, M, N, K);
    linearBackwardWeightSimd(dwb, dy, x, M, N, K);
    expect(Array.from(dwb)).toEqual(Array.from(dwa));
  });

  it('rejects buffers that are too small', () => {
    const f = (n: number) => new Float32Array(n);
    expect(() => linearBackwardInputSimd(f(3), f(8 * 5), f(5 * 4), 8, 5, 4)).toThrow(/too small/);
    expect(() => linearBackwardWeightSimd(f(3), f(8 * 5), f(8 * 4), 8, 5, 4)).toThrow(/too small/);
  });
});
