/**
 * Causal grouped-query attention as the model runs it in TypeScript: the contract and result of
 * reference/attention.ts `attentionReference` (the definition, and the formulas), computed
 * faster, plus the backward pass training uses.
 *
 * Prefill and training (T ≥ 4) compute, per head, all visible scores at once as 4×4
 * register-blocked products over only the key blocks a query block can see
 * (bandedMatmul.ts), then a row softmax, then P·V the same way. Decoding (T < 4) walks one query
 * row at a time, four keys per pass (`attentionRows`). Sequences too long for one score buffer
 * are cut into blocks of query rows. engine/attentionSimd.ts runs the same steps in WebAssembly.
 *
 * Deliberately left out: dropout, ALiBi, non-causal masks, a Flash backward (the online softmax
 * is taught in reference/flashAttention.ts).
 */
import { bandedAB, bandedABt, bandedAtB } from './bandedMatmul.ts';
import { checkShape, firstVisibleKey, type AttentionShape } from '../reference/attention.ts';
import { softmaxBackwardRow, softmaxRow } from '../reference/softmax.ts';
import type { FloatArray } from '../reference/types.ts';

/**
 * Causal GQA forward: every visible score is computed and softmaxed (no online softmax).
 * q: (T, nHeads·hd), k, v: (S, nKvHeads·hd), queryScale: (T) or null (LogN)
 * → out: (T, nHeads·hd), probs: (nHeads, T, S) or null (masked entries are 0)
 *
 * Prefill and training (T ≥ 4) run the scores and P·V as 4×4 register-blocked banded products
 * (only the key blocks a query block can see); decoding (T < 4) runs one row at a time.
 */
export function attentionForward(
  out: FloatArray,
  probs: FloatArray | null,
  q: FloatArray,
  k: FloatArray,
  v: FloatArray,
  shape: AttentionShape,
  queryScale: ArrayLike<number> | null = null,
): void {
  if (shape.T < 4) return attentionRows(out, probs, q, k, v, shape, queryScale);
  const S = shape.pastLength + shape.T;
  if (probs || ceil4(shape.T) * ceil4(S) <= MAX_SCORES) {
    return attentionBlocked(out, probs, q, k, v, shape, queryScale);
  }
  // Long sequences without probabilities: blocks of query rows, so the float64 score buffer
  // stays ≤ MAX_SCORES. Rows t0 … t1−1 are a call with pastLength + t0 keys before them.
  const rows = Math.max(4, floor4(MAX_SCORES / ceil4(S)));
  const qRow = shape.nHeads * shape.headDim;
  for (let t0 = 0; t0 < shape.T; t0 += rows) {
    const t1 = Math.min(shape.T, t0 + rows);
    const qs = queryScale
      ? Float64Array.from({ length: t1 - t0 }, (_, i) => queryScale[t0 + i])
      : null;
    attentionForward(
      out.subarray(t0 * qRow, t1 * qRow),
      null,
      q.subarray(t0 * qRow, t1 * qRow),
      k,
      v,
      { ...shape, T: t1 - t0, pastLength: shape.pastLength + t0 },
      qs,
    );
  }
}

/** Scores held at once by the blocked path when no probabilities are requested (32 MB). */
const MAX_SCORES = 1 << 22;

