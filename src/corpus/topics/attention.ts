/**
 * Corpus topics about attention and the background the Qwen report builds on: self-attention,
 * softmax, multi-head and grouped-query attention, the residual stream, LayerNorm, position
 * interpolation, YaRN, why plain length extrapolation fails, and why RoPE stays in FP32. Each
 * has names, held-out questions, follow-up replies and a comparison.
 *
 * Deliberately left out: Qwen's own architecture choices and long-context tricks
 * (architecture.ts, long-context.ts), and attention variants this playground
 * does not use (ALiBi, sparse attention, multi-query attention beyond one mention).
 *
 * One file per topic in ./attention/, listed here in corpus order (build.ts joins the
 * groups into TOPICS in this order, and the composed corpus follows it).
 */
import type { Topic } from '../types.ts';
import { attention } from './attention/attention.ts';
import { softmax } from './attention/softmax.ts';
import { gqa } from './attention/gqa.ts';
import { multiHead } from './attention/multi-head.ts';
import { residualStream } from './attention/residual-stream.ts';
import { layernorm } from './attention/layernorm.ts';
import { positionInterpolation } from './attention/position-interpolation.ts';
import { yarn } from './attention/yarn.ts';
import { extrapolation } from './attention/extrapolation.ts';
import { ropeFp32 } from './attention/rope-fp32.ts';

export const ATTENTION_TOPICS: Topic[] = [
  attention,
  softmax,
  gqa,
  multiHead,
  residualStream,
  layernorm,
  positionInterpolation,
  yarn,
  extrapolation,
  ropeFp32,
];
