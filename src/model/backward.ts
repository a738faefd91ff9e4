/**
 * Training forward and backward of the whole model over a batch (B, T), built from the
 * kernels' forward/backward pairs. The forward runs the decoder layer inference runs
 * (layer.ts `decoderLayer`), giving each layer its own buffers in a workspace preallocated per
 * (B, T) and reused across steps: they keep every activation the backward needs, and a training
 * step allocates (almost) nothing.
 *
 * Backward, in reverse order of the forward (dres is the gradient of the residual stream):
 *   loss → dlogits (cross-entropy) → lm_head → final RMSNorm
 * The LM head runs only on the rows that carry loss (headRows.ts).
 *   per layer, last first:
 *     MLP:  d(down) → SwiGLU backward → d(gate), d(up) → post-attention RMSNorm, added to dres
 *     attn: d(o_proj) → attention backward (softmax inside) → RoPE backward on dq, dk →
 *           d(q,k,v projections and biases) → input RMSNorm, added to dres
 *   embedding: scatter-add dres rows to the rows of the token ids
 * Weight gradients are ADDED to `grads` (zero them between steps; accumulate micro-batches).
 * Both run on the batch's live rows only (liveRows.ts): the rows after a window's last
 * loss-carrying row cannot change the loss, and an SFT window's padding is about a fifth of it.
 *
 * The linear layers' products, attention, RMSNorm, SwiGLU, RoPE (forward and backward each) and
 * the cross-entropy run on the WebAssembly SIMD kernels (matmulSimd.ts, attentionSimd.ts,
 * elementwiseSimd.ts, backwardSimd.ts; float32 sums) when the workspace is Float32 and the
 * kernels run here, else on the JavaScript reference (matmul.ts, attention.ts, norm.ts,
 * activations.ts, ropeApply.ts, crossEntropy.ts; float64 sums): the workspace's `kernels` says
 * which (trainKernels.ts). The bias gradients and the embedding are JavaScript either way.
 *
 * A batch with a `dropout` setting drops the embeddings, each layer's attention output and its
 * SwiGLU output, or the SwiGLU outputs only (dropout.ts); the backward multiplies their gradients
 * by the same masks.
 *
 * Deliberately left out: the KV cache, LogN, windows and RoPE-base overrides (inference only),
 * activation recomputation, dropout elsewhere (attention probabilities, the residual stream).
 */
import { biasBackward, embeddingBackward, embeddingForward } from '../kernels/reference/linear.ts';
import { keepFloats, releaseFloats } from '../kernels/engine/wasmMemory.ts';
import { ropeTables } from '../kernels/engine/ropeApply.ts';
import { invFreq } from '../kernels/reference/rope.ts';
import type { QwenConfig } from './config.ts';
import { checkTokenIds, dims, layerTensors, type ModelLike, type Tensors } from './params.ts';
import { type FloatArray } from '../kernels/reference/types.ts';
import {
  defaultTrainKernels,
  KERNELS,
  rowLimits,
  type Ctor,
  type TrainKernels,
} from './trainKernels.ts';
import {
  applyDropout,
  createDropoutMasks,
  drawMasks,
  type DropoutMasks,
  type DropoutSetting,
} from './dropout.ts';
import { decoderLayer, eachSequence, seqSpans, type LayerActs, type SeqSpans } from './layer.ts';
import { createHeadRows, gatherHeadRows, headOperands, type HeadRows } from './headRows.ts';
import {
  allLiveRows,
  createLiveRows,
  findLiveRows,
  liveMasks,
  liveView,
  type LiveRows,
  type RowsView,
} from './liveRows.ts';

/** One layer's kept activations (layer.ts `LayerActs`), N = B·T rows: xOut is the next xIn. */
interface KeptActs extends LayerActs {
  probs: FloatArray; // (B, H, T, T)
}

/** Buffers for one (B, T) shape; create once, reuse every step. */
export interface TrainWorkspace {
  config: QwenConfig;
  B: number;
  T: number;
  /** Where the linear layers' products run. */
  kernels: TrainKernels;
  layers: KeptActs[];
  xF: FloatArray; // (N, C) residual after the last layer
  rmsF: FloatArray;
  xnF: FloatArray;
  /** The sequences of the last batch (`seqSpans`): B rows, or the packed dialogues in them. */
  spans: SeqSpans;
  /** The LM head's rows (`gatherHeadRows`): how many of the N carry loss, and which. */
  head: HeadRows;
  probs: FloatArray; // (M, V) logits of the head's rows, then softmax, then dlogits (in place)
  losses: FloatArray; // (M) −log p of the head's rows
  cos: Float32Array;
  sin: Float32Array;
  // gradient scratch
  dres: FloatArray;
  dxn: FloatArray;
  dI1: FloatArray;
  dI2: FloatArray;
  dI3: FloatArray;
  datt: FloatArray;
  dq: FloatArray;
  dk: FloatArray;
  dv: FloatArray;
  /**
   * The last forward's dropout masks and rate (rate 0: it had none); masks made on first use,
   * `live` their rows for the live rows.
   */
  dropout: { masks: DropoutMasks | null; live: DropoutMasks | null; rate: number; all: boolean };
  /**
   * Compute only the rows that can change the loss (liveRows.ts); default true. The loss and
   * gradients are the same either way; false runs every row (tests compare the two).
   */
  liveRowsOnly: boolean;
  /** The last forward's live rows, and the ids, targets and loss mask it ran on. */
  live: LiveRows;
  rows: RowsView;
}

