/**
 * Causal grouped-query attention (GQA), the naive way (all scores, then softmax, then P·V)
 * and the tiled "Flash-style" way (online softmax), plus the backward of the naive way.
 *
 *   score(t, s) = (q_t · k_s) · scale · logn_t,   scale = 1/√headDim
 *   P(t, ·)     = softmax over the keys query t may see
 *   out_t       = Σ_s P(t, s) · v_s
 * Query t sits at absolute position p = pastLength + t and sees keys s with
 * p − window < s ≤ p (window = Infinity is full causal attention). In GQA query head h reads
 * key/value head ⌊h / (nHeads / nKvHeads)⌋: 4 query heads share 2 KV heads in the tiny model.
 *
 * The Flash-style kernel never holds a full score row: it walks key blocks and keeps, per
 * query, a running max m, a running sum l of exp(score − m) and an unnormalized output; when
 * a block raises the max, the old sum and output are rescaled by exp(m_old − m_new). The result
 * equals naive attention (up to rounding). `flashAttentionTrace` exposes those steps.
 *
 * Speed: for T ≥ 4 the naive forward and the backward run their products as 4×4 register
 * blocks over only the key blocks a query block can see (matmul.ts `banded*`); decoding (T < 4)
 * walks one query row at a time (`attentionRows`, the definition written out).
 *
 * Deliberately left out: dropout, ALiBi, non-causal masks, a Flash backward.
 *
 *   one head, headDim 1, q = [[1], [1]], k = [[0], [ln 2]]·1, v = [[0], [3]]:
 *   t = 0 sees only s = 0 → out 0; t = 1: scores [0, ln 2] → P = [1/3, 2/3] → out 2
 */
import { bandedAB, bandedABt, bandedAtB } from './matmul.ts';
import { softmaxBackwardRow, softmaxRow } from './softmax.ts';

export type FloatArray = Float32Array | Float64Array;

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

