/**
 * Shared fixtures for the model tests: a micro configuration and float64 models for
 * gradient checks.
 */
import type { QwenConfig } from '../../../src/model/config.ts';
import { createRng } from '../../../src/kernels/reference/random.ts';
import { paramLayout, viewsOf, type ModelLike } from '../../../src/model/params.ts';
import { numel } from '../../../src/model/weights.ts';

/** vocab 20, hidden 8, 2 layers, 2 query heads sharing 1 KV head (head dim 4), MLP 16. */
export const MICRO: QwenConfig = {
  model_type: 'qwen2',
  vocab_size: 20,
  hidden_size: 8,
  intermediate_size: 16,
  num_hidden_layers: 2,
  num_attention_heads: 2,
  num_key_value_heads: 1,
  rms_norm_eps: 1e-6,
  rope_theta: 10000,
  max_position_embeddings: 16,
  tie_word_embeddings: false,
  bos_token_id: 0,
  eos_token_id: 1,
};

/**
 * Big enough for every SIMD training kernel (≥ 2,048 values a call, rows of whole v128s):
 * vocab 37, hidden 64, MLP 100, 2 query heads sharing 1 KV head (head dim 32), 40 positions.
 */
export const MEDIUM: QwenConfig = {
  ...MICRO,
  vocab_size: 37,
  hidden_size: 64,
  intermediate_size: 100,
  num_attention_heads: 2,
  num_key_value_heads: 1,
  max_position_embeddings: 40,
};

/**
 * A model whose every parameter (norm weights and biases too) is random, so every gradient
 * path is exercised: matrices N(0, std²), biases N(0, 0.1²), norm weights 1 + N(0, 0.1²).
 */
export function randomFlat(
  config: QwenConfig,
  seed: number,
  std: number,
  ctor: Float64ArrayConstructor | Float32ArrayConstructor,
) {
  const layout = paramLayout(config);
  const flat = new ctor(layout.size);
  const rng = createRng(seed);
  layout.specs.forEach((s, i) => {
    const off = layout.offsets[i];
    for (let j = 0; j < numel(s.shape); j++) {
      const z = rng.normal();
      flat[off + j] = s.kind === 'norm' ? 1 + 0.1 * z : s.kind === 'bias' ? 0.1 * z : std * z;
    }
  });
  return { layout, flat, weights: viewsOf(layout, flat) };
}

export function model64(
  config: QwenConfig,
  seed: number,
  std = 0.5,
): { model: ModelLike; flat: Float64Array } {
  const { flat, weights } = randomFlat(config, seed, std, Float64Array);
  return { model: { config, weights }, flat: flat as Float64Array };
}

export function randomIds(n: number, vocab: number, seed: number): Int32Array {
  const rng = createRng(seed);
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = rng.int(vocab);
  return ids;
}
