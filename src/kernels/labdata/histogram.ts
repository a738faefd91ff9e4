/**
 * Summaries of a batch of activations for the labs: a fixed-bin histogram, the share of values
 * near zero, and the mean. Used for the SwiGLU gate activations silu(gate(x)) of the tiny model.
 *
 * Deliberately left out: adaptive bins and quantiles (sorting big arrays on every redraw).
 *
 *   histogram([0, 0.5, 1, 2], 0, 2, 2) → counts [2, 2], edges [0, 1, 2]  (the top edge is inclusive)
 */

export interface Histogram {
  /** (bins + 1) bin edges from lo to hi. */
  edges: Float64Array;
  /** (bins) values with edges[i] ≤ v < edges[i+1] (the last bin includes hi). */
  counts: Uint32Array;
  /** Values below lo or above hi (not counted in any bin); NaN is neither. */
  below: number;
  above: number;
}

/** Counts values into `bins` equal bins over [lo, hi]. values: (n) */
export function histogram(
  values: ArrayLike<number>,
  lo: number,
  hi: number,
  bins: number,
): Histogram {
  if (!Number.isInteger(bins) || bins < 1)
    throw new Error(`histogram: bins must be a positive integer, got ${bins}`);
  if (!(hi > lo) || !Number.isFinite(lo) || !Number.isFinite(hi))
    throw new Error(`histogram: need finite lo < hi, got [${lo}, ${hi}]`);
  const edges = new Float64Array(bins + 1);
  for (let i = 0; i <= bins; i++) edges[i] = lo + ((hi - lo) * i) / bins;
  const counts = new Uint32Array(bins);
  const scale = bins / (hi - lo);
  let below = 0;
  let above = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) below++;
    else if (v > hi) above++;
    else if (v >= lo) counts[Math.min(bins - 1, Math.floor((v - lo) * scale))]++;
  }
  return { edges, counts, below, above };
}

/** Share of values with |v| ≤ radius. shareNearZero([0, 0.01, -0.5, 2], 0.05) = 0.5 */
export function shareNearZero(values: ArrayLike<number>, radius: number): number {
  if (!(radius >= 0)) throw new Error(`shareNearZero: radius must be ≥ 0, got ${radius}`);
  if (values.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Math.abs(values[i]) <= radius) n++;
  return n / values.length;
}

/** Smallest and largest finite value (a loop: Math.min(...big) overflows the stack). */
export function extent(values: ArrayLike<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/** Mean of the values (0 for none). */
export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return values.length ? s / values.length : 0;
}
