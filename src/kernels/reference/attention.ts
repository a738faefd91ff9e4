/**
 * Causal grouped-query attention (GQA), the definition written out: for every head and every
 * query, all the scores it may see, their softmax, and the weighted sum of the values.
 *
 *   score(t, s) = (q_t · k_s) · scale · logn_t,   scale = 1/√headDim
 *   P(t, ·)     = softmax over the keys query t may see
 *   out_t       = Σ_s P(t, s) · v_s
 * Query t sits at absolute position p = pastLength + t and sees keys s with
 * p − window < s ≤ p (window = Infinity is full causal attention). In GQA query head h reads
 * key/value head ⌊h / (nHeads / nKvHeads)⌋: 4 query heads share 2 KV heads in the tiny model.
 *
 * `attentionReference` is the reference that engine/attention.ts (banded 4×4 blocks in
 * TypeScript), engine/attentionSimd.ts (WebAssembly) and flashAttention.ts (online softmax) are
 * tested against. The shape type and the mask rule (`firstVisibleKey`) are shared by all of them.
 *
 * Deliberately left out: dropout, ALiBi, non-causal masks, speed (engine/attention.ts has it).
 *
 *   one head, headDim 1, q = [[1], [1]], k = [[0], [ln 2]]·1, v = [[0], [3]]:
 *   t = 0 sees only s = 0 → out 0; t = 1: scores [0, ln 2] → P = [1/3, 2/3] → out 2
 */
import { softmaxRow } from './softmax.ts';
import type { FloatArray } from './types.ts';

/** Sizes of one attention call. Keys/values hold S = pastLength + T rows. */
export interface AttentionShape {
  /** New query rows. */
  T: number;
  /** Keys before the first query (the KV cache length). */
  pastLength: number;
  nHeads: number;
  nKvHeads: number;
  headDim: number;
  /** Keys visible per query including itself; Infinity (default) = full causal. */
  window?: number;
}

export function checkShape(s: AttentionShape): { S: number; group: number; window: number } {
  const { T, pastLength, nHeads, nKvHeads, headDim } = s;
  if (!(T > 0) || !(pastLength >= 0) || !(headDim > 0)) {
    throw new Error(`attention: bad sizes T=${T}, pastLength=${pastLength}, headDim=${headDim}`);
  }
  if (nKvHeads <= 0 || nHeads % nKvHeads !== 0) {
    throw new Error(`attention: ${nHeads} query heads cannot share ${nKvHeads} KV heads`);
  }
  const window = s.window ?? Infinity;
  if (!(window >= 1)) throw new Error(`attention: window must be ≥ 1, got ${window}`);
  return { S: pastLength + T, group: nHeads / nKvHeads, window };
}

/** The first key index query t may see (inclusive); the last is pastLength + t. */
export function firstVisibleKey(t: number, pastLength: number, window: number): number {
  return window === Infinity ? 0 : Math.max(0, pastLength + t - window + 1);
}

/**
 * Causal GQA forward, one query row at a time, nothing blocked or unrolled.
 * q: (T, nHeads·hd), k, v: (S, nKvHeads·hd), queryScale: (T) or null (LogN)
 * → out: (T, nHeads·hd), probs: (nHeads, T, S) or null (masked entries are 0)
 */
export function attentionReference(
  out: FloatArray,
  probs: FloatArray | null,
  q: FloatArray,
  k: FloatArray,
  v: FloatArray,
  shape: AttentionShape,
  queryScale: ArrayLike<number> | null = null,
): void {
  const { T, pastLength, nHeads, nKvHeads, headDim: hd } = shape;
  const { S, group, window } = checkShape(shape);
  const scale = 1 / Math.sqrt(hd);
  const row = new Float64Array(S);
  for (let h = 0; h < nHeads; h++) {
    const g = Math.floor(h / group); // the KV head this query head reads
    for (let t = 0; t < T; t++) {
      const first = firstVisibleKey(t, pastLength, window);
      const last = pastLength + t;
      const f = scale * (queryScale ? queryScale[t] : 1);
      // 1. scores of the visible keys
      for (let s = first; s <= last; s++) {
        let dot = 0;
        for (let d = 0; d < hd; d++) {
          dot += q[t * nHeads * hd + h * hd + d] * k[s * nKvHeads * hd + g * hd + d];
        }
        row[s] = dot * f;
      }
      // 2. softmax over them
      softmaxRow(row, first, row, first, last - first + 1);
      // 3. out_t = Σ_s P(t, s) · v_s
      for (let d = 0; d < hd; d++) {
        let sum = 0;
        for (let s = first; s <= last; s++) sum += row[s] * v[s * nKvHeads * hd + g * hd + d];
        out[t * nHeads * hd + h * hd + d] = sum;
      }
      if (probs) {
        for (let s = 0; s < S; s++)
          probs[(h * T + t) * S + s] = s >= first && s <= last ? row[s] : 0;
      }
    }
  }
}
