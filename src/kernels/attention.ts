/**
 * Causal grouped-query attention (GQA), the naive way and the tiled "Flash-style" way.
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
 * Deliberately left out: dropout, ALiBi, non-causal masks, a Flash backward.
 *
 *   one head, headDim 1, q = [[1], [1]], k = [[0], [ln 2]]·1, v = [[0], [3]]:
 *   t = 0 sees only s = 0 → out 0; t = 1: scores [0, ln 2] → P = [1/3, 2/3] → out 2
 */
import { softmaxRow } from './softmax.ts';

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
 * Naive causal GQA forward.
 * q: (T, nHeads·hd), k, v: (S, nKvHeads·hd), queryScale: (T) or null (LogN)
 * → out: (T, nHeads·hd), probs: (nHeads, T, S) or null (masked entries are 0)
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
  const { T, pastLength, nHeads, nKvHeads, headDim: hd } = shape;
  const { S, group, window } = checkShape(shape);
  const qRow = nHeads * hd;
  const kvRow = nKvHeads * hd;
  const scale = 1 / Math.sqrt(hd);
  const row = new Float64Array(S);
  const p = new Float64Array(S);
  for (let h = 0; h < nHeads; h++) {
    const kvOff = Math.floor(h / group) * hd;
    for (let t = 0; t < T; t++) {
      const qOff = t * qRow + h * hd;
      const s0 = firstVisibleKey(t, pastLength, window);
      const s1 = pastLength + t; // inclusive
      const f = scale * (queryScale ? queryScale[t] : 1);
      for (let s = s0; s <= s1; s++) {
        const kOff = s * kvRow + kvOff;
        let dot = 0;
        for (let d = 0; d < hd; d++) dot += q[qOff + d] * k[kOff + d];
        row[s] = dot * f;
      }
      const n = s1 - s0 + 1;
      softmaxRow(p, s0, row, s0, n);
      for (let d = 0; d < hd; d++) out[qOff + d] = 0;
      for (let s = s0; s <= s1; s++) {
        const w = p[s];
        const vOff = s * kvRow + kvOff;
        for (let d = 0; d < hd; d++) out[qOff + d] += w * v[vOff + d];
      }
      if (probs) {
        const pOff = (h * T + t) * S;
        for (let s = 0; s < S; s++) probs[pOff + s] = s >= s0 && s <= s1 ? p[s] : 0;
      }
    }
  }
}

/**
 * Naive causal GQA backward, from the probabilities the forward stored.
 *   dv_s += Σ_t P(t,s)·dout_t;  dP(t,s) = dout_t·v_s;  dscore = P ⊙ (dP − Σ_s P·dP)
 *   dq_t = f_t Σ_s dscore·k_s;  dk_s += f_t Σ_t dscore·q_t   (f_t = scale · logn_t)
 * dout, q: (T, nHeads·hd), k, v: (S, nKvHeads·hd), probs: (nHeads, T, S)
 * → dq: (T, nHeads·hd) written; dk, dv: (S, nKvHeads·hd) accumulated (zero them first)
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
  const qRow = nHeads * hd;
  const kvRow = nKvHeads * hd;
  const scale = 1 / Math.sqrt(hd);
  const dp = new Float64Array(S);
  for (let h = 0; h < nHeads; h++) {
    const kvOff = Math.floor(h / group) * hd;
    for (let t = 0; t < T; t++) {
      const qOff = t * qRow + h * hd;
      const pOff = (h * T + t) * S;
      const s0 = firstVisibleKey(t, pastLength, window);
      const s1 = pastLength + t;
      const f = scale * (queryScale ? queryScale[t] : 1);
      let sumPdP = 0;
      for (let s = s0; s <= s1; s++) {
        const vOff = s * kvRow + kvOff;
        const pw = probs[pOff + s];
        let dot = 0;
        for (let d = 0; d < hd; d++) {
          dot += dout[qOff + d] * v[vOff + d];
          dv[vOff + d] += pw * dout[qOff + d];
        }
        dp[s] = dot;
        sumPdP += pw * dot;
      }
      for (let d = 0; d < hd; d++) dq[qOff + d] = 0;
      for (let s = s0; s <= s1; s++) {
        const ds = probs[pOff + s] * (dp[s] - sumPdP) * f;
        if (ds === 0) continue;
        const kOff = s * kvRow + kvOff;
        for (let d = 0; d < hd; d++) {
          dq[qOff + d] += ds * k[kOff + d];
          dk[kOff + d] += ds * q[qOff + d];
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