function checkShape(s: AttentionShape): { S: number; group: number; window: number } {
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
 * Causal GQA forward (naive: every score is computed and softmaxed; no tiling tricks).
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

/** Running state of one query row in the online softmax. */
interface RowState {
  m: number;
  l: number;
  acc: Float64Array;
}

/** What one key block did to one query row (for the step-through view). */
export interface FlashStep {
  /** Key block [keyStart, keyEnd), clipped to the keys this query may see. */
  keyStart: number;
  keyEnd: number;
  /** Largest score in this block. */
  blockMax: number;
  /** Running max m and running sum l = Σ exp(score − m) after this block. */
  runningMax: number;
  runningSum: number;
  /** exp(m_old − m_new): the factor applied to the old sum and output. */
  rescale: number;
  /** The output so far, acc / l (headDim values). */
  output: Float64Array;
}

/** One online-softmax update of a query row by the keys [s0, s1). Returns blockMax, rescale. */
function onlineUpdate(
  st: RowState,
  q: FloatArray,
  qOff: number,
  k: FloatArray,
  v: FloatArray,
  kvRow: number,
  kvOff: number,
  hd: number,
  f: number,
  s0: number,
  s1: number,
  scores: Float64Array,
): { blockMax: number; rescale: number } {
  let blockMax = -Infinity;
  for (let s = s0; s < s1; s++) {
    const kOff = s * kvRow + kvOff;
    let dot = 0;
    for (let d = 0; d < hd; d++) dot += q[qOff + d] * k[kOff + d];
    const sc = dot * f;
    scores[s - s0] = sc;
    if (sc > blockMax) blockMax = sc;
  }
  const mNew = Math.max(st.m, blockMax);
  const rescale = st.m === -Infinity ? 0 : Math.exp(st.m - mNew);
  st.l *= rescale;
  for (let d = 0; d < hd; d++) st.acc[d] *= rescale;
  for (let s = s0; s < s1; s++) {
    const e = Math.exp(scores[s - s0] - mNew);
    st.l += e;
    const vOff = s * kvRow + kvOff;
    for (let d = 0; d < hd; d++) st.acc[d] += e * v[vOff + d];
  }
  st.m = mNew;
  return { blockMax, rescale };
}

/**
 * Tiled Flash-style forward: query blocks × key blocks of `blockSize`, online softmax.
 * Same inputs and output as attentionForward (no probabilities: never materialized).
 */
export function flashAttentionForward(
  out: FloatArray,
  q: FloatArray,
  k: FloatArray,
  v: FloatArray,
  shape: AttentionShape,
  blockSize = 16,
  queryScale: ArrayLike<number> | null = null,
): void {
  const { T, pastLength, nHeads, nKvHeads, headDim: hd } = shape;
  const { S, group, window } = checkShape(shape);
  if (!Number.isInteger(blockSize) || blockSize < 1) {
    throw new Error(`flash attention: blockSize must be a positive integer, got ${blockSize}`);
  }
  const qRow = nHeads * hd;
  const kvRow = nKvHeads * hd;
  const scale = 1 / Math.sqrt(hd);
  const scores = new Float64Array(blockSize);
  const states: RowState[] = [];
  for (let i = 0; i < blockSize; i++)
    states.push({ m: -Infinity, l: 0, acc: new Float64Array(hd) });
  for (let h = 0; h < nHeads; h++) {
    const kvOff = Math.floor(h / group) * hd;
    for (let t0 = 0; t0 < T; t0 += blockSize) {
      const t1 = Math.min(T, t0 + blockSize);
      for (let t = t0; t < t1; t++) {
        const st = states[t - t0];
        st.m = -Infinity;
        st.l = 0;
        st.acc.fill(0);
      }
      // key blocks that any query of this block can see
      const kFirst = firstVisibleKey(t0, pastLength, window);
      const kLast = pastLength + t1 - 1;
      for (let b0 = Math.floor(kFirst / blockSize) * blockSize; b0 <= kLast; b0 += blockSize) {
        const b1 = Math.min(S, b0 + blockSize);
        for (let t = t0; t < t1; t++) {
          const s0 = Math.max(b0, firstVisibleKey(t, pastLength, window));
          const s1 = Math.min(b1, pastLength + t + 1);
          if (s0 >= s1) continue; // block fully masked for this query
          const f = scale * (queryScale ? queryScale[t] : 1);
          onlineUpdate(
            states[t - t0],
            q,
            t * qRow + h * hd,
            k,
            v,
            kvRow,
            kvOff,
            hd,
            f,
            s0,
            s1,
            scores,
          );
        }
      }
      for (let t = t0; t < t1; t++) {
        const st = states[t - t0];
        const qOff = t * qRow + h * hd;
        for (let d = 0; d < hd; d++) out[qOff + d] = st.acc[d] / st.l;
      }
    }
  }
}

/**
 * Step-through of the online softmax for one query row t of head h: one FlashStep per key
 * block it sees, in order. The last step's output equals attentionForward's row.
 */
export function flashAttentionTrace(
  q: FloatArray,
  k: FloatArray,
  v: FloatArray,
  shape: AttentionShape,
  head: number,
  t: number,
  blockSize = 16,
  queryScale: ArrayLike<number> | null = null,
): FlashStep[] {
  const { T, pastLength, nHeads, nKvHeads, headDim: hd } = shape;
  const { S, group, window } = checkShape(shape);
  if (!(head >= 0 && head < nHeads) || !(t >= 0 && t < T)) {
    throw new Error(`flash trace: head ${head} / row ${t} out of range`);
  }
  const kvOff = Math.floor(head / group) * hd;
  const f = (1 / Math.sqrt(hd)) * (queryScale ? queryScale[t] : 1);
  const st: RowState = { m: -Infinity, l: 0, acc: new Float64Array(hd) };
  const scores = new Float64Array(blockSize);
  const steps: FlashStep[] = [];
  const first = firstVisibleKey(t, pastLength, window);
  for (let b0 = Math.floor(first / blockSize) * blockSize; b0 <= pastLength + t; b0 += blockSize) {
    const s0 = Math.max(b0, first);
    const s1 = Math.min(S, b0 + blockSize, pastLength + t + 1);
    const qOff = t * nHeads * hd + head * hd;
    const r = onlineUpdate(st, q, qOff, k, v, nKvHeads * hd, kvOff, hd, f, s0, s1, scores);
    const output = new Float64Array(hd);
    for (let d = 0; d < hd; d++) output[d] = st.acc[d] / st.l;
    steps.push({
      keyStart: s0,
      keyEnd: s1,
      blockMax: r.blockMax,
      runningMax: st.m,
      runningSum: st.l,
      rescale: r.rescale,
      output,
    });
  }
  return steps;
}