/**
 * Preallocates every buffer for batches of shape (B, T). ctor Float64Array for grad checks;
 * kernels 'js' forces the JavaScript products (a float64 workspace always uses them).
 */
export function createWorkspace(
  config: QwenConfig,
  B: number,
  T: number,
  ctor: Ctor = Float32Array,
  kernels: TrainKernels = defaultTrainKernels(ctor),
): TrainWorkspace {
  if (!(Number.isInteger(B) && B > 0 && Number.isInteger(T) && T > 0)) {
    throw new Error(`workspace needs positive integer B and T, got ${B}, ${T}`);
  }
  const { V, C, I, L, H, hd, qDim, kvDim } = dims(config);
  const N = B * T;
  // float32 buffers for the SIMD kernels live in their memory, used in place (wasmMemory.ts)
  const kept = ctor === Float32Array && kernels === 'simd';
  const mk = (n: number): FloatArray => (kept ? keepFloats(n) : new ctor(n));
  const xF = mk(N * C);
  const layers: KeptActs[] = [];
  for (let l = L - 1; l >= 0; l--) {
    layers.unshift({
      xIn: mk(N * C),
      rms1: mk(N),
      xn1: mk(N * C),
      q: mk(N * qDim),
      k: mk(N * kvDim),
      v: mk(N * kvDim),
      probs: mk(B * H * T * T),
      att: mk(N * qDim),
      xMid: mk(N * C),
      rms2: mk(N),
      xn2: mk(N * C),
      gate: mk(N * I),
      up: mk(N * I),
      h: mk(N * I),
      xOut: l + 1 < L ? layers[0].xIn : xF,
    });
  }
  const { cos, sin } = ropeTables(invFreq(hd, config.rope_theta), 0, T);
  return {
    config,
    B,
    T,
    kernels: ctor === Float32Array ? kernels : 'js',
    layers,
    xF,
    rmsF: mk(N),
    xnF: mk(N * C),
    spans: { count: 0, rows: new Int32Array(2 * N) },
    head: createHeadRows(N, C, mk),
    probs: mk(N * V),
    losses: mk(N),
    cos,
    sin,
    dres: mk(N * C),
    dxn: mk(N * C),
    dI1: mk(N * I),
    dI2: mk(N * I),
    dI3: mk(N * I),
    datt: mk(N * qDim),
    dq: mk(N * qDim),
    dk: mk(N * kvDim),
    dv: mk(N * kvDim),
    dropout: { masks: null, live: null, rate: 0, all: true },
    liveRowsOnly: true,
    live: createLiveRows(B, T),
    rows: { ids: [], targets: [], lossMask: null },
  };
}

/** Gives a workspace's kept buffers back to wasm memory (wasmMemory.ts); it is unusable after. */
export function releaseWorkspace(ws: TrainWorkspace): void {
  const buffers = [
    ...ws.layers.flatMap((l) => Object.values(l)),
    ...Object.values(ws),
    ...Object.values(ws.head),
  ];
  for (const b of new Set(buffers)) if (b instanceof Float32Array) releaseFloats(b);
}

export interface TrainBatchView {
  /** (B, T) token ids. */
  ids: ArrayLike<number>;
  /** (B, T) the next token at each position. */
  targets: ArrayLike<number>;
  /** (B, T) 1 where the position carries loss, 0 elsewhere; null = all ones. */
  lossMask: ArrayLike<number> | null;
  /**
   * (B, T) 1 where a packed sequence (an SFT dialogue) begins: from there RoPE positions restart
   * at 0 and attention sees only that sequence, as at inference. Absent or null: one per row.
   */
  seqStarts?: ArrayLike<number> | null;
  /** Dropout for this step (dropout.ts); absent, null or rate 0: none. */
  dropout?: DropoutSetting | null;
}

/**
 * Training forward: stores activations in ws, returns the masked mean loss over the batch
 * and the mask sum. ws.probs holds the softmax of the head's rows afterwards (every row when no
 * position is masked out).
 */
