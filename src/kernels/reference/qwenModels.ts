/**
 * The Qwen-1 models of the report, written once: every lab and kernel that shows Qwen-1.8B, 7B or
 * 14B (parameter counts in the Model lab, KV-cache memory in the Long-context lab, their tests)
 * reads its sizes from `QWEN1_MODELS`.
 *
 * The vocabulary, two figures: the tokenizer has 151,851 tokens; `vocab_size` in config.json,
 * the number of rows of the embedding and of lm_head, is that count padded up for the GPU:
 * 151,936 for Qwen-1.8B and Qwen-7B, 152,064 for Qwen-14B. Memory and parameter counts use the
 * padded figure (`arch.vocab`), since those rows are stored and multiplied like any other.
 *
 *   QWEN1_MODELS[1].arch → { vocab: 151936, hidden: 4096, layers: 32, heads: 32, … } (Qwen-7B)
 */
import type { ArchConfig } from './paramCount.ts';

/**
 * A Qwen-1 model as the report and its Hugging Face config.json describe it.
 * Table 1 of the report (arXiv 2309.16609, §2.3): parameters, hidden size, heads, layers,
 * learning rate, batch size (tokens), training tokens.
 */
export interface QwenReportModel {
  name: string;
  arch: ArchConfig;
  /** `intermediate_size` as written in config.json: both SwiGLU input branches together. */
  configIntermediate: number;
  /** `seq_length` in config.json (the training context in the report was 2048). */
  configContext: number;
  learningRate: number;
  /** Tokens per optimizer step. */
  batchTokens: number;
  trainingTokens: number;
}

/*
 * Sources, each number checked against two of them:
 *  - Report Table 1 (arXiv 2309.16609): 1.8B = 2048 hidden, 16 heads, 24 layers, 2.2T tokens;
 *    7B = 4096, 32, 32, 2.4T; 14B = 5120, 40, 40, 3.0T; peak learning rate 3.0e-4 and a batch of
 *    4M tokens for all three. github.com/QwenLM/Qwen tech_memo.md confirms 7B: 32 layers, width
 *    4096, 32 heads, peak lr 3e-4, batch 2048 sequences × 2048 tokens ≈ 4M tokens; README.md lists
 *    2.2T / 2.4T / 3.0T pretraining tokens.
 *  - huggingface.co/Qwen/Qwen-1_8B, Qwen/Qwen-7B, Qwen/Qwen-14B config.json: intermediate_size
 *    11008 / 22016 / 27392 (modeling_qwen.py QWenMLP: w1, w2 each intermediate_size // 2, so
 *    5504 / 11008 / 13696 per branch), kv_channels 128, num_attention_heads = heads (MHA, no
 *    GQA in Qwen-1), no_bias true (except c_attn, the fused q/k/v with bias), untied lm_head,
 *    vocab_size 151936 / 151936 / 152064 (padded from 151,851 tokens; subtle: 14B pads further
 *    to 152,064), seq_length 8192 / 8192 / 2048.
 * Qwen-1 checkpoints fuse q, k, v into one c_attn (hidden → 3·hidden) with bias; the counts are
 * the same as three separate projections.
 * Totals from these numbers: 1,836,828,672 / 7,721,324,544 / 14,167,290,880.
 */
const qwen1 = (
  name: string,
  hidden: number,
  heads: number,
  layers: number,
  configIntermediate: number,
  /** config.json `vocab_size`: embedding rows, the tokenizer's 151,851 padded (see above). */
  vocab: number,
  configContext: number,
  trainingTokens: number,
): QwenReportModel => ({
  name,
  arch: {
    vocab,
    hidden,
    layers,
    heads,
    kvHeads: heads,
    headDim: hidden / heads,
    intermediate: configIntermediate / 2,
    qkvBias: true,
    tiedEmbeddings: false,
  },
  configIntermediate,
  configContext,
  learningRate: 3e-4,
  batchTokens: 4e6,
  trainingTokens,
});

export const QWEN1_MODELS: readonly QwenReportModel[] = [
  qwen1('Qwen-1.8B', 2048, 16, 24, 11008, 151936, 8192, 2.2e12),
  qwen1('Qwen-7B', 4096, 32, 32, 22016, 151936, 8192, 2.4e12),
  qwen1('Qwen-14B', 5120, 40, 40, 27392, 152064, 2048, 3.0e12),
];
