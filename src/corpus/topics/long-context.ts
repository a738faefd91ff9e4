/**
 * Corpus topics about long context and inference (report §2.5): NTK-aware scaling, dynamic NTK
 * with Qwen's α, LogN attention scaling, layer-wise window attention and the KV cache, each with
 * names, held-out questions, follow-up replies and a comparison. Follow-ups quote single cells
 * of report Table 3 (Qwen-7B perplexity) where they show the effect of one trick.
 *
 * Deliberately left out: a walk-through of the whole ablation table, and the background methods
 * position interpolation, YaRN and why plain extrapolation fails (attention.ts).
 *
 * One file per topic in ./long-context/, listed here in corpus order (build.ts joins the
 * groups into TOPICS in this order, and the composed corpus follows it).
 */
import type { Topic } from '../types.ts';
import { ntk } from './long-context/ntk.ts';
import { dynamicNtk } from './long-context/dynamic-ntk.ts';
import { logn } from './long-context/logn.ts';
import { windowAttention } from './long-context/window.ts';
import { kvCache } from './long-context/kv-cache.ts';

export const LONG_CONTEXT_TOPICS: Topic[] = [ntk, dynamicNtk, logn, windowAttention, kvCache];
