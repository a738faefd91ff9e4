/**
 * One Qwen2 decoder layer, written once: the prefill and the KV-cache decode step (forward.ts)
 * and the training forward (backward.ts) all run `decoderLayer`, as llm.c and nanoGPT do.
 *
 *   h = RMSNorm(x_in);  q, k, v = h·Wᵀ + b;  RoPE(q, k) at positions past … past+T−1
 *   x_mid = x_in + o_proj(causal GQA-attention(q, K_past ∪ k, V_past ∪ v))
 *   h = RMSNorm(x_mid);  x_out = x_mid + down(silu(gate(h)) ⊙ up(h))
 *
 * The caller owns the buffers (`LayerActs`). Training gives every layer its own, so they
 * still hold the activations when the backward pass reads them; inference gives every layer
 * the same scratch and its KV cache as k and v. The kernels come in as a table (trainKernels.ts
 * `KERNELS`): WebAssembly SIMD, or the JavaScript reference with float64 sums.
 *
 * A batch of B sequences runs the products over all N = B·T rows at once and RoPE and attention
 * per sequence. Decoding (past > 0) takes one sequence. A training row can hold several packed
 * sequences (`spans`, e.g. SFT dialogues): each gets its own RoPE positions from 0 and attends
 * only to itself, as it would alone at inference.
 *
 *   decoderLayer(KERNELS.simd, config, layerTensors(w, 0), acts, { B: 1, T, past: 0, cos, sin })
 */
import type { AttentionShape } from '../kernels/reference/attention.ts';
import type { FloatArray } from '../kernels/reference/types.ts';
import type { QwenConfig } from './config.ts';
import { applyDropout } from './dropout.ts';
import { dims, type LayerTensors } from './params.ts';
import type { StepKernels } from './trainKernels.ts';

/** What one call covers: B sequences of T new positions after `past` cached ones. */
export interface LayerPositions {
  B: number;
  T: number;
  /** Positions already in k and v before these T (decoding); 0 for training. */
  past: number;
  /** RoPE tables for positions past … past+T−1: (T, head_dim / 2) each. */
  cos: Float32Array;
  sin: Float32Array;
  /** Keys a query sees, itself included; default Infinity (full causal attention). */
  window?: number;
  /** Qwen LogN query scales (T), or null. */
  logn?: ArrayLike<number> | null;
  /**
   * The sequences RoPE and attention run on: `count` [first row, length] pairs in `rows`
   * (`seqSpans`), covering the N rows in order; default the B rows of T. Training only (past 0).
   */
  spans?: SeqSpans;
  /**
   * Training only: drop elements of the attention output (N, qDim) before o_proj and of the
   * SwiGLU output (N, I) before down_proj where the mask is 0 (dropout.ts); default none.
   */
  drop?: { att: Uint8Array | null; h: Uint8Array; rate: number } | null;
}

/** Sequences over the N rows of a batch: rows[2i] is the first row of the i-th, rows[2i+1] its length. */
export interface SeqSpans {
  count: number;
  rows: Int32Array; // (2·N) capacity
}

/**
 * The sequences of a (B, T) batch: each row, cut where `starts` is nonzero ((B, T), 1 where a
 * packed sequence begins; position 0 of a row always begins one). Writes into `out`.
 *
 *   starts row [1, 0, 0, 1, 0] (T = 5) → spans [0, 3], [3, 2]
 */
export function seqSpans(
  B: number,
  T: number,
  starts: ArrayLike<number> | null,
  out: SeqSpans,
): SeqSpans {
  let n = 0;
  for (let b = 0; b < B; b++) {
    let first = b * T;
    for (let t = 1; t < T; t++) {
      if (starts && starts[b * T + t] !== 0) {
        out.rows[2 * n] = first;
        out.rows[2 * n + 1] = b * T + t - first;
        n++;
        first = b * T + t;
      }
    }
    out.rows[2 * n] = first;
    out.rows[2 * n + 1] = (b + 1) * T - first;
    n++;
  }
  out.count = n;
  return out;
}

/**
 * Calls `fn` for each sequence attention runs on, in order: its first row, its length and where
 * its probabilities (H, len, past + len) begin in the layer's `probs` buffer. The spans when
 * given, else each of the B rows of T. decoderLayer and its backward walk them alike.
 */
export function eachSequence(
  spans: SeqSpans | undefined,
  B: number,
  T: number,
  past: number,
  H: number,
  fn: (first: number, len: number, probsAt: number) => void,
): void {
  let probsAt = 0;
  const run = (first: number, len: number) => {
    fn(first, len, probsAt);
    probsAt += H * len * (past + len);
  };
  if (spans) for (let i = 0; i < spans.count; i++) run(spans.rows[2 * i], spans.rows[2 * i + 1]);
  else for (let b = 0; b < B; b++) run(b * T, T);
}

/**
 * The buffers of one layer call, N = B·T rows, S = past + T. xIn, xMid and xOut may be one
 * buffer (the residual stream updated in place); each other buffer is written once per call,
 * so a layer's own set is what backward.ts reads.
 */
