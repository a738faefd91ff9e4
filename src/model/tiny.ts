/**
 * The tiny Qwen's sizes, written once: `npm run train`, the corpus (the model's "who are you"
 * reply), the benches, the labs and the tests all read them from here. The committed model in
 * public/models/tiny-qwen/ was trained with exactly these (a unit test checks its config.json).
 *
 *   tinyConfig(TINY_SIZES, 2003, 2000) → { model_type: 'qwen2', hidden_size: 128, … }
 *
 * Deliberately left out: training hyper-parameters (scripts/train/pipeline.ts).
 */
import type { AttentionSizes } from '../kernels/reference/kvCache.ts';
import type { QwenConfig } from './config.ts';

export interface ModelSizes {
  hidden: number;
  layers: number;
  heads: number;
  kvHeads: number;
  /** SwiGLU hidden size (≈ 8/3 · hidden, a multiple of 32). */
  intermediate: number;
  /** Training context in tokens (max_position_embeddings). */
  context: number;
}

export const TINY_SIZES: ModelSizes = {
  hidden: 128,
  layers: 4,
  heads: 4,
  kvHeads: 2,
  intermediate: 352,
  context: 512,
};

/** BPE vocabulary of the tiny tokenizer: 256 bytes + merges (the 3 special tokens come on top). */
export const TINY_VOCAB = 3000;

/** The model config for given sizes and tokenizer. */
export function tinyConfig(s: ModelSizes, vocabSize: number, endOfText: number): QwenConfig {
  return {
    model_type: 'qwen2',
    vocab_size: vocabSize,
    hidden_size: s.hidden,
    intermediate_size: s.intermediate,
    num_hidden_layers: s.layers,
    num_attention_heads: s.heads,
    num_key_value_heads: s.kvHeads,
    rms_norm_eps: 1e-6,
    rope_theta: 10000,
    max_position_embeddings: s.context,
    tie_word_embeddings: false,
    bos_token_id: endOfText,
    eos_token_id: endOfText,
  };
}

/** Special tokens after the BPE vocabulary: <|endoftext|>, <|im_start|>, <|im_end|>. */
export const TINY_SPECIAL_TOKENS = 3;

/** The tiny model's sizes in the terms of the cost formulas (kvCache.ts), before it is loaded. */
export const TINY_ATTENTION_SIZES: AttentionSizes = {
  layers: TINY_SIZES.layers,
  hidden: TINY_SIZES.hidden,
  heads: TINY_SIZES.heads,
  kvHeads: TINY_SIZES.kvHeads,
  headDim: TINY_SIZES.hidden / TINY_SIZES.heads,
  intermediate: TINY_SIZES.intermediate,
  vocab: TINY_VOCAB + TINY_SPECIAL_TOKENS,
};
