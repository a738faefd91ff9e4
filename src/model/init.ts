/**
 * Seeded weight initialization in paramSpecs order: matrices and embeddings ~ N(0, 0.02²),
 * biases 0, norm weights 1 (GPT-2 / Qwen2 `initializer_range` 0.02). The same seed gives the
 * same model everywhere.
 *
 * Deliberately left out: scaled init of residual projections (GPT-2's 1/√(2L)); at 4 layers it
 * changes little.
 *
 *   initModel(config, 42).weights['model.norm.weight'] → all ones
 */
import { createRng } from '../kernels/reference/random.ts';
import { validateConfig, type QwenConfig } from './config.ts';
import { paramLayout, viewsOf, type QwenModel } from './params.ts';
import { numel } from './weights.ts';

export const INIT_STD = 0.02;

/** Fills a flat buffer laid out by paramLayout(config). */
export function initFlatParams(config: QwenConfig, seed: number, std = INIT_STD): Float32Array {
  validateConfig(config);
  const layout = paramLayout(config);
  const flat = new Float32Array(layout.size);
  const rng = createRng(seed);
  layout.specs.forEach((s, i) => {
    const off = layout.offsets[i];
    const n = numel(s.shape);
    if (s.kind === 'norm') flat.fill(1, off, off + n);
    else if (s.kind === 'bias') flat.fill(0, off, off + n);
    else for (let j = 0; j < n; j++) flat[off + j] = rng.normal() * std;
  });
  return flat;
}

/** A freshly initialized model whose tensors are views into one flat buffer. */
export function initModel(config: QwenConfig, seed: number, std = INIT_STD): QwenModel {
  const flat = initFlatParams(config, seed, std);
  return { config, weights: viewsOf(paramLayout(config), flat) };
}
