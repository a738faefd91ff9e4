/**
 * The models the lab compares: the tiny Qwen, read from its loaded config.json, and Qwen-1.8B,
 * 7B and 14B from report Table 1 and their config.json (src/kernels/reference/paramCount.ts holds those
 * numbers and their sources). Parameter counts come from the paramCount kernel.
 */
import {
  paramCount,
  type ArchConfig,
  type ParamBreakdown,
} from '../../kernels/reference/paramCount.ts';
import { QWEN1_MODELS } from '../../kernels/reference/qwenModels.ts';
import { headDim, type QwenConfig } from '../../model/config.ts';
import type { ModelId } from './meta.ts';

export interface LabModel {
  id: ModelId;
  name: string;
  arch: ArchConfig;
  counts: ParamBreakdown;
  /** `intermediate_size` as its config.json writes it (Qwen-1: both SwiGLU branches summed). */
  configIntermediate: number;
  context: number;
  /** Report Table 1; absent for the tiny model (its training is described in its model card). */
  training?: { learningRate: number; batchTokens: number; trainingTokens: number };
}

/** The tiny model's architecture from its Hugging Face Qwen2 config (bias on q, k, v). */
export function tinyArch(c: QwenConfig): ArchConfig {
  return {
    vocab: c.vocab_size,
    hidden: c.hidden_size,
    layers: c.num_hidden_layers,
    heads: c.num_attention_heads,
    kvHeads: c.num_key_value_heads,
    headDim: headDim(c),
    intermediate: c.intermediate_size,
    qkvBias: true,
    tiedEmbeddings: c.tie_word_embeddings,
  };
}

const QWEN_IDS: Record<string, ModelId> = {
  'Qwen-1.8B': 'qwen-1_8b',
  'Qwen-7B': 'qwen-7b',
  'Qwen-14B': 'qwen-14b',
};

export const QWEN_LAB_MODELS: readonly LabModel[] = QWEN1_MODELS.map((m) => ({
  id: QWEN_IDS[m.name],
  name: m.name,
  arch: m.arch,
  counts: paramCount(m.arch),
  configIntermediate: m.configIntermediate,
  context: m.configContext,
  training: {
    learningRate: m.learningRate,
    batchTokens: m.batchTokens,
    trainingTokens: m.trainingTokens,
  },
}));

export function tinyLabModel(c: QwenConfig): LabModel {
  const arch = tinyArch(c);
  return {
    id: 'tiny',
    name: 'tiny-qwen',
    arch,
    counts: paramCount(arch),
    configIntermediate: c.intermediate_size,
    context: c.max_position_embeddings,
  };
}
