/**
 * All parameters of the model in one flat buffer, with named views in paramSpecs order.
 * One flat buffer makes the optimizer, the global gradient norm and sending gradients between
 * workers single loops / single transfers, while the model still reads tensors by HF name.
 *
 * Deliberately left out: sharding and mixed precision.
 *
 *   tiny: embed_tokens at offset 0, then layer 0's input_layernorm at offset vocab·hidden, …
 */
import type { QwenConfig } from './config.ts';
import { headDim } from './config.ts';
import { numel, paramSpecs, type ParamSpec, type Weights } from './weights.ts';

import type { FloatArray } from '../kernels/reference/types.ts';
/** Named tensors of either precision (float64 only for gradient checks). */
export type Tensors = Record<string, FloatArray>;

/** The model as the numeric code sees it: a config and tensors by HF name. */
export interface QwenModel {
  config: QwenConfig;
  weights: Weights;
}

/** Same, of either precision (the training path also runs in float64 for gradient checks). */
export interface ModelLike {
  config: QwenConfig;
  weights: Tensors;
}

export interface ParamLayout {
  specs: ParamSpec[];
  /** offsets[i]: where specs[i] starts in the flat buffer. */
  offsets: number[];
  size: number;
}

export function paramLayout(c: QwenConfig): ParamLayout {
  const specs = paramSpecs(c);
  const offsets: number[] = [];
  let size = 0;
  for (const s of specs) {
    offsets.push(size);
    size += numel(s.shape);
  }
  return { specs, offsets, size };
}

/** Named views into a flat buffer laid out by `layout`. */
export function viewsOf<A extends FloatArray>(layout: ParamLayout, flat: A): Record<string, A> {
  if (flat.length !== layout.size) {
    throw new Error(`flat parameter buffer has ${flat.length} values, layout needs ${layout.size}`);
  }
  const out: Record<string, A> = {};
  layout.specs.forEach((s, i) => {
    out[s.name] = flat.subarray(layout.offsets[i], layout.offsets[i] + numel(s.shape)) as A;
  });
  return out;
}

/** Copies named tensors into a new flat Float32Array in layout order. */
export function packWeights(layout: ParamLayout, weights: Tensors): Float32Array {
  const flat = new Float32Array(layout.size);
  layout.specs.forEach((s, i) => {
    const t = weights[s.name];
    if (!t || t.length !== numel(s.shape))
      throw new Error(`weights: tensor "${s.name}" missing or wrong size`);
    flat.set(t, layout.offsets[i]);
  });
  return flat;
}

/** One decoder layer's tensors by role. */
export interface LayerTensors<A extends FloatArray = FloatArray> {
  inputNorm: A;
  wq: A;
  bq: A;
  wk: A;
  bk: A;
  wv: A;
  bv: A;
  wo: A;
  postNorm: A;
  wGate: A;
  wUp: A;
  wDown: A;
}

export function layerTensors<A extends FloatArray>(
  w: Record<string, A>,
  l: number,
): LayerTensors<A> {
  const p = `model.layers.${l}.`;
  const get = (n: string): A => {
    const t = w[p + n];
    if (!t) throw new Error(`weights are missing tensor "${p + n}"`);
    return t;
  };
  return {
    inputNorm: get('input_layernorm.weight'),
    wq: get('self_attn.q_proj.weight'),
    bq: get('self_attn.q_proj.bias'),
    wk: get('self_attn.k_proj.weight'),
    bk: get('self_attn.k_proj.bias'),
    wv: get('self_attn.v_proj.weight'),
    bv: get('self_attn.v_proj.bias'),
    wo: get('self_attn.o_proj.weight'),
    postNorm: get('post_attention_layernorm.weight'),
    wGate: get('mlp.gate_proj.weight'),
    wUp: get('mlp.up_proj.weight'),
    wDown: get('mlp.down_proj.weight'),
  };
}

/** Sizes used everywhere in the model code. */
export function dims(c: QwenConfig) {
  const hd = headDim(c);
  return {
    V: c.vocab_size,
    C: c.hidden_size,
    I: c.intermediate_size,
    L: c.num_hidden_layers,
    H: c.num_attention_heads,
    KV: c.num_key_value_heads,
    hd,
    qDim: c.num_attention_heads * hd,
    kvDim: c.num_key_value_heads * hd,
  };
}

/** Throws a clear error for a token id outside [0, vocab). */
export function checkTokenIds(ids: ArrayLike<number>, vocab: number): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (!Number.isInteger(id) || id < 0 || id >= vocab) {
      throw new Error(`token id ${id} at position ${i} is outside the vocabulary [0, ${vocab})`);
    }
  }
}
