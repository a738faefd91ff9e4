/**
 * What the Inspect view reads from a trace (inspect.ts) at position t, the row that predicts
 * ids[t+1]:
 *
 *   lensAt(model, trace, t, target)       // logit lens: each stage → final RMSNorm → lm_head
 *   attributeLogit(model, trace, t, v)    // direct logit attribution of token v's logit
 *   residualNorms(model, trace, t)        // ‖x‖ per stage and the size of each block's change
 *   attentionRow(model, trace, layer, t)  // (heads, t+1) attention of t, and the head average
 *   inspectPosition(model, trace, ids, t) // all of them, as the Inspect view draws them
 *
 * The attribution is exact because the final RMSNorm divides row t by one number
 * rms(x_final[t]) and lm_head has no bias:
 *
 *   logit_v = Σ_components (component · (g ⊙ W_v)) / rms(x_final[t])
 *
 * with components = embedding, and every block's output (stage after − stage before).
 *
 * Deliberately left out: attribution through the attention pattern (path patching), and the
 * nonlinear effect a component has on the final RMS (it is frozen at its actual value).
 */
import { matmulSimd } from '../kernels/engine/matmulSimd.ts';
import { softmaxRow } from '../kernels/reference/softmax.ts';
import {
  attentionMap,
  checkNoHeadBias,
  kept,
  logitsRow,
  stageCount,
  stageRow,
  type Trace,
} from './inspect.ts';
import { dims, type QwenModel } from './params.ts';
import { topEntries, type TokenChoice } from './sampling.ts';

export interface LensCell {
  /** Most probable tokens of this stage's read-out, most probable first. */
  top: TokenChoice[];
  /** The target token's rank (1 = top) and probability, when a target is given. */
  targetRank?: number;
  targetProb?: number;
}

/**
 * Logit lens at position t: every stage's residual row through the final RMSNorm and lm_head,
 * softmaxed. (2L+1) cells; the last one is the model's own prediction.
 */
export function lensAt(
  model: QwenModel,
  trace: Trace,
  t: number,
  target: number | null,
  k = 5,
): LensCell[] {
  return lensGrid(model, trace, [t], [target], k)[0];
}

/**
 * The lens at several positions in one product with lm_head (P·(2L+1) rows, on the SIMD
 * kernel where there is one). → [position][stage] cells.
 */
export function lensGrid(
  model: QwenModel,
  trace: Trace,
  positions: number[],
  targets: (number | null)[],
  k = 5,
): LensCell[][] {
  const { V, C, L } = dims(model.config);
  const S = stageCount(L);
  const P = positions.length;
  const g = model.weights['model.norm.weight'];
  const eps = model.config.rms_norm_eps;
  const normed = new Float32Array(P * S * C);
  positions.forEach((t, i) => {
    for (let s = 0; s < S; s++) {
      const x = stageRow(model, trace, s, t);
      let ss = 0;
      for (let c = 0; c < C; c++) ss += x[c] * x[c];
      const inv = 1 / Math.sqrt(ss / C + eps);
      const o = (i * S + s) * C;
      for (let c = 0; c < C; c++) normed[o + c] = x[c] * inv * g[c];
    }
  });
  const logits = new Float32Array(P * S * V);
  matmulSimd(logits, normed, model.weights['lm_head.weight'], P * S, V, C);
  const probs = new Float32Array(V);
  return positions.map((_, i) => {
    const target = targets[i];
    const cells: LensCell[] = [];
    for (let s = 0; s < S; s++) {
      softmaxRow(probs, 0, logits, (i * S + s) * V, V);
      const cell: LensCell = { top: topEntries(probs, k) };
      if (target !== null) {
        const p = probs[target];
        let rank = 1;
        for (let v = 0; v < V; v++) if (probs[v] > p) rank++;
        cell.targetRank = rank;
        cell.targetProb = p;
      }
      cells.push(cell);
    }
    return cells;
  });
}

export interface Attribution {
  /** Contribution of the token embedding. */
  embedding: number;
  /** Per layer: contribution of its attention block's output… */
  attention: number[];
  /** …and of its MLP block's output. */
  mlp: number[];
  /** Sum of all contributions (equals `logit` up to float rounding). */
  total: number;
  /** The model's logit for the token at that position. */
  logit: number;
  /** The final RMSNorm's divisor at that position. */
  rms: number;
}

/** Direct logit attribution of token v's logit at position t (float64 sums). */
export function attributeLogit(model: QwenModel, trace: Trace, t: number, v: number): Attribution {
  checkNoHeadBias(model);
  const { V, C, L } = dims(model.config);
  if (v < 0 || v >= V) throw new Error(`token ${v} is outside the vocabulary (0…${V - 1})`);
  const g = model.weights['model.norm.weight'];
  const w = model.weights['lm_head.weight'];
  const u = new Float64Array(C); // g ⊙ W_v
  for (let c = 0; c < C; c++) u[c] = g[c] * w[v * C + c];
  const rms = trace.finalRms[t];
  const dot = (s: number) => {
    const x = stageRow(model, trace, s, t);
    let d = 0;
    for (let c = 0; c < C; c++) d += x[c] * u[c];
    return d;
  };
  const at = Array.from({ length: 2 * L + 1 }, (_, s) => dot(s));
  const embedding = at[0] / rms;
  const attention: number[] = [];
  const mlp: number[] = [];
  for (let l = 0; l < L; l++) {
    attention.push((at[2 * l + 1] - at[2 * l]) / rms);
    mlp.push((at[2 * l + 2] - at[2 * l + 1]) / rms);
  }
  let total = embedding;
  for (let l = 0; l < L; l++) total += attention[l] + mlp[l];
  return { embedding, attention, mlp, total, logit: logitsRow(trace, t, V)[v], rms };
}

