/**
 * Which positions a lab's chart samples: a few hundred distinct integers spread linearly or
 * logarithmically over a range, with the positions a reader must see (where a curve first
 * crosses a threshold, and the one before it) merged in. Every sampled value is computed
 * exactly; only the choice of positions is sparse.
 *
 *   sampleIntegers(10, 3, 'linear') → [0, 5, 10]
 *   withPositions(Float64Array.of(0, 1, 3, 9), [5]) → [0, 1, 3, 4, 5, 9]
 */

/**
 * `count` distinct increasing integers from 0 to max, linear or log-spaced (on 1 + value).
 *
 *   sampleIntegers(10, 3, 'linear') → [0, 5, 10]
 */
export function sampleIntegers(
  max: number,
  count: number,
  spacing: 'log' | 'linear',
): Float64Array {
  const n = Math.min(count, max + 1);
  const out = new Float64Array(n);
  if (n === 1) return out;
  const logTop = Math.log(max + 1);
  for (let k = 0; k < n; k++) {
    const t = k / (n - 1);
    const v = spacing === 'log' ? Math.round(Math.exp(t * logTop)) - 1 : Math.round(t * max);
    out[k] = k === 0 ? 0 : Math.max(out[k - 1] + 1, v);
  }
  out[n - 1] = max;
  for (let k = n - 2; k > 0; k--) out[k] = Math.min(out[k], out[k + 1] - 1);
  return out;
}

/**
 * Sorted positions (n ≤ count + 4) with each given crossing c and c − 1 merged in.
 * withPositions([0, 1, 3, 9], [5]) → [0, 1, 3, 4, 5, 9].
 */
export function withPositions(sampled: Float64Array, crossings: (number | null)[]): Float64Array {
  const set = new Set<number>(sampled);
  for (const c of crossings) {
    if (c === null) continue;
    set.add(c);
    if (c > 0) set.add(c - 1);
  }
  return Float64Array.from([...set].sort((a, b) => a - b));
}
