/**
 * The WebAssembly SIMD matmul: the committed bytes (shared and unshared memory) are a fresh
 * compile of inference.wat, and its products equal the textbook triple loop in float64
 * (matmulNaive) to float32 rounding, for shapes that hit every path of the kernel (4 × 8 tiles,
 * the 4-wide and scalar last columns, leftover rows, 1 × 16 single-row tiles, column panels,
 * any K).
 */
import { describe, expect, it } from 'vitest';
import { compileWat } from '../../../../scripts/wasm/build.ts';
import { matmulNaive } from '../../../../src/kernels/reference/linear.ts';
import { matmulSimd, pinMatrix, simdAvailable } from '../../../../src/kernels/engine/matmulSimd.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';
import {
  INFERENCE_WASM,
  inferenceWasmUnshared,
} from '../../../../src/kernels/engine/wasm/inferenceWasm.ts';

function random(n: number, seed: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => rng.normal());
}

/** float64 reference: a · bᵀ + bias with the naive loop. */
function reference(
  a: Float32Array,
  b: Float32Array,
  M: number,
  N: number,
  K: number,
  bias?: Float32Array,
) {
  const out = new Float64Array(M * N);
  matmulNaive(out, Float64Array.from(a), Float64Array.from(b), M, N, K);
  if (bias) for (let i = 0; i < M * N; i++) out[i] += bias[i % N];
  return out;
}

describe('matmulSimd (wasm/inference.wat)', () => {
  it('ships exactly the bytes wabt makes from inference.wat, shared and unshared', async () => {
    const path = 'src/kernels/engine/wasm/inference.wat';
    expect(Array.from(INFERENCE_WASM)).toEqual(Array.from(await compileWat(path)));
    const unshared = inferenceWasmUnshared();
    expect(Array.from(unshared)).toEqual(Array.from(await compileWat(path, true)));
    expect(Array.from(unshared)).not.toEqual(Array.from(INFERENCE_WASM));
  });

  it('runs here: Node has WebAssembly SIMD', () => {
    expect(simdAvailable()).toBe(true);
  });

  it.each([
    [4, 2, 4],
    [8, 6, 128],
    [5, 3, 8],
    [7, 1, 32],
    [13, 9, 36],
    [8, 20, 7],
    [5, 600, 33],
    [256, 352, 128],
  ])('M=%i N=%i K=%i equals the float64 triple loop to float32 rounding', (M, N, K) => {
    const a = random(M * K, M + 1);
    const b = random(N * K, N + 2);
    const bias = random(N, 3);
    const out = new Float32Array(M * N);
    matmulSimd(out, a, b, M, N, K, bias);
    const ref = reference(a, b, M, N, K, bias);
    let worst = 0;
    for (let i = 0; i < M * N; i++) worst = Math.max(worst, Math.abs(out[i] - ref[i]));
    expect(worst).toBeLessThan(4e-6 * K);
  });

  it('adds to out with accumulate, for K a multiple of 4 or not', () => {
    const M = 6;
    const N = 5;
    for (const K of [12, 7]) {
      const a = random(M * K, 1);
      const b = random(N * K, 2);
      const out = new Float32Array(M * N).fill(1);
      matmulSimd(out, a, b, M, N, K, null, true);
      const ref = reference(a, b, M, N, K);
      for (let i = 0; i < M * N; i++) expect(out[i]).toBeCloseTo(ref[i] + 1, 4);
    }
  });

  it('survives memory growth between calls and rejects buffers that are too small', () => {
    const small = new Float32Array(4 * 4);
    matmulSimd(small, random(16, 1), random(16, 2), 4, 4, 4);
    const M = 512;
    const N = 2048;
    const K = 64;
    const big = new Float32Array(M * N);
    const a = random(M * K, 3);
    const b = random(N * K, 4);
    matmulSimd(big, a, b, M, N, K);
    let s = 0;
    for (let k = 0; k < K; k++) s += a[(M - 1) * K + k] * b[(N - 1) * K + k];
    expect(big[M * N - 1]).toBeCloseTo(s, 4);
    expect(() => matmulSimd(new Float32Array(3), a, b, 4, 4, 4)).toThrow(/too small/);
  });

  it.each([
    [1, 352, 128],
    [1, 7, 32],
    [1, 45, 10],
    [3, 9, 36],
    [6, 2003, 128],
  ])(
    'with b pinned: M=%i N=%i K=%i equals the triple loop, and stays right after memory grows',
    (M, N, K) => {
      const a = random(M * K, M + 5);
      const b = random(N * K, N + 6);
      expect(pinMatrix(b, K)).toBe(true);
      const check = () => {
        const out = new Float32Array(M * N);
        matmulSimd(out, a, b, M, N, K);
        const ref = reference(a, b, M, N, K);
        let worst = 0;
        for (let i = 0; i < M * N; i++) worst = Math.max(worst, Math.abs(out[i] - ref[i]));
        expect(worst).toBeLessThan(4e-6 * K);
      };
      check();
      // an unpinned product big enough to grow the memory, then the pinned one again
      const big = 300;
      matmulSimd(
        new Float32Array(big * big),
        random(big * 64, 1),
        random(big * 64, 2),
        big,
        big,
        64,
      );
      check();
    },
  );
});
