/**
 * Corpus topics about this playground: what a visitor can do in each lab (tokenizer, model,
 * RoPE, Norm & FFN, long context, chat, alignment), plus the ideas the labs measure and draw
 * that no other topic file covers: perplexity, the report's Table 3, the causal mask and the
 * decoder block.
 *
 * Deliberately left out: buttons, slider ranges and other interface details that change with
 * the code, exact sizes of the tiny model (they change when it is retrained; the "who are
 * you" reply states them), and the mechanics each lab illustrates when another topic file
 * already teaches them (BPE, RoPE, NTK scaling, RMSNorm, the KV cache, PPO…).
 *
 * One file per topic in ./playground/, listed here in corpus order (build.ts joins the
 * groups into TOPICS in this order, and the composed corpus follows it).
 */
import type { Topic } from '../types.ts';
import { labTokenizer } from './playground/lab-tokenizer.ts';
import { labModel } from './playground/lab-model.ts';
import { labRope } from './playground/lab-rope.ts';
import { labNorm } from './playground/lab-norm.ts';
import { labLongContext } from './playground/lab-long-context.ts';
import { labChat } from './playground/lab-chat.ts';
import { labAlignment } from './playground/lab-alignment.ts';
import { perplexity } from './playground/perplexity.ts';
import { table3 } from './playground/table3.ts';
import { causalMask } from './playground/causal-mask.ts';
import { transformerBlock } from './playground/transformer-block.ts';

export const PLAYGROUND_TOPICS: Topic[] = [
  labTokenizer,
  labModel,
  labRope,
  labNorm,
  labLongContext,
  labChat,
  labAlignment,
  perplexity,
  table3,
  causalMask,
  transformerBlock,
];
