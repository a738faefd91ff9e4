/**
 * Causal grouped-query attention for prefill on the WebAssembly SIMD matmul: the same contract
 * and result as attention.ts `attentionForward` (up to float32 rounding), written as the two
 * matrix products attention is made of, per query head h reading KV head g:
 *
 *   scores = Q_h · K_gᵀ                 (T, S)   one matmulSimd
 *   P      = softmax over visible keys  (T, S)   scale · LogN, causal/window mask, in JS
 *   out_h  = P · V_g = P · (V_gᵀ)ᵀ      (T, hd)  one matmulSimd on V_g transposed
 *
 * Queries go in blocks of BLOCK_ROWS; a block only multiplies the keys its rows can see (from
 * the first row's window start to the last row's own position), so causal attention skips
 * most of the masked triangle. What is left of it inside a block is computed and dropped.
 *
 * Deliberately left out: the backward (training uses attention.ts), decoding (T < 4 rows run
 * attention.ts' row path: there a product has nothing to batch).
 *
 *   same example as attention.ts: one head, q = [[1],[1]] … → out [0, 2]
 */
import { attentionForward, firstVisibleKey, type AttentionShape } from './attention.ts';
import { MIN_ROWS, matmulSimd, simdAvailable } from './matmulSimd.ts';
import { softmaxRow } from './softmax.ts';

/** Query rows per block. */
const BLOCK_ROWS = 32;

/**
 * q: (T, nHeads·hd), k, v: (S, nKvHeads·hd), queryScale: (T) or null (LogN)
 * → out: (T, nHeads·hd), probs: (nHeads, T, S) or null (masked entries are 0)
 */
export function attentionForwardSimd(
  out: Float32Array,
  probs: Float32Array | null,
  q: Float32Array,
  k: Float32Array,
  v: Float32Array,
  shape: AttentionShape,
  queryScale: ArrayLike<number> | null = null,
): void {
  const { T, pastLength, nHeads, nKvHeads, headDim: hd } = shape;
  if (T < MIN_ROWS || !simdAvailable() || nKvHeads <= 0 || nHeads % nKvHeads !== 0) {
    return attentionForward(out, probs, q, k, v, shape, queryScale);
  }
  const window = shape.window ?? Infinity;
  if (!(window >= 1)) throw new Error(`attention: window must be ≥ 1, got ${window}`);
  const S = pastLength + T;
  const group = nHeads / nKvHeads;
  const qRow = nHeads * hd;
  const kvRow = nKvHeads * hd;
  const scale = 1 / Math.sqrt(hd);
  const rows = Math.min(T, BLOCK_ROWS);
  const S4 = Math.ceil(S / 4) * 4;

  const kg = new Float32Array(S * hd);
  const vT = new Float32Array(hd * S4);
  const qh = new Float32Array(rows * hd);
  const scores = new Float32Array(rows * S4);
  const outH = new Float32Array(rows * hd);
  for (let g = 0; g < nKvHeads; g++) {
    // K_g as contiguous rows (S, hd).
    for (let s = 0; s < S; s++)
      kg.set(k.subarray(s * kvRow + g * hd, s * kvRow + (g + 1) * hd), s * hd);
    for (let t0 = 0; t0 < T; t0 += rows) {
      const n = Math.min(rows, T - t0);
      // The keys this block can see: [s0, s1), padded to Sb4 with zeros for P · Vᵀ.
      const s0 = firstVisibleKey(t0, pastLength, window);
      const s1 = pastLength + t0 + n;
      const Sb = s1 - s0;
      const Sb4 = Math.ceil(Sb / 4) * 4;
      // V_g of those keys, transposed: (hd, Sb4), so the product reads rows.
      for (let d = 0; d < hd; d++) {
        const row = d * Sb4;
        for (let s = s0; s < s1; s++) vT[row + s - s0] = v[s * kvRow + g * hd + d];
        vT.fill(0, row + Sb, row + Sb4);
      }
      for (let h = g * group; h < (g + 1) * group; h++) {
        for (let i = 0; i < n; i++) {
          const from = (t0 + i) * qRow + h * hd;
          qh.set(q.subarray(from, from + hd), i * hd);
        }
        matmulSimd(scores, qh, kg.subarray(s0 * hd, s1 * hd), n, Sb, hd);
        // matmulSimd wrote rows of Sb; spread them to rows of Sb4, from the last row back.
        for (let i = n - 1; i > 0; i--) scores.copyWithin(i * Sb4, i * Sb, i * Sb + Sb);
        for (let i = 0; i < n; i++) {
          const t = t0 + i;
          const row = i * Sb4;
          const first = firstVisibleKey(t, pastLength, window) - s0;
          const last = pastLength + t - s0; // inclusive
          const f = scale * (queryScale ? queryScale[t] : 1);
          for (let s = first; s <= last; s++) scores[row + s] *= f;
          softmaxRow(scores, row + first, scores, row + first, last - first + 1);
          scores.fill(0, row, row + first);
          scores.fill(0, row + last + 1, row + Sb4);
          if (probs) {
            const p = (h * T + t) * S;
            probs.fill(0, p, p + S);
            probs.set(scores.subarray(row, row + Sb), p + s0);
          }
        }
        matmulSimd(outH, scores, vT, n, hd, Sb4);
        for (let i = 0; i < n; i++) {
          out.set(outH.subarray(i * hd, (i + 1) * hd), (t0 + i) * qRow + h * hd);
        }
      }
    }
  }
}