/** The forward one query row at a time: the definition, written out. Same contract. */
export function attentionRows(
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
  const qRow = nHeads * hd;
  const kvRow = nKvHeads * hd;
  const scale = 1 / Math.sqrt(hd);
  const row = buf(9, S); // scores, then probabilities
  const qf = buf(10, hd); // f · q_t
  const acc = buf(11, hd); // Σ p·v in float64, stored once
  for (let h = 0; h < nHeads; h++) {
    const kvOff = Math.floor(h / group) * hd;
    for (let t = 0; t < T; t++) {
      const qOff = t * qRow + h * hd;
      const s0 = firstVisibleKey(t, pastLength, window);
      const s1 = pastLength + t; // inclusive
      const f = scale * (queryScale ? queryScale[t] : 1);
      for (let d = 0; d < hd; d++) qf[d] = q[qOff + d] * f;
      let s = s0;
      for (; s + 3 <= s1; s += 4) {
        // four keys per pass: each q value is loaded once for four dot products
        const k0 = s * kvRow + kvOff;
        const k1 = k0 + kvRow;
        const k2 = k1 + kvRow;
        const k3 = k2 + kvRow;
        let d0 = 0;
        let d1 = 0;
        let d2 = 0;
        let d3 = 0;
        for (let d = 0; d < hd; d++) {
          const x = qf[d];
          d0 += x * k[k0 + d];
          d1 += x * k[k1 + d];
          d2 += x * k[k2 + d];
          d3 += x * k[k3 + d];
        }
        row[s] = d0;
        row[s + 1] = d1;
        row[s + 2] = d2;
        row[s + 3] = d3;
      }
      for (; s <= s1; s++) {
        const kOff = s * kvRow + kvOff;
        let dot = 0;
        for (let d = 0; d < hd; d++) dot += qf[d] * k[kOff + d];
        row[s] = dot;
      }
      softmaxRow(row, s0, row, s0, s1 - s0 + 1);
      acc.fill(0, 0, hd);
      s = s0;
      for (; s + 3 <= s1; s += 4) {
        const w0 = row[s];
        const w1 = row[s + 1];
        const w2 = row[s + 2];
        const w3 = row[s + 3];
        const v0 = s * kvRow + kvOff;
        const v1 = v0 + kvRow;
        const v2 = v1 + kvRow;
        const v3 = v2 + kvRow;
        for (let d = 0; d < hd; d++) {
          acc[d] += w0 * v[v0 + d] + w1 * v[v1 + d] + w2 * v[v2 + d] + w3 * v[v3 + d];
        }
      }
      for (; s <= s1; s++) {
        const w = row[s];
        const vOff = s * kvRow + kvOff;
        for (let d = 0; d < hd; d++) acc[d] += w * v[vOff + d];
      }
      for (let d = 0; d < hd; d++) out[qOff + d] = acc[d];
      if (probs) {
        const pOff = (h * T + t) * S;
        for (let j = 0; j < S; j++) probs[pOff + j] = j >= s0 && j <= s1 ? row[j] : 0;
      }
    }
  }
}

const floor4 = (n: number) => n & ~3;
const ceil4 = (n: number) => (n + 3) & ~3;

// Grow-only float64 scratch (each worker has its own module instance).
const scratch: Float64Array[] = [];
function buf(slot: number, n: number): Float64Array {
  if (!scratch[slot] || scratch[slot].length < n) scratch[slot] = new Float64Array(n);
  return scratch[slot];
}

/** Sizes padded to multiples of 4 and, per 4-row / 4-key block, the range of keys / rows to visit. */
interface Band {
  Tp: number;
  Sp: number;
  Dp: number;
  rowLo: Int32Array;
  rowHi: Int32Array;
  colLo: Int32Array;
  keyBlocks: number;
}

function band(shape: AttentionShape, S: number, window: number): Band {
  const { T, pastLength } = shape;
  const Tp = ceil4(T);
  const Sp = ceil4(S);
  const rowLo = new Int32Array(Tp / 4);
  const rowHi = new Int32Array(Tp / 4);
  for (let b = 0; b < Tp / 4; b++) {
    const t0 = 4 * b;
    const tLast = Math.min(T, t0 + 4) - 1;
    rowLo[b] = floor4(firstVisibleKey(t0, pastLength, window));
    rowHi[b] = ceil4(pastLength + tLast + 1);
  }
  const keyBlocks = Sp / 4;
  const colLo = new Int32Array(keyBlocks);
  for (let c = 0; c < keyBlocks; c++) colLo[c] = Math.max(0, floor4(4 * c - pastLength));
  return { Tp, Sp, Dp: ceil4(shape.headDim), rowLo, rowHi, colLo, keyBlocks };
}

