/**
 * The AdamW kernel of wasm/training.wat against model/adamw.ts `adamwUpdate` (float64 arithmetic
 * per entry on the same float32 buffers): after several steps with fresh random gradients the
 * parameters and both moments agree to float32 rounding, for a buffer whose size and decayed
 * ranges are not multiples of 4 (the kernel's one-float-at-a-time tails, and spans starting
 * mid-v128), with and without a clipping factor on the gradients; the gradient's Σ g² and the sum of
 * two threads' gradients.
 * (train.ts reaches it through the training kernels' table: trainSimd.test.ts.)
 *
 * Tolerance: each step rounds m, v and θ in float32 (relative 6e-8 each) where the reference
 * rounds only its stored results; over 5 steps the largest difference stays near 1e-7 of the
 * array's largest value (observed ≤ 1.7e-7 on θ, m and v), so 1e-6 leaves a margin,
 * while a missing decay (lr·wd = 1e-3 of θ) or a wrong bias correction is far outside it.
 */
import { describe, expect, it } from 'vitest';
import {
  adamwSimd,
  addIntoSimd,
  sumSquaresSimd,
} from '../../../../src/kernels/engine/adamwSimd.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';
import {
  ADAMW_DEFAULTS,
  adamwUpdate,
  startAdamWStep,
  sumSquares,
  type AdamWState,
} from '../../../../src/model/adamw.ts';

function random(n: number, seed: number, scale = 1): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => scale * rng.normal());
}

/**
 * Largest |a − b| over the largest |b|: an error measured against the array's scale (a moment
 * near 0 after its terms cancel keeps only the absolute rounding of those terms).
 */
function worstScaled(a: Float32Array, b: Float32Array): number {
  let scale = 0;
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    scale = Math.max(scale, Math.abs(b[i]));
    worst = Math.max(worst, Math.abs(a[i] - b[i]));
  }
  return worst / scale;
}

const state = (n: number, decayRanges: [number, number][]): AdamWState => ({
  m: new Float32Array(n),
  v: new Float32Array(n),
  step: 0,
  decayRanges,
});

describe('adamwSimd', () => {
  it.each([
    [1001, [[3, 250] as [number, number], [400, 999] as [number, number]], 1],
    [4096, [[0, 4096] as [number, number]], 0.25],
    [7, [], 1],
  ])('n=%i: 5 steps equal adamwUpdate (params, m, v), gradients × %f', (n, ranges, gs) => {
    const cfg = { ...ADAMW_DEFAULTS, weightDecay: 0.1 };
    const ref = { params: random(n, 1), state: state(n, ranges) };
    const fast = { params: ref.params.slice(), state: state(n, ranges) };
    for (let s = 0; s < 5; s++) {
      const grads = random(n, 10 + s, 0.01);
      const lr = 1e-2 * (s + 1);
      adamwUpdate(ref.params, grads, ref.state, lr, cfg, gs);
      const step = startAdamWStep(fast.params, grads, fast.state, lr, cfg, gs);
      adamwSimd(fast.params, grads, fast.state.m, fast.state.v, ranges, step);
    }
    expect(fast.state.step).toBe(5);
    expect(worstScaled(fast.params, ref.params)).toBeLessThan(1e-6);
    expect(worstScaled(fast.state.m, ref.state.m)).toBeLessThan(1e-6);
    expect(worstScaled(fast.state.v, ref.state.v)).toBeLessThan(1e-6);
  });

  it('the first step moves each parameter by lr · sign(g) and decays only the ranges', () => {
    const n = 10;
    const params = new Float32Array(n).fill(1);
    const grads = Float32Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 0.5 : -2));
    const st = state(n, [[2, 7]]);
    const step = startAdamWStep(params, grads, st, 0.01, { ...ADAMW_DEFAULTS, weightDecay: 0.1 });
    adamwSimd(params, grads, st.m, st.v, st.decayRanges, step);
    expect(st.step).toBe(1);
    for (let i = 0; i < n; i++) {
      const decayed = i >= 2 && i < 7 ? 0.999 : 1;
      expect(params[i]).toBeCloseTo(decayed - 0.01 * Math.sign(grads[i]), 6);
    }
  });

  it('sumSquares: Σ g² in float64, as the reference sums it, tails included', () => {
    expect(sumSquaresSimd(new Float32Array([3, 4]))).toBe(25);
    for (const n of [1, 7, 1001, 300_001]) {
      const g = random(n, 3, 0.01);
      const ref = sumSquares(g);
      expect(Math.abs(sumSquaresSimd(g) - ref) / ref).toBeLessThan(1e-12);
    }
  });

  it("addInto: adds another thread's gradients float by float, tails included", () => {
    for (const n of [1, 7, 1001]) {
      const into = random(n, 4);
      const from = random(n, 5);
      const want = into.map((x, i) => Math.fround(x + from[i]));
      addIntoSimd(into, from);
      expect(Array.from(into)).toEqual(Array.from(want));
    }
    expect(() => addIntoSimd(new Float32Array(4), new Float32Array(5))).toThrow(/lengths/);
  });

  it('rejects overlapping decay ranges and buffers of different sizes', () => {
    const step = { ...ADAMW_DEFAULTS, lr: 0.1, bc1: 0.1, bc2: 0.05, gradScale: 1 };
    const z = () => new Float32Array(8);
    expect(() =>
      adamwSimd(
        z(),
        z(),
        z(),
        z(),
        [
          [0, 5],
          [4, 8],
        ],
        step,
      ),
    ).toThrow(/decay range/);
    expect(() => adamwSimd(z(), z(), z(), new Float32Array(7), [], step)).toThrow(/same length/);
  });
});
