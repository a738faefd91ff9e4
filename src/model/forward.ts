/**
 * The tiny Qwen's inference forward pass over one sequence of token ids, with a KV cache so
 * decoding one token at a time gives the same logits as one prefill of the whole sequence.
 *
 *   x = embed[ids]
 *   per layer:  h = RMSNorm(x);  q,k,v = h·Wᵀ + b;  RoPE(q, k) at positions past … past+T−1
 *               x += o_proj(GQA-attention(q, K_cache ∪ k, V_cache ∪ v))
 *               h = RMSNorm(x);  x += down(silu(gate(h)) ⊙ up(h))
 *   logits = lm_head(RMSNorm(x))
 *
 * Inference options from the report's long-context tricks: a RoPE base override (dynamic NTK,
 * computed by the caller once at prefill and reused while decoding), LogN query scaling, and a
 * per-layer attention window. Each layer is layer.ts `decoderLayer`, the one the training
 * forward (backward.ts) runs batched.
 *
 * Deliberately left out: batching (one sequence), padding masks, dropout.
 *
 *   forward(model, [1, 2, 3]).logits → (3, vocab): row t predicts the token after ids[t]
 */
import { attentionScratchBytes } from '../kernels/engine/attentionSimd.ts';
import { embeddingForward } from '../kernels/reference/linear.ts';
import { pinMatrix } from '../kernels/engine/matmulSimd.ts';
import { lognScales, ropeTables } from '../kernels/engine/ropeApply.ts';
import { invFreq } from '../kernels/reference/rope.ts';
import { pinFloats, simdAvailable, withFrame } from '../kernels/engine/wasmMemory.ts';
import { syncThreads, wakeThreads } from '../kernels/engine/wasmThreads.ts';
import type { QwenConfig } from './config.ts';
import { decoderLayer, type LayerActs } from './layer.ts';
import { checkTokenIds, dims, layerTensors, type QwenModel } from './params.ts';
import { KERNELS, type StepKernels } from './trainKernels.ts';

/** Past keys and values per layer, RoPE already applied to keys. k, v: (capacity, kvDim). */
export interface KVCache {
  layers: { k: Float32Array; v: Float32Array }[];
  /** Positions already stored. */
  length: number;
  capacity: number;
  kvDim: number;
}

export function createKVCache(config: QwenConfig, capacity = 256): KVCache {
  const { L, kvDim } = dims(config);
  const cap = Math.max(1, capacity);
  const layers = [];
  for (let l = 0; l < L; l++) {
    layers.push({ k: new Float32Array(cap * kvDim), v: new Float32Array(cap * kvDim) });
  }
  return { layers, length: 0, capacity: cap, kvDim };
}

/** Grows the cache (doubling) so it holds at least n positions. */
function ensureCapacity(cache: KVCache, n: number): void {
  if (n <= cache.capacity) return;
  let cap = cache.capacity;
  while (cap < n) cap *= 2;
  for (const layer of cache.layers) {
    const k = new Float32Array(cap * cache.kvDim);
    const v = new Float32Array(cap * cache.kvDim);
    k.set(layer.k.subarray(0, cache.length * cache.kvDim));
    v.set(layer.v.subarray(0, cache.length * cache.kvDim));
    layer.k = k;
    layer.v = v;
  }
  cache.capacity = cap;
}

/**
 * Pins the model's matrices (every projection with its bias, and lm_head) in the SIMD kernels'
 * memory, so inference never copies them again and decoding runs on SIMD too (matmulSimd.ts
 * `pinMatrix`), and touches the scratch a full-context forward pass needs once, so the first
 * call does not wait for the operating system to map fresh pages, nor helper threads to catch
 * up with the grown memory (as a runtime allocates its arena when a session is created). For models whose weights no longer change: loaded ones,
 * not ones in training. Returns the model.
 */
export function pinForInference(model: QwenModel): QwenModel {
  const w = model.weights;
  const { C, I, qDim } = dims(model.config);
  for (let l = 0; l < model.config.num_hidden_layers; l++) {
    const p = layerTensors(w, l);
    for (const m of [p.wq, p.wk, p.wv, p.wGate, p.wUp]) pinMatrix(m, C);
    pinMatrix(p.wo, qDim);
    pinMatrix(p.wDown, I);
    for (const bias of [p.bq, p.bk, p.bv]) pinFloats(bias);
  }
  pinMatrix(w['lm_head.weight'], C);
  if (simdAvailable()) {
    const n = model.config.max_position_embeddings;
    const bytes = scratchBytes(model.config, n, n, {});
    withFrame((frame) => {
      frame.reserve(bytes);
      frame.floats(Math.floor(bytes / 4)).fill(0);
    });
    syncThreads(); // helper threads see the grown memory now, not in the first pass
  }
  return model;
}

/** From this many tokens a pass splits its products across helper threads (wasmThreads.ts). */
const WAKE_ROWS = 16;

