/**
 * Small helpers the benchmarks share: the median of repeated measurements and a stopwatch.
 *
 *   median([3, 1, 2]) → 2;   median([1, 2, 3, 4]) → 2.5
 */

/** The middle value (the mean of the two middle values for an even count). */
export function median(xs: number[]): number {
  if (xs.length === 0) throw new Error('median of no measurements');
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds one call of fn takes. */
export function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Waits `ms` so threads that spin after their last job (ONNX Runtime's pool, our kernel helpers)
 * have gone to sleep before the next measurement starts: each side is timed on a quiet machine.
 */
export function settle(ms = 100): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