export interface ResidualNorms {
  /** (2L+1): ‖x‖₂ of the stream at each stage. */
  norms: number[];
  /** (2L): ‖block output‖₂ of attention 0, MLP 0, attention 1, … */
  changes: number[];
}

export function residualNorms(model: QwenModel, trace: Trace, t: number): ResidualNorms {
  const { C, L } = dims(model.config);
  const norms: number[] = [];
  const changes: number[] = [];
  for (let s = 0; s < stageCount(L); s++) {
    const x = stageRow(model, trace, s, t);
    let n = 0;
    for (let c = 0; c < C; c++) n += x[c] * x[c];
    norms.push(Math.sqrt(n));
    if (s > 0) {
      const prev = stageRow(model, trace, s - 1, t);
      let d = 0;
      for (let c = 0; c < C; c++) d += (x[c] - prev[c]) ** 2;
      changes.push(Math.sqrt(d));
    }
  }
  return { norms, changes };
}

/**
 * Row t of layer l's attention. From the collected probabilities when the trace has them;
 * else recomputed from the kept queries and keys (plain causal attention only): softmax over
 * s ≤ t of q_t,h · k_s,g(h) / √hd, with query head h reading key head g(h) = h / (heads /
 * kv_heads) (GQA). → heads: (heads) × (t+1), mean: (t+1) averaged over heads.
 */
export function attentionRow(
  model: QwenModel,
  trace: Trace,
  l: number,
  t: number,
): { heads: Float32Array[]; mean: Float32Array } {
  const { H, KV, hd } = dims(model.config);
  const heads: Float32Array[] = [];
  const mean = new Float32Array(t + 1);
  if (trace.attentionProbs) {
    for (let h = 0; h < H; h++) {
      const o = t * trace.T;
      const row = attentionMap(model, trace, l, h).slice(o, o + t + 1);
      for (let s = 0; s <= t; s++) mean[s] += row[s] / H;
      heads.push(row);
    }
    return { heads, mean };
  }
  if (!trace.plainAttention) {
    throw new Error('with windows or LogN, attention rows need collect.attentionProbs');
  }
  const q = kept(trace.queries, 'queriesKeys')[l];
  const k = kept(trace.keys, 'queriesKeys')[l];
  const group = H / KV;
  const scale = 1 / Math.sqrt(hd);
  const scores = new Float64Array(t + 1);
  for (let h = 0; h < H; h++) {
    const qo = t * H * hd + h * hd;
    const ko = Math.floor(h / group) * hd;
    let max = -Infinity;
    for (let s = 0; s <= t; s++) {
      let d = 0;
      const kr = s * KV * hd + ko;
      for (let i = 0; i < hd; i++) d += q[qo + i] * k[kr + i];
      scores[s] = d * scale;
      if (scores[s] > max) max = scores[s];
    }
    let sum = 0;
    for (let s = 0; s <= t; s++) sum += scores[s] = Math.exp(scores[s] - max);
    const row = new Float32Array(t + 1);
    for (let s = 0; s <= t; s++) {
      row[s] = scores[s] / sum;
      mean[s] += row[s] / H;
    }
    heads.push(row);
  }
  return { heads, mean };
}

/** Everything the Inspect view shows for position t of a trace (plain data, no token text). */
export interface PositionView {
  /** The position inspected, and the token it is scored on (ids[t+1], or the model's top-1). */
  position: number;
  target: number;
  /** Lens positions around t (t itself included), each with its target (or null at the end). */
  lensPositions: number[];
  lensTargets: (number | null)[];
  /** [position index][stage]: 2L+1 cells per position. */
  lens: LensCell[][];
  /** [layer]: per head (t+1) and the head average. */
  attention: { heads: Float32Array[]; mean: Float32Array }[];
  attribution: Attribution;
  residual: ResidualNorms;
}

/**
 * The Inspect view of position t: the lens at t and `around` positions either side, the
 * attention of t in every layer, the attribution of the target's logit, and the residual norms.
 * ids: the traced sequence (T).
 */
export function inspectPosition(
  model: QwenModel,
  trace: Trace,
  ids: ArrayLike<number>,
  t: number,
  around = 3,
): PositionView {
  const { V, L } = dims(model.config);
  const T = trace.T;
  if (!(t >= 0 && t < T)) throw new Error(`position ${t} is outside the sequence (0…${T - 1})`);
  const targetOf = (p: number) => (p + 1 < ids.length ? ids[p + 1] : null);
  let target = targetOf(t);
  if (target === null) {
    const row = logitsRow(trace, t, V);
    let best = 0;
    for (let v = 1; v < V; v++) if (row[v] > row[best]) best = v;
    target = best;
  }
  const lensPositions: number[] = [];
  for (let p = Math.max(0, t - around); p <= Math.min(T - 1, t + around); p++)
    lensPositions.push(p);
  const lensTargets = lensPositions.map((p) => (p === t ? target : targetOf(p)));
  const lens = lensGrid(model, trace, lensPositions, lensTargets);
  const attention = Array.from({ length: L }, (_, l) => attentionRow(model, trace, l, t));
  return {
    position: t,
    target,
    lensPositions,
    lensTargets,
    lens,
    attention,
    attribution: attributeLogit(model, trace, t, target),
    residual: residualNorms(model, trace, t),
  };
}