export interface ForwardOptions {
  collect?: {
    /** RMS of the residual stream entering each layer and after the last one. */
    residualRms?: boolean;
    /** Attention probabilities per layer. */
    attentionProbs?: boolean;
    /** silu(gate(x)) per layer. */
    gateActivations?: boolean;
    /** Logit lens: lm_head(RMSNorm(residual)) after every layer. */
    logits?: boolean;
    /**
     * The residual stream itself: after the embedding, and after each attention block and each
     * MLP block (what direct logit attribution splits the final logit into).
     */
    residualStream?: boolean;
    /**
     * Each layer's queries and keys after RoPE: enough to recompute any one position's
     * attention row without keeping every layer's (heads, T, S) probabilities.
     */
    queriesKeys?: boolean;
  };
  /** RoPE base override (dynamic NTK). Default: config.rope_theta. */
  ropeBase?: number;
  /** Qwen LogN: scale q at position p by log(p+1)/log(L) when p+1 > L. */
  lognTrainLength?: number;
  /** Per-layer attention window (keys seen, including itself); Infinity = full. */
  windows?: number[];
  /** Compute logits only for the last position (decoding, generation). Default false. */
  lastOnly?: boolean;
  /**
   * Compute logits only for positions from … T−1 (the rows someone will read), so `logits` is
   * (T − logitsFrom, vocab). Default 0. Not with lastOnly or the logit lens.
   */
  logitsFrom?: number;
  /**
   * Matrix products on the WebAssembly SIMD kernel (matmulSimd.ts, float32 sums, the default)
   * or the plain JavaScript one (matmul.ts, float64 sums — the readable reference).
   */
  kernel?: 'wasm' | 'js';
}

export interface ForwardResult {
  /** (T, vocab), or (1, vocab) with lastOnly. */
  logits: Float32Array;
  /** (layers + 1, T): sqrt(mean(x²) + eps) of the residual entering each layer, then final. */
  residualRms?: Float32Array;
  /** Per layer: (heads, T, past + T), row t of head h sums to 1 over visible keys. */
  attentionProbs?: Float32Array[];
  /** Per layer: (T, intermediate) silu(gate(x)). */
  gateActivations?: Float32Array[];
  /** Logit lens (layers, T, vocab): the last layer's slice equals `logits`. */
  layerLogits?: Float32Array;
  /**
   * (2·layers + 1, T, hidden): stage 0 = embedding, stage 2l+1 = after layer l's attention
   * block, stage 2l+2 = after its MLP block (the last stage is what the final RMSNorm reads).
   */
  residualStream?: Float32Array;
  /** Per layer: (T, heads·head_dim) queries and (past + T, kv_heads·head_dim) keys, after RoPE. */
  queries?: Float32Array[];
  keys?: Float32Array[];
}

/**
 * Runs the model on `ids`, appending their keys/values to `cache` when given (positions
 * continue from cache.length). Without a cache the sequence starts at position 0.
 */
export function forward(
  model: QwenModel,
  ids: ArrayLike<number>,
  cache: KVCache | null = null,
  options: ForwardOptions = {},
): ForwardResult {
  const c = model.config;
  const { V, L } = dims(c);
  const T = ids.length;
  if (T === 0) throw new Error('forward needs at least one token');
  checkTokenIds(ids, V);
  if (options.windows && options.windows.length !== L) {
    throw new Error(`windows needs one entry per layer (${L}), got ${options.windows.length}`);
  }
  const from = options.logitsFrom ?? 0;
  if (from !== 0 && (options.lastOnly || options.collect?.logits || !(from > 0 && from < T))) {
    throw new Error(`logitsFrom ${from} needs 0 < logitsFrom < ${T}, without lastOnly or the lens`);
  }
  if (cache) ensureCapacity(cache, cache.length + T);
  if (options.kernel === 'js' || !simdAvailable()) {
    return run(model, ids, cache, options, KERNELS.js, (n) => new Float32Array(n));
  }
  // Activations live in wasm memory for the duration of the call, so the kernels use them in
  // place; the results are plain arrays.
  if (T >= WAKE_ROWS) wakeThreads(); // helpers will get parts: let them wake up meanwhile
  return withFrame((frame) => {
    frame.reserve(scratchBytes(c, T, (cache ? cache.length : 0) + T, options));
    return run(model, ids, cache, options, KERNELS.simd, frame.floats);
  });
}

/** Upper bound of the wasm memory one forward call takes (its views, then its kernels' scratch). */
function scratchBytes(c: QwenConfig, T: number, S: number, options: ForwardOptions): number {
  const { V, C, I, H, KV, hd, qDim, kvDim } = dims(c);
  const views = 3 * T * C + 2 * T + 2 * T * qDim + 3 * T * I + 2 * S * kvDim;
  // the largest product copy: lm_head's weights and a (T, V) output outside wasm memory
  const product = V * C + T * V + T * Math.max(C, I, qDim) + Math.max(V, I);
  const shape = { T, pastLength: S - T, nHeads: H, nKvHeads: KV, headDim: hd };
  const attention = attentionScratchBytes(shape, !!options.collect?.attentionProbs);
  return 4 * (views + product) + attention + 64 * 1024;
}

