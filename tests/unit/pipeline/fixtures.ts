/**
 * Shared fixtures for the pipeline tests: a micro Qwen2 with random weights (every bias and
 * norm weight random too), written as a Hugging Face folder with a small BPE tokenizer trained
 * on the corpus, and loaded by transformers.js (ONNX Runtime, CPU) from that folder only.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoModelForCausalLM, AutoTokenizer, env } from '@huggingface/transformers';
import type { PreTrainedModel, PreTrainedTokenizer } from '@huggingface/transformers';
import { createRng } from '../../../src/kernels/reference/random.ts';
import type { QwenConfig } from '../../../src/model/config.ts';
import type { QwenModel } from '../../../src/model/params.ts';
import { TINY_MODEL_PATH } from '../../../src/runtime/tinyModel.ts';
import { numel, paramSpecs, type Weights } from '../../../src/model/weights.ts';
import { buildCorpus } from '../../../src/corpus/build.ts';
import { writeHfFolder } from '../../../scripts/export/hf.ts';
import { tinyConfig } from '../../../src/model/tiny.ts';
import {
  tokenizerFiles,
  trainTinyTokenizer,
  type TinyTokenizer,
} from '../../../scripts/train/tokenizer.ts';

export const COMMITTED_DIR = `public/${TINY_MODEL_PATH}`;

/** A micro model over a 400-token BPE vocabulary: hidden 32, 2 layers, 4 q / 2 kv heads. */
export function microTokenizer(): TinyTokenizer {
  return trainTinyTokenizer(buildCorpus(1), 400);
}

export function microConfig(tt: TinyTokenizer): QwenConfig {
  return tinyConfig(
    { hidden: 32, layers: 2, heads: 4, kvHeads: 2, intermediate: 64, context: 128 },
    tt.vocab.size,
    tt.special.endOfText,
  );
}

/** Random weights: matrices N(0, 0.3²) so logits spread, biases N(0, 0.1²), norms 1 + N(0, 0.1²). */
export function randomWeights(c: QwenConfig, seed: number): Weights {
  const rng = createRng(seed);
  const w: Weights = {};
  for (const s of paramSpecs(c)) {
    const t = new Float32Array(numel(s.shape));
    for (let i = 0; i < t.length; i++) {
      const z = rng.normal();
      t[i] = s.kind === 'norm' ? 1 + 0.1 * z : s.kind === 'bias' ? 0.1 * z : 0.3 * z;
    }
    w[s.name] = t;
  }
  return w;
}

/** Writes `<root>/<id>/` in HF layout and returns root (for env.localModelPath). */
export function writeMicroFolder(id: string, model: QwenModel, tt: TinyTokenizer): string {
  const root = mkdtempSync(join(tmpdir(), 'tiny-qwen-test-'));
  const files = tokenizerFiles(tt.vocab, model.config.max_position_embeddings);
  writeHfFolder(join(root, id), {
    config: model.config,
    weights: model.weights,
    imEndId: tt.special.imEnd,
    tokenizerJson: files.json,
    tokenizerConfig: files.config,
  });
  return root;
}

/** Loads `<root>/<id>` through transformers.js with no network access. */
export async function loadWithTransformersJs(
  root: string,
  id: string,
): Promise<{ model: PreTrainedModel; tokenizer: PreTrainedTokenizer }> {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = root.endsWith('/') ? root : root + '/';
  const model = await AutoModelForCausalLM.from_pretrained(id, { device: 'cpu', dtype: 'fp32' });
  const tokenizer = await AutoTokenizer.from_pretrained(id);
  return { model, tokenizer };
}

/** Argmax over a row of logits (a loop: never Math.max(...row)). */
export function argmax(row: ArrayLike<number>, offset = 0, n = row.length - offset): number {
  let best = 0;
  for (let v = 1; v < n; v++) if (row[offset + v] > row[offset + best]) best = v;
  return best;
}
