/**
 * Where FP32 and BF16 RoPE angles first go wrong: the exact search behind the RoPE lab's
 * precision chart ("BF16 first passes the threshold at position m").
 *
 *   firstCrossing(theta, (p, i) => toBf16(toBf16(p) * toBf16(theta[i])), bf16MinAngle(0.01), 0.01, L)
 *     → the first position whose BF16 angle is off by more than 0.01 rad in some pair
 *
 * The search is exact over every position, yet cheap: a proven bound (fp32MinAngle,
 * bf16MinAngle) says from which angle an error can pass the threshold, so each pair is checked
 * only from there on.
 *
 * Deliberately left out: sampling the curve the chart draws (ropeLab.ts does).
 */
import { BF16_UNIT_ROUNDOFF } from '../reference/numerics.ts';

const TWO_PI = 2 * Math.PI;

/** |a − b| as an angle: wrapped to [0, π]. */
export function angleError(a: number, b: number): number {
  const d = a - b;
  return Math.abs(d - TWO_PI * Math.round(d / TWO_PI));
}

/**
 * The first position p in [1, limit) where some pair's angle error passes `threshold`, or null.
 * `minAngle` is a proven bound: below the angle p·θᵢ = minAngle no error can pass the
 * threshold, so pair i is checked only from p ≥ minAngle/θᵢ on. Exact, and cheap for big and
 * small thresholds alike (small ones cross early, big ones leave few pairs to check).
 */
export function firstCrossing(
  theta: Float32Array,
  rounded: (p: number, i: number) => number,
  minAngle: number,
  threshold: number,
  limit: number,
): number | null {
  if (threshold >= Math.PI) return null; // a wrapped angle error never exceeds π
  const half = theta.length;
  const order = Array.from({ length: half }, (_, i) => i);
  const start = order.map((i) => minAngle / theta[i]);
  order.sort((a, b) => start[a] - start[b]);
  let active = 0;
  const first = Math.max(1, Math.floor(start[order[0]]));
  for (let p = first; p < limit; p++) {
    while (active < half && start[order[active]] <= p) active++;
    for (let k = 0; k < active; k++) {
      const i = order[k];
      if (angleError(rounded(p, i), p * theta[i]) > threshold) return p;
    }
  }
  return null;
}

/**
 * FP32: p·θ is exact in a double (24 + 21 bits), so the error is at most half a float32 ulp,
 * 2^(e−24) for an angle in [2^e, 2^(e+1)). It can pass the threshold only from the first binade
 * whose half-ulp exceeds it.
 */
export function fp32MinAngle(threshold: number): number {
  let e = Math.floor(Math.log2(threshold)) + 24;
  while (2 ** (e - 24) > threshold) e--; // guard Math.log2 rounding: smallest e with
  while (2 ** (e - 24) <= threshold) e++; // 2^(e−24) > threshold
  return 2 ** e;
}

/**
 * BF16: p, θ and their product each carry a relative error ≤ u = 2^−8, so the angle error is at
 * most ((1 + u)³ − 1)·p·θ (a little slack for the float32 step inside toBf16).
 */
export function bf16MinAngle(threshold: number): number {
  return threshold / (1.01 * (Math.pow(1 + BF16_UNIT_ROUNDOFF, 3) - 1));
}