function run(
  model: QwenModel,
  ids: ArrayLike<number>,
  cache: KVCache | null,
  options: ForwardOptions,
  kernels: StepKernels,
  floats: (n: number) => Float32Array,
): ForwardResult {
  const c = model.config;
  const { V, C, I, L, H, hd, qDim, kvDim } = dims(c);
  const T = ids.length;
  const w = model.weights;
  const past = cache ? cache.length : 0;
  const S = past + T;
  const collect = options.collect ?? {};

  const inverseFrequencies = invFreq(hd, options.ropeBase ?? c.rope_theta);
  const { cos, sin } = ropeTables(inverseFrequencies, past, T);
  const logn = options.lognTrainLength ? lognScales(past, T, options.lognTrainLength) : null;

  const x = floats(T * C);
  const embed = w['model.embed_tokens.weight'];
  embeddingForward(x, embed, ids, C);

  // one scratch for every layer: (T, C) xn, (T, qDim) q and att, (T, I) gate, up and h
  const xn = floats(T * C);
  const q = floats(T * qDim);
  const localK = cache ? null : floats(T * kvDim);
  const localV = cache ? null : floats(T * kvDim);
  const a: LayerActs = {
    xIn: x,
    rms1: floats(T),
    xn1: xn,
    q,
    k: cache ? cache.layers[0].k : localK!, // set per layer below
    v: cache ? cache.layers[0].v : localV!,
    probs: null,
    att: floats(T * qDim),
    xMid: collect.residualStream ? floats(T * C) : x, // its own buffer only for the stream
    rms2: floats(T),
    xn2: xn,
    gate: floats(T * I),
    up: floats(T * I),
    h: floats(T * I),
    xOut: x,
  };
  const rms = a.rms2;

  const result: ForwardResult = { logits: new Float32Array(0) };
  if (collect.residualRms) result.residualRms = new Float32Array((L + 1) * T);
  if (collect.attentionProbs) result.attentionProbs = [];
  if (collect.gateActivations) result.gateActivations = [];
  if (collect.logits) result.layerLogits = new Float32Array(L * T * V);
  const stream = collect.residualStream ? new Float32Array((2 * L + 1) * T * C) : null;
  if (stream) {
    stream.set(x, 0);
    result.residualStream = stream;
  }
  const finalNorm = w['model.norm.weight'];
  const lmHead = w['lm_head.weight'];

  for (let l = 0; l < L; l++) {
    // keys and values (S, kvDim): the cache's (capacity rows), this call filling rows past … S−1
    const kAll = cache ? cache.layers[l].k : localK!;
    a.k = kAll;
    a.v = cache ? cache.layers[l].v : localV!;
    a.probs = collect.attentionProbs ? new Float32Array(H * T * S) : null;
    a.act = collect.gateActivations ? new Float32Array(T * I) : null;
    const window = options.windows ? options.windows[l] : Infinity;
    const at = { B: 1, T, past, cos, sin, window, logn };
    decoderLayer(kernels, c, layerTensors(w, l), a, at);

    if (result.residualRms) result.residualRms.set(a.rms1, l * T);
    if (collect.queriesKeys) {
      (result.queries ??= []).push(q.slice());
      (result.keys ??= []).push(kAll.slice(0, S * kvDim));
    }
    if (a.probs) result.attentionProbs!.push(a.probs);
    if (a.act) result.gateActivations!.push(a.act);
    if (stream) {
      stream.set(a.xMid, (2 * l + 1) * T * C);
      stream.set(x, (2 * l + 2) * T * C);
    }

    if (result.layerLogits && l < L - 1) {
      kernels.rmsnorm(xn, rms, x, finalNorm, T, C, c.rms_norm_eps);
      kernels.forward(
        result.layerLogits.subarray(l * T * V, (l + 1) * T * V),
        xn,
        lmHead,
        null,
        T,
        V,
        C,
      );
    }
  }
  if (cache) cache.length = S;

  kernels.rmsnorm(xn, rms, x, finalNorm, T, C, c.rms_norm_eps);
  if (result.residualRms) result.residualRms.set(rms, L * T);
  if (options.lastOnly && !result.layerLogits) {
    result.logits = new Float32Array(V);
    kernels.forward(result.logits, xn.subarray((T - 1) * C), lmHead, null, 1, V, C);
  } else {
    const from = options.logitsFrom ?? 0;
    const logits = new Float32Array((T - from) * V);
    kernels.forward(logits, xn.subarray(from * C), lmHead, null, T - from, V, C);
    if (result.layerLogits) result.layerLogits.set(logits, (L - 1) * T * V);
    result.logits = options.lastOnly ? logits.slice((T - 1) * V) : logits;
  }
  return result;
}
