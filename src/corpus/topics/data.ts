/**
 * Corpus topics about text, data and the basics of training and decoding around the Qwen report:
 * what a token is, regex pre-tokenization, the compression rate (Figure 3), special tokens and the
 * Chinese extension of cl100k_base (§2.2); pretraining data, deduplication and quality filtering
 * (§2.1); the three model sizes and AdamW (§2.4); Code-Qwen, Math-Qwen-Chat and tool use; and the
 * embedding table, the LM head, next-token prediction, temperature and top-k / top-p sampling.
 *
 * Deliberately left out: BPE, the vocabulary size and digit splitting (tokenizer.ts),
 * architecture details such as RoPE, RMSNorm and untied embeddings (architecture.ts), and
 * ChatML, ReAct and RLHF (alignment.ts). Benchmark scores are not quoted.
 *
 * One file per topic in ./data/, listed here in corpus order (build.ts joins the
 * groups into TOPICS in this order, and the composed corpus follows it).
 */
import type { Topic } from '../types.ts';
import { tokens } from './data/tokens.ts';
import { pretokenize } from './data/pretokenize.ts';
import { compression } from './data/compression.ts';
import { specialTokens } from './data/special-tokens.ts';
import { chineseVocab } from './data/chinese-vocab.ts';
import { pretrainData } from './data/pretrain-data.ts';
import { dedup } from './data/dedup.ts';
import { qualityFilter } from './data/quality-filter.ts';
import { qwenSizes } from './data/qwen-sizes.ts';
import { codeQwen } from './data/code-qwen.ts';
import { mathQwen } from './data/math-qwen.ts';
import { toolUse } from './data/tool-use.ts';
import { embedding } from './data/embedding.ts';
import { lmHead } from './data/lm-head.ts';
import { nextToken } from './data/next-token.ts';
import { adamw } from './data/adamw.ts';
import { temperature } from './data/temperature.ts';
import { topKTopP } from './data/top-k-top-p.ts';

export const DATA_TOPICS: Topic[] = [
  tokens,
  pretokenize,
  compression,
  specialTokens,
  chineseVocab,
  pretrainData,
  dedup,
  qualityFilter,
  qwenSizes,
  codeQwen,
  mathQwen,
  toolUse,
  embedding,
  lmHead,
  nextToken,
  adamw,
  temperature,
  topKTopP,
];
