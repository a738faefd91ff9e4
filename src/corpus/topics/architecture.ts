/**
 * Corpus topics about the Qwen architecture and training setup (report §2.3–2.4): RoPE and its
 * base, RMSNorm, Pre-Norm, SwiGLU, untied embeddings, QKV bias, Flash attention, the 2048
 * context and BF16, each with names, held-out questions, follow-up replies and a comparison.
 *
 * Deliberately left out: long-context tricks (long-context.ts), general attention
 * background such as softmax, GQA, LayerNorm and FP32 RoPE (attention.ts), and alignment.
 *
 * One file per topic in ./architecture/, listed here in corpus order (build.ts joins the
 * groups into TOPICS in this order, and the composed corpus follows it).
 */
import type { Topic } from '../types.ts';
import { rope } from './architecture/rope.ts';
import { ropeBase } from './architecture/rope-base.ts';
import { rmsnorm } from './architecture/rmsnorm.ts';
import { preNorm } from './architecture/pre-norm.ts';
import { swiglu } from './architecture/swiglu.ts';
import { untied } from './architecture/untied.ts';
import { qkvBias } from './architecture/qkv-bias.ts';
import { flashAttention } from './architecture/flash-attention.ts';
import { context2048 } from './architecture/context-2048.ts';
import { bf16 } from './architecture/bf16.ts';

export const ARCHITECTURE_TOPICS: Topic[] = [
  rope,
  ropeBase,
  rmsnorm,
  preNorm,
  swiglu,
  untied,
  qkvBias,
  flashAttention,
  context2048,
  bf16,
];
