/**
 * Causal grouped-query attention for prefill on the WebAssembly SIMD matmul: the same contract
 * and result as attention.ts `attentionForward` (up to float32 rounding), written as the two
 * matrix products attention is made of, per query head h reading KV head g:
 *
 *   scores = Q_h · K_gᵀ                 (T, S)   one matmulSimd
 *   P      = softmax over visible keys  (T, S)   scale · LogN, causal/window mask, in JS
 *   out_h  = P · V_g = P · (V_gᵀ)ᵀ      (T, hd)  one matmulSimd on V_g transposed
 *
 * Unlike attention.ts' banded products it computes the masked half of the scores too and then
 * drops it: twice the work on four lanes at a time is still several times faster.
 *
 * Deliberately left out: the backward (training uses attention.ts), decoding (T < 4 rows run
 * attention.ts' row path: there a product has nothing to batch).
 *
 *   same example as attention.ts: one head, q = [[1],[1]] … → out [0, 2]
 */
import { attentionForward, firstVisibleKey, type AttentionShape } from './attention.ts';
import { MIN_ROWS, matmulSimd, simdAvailable } from './matmulSimd.ts';
import { softmaxRow } from './softmax.ts';

/** Score entries held at once (16 MB of float32); longer inputs go in blocks of query rows. */
const MAX_SCORES = 1 << 22;

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
  // Keys padded to a multiple of 4 with zeros: P · Vᵀ runs over S as its shared dimension.
  const S4 = Math.ceil(S / 4) * 4;
  const rows = Math.max(MIN_ROWS, Math.min(T, Math.floor(MAX_SCORES / S4)));
  const group = nHeads / nKvHeads;
  const qRow = nHeads * hd;
  const kvRow = nKvHeads * hd;
  const scale = 1 / Math.sqrt(hd);

  const kg = new Float32Array(S * hd);
  const vgT = new Float32Array(hd * S4);
  const qh = new Float32Array(rows * hd);
  const scores = new Float32Array(rows * S4);
  const outH = new Float32Array(rows * hd);
  for (let g = 0; g < nKvHeads; g++) {
    // K_g as contiguous rows, V_g transposed: (hd, S4), so both products read rows.
    for (let s = 0; s < S; s++) {
      const off = s * kvRow + g * hd;
      for (let d = 0; d < hd; d++) {
        kg[s * hd + d] = k[off + d];
        vgT[d * S4 + s] = v[off + d];
      }
    }
    for (let h = g * group; h < (g + 1) * group; h++) {
      for (let t0 = 0; t0 < T; t0 += rows) {
        const n = Math.min(rows, T - t0);
        for (let i = 0; i < n; i++)
          qh.set(q.subarray((t0 + i) * qRow + h * hd, (t0 + i) * qRow + (h + 1) * hd), i * hd);
        matmulSimd(scores, qh, kg, n, S, hd);
        // matmulSimd wrote rows of S; spread them to rows of S4 from the last row back.
        for (let i = n - 1; i >= 0; i--) scores.copyWithin(i * S4, i * S, i * S + S);
        for (let i = 0; i < n; i++) {
          const t = t0 + i;
          const row = i * S4;
          const s0 = firstVisibleKey(t, pastLength, window);
          const s1 = pastLength + t; // inclusive
          const f = scale * (queryScale ? queryScale[t] : 1);
          for (let s = s0; s <= s1; s++) scores[row + s] *= f;
          softmaxRow(scores, row + s0, scores, row + s0, s1 - s0 + 1);
          scores.fill(0, row, row + s0);
          scores.fill(0, row + s1 + 1, row + S4);
          if (probs) probs.set(scores.subarray(row, row + S), (h * T + t) * S);
        }
        matmulSimd(outH, scores, vgT, n, hd, S4);
        for (let i = 0; i < n; i++)
          out.set(outH.subarray(i * hd, (i + 1) * hd), (t0 + i) * qRow + h * hd);
      }
    }
  }
}