/**
 * dst[r, d] = src[r·stride + off + d] · f_r for r < rows, d < hd; zeros elsewhere in (Rp, Dp).
 * f_r = scalar · (rowScale ? rowScale[r] : 1)
 */
function gather(
  dst: Float64Array,
  src: FloatArray,
  rows: number,
  Rp: number,
  stride: number,
  off: number,
  hd: number,
  Dp: number,
  scalar: number,
  rowScale: ArrayLike<number> | null,
): void {
  for (let r = 0; r < rows; r++) {
    const f = scalar * (rowScale ? rowScale[r] : 1);
    const si = r * stride + off;
    const di = r * Dp;
    for (let d = 0; d < hd; d++) dst[di + d] = src[si + d] * f;
    for (let d = hd; d < Dp; d++) dst[di + d] = 0;
  }
  dst.fill(0, rows * Dp, Rp * Dp);
}

/** The blocked forward: per head, scores = Q̃·Kᵀ (banded), row softmax, out = P·V (banded). */
function attentionBlocked(
  out: FloatArray,
  probs: FloatArray | null,
  q: FloatArray,
  k: FloatArray,
  v: FloatArray,
  shape: AttentionShape,
  queryScale: ArrayLike<number> | null,
): void {
  const { T, pastLength, nHeads, nKvHeads, headDim: hd } = shape;
  const { S, group, window } = checkShape(shape);
  const bd = band(shape, S, window);
  const { Tp, Sp, Dp } = bd;
  const qRow = nHeads * hd;
  const kvRow = nKvHeads * hd;
  const scale = 1 / Math.sqrt(hd);
  const Q = buf(0, Tp * Dp);
  const K = buf(1, Sp * Dp);
  const V = buf(2, Sp * Dp);
  const P = buf(3, Tp * Sp);
  const O = buf(4, Tp * Dp);
  for (let h = 0; h < nHeads; h++) {
    const g = Math.floor(h / group);
    if (h % group === 0) {
      gather(K, k, S, Sp, kvRow, g * hd, hd, Dp, 1, null);
      gather(V, v, S, Sp, kvRow, g * hd, hd, Dp, 1, null);
    }
    gather(Q, q, T, Tp, qRow, h * hd, hd, Dp, scale, queryScale);
    P.fill(0, 0, Tp * Sp);
    bandedABt(P, Q, K, Tp, Sp, Dp, bd.rowLo, bd.rowHi);
    for (let t = 0; t < T; t++) {
      const b = t >> 2;
      const s0 = firstVisibleKey(t, pastLength, window);
      const s1 = pastLength + t;
      const r = t * Sp;
      softmaxRow(P, r + s0, P, r + s0, s1 - s0 + 1);
      P.fill(0, r + bd.rowLo[b], r + s0);
      P.fill(0, r + s1 + 1, r + bd.rowHi[b]);
    }
    bandedAB(O, P, V, Tp, Sp, Dp, bd.rowLo, bd.rowHi);
    for (let t = 0; t < T; t++) {
      const o = t * qRow + h * hd;
      for (let d = 0; d < hd; d++) out[o + d] = O[t * Dp + d];
      if (probs) {
        const po = (h * T + t) * S;
        for (let s = 0; s < S; s++) probs[po + s] = P[t * Sp + s];
      }
    }
  }
}

/**
 * Causal GQA backward, from the probabilities the forward stored.
 *   dv_s += Σ_t P(t,s)·dout_t;  dP(t,s) = dout_t·v_s;  dscore = P ⊙ (dP − Σ_s P·dP)
 *   dq_t = f_t Σ_s dscore·k_s;  dk_s += f_t Σ_t dscore·q_t   (f_t = scale · logn_t)
 * dout, q: (T, nHeads·hd), k, v: (S, nKvHeads·hd), probs: (nHeads, T, S)
 * → dq: (T, nHeads·hd) written; dk, dv: (S, nKvHeads·hd) accumulated (zero them first)
 * Runs on the same banded 4×4 products as the forward.
 */
