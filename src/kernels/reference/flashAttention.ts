/**
 * Tiled "Flash-style" attention (FlashAttention's online softmax), for teaching: it never holds
 * a full score row. It walks key blocks and keeps, per query, a running max m, a running sum l
 * of exp(score − m) and an unnormalized output; when a block raises the max, the old sum and
 * output are rescaled by exp(m_old − m_new). The result equals reference/attention.ts
 * `attentionReference` up to rounding (a unit test holds it there), and `flashAttentionTrace`
 * exposes every step for the Long-context lab.
 *
 * Deliberately left out: the backward pass, speed (this is the readable form of the idea).
 *
 *   attention.ts's example with blockSize 1, query t = 1 (scores [0, ln 2], v = [0, 3]):
 *   key block [0]: m = 0, l = 1, output 0; key block [1]: m = ln 2, rescale ½,
 *   l = ½ + 1 = 3/2, output = (0·½ + 3·1) / (3/2) = 2, as attentionReference gives.
 */
import { checkShape, firstVisibleKey, type AttentionShape } from './attention.ts';
import type { FloatArray } from './types.ts';

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
