/**
 * The tiny Qwen's configuration, in the field names of a Hugging Face Qwen2 `config.json`,
 * so the same object is written to disk, read by transformers.js and used by the TS model.
 *
 * Deliberately left out: sliding-window fields, rope_scaling (the Long-context lab passes
 * scaling as a forward option instead, since the report applies it only at inference).
 */
export interface QwenConfig {
  model_type: 'qwen2';
  vocab_size: number;
  hidden_size: number;
  intermediate_size: number;
  num_hidden_layers: number;
  num_attention_heads: number;
  num_key_value_heads: number;
  rms_norm_eps: number;
  rope_theta: number;
  /** The training context; positions beyond it are "long context" for the labs. */
  max_position_embeddings: number;
  tie_word_embeddings: false;
  bos_token_id: number;
  eos_token_id: number;
}

/** Head dimension: hidden / query heads. tiny: 128 / 4 = 32. */
export function headDim(c: QwenConfig): number {
  return c.hidden_size / c.num_attention_heads;
}

/** Throws with a clear message when the sizes cannot form a Qwen2 model. */
export function validateConfig(c: QwenConfig): void {
  const check = (ok: boolean, msg: string) => {
    if (!ok) throw new Error(`invalid model config: ${msg}`);
  };
  for (const k of [
    'vocab_size',
    'hidden_size',
    'intermediate_size',
    'num_hidden_layers',
    'num_attention_heads',
    'num_key_value_heads',
  ] as const) {
    check(Number.isInteger(c[k]) && c[k] > 0, `${k} must be a positive integer, got ${c[k]}`);
  }
  check(
    c.hidden_size % c.num_attention_heads === 0,
    'hidden_size must divide by num_attention_heads',
  );
  check(headDim(c) % 2 === 0, 'head dimension must be even for RoPE');
  check(
    c.num_attention_heads % c.num_key_value_heads === 0,
    'num_attention_heads must be a multiple of num_key_value_heads (grouped-query attention)',
  );
  check(c.rope_theta > 1, 'rope_theta must be greater than 1');
  check(c.rms_norm_eps > 0, 'rms_norm_eps must be positive');
}