export function attentionBackward(
  dq: FloatArray,
  dk: FloatArray,
  dv: FloatArray,
  dout: FloatArray,
  probs: FloatArray,
  q: FloatArray,
  k: FloatArray,
  v: FloatArray,
  shape: AttentionShape,
  queryScale: ArrayLike<number> | null = null,
): void {
  const { T, pastLength, nHeads, nKvHeads, headDim: hd } = shape;
  const { S, group, window } = checkShape(shape);
  const bd = band(shape, S, window);
  const { Tp, Sp, Dp } = bd;
  const qRow = nHeads * hd;
  const kvRow = nKvHeads * hd;
  const scale = 1 / Math.sqrt(hd);
  const Q = buf(0, Tp * Dp); // q̃ = f·q, what the scores were made of
  const K = buf(1, Sp * Dp);
  const V = buf(2, Sp * Dp);
  const P = buf(3, Tp * Sp);
  const dQ = buf(4, Tp * Dp);
  const dO = buf(5, Tp * Dp);
  const dS = buf(6, Tp * Sp);
  const dK = buf(7, Sp * Dp);
  const dV = buf(8, Sp * Dp);
  for (let h = 0; h < nHeads; h++) {
    const g = Math.floor(h / group);
    if (h % group === 0) {
      gather(K, k, S, Sp, kvRow, g * hd, hd, Dp, 1, null);
      gather(V, v, S, Sp, kvRow, g * hd, hd, Dp, 1, null);
      dK.fill(0, 0, Sp * Dp);
      dV.fill(0, 0, Sp * Dp);
    }
    gather(Q, q, T, Tp, qRow, h * hd, hd, Dp, scale, queryScale);
    gather(dO, dout, T, Tp, qRow, h * hd, hd, Dp, 1, null);
    P.fill(0, 0, Tp * Sp);
    for (let t = 0; t < T; t++) {
      const po = (h * T + t) * S;
      for (let s = firstVisibleKey(t, pastLength, window); s <= pastLength + t; s++) {
        P[t * Sp + s] = probs[po + s];
      }
    }
    dS.fill(0, 0, Tp * Sp);
    bandedABt(dS, dO, V, Tp, Sp, Dp, bd.rowLo, bd.rowHi); // dP
    for (let t = 0; t < T; t++) {
      const b = t >> 2;
      const r = t * Sp;
      const s0 = firstVisibleKey(t, pastLength, window);
      const s1 = pastLength + t;
      softmaxBackwardRow(dS, dS, P, r + s0, s1 - s0 + 1); // dP → dscore
      dS.fill(0, r + bd.rowLo[b], r + s0);
      dS.fill(0, r + s1 + 1, r + bd.rowHi[b]);
    }
    bandedAB(dQ, dS, K, Tp, Sp, Dp, bd.rowLo, bd.rowHi);
    bandedAtB(dK, dS, Q, Tp, Sp, Dp, bd.colLo, bd.keyBlocks);
    bandedAtB(dV, P, dO, Tp, Sp, Dp, bd.colLo, bd.keyBlocks);
    for (let t = 0; t < T; t++) {
      const f = scale * (queryScale ? queryScale[t] : 1);
      const o = t * qRow + h * hd;
      for (let d = 0; d < hd; d++) dq[o + d] = f * dQ[t * Dp + d];
    }
    if (h % group === group - 1) {
      for (let s = 0; s < S; s++) {
        const o = s * kvRow + g * hd;
        for (let d = 0; d < hd; d++) {
          dk[o + d] += dK[s * Dp + d];
          dv[o + d] += dV[s * Dp + d];
        }
      }
    }
  }
}
