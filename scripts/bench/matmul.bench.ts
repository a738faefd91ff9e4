/**
 * Matmul throughput: the naive triple loop vs the 4×4 register-blocked kernel, for the three
 * products training needs at the tiny model's shapes (M = B·T = 2048 rows).
 * Figures in GFLOP/s (2·M·N·K per product), cold (first call) and warm (best of several).
 */
import {
  matmulBackwardInput,
  matmulBackwardWeight,
  matmulForward,
} from '../../src/kernels/engine/matmul.ts';
import { matmulNaive } from '../../src/kernels/reference/linear.ts';
import type { BenchRow } from './types.ts';

function randomArray(n: number, seed: number): Float32Array {
  const a = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = s / 4294967296 - 0.5;
  }
  return a;
}

/** Runs fn once (cold) then `reps` times, returning GFLOP/s for the cold and best warm runs. */
export function measureGflops(
  flops: number,
  fn: () => void,
  reps = 5,
): { cold: number; warm: number } {
  let t0 = performance.now();
  fn();
  const cold = flops / ((performance.now() - t0) * 1e6);
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { cold, warm: flops / (best * 1e6) };
}

/**
 * Warm GFLOP/s of the blocked kernel on a representative training product
 * (x · Wᵀ with M = 1024, N = 352, K = 128): the "peak" other benches compare against.
 */
export function blockedMatmulPeak(): number {
  const M = 1024;
  const N = 352;
  const K = 128;
  const a = randomArray(M * K, 1);
  const b = randomArray(N * K, 2);
  const out = new Float32Array(M * N);
  return measureGflops(2 * M * N * K, () => matmulForward(out, a, b, null, M, N, K), 8).warm;
}

export async function run(): Promise<BenchRow[]> {
  const group = 'matmul (fp32, JS)';
  const rows: BenchRow[] = [];
  const M = 2048;
  const shapes: [string, number, number][] = [
    ['MLP up (N 352, K 128)', 352, 128],
    ['MLP down (N 128, K 352)', 128, 352],
    ['lm_head (N 2000, K 128)', 2000, 128],
  ];
  for (const [label, N, K] of shapes) {
    const x = randomArray(M * K, 1);
    const w = randomArray(N * K, 2);
    const y = new Float32Array(M * N);
    const dy = randomArray(M * N, 3);
    const dx = new Float32Array(M * K);
    const dw = new Float32Array(N * K);
    const flops = 2 * M * N * K;
    const naive = measureGflops(flops, () => matmulNaive(y, x, w, M, N, K), 2);
    const fwd = measureGflops(flops, () => matmulForward(y, x, w, null, M, N, K));
    const bIn = measureGflops(flops, () => matmulBackwardInput(dx, dy, w, M, N, K));
    const bW = measureGflops(flops, () => matmulBackwardWeight(dw, dy, x, M, N, K));
    const peer = `naive triple loop, warm (${naive.warm.toFixed(2)} GFLOP/s)`;
    rows.push(
      { group, name: `${label}: naive, cold`, value: naive.cold, unit: 'GFLOP/s' },
      { group, name: `${label}: naive, warm`, value: naive.warm, unit: 'GFLOP/s' },
      { group, name: `${label}: blocked x·Wᵀ, cold`, value: fwd.cold, unit: 'GFLOP/s' },
      {
        group,
        name: `${label}: blocked x·Wᵀ, warm`,
        value: fwd.warm,
        unit: 'GFLOP/s',
        peer,
        ratio: fwd.warm / naive.warm,
      },
      {
        group,
        name: `${label}: blocked dY·W, warm`,
        value: bIn.warm,
        unit: 'GFLOP/s',
        peer,
        ratio: bIn.warm / naive.warm,
      },
      {
        group,
        name: `${label}: blocked dYᵀ·X, warm`,
        value: bW.warm,
        unit: 'GFLOP/s',
        peer,
        ratio: bW.warm / naive.warm,
      },
    );
  }
  return rows;
}