export interface LayerActs {
  xIn: FloatArray; // (N, C) residual entering the layer
  rms1: FloatArray; // (N) input RMSNorm's root mean square
  xn1: FloatArray; // (N, C) RMSNorm(xIn)
  q: FloatArray; // (N, qDim) queries after RoPE
  k: FloatArray; // (B·S, kvDim) keys after RoPE; this call writes rows past … S−1
  v: FloatArray; // (B·S, kvDim) values; likewise
  probs: FloatArray | null; // (B, H, T, S) attention probabilities (per span: (H, len, len)), or null
  att: FloatArray; // (N, qDim) attention output before o_proj
  xMid: FloatArray; // (N, C) residual after attention
  rms2: FloatArray; // (N)
  xn2: FloatArray; // (N, C) RMSNorm(xMid)
  gate: FloatArray; // (N, I) gate(xn2)
  up: FloatArray; // (N, I) up(xn2)
  h: FloatArray; // (N, I) silu(gate) ⊙ up
  act?: FloatArray | null; // (N, I) silu(gate), when someone reads it (the SwiGLU panel)
  xOut: FloatArray; // (N, C) residual leaving the layer
}

/** Runs one decoder layer: reads a.xIn (and k, v rows before past), writes the rest of a. */
export function decoderLayer(
  kern: StepKernels,
  config: QwenConfig,
  p: LayerTensors,
  a: LayerActs,
  at: LayerPositions,
): void {
  const { C, I, H, KV, hd, qDim, kvDim } = dims(config);
  const { B, T, past, cos, sin } = at;
  const N = B * T;
  const eps = config.rms_norm_eps;
  if (past > 0 && B !== 1) throw new Error(`decoding runs one sequence, got B = ${B}`);

  // attention block: q (N, qDim), k and v (N, kvDim) into rows past … past+T−1 of the cache
  kern.rmsnorm(a.xn1, a.rms1, a.xIn, p.inputNorm, N, C, eps);
  const kNew = a.k.subarray(past * kvDim, (past + N) * kvDim);
  const vNew = a.v.subarray(past * kvDim, (past + N) * kvDim);
  kern.forward(a.q, a.xn1, p.wq, p.bq, N, qDim, C);
  kern.forward(kNew, a.xn1, p.wk, p.bk, N, kvDim, C);
  kern.forward(vNew, a.xn1, p.wv, p.bv, N, kvDim, C);
  if (at.spans && past > 0) throw new Error('packed sequences (spans) are for training, past 0');
  eachSequence(at.spans, B, T, past, H, (first, len, probsAt) => {
    // one sequence: rows first … first+len−1 of q; its keys and values after `past` cached ones
    const s = past + len;
    const shape: AttentionShape = {
      T: len,
      pastLength: past,
      nHeads: H,
      nKvHeads: KV,
      headDim: hd,
    };
    if (at.window !== undefined) shape.window = at.window;
    const qb = a.q.subarray(first * qDim, (first + len) * qDim); // (len, qDim)
    const kb = a.k.subarray(first * kvDim, (first + s) * kvDim); // (s, kvDim)
    const vb = a.v.subarray(first * kvDim, (first + s) * kvDim);
    kern.rope(qb, cos, sin, len, H, hd);
    kern.rope(kb.subarray(past * kvDim), cos, sin, len, KV, hd);
    kern.attention(
      a.att.subarray(first * qDim, (first + len) * qDim),
      a.probs ? a.probs.subarray(probsAt, probsAt + H * len * s) : null, // (H, len, s)
      qb,
      kb,
      vb,
      shape,
      at.logn ?? null,
    );
  });
  if (at.drop?.att) applyDropout(a.att, at.drop.att, at.drop.rate);
  residual(kern, a.xMid, a.xIn, a.att, p.wo, N, C, qDim); // xMid = xIn + att · W_oᵀ

  // MLP block: gate, up, h (N, I)
  kern.rmsnorm(a.xn2, a.rms2, a.xMid, p.postNorm, N, C, eps);
  kern.forward(a.gate, a.xn2, p.wGate, null, N, I, C);
  kern.forward(a.up, a.xn2, p.wUp, null, N, I, C);
  kern.swiglu(a.h, a.gate, a.up, N * I, a.act ?? null);
  if (at.drop) applyDropout(a.h, at.drop.h, at.drop.rate);
  residual(kern, a.xOut, a.xMid, a.h, p.wDown, N, C, I); // xOut = xMid + h · W_downᵀ
}

/** out (M, N) = from (M, N) + x (M, K) · w (N, K)ᵀ; out may be from. */
function residual(
  kern: StepKernels,
  out: FloatArray,
  from: FloatArray,
  x: FloatArray,
  w: FloatArray,
  M: number,
  N: number,
  K: number,
): void {
  if (out !== from) out.set(from.subarray(0, M * N));
  kern.forward(out, x, w, null, M, N, K, true);
}
