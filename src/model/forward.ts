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
 * per-layer attention window. The training path (backward.ts) runs the same kernels batched.
 *
 * Deliberately left out: batching (one sequence), padding masks, dropout.
 *
 *   forward(model, [1, 2, 3]).logits → (3, vocab): row t predicts the token after ids[t]
 */
import { attentionForward as attentionJs } from '../kernels/attention.ts';
import { attentionForwardSimd } from '../kernels/attentionSimd.ts';
import { embeddingForward, matmulForward as matmulJs } from '../kernels/matmul.ts';
import { matmulSimd, pinMatrix } from '../kernels/matmulSimd.ts';
import { rmsnormForward } from '../kernels/norm.ts';
import { swigluForward } from '../kernels/activations.ts';
import { lognScales, ropeApplyForward, ropeTables } from '../kernels/ropeApply.ts';
import { invFreq } from '../kernels/rope.ts';
import type { QwenConfig } from './config.ts';
import { checkTokenIds, dims, layerTensors, type QwenModel } from './params.ts';

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
 * Pins the model's matrices (every projection and lm_head) in the SIMD kernel's memory, so
 * inference never copies them again and decoding runs on SIMD too (matmulSimd.ts
 * `pinMatrix`). For models whose weights no longer change: loaded ones, not ones in training.
 * Returns the model.
 */
export function pinForInference(model: QwenModel): QwenModel {
  const w = model.weights;
  for (let l = 0; l < model.config.num_hidden_layers; l++) {
    const p = layerTensors(w, l);
    for (const m of [p.wq, p.wk, p.wv, p.wo, p.wGate, p.wUp, p.wDown]) pinMatrix(m);
  }
  pinMatrix(w['lm_head.weight']);
  return model;
}

/** matmulSimd with matmulForward's argument order (x, w, bias, M, N, K). */
function matmulWasm(
  out: Float32Array,
  x: Float32Array,
  w: Float32Array,
  bias: Float32Array | null,
  M: number,
  N: number,
  K: number,
): void {
  matmulSimd(out, x, w, M, N, K, bias);
}

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
   * Matrix products on the WebAssembly SIMD kernel (matmulSimd.ts, float32 sums, the default)
   * or the plain JavaScript one (matmul.ts, float64 sums — what training uses).
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
  const { V, C, I, L, H, KV, hd, qDim, kvDim } = dims(c);
  const T = ids.length;
  if (T === 0) throw new Error('forward needs at least one token');
  checkTokenIds(ids, V);
  if (options.windows && options.windows.length !== L) {
    throw new Error(`windows needs one entry per layer (${L}), got ${options.windows.length}`);
  }
  const w = model.weights;
  const past = cache ? cache.length : 0;
  const S = past + T;
  if (cache) ensureCapacity(cache, S);
  const collect = options.collect ?? {};
  const js = options.kernel === 'js';
  const matmulForward = js ? matmulJs : matmulWasm;
  const attentionForward = js ? attentionJs : attentionForwardSimd;

  const inverseFrequencies = invFreq(hd, options.ropeBase ?? c.rope_theta);
  const { cos, sin } = ropeTables(inverseFrequencies, past, T);
  const logn = options.lognTrainLength ? lognScales(past, T, options.lognTrainLength) : null;

  const x = new Float32Array(T * C);
  const embed = w['model.embed_tokens.weight'];
  embeddingForward(x, embed, ids, C);

  const xn = new Float32Array(T * C);
  const rms = new Float32Array(T);
  const q = new Float32Array(T * qDim);
  const att = new Float32Array(T * qDim);
  const tmpC = new Float32Array(T * C);
  const gate = new Float32Array(T * I);
  const up = new Float32Array(T * I);
  const hbuf = new Float32Array(T * I);
  const localK = cache ? null : new Float32Array(T * kvDim);
  const localV = cache ? null : new Float32Array(T * kvDim);

  const result: ForwardResult = { logits: new Float32Array(0) };
  if (collect.residualRms) result.residualRms = new Float32Array((L + 1) * T);
  if (collect.attentionProbs) result.attentionProbs = [];
  if (collect.gateActivations) result.gateActivations = [];
  if (collect.logits) result.layerLogits = new Float32Array(L * T * V);
  const finalNorm = w['model.norm.weight'];
  const lmHead = w['lm_head.weight'];

  for (let l = 0; l < L; l++) {
    const p = layerTensors(w, l);
    rmsnormForward(xn, rms, x, p.inputNorm, T, C, c.rms_norm_eps);
    if (result.residualRms) result.residualRms.set(rms, l * T);

    // q, k, v projections; new keys/values go straight into the cache rows past … past+T−1
    const kAll = cache ? cache.layers[l].k : localK!;
    const vAll = cache ? cache.layers[l].v : localV!;
    const kNew = kAll.subarray(past * kvDim, S * kvDim);
    const vNew = vAll.subarray(past * kvDim, S * kvDim);
    matmulForward(q, xn, p.wq, p.bq, T, qDim, C);
    matmulForward(kNew, xn, p.wk, p.bk, T, kvDim, C);
    matmulForward(vNew, xn, p.wv, p.bv, T, kvDim, C);
    ropeApplyForward(q, cos, sin, T, H, hd);
    ropeApplyForward(kNew, cos, sin, T, KV, hd);

    const probs = collect.attentionProbs ? new Float32Array(H * T * S) : null;
    const window = options.windows ? options.windows[l] : Infinity;
    attentionForward(
      att,
      probs,
      q,
      kAll,
      vAll,
      { T, pastLength: past, nHeads: H, nKvHeads: KV, headDim: hd, window },
      logn,
    );
    if (probs) result.attentionProbs!.push(probs);
    matmulForward(tmpC, att, p.wo, null, T, C, qDim);
    for (let i = 0; i < T * C; i++) x[i] += tmpC[i];

    rmsnormForward(xn, rms, x, p.postNorm, T, C, c.rms_norm_eps);
    matmulForward(gate, xn, p.wGate, null, T, I, C);
    matmulForward(up, xn, p.wUp, null, T, I, C);
    const act = collect.gateActivations ? new Float32Array(T * I) : null;
    swigluForward(hbuf, act, gate, up, T * I);
    if (act) result.gateActivations!.push(act);
    matmulForward(tmpC, hbuf, p.wDown, null, T, C, I);
    for (let i = 0; i < T * C; i++) x[i] += tmpC[i];

    if (result.layerLogits && l < L - 1) {
      rmsnormForward(xn, rms, x, finalNorm, T, C, c.rms_norm_eps);
      matmulForward(
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

  rmsnormForward(xn, rms, x, finalNorm, T, C, c.rms_norm_eps);
  if (result.residualRms) result.residualRms.set(rms, L * T);
  if (options.lastOnly && !result.layerLogits) {
    result.logits = new Float32Array(V);
    matmulForward(result.logits, xn.subarray((T - 1) * C), lmHead, null, 1, V, C);
  } else {
    const logits = new Float32Array(T * V);
    matmulForward(logits, xn, lmHead, null, T, V, C);
    if (result.layerLogits) result.layerLogits.set(logits, (L - 1) * T * V);
    result.logits = options.lastOnly ? logits.slice((T - 1) * V) : logits;
  }
  return result;
}