export function trainForward(
  model: ModelLike,
  ws: TrainWorkspace,
  batch: TrainBatchView,
): { loss: number; maskSum: number } {
  const c = model.config;
  const { V, C, L } = dims(c);
  const { B, T } = ws;
  const N = B * T;
  if (batch.ids.length !== N || batch.targets.length !== N) {
    throw new Error(
      `batch ids/targets must hold B·T = ${N} values, got ${batch.ids.length}/${batch.targets.length}`,
    );
  }
  if (batch.lossMask && batch.lossMask.length !== N) {
    throw new Error(`loss mask must hold ${N} values, got ${batch.lossMask.length}`);
  }
  checkTokenIds(batch.ids, V);
  if (batch.seqStarts && batch.seqStarts.length !== N) {
    throw new Error(`sequence starts must hold ${N} values, got ${batch.seqStarts.length}`);
  }
  // the rows that can change the loss, laid end to end (liveRows.ts): R of the N
  const live = ws.liveRowsOnly
    ? findLiveRows(ws.live, B, T, batch, rowLimits(ws.kernels, c))
    : allLiveRows(ws.live, N);
  const R = live.N;
  const lv = live.all ? null : liveView(live);
  const view: RowsView = lv ?? batch;
  ws.rows = view;
  if (R === 0) {
    ws.head.M = 0;
    return { loss: 0, maskSum: 0 };
  }
  const w = model.weights;
  const kern = KERNELS[ws.kernels];
  const x = ws.layers.length > 0 ? ws.layers[0].xIn : ws.xF; // (R, C)
  embeddingForward(x, w['model.embed_tokens.weight'], view.ids, C);
  // compacted, the live rows are one row of R whose sequences begin where `starts` says
  const spans = lv
    ? seqSpans(1, R, lv.starts, ws.spans)
    : seqSpans(B, T, batch.seqStarts ?? null, ws.spans);
  const at = { B: lv ? 1 : B, T: lv ? R : T, past: 0, cos: ws.cos, sin: ws.sin, spans };
  const drop = dropoutFor(ws, batch.dropout ?? null);
  const dropAll = ws.dropout.all; // false: the SwiGLU outputs only
  if (drop && dropAll) applyDropout(x, drop.emb, ws.dropout.rate);
  for (let l = 0; l < L; l++) {
    const d = drop && { att: dropAll ? drop.att[l] : null, h: drop.h[l], rate: ws.dropout.rate };
    decoderLayer(kern, c, layerTensors(w, l), ws.layers[l], { ...at, drop: d });
  }
  kern.rmsnorm(ws.xnF, ws.rmsF, ws.xF, w['model.norm.weight'], R, C, c.rms_norm_eps);
  // the LM head and the loss on the rows that carry loss only (M of R)
  gatherHeadRows(ws.head, ws.xnF, view, R, C);
  const h = headOperands(ws.head, ws.xnF, ws.dxn, view);
  if (h.M === 0) return { loss: 0, maskSum: 0 };
  kern.forward(ws.probs, h.xn, w['lm_head.weight'], null, h.M, V, C);
  return kern.crossEntropy(ws.probs, ws.losses, ws.probs, h.targets, h.mask, h.M, V);
}

/**
 * Draws this step's masks for the whole batch (made on first use) and keeps those of the live
 * rows, or records that there are none.
 */
function dropoutFor(ws: TrainWorkspace, s: DropoutSetting | null): DropoutMasks | null {
  ws.dropout.rate = s ? s.rate : 0;
  ws.dropout.all = (s?.sites ?? 'all') === 'all';
  ws.dropout.live = null;
  if (!s || s.rate === 0) return null;
  const { C, I, L, qDim } = dims(ws.config);
  ws.dropout.masks ??= createDropoutMasks({ N: ws.B * ws.T, C, qDim, I, L });
  drawMasks(ws.dropout.masks, s);
  ws.dropout.live = liveMasks(ws.dropout.masks, ws.live, ws.B, ws.T);
  return ws.dropout.live;
}

/**
 * Backward after trainForward on the same batch. Adds ∂(Σ mask·loss / divisor)/∂θ to grads.
 * divisor: usually the batch's mask sum (gradient of the mean loss).
 */
export function trainBackward(
  model: ModelLike,
  grads: Tensors,
  ws: TrainWorkspace,
  batch: TrainBatchView,
  divisor: number,
): void {
  const c = model.config;
  const { V, C, I, L, H, KV, hd, qDim, kvDim } = dims(c);
  const { B, T } = ws;
  // the rows the forward ran on (liveRows.ts): N of the batch's B·T
  const N = ws.live.N;
  const rows = ws.rows;
  if (ws.live.all && rows.ids !== batch.ids) {
    throw new Error('trainBackward needs the batch of the last trainForward');
  }
  if (N === 0) return;
  const w = model.weights;
  const kern = KERNELS[ws.kernels];
  const { dres, dxn, datt, dq, dk, dv } = ws;
  const dh = ws.dI1;
  const dgate = ws.dI2;
  const dup = ws.dI3;
  const { rate } = ws.dropout;
  const drop = rate > 0 ? ws.dropout.live : null;
  const dropAll = ws.dropout.all;

  // loss → logits → lm_head (on the head's M rows, scattered back to N) → final norm
  const dlogits = ws.probs;
  const h = headOperands(ws.head, ws.xnF, ws.dxn, rows);
  if (!ws.head.all) dxn.fill(0);
  if (h.M > 0) {
    kern.crossEntropyBackward(dlogits, ws.probs, h.targets, h.mask, h.M, V, divisor);
    kern.backwardWeight(grads['lm_head.weight'], dlogits, h.xn, h.M, V, C);
    kern.backwardInput(h.dxn, dlogits, w['lm_head.weight'], h.M, V, C);
  }
  if (!ws.head.all) {
    for (let r = 0; r < h.M; r++) {
      dxn.set(h.dxn.subarray(r * C, (r + 1) * C), ws.head.rows[r] * C);
    }
  }
  kern.rmsnormBackward(
    dres,
    grads['model.norm.weight'],
    dxn,
    ws.xF,
    w['model.norm.weight'],
    ws.rmsF,
    N,
    C,
  );

  const shape = { T, pastLength: 0, nHeads: H, nKvHeads: KV, headDim: hd };
  for (let l = L - 1; l >= 0; l--) {
    const a = ws.layers[l];
    const p = layerTensors(w, l);
    const g = layerTensors(grads, l);
    // MLP: x_out = xMid + h · W_downᵀ
    kern.backwardWeight(g.wDown, dres, a.h, N, C, I);
    kern.backwardInput(dh, dres, p.wDown, N, C, I);
    if (drop) applyDropout(dh, drop.h[l], rate);
    kern.swigluBackward(dgate, dup, dh, a.gate, a.up, N * I);
    kern.backwardWeight(g.wGate, dgate, a.xn2, N, I, C);
    kern.backwardWeight(g.wUp, dup, a.xn2, N, I, C);
    kern.backwardInput(dxn, dgate, p.wGate, N, I, C);
    kern.backwardInput(dxn, dup, p.wUp, N, I, C, true);
    kern.rmsnormBackward(dres, g.postNorm, dxn, a.xMid, p.postNorm, a.rms2, N, C, true);

    // attention: xMid = xIn + att · W_oᵀ
    kern.backwardWeight(g.wo, dres, a.att, N, C, qDim);
    kern.backwardInput(datt, dres, p.wo, N, C, qDim);
    if (drop && dropAll) applyDropout(datt, drop.att[l], rate);
    dk.fill(0);
    dv.fill(0);
    // per sequence, as the forward ran them (decoderLayer): probabilities (H, len, len) in order
    eachSequence(ws.spans, B, T, 0, H, (first, len, probsAt) => {
      const [q0, q1] = [first * qDim, (first + len) * qDim];
      const [k0, k1] = [first * kvDim, (first + len) * kvDim];
      const dqb = dq.subarray(q0, q1);
      const dkb = dk.subarray(k0, k1);
      kern.attentionBackward(
        dqb,
        dkb,
        dv.subarray(k0, k1),
        datt.subarray(q0, q1),
        a.probs.subarray(probsAt, probsAt + H * len * len),
        a.q.subarray(q0, q1),
        a.k.subarray(k0, k1),
        a.v.subarray(k0, k1),
        { ...shape, T: len },
      );
      kern.ropeBackward(dqb, ws.cos, ws.sin, len, H, hd);
      kern.ropeBackward(dkb, ws.cos, ws.sin, len, KV, hd);
    });
    biasBackward(g.bq, dq, N, qDim);
    biasBackward(g.bk, dk, N, kvDim);
    biasBackward(g.bv, dv, N, kvDim);
    kern.backwardWeight(g.wq, dq, a.xn1, N, qDim, C);
    kern.backwardWeight(g.wk, dk, a.xn1, N, kvDim, C);
    kern.backwardWeight(g.wv, dv, a.xn1, N, kvDim, C);
    kern.backwardInput(dxn, dq, p.wq, N, qDim, C);
    kern.backwardInput(dxn, dk, p.wk, N, kvDim, C, true);
    kern.backwardInput(dxn, dv, p.wv, N, kvDim, C, true);
    kern.rmsnormBackward(dres, g.inputNorm, dxn, a.xIn, p.inputNorm, a.rms1, N, C, true);
  }

  // embedding gather backward: scatter-add
  if (drop && dropAll) applyDropout(dres, drop.emb, rate);
  embeddingBackward(grads['model.embed_tokens.weight'], dres, rows.ids, C);
}
