/**
 * Evaluates the tiny model after (and during) training, with the TS inference forward:
 *
 * - dialogue loss: masked cross-entropy on the assistant tokens of ChatML dialogues
 *   (held-out questions paired with their topic's canonical answer, or training dialogues);
 * - greedy replies, which heldoutScore.ts judges.
 *
 *   greedyRun(model, sp, promptIds, 128) → { ids: [the reply's token ids], stopped: true }
 *
 * Deliberately left out: sampling (evaluation is greedy so it is reproducible).
 */
import { crossEntropyForward } from '../kernels/reference/crossEntropy.ts';
import type { BpeTokenizer } from '../kernels/bpe/tokenizer.ts';
import { createKVCache, forward } from '../model/forward.ts';
import type { QwenModel } from '../model/params.ts';
import type { ChatMessage } from '../corpus/types.ts';
import { encodeDialogue, type SpecialIds } from './data.ts';

/** Mean loss per assistant token over dialogues (each run on its own, from position 0). */
export function dialogueLoss(
  model: QwenModel,
  tok: BpeTokenizer,
  sp: SpecialIds,
  dialogues: ChatMessage[][],
): number {
  const V = model.config.vocab_size;
  let total = 0;
  let count = 0;
  for (const messages of dialogues) {
    const { ids, target } = encodeDialogue(tok, sp, messages);
    const T = Math.min(ids.length, model.config.max_position_embeddings + 1) - 1;
    const { logits } = forward(model, ids.slice(0, T));
    const mask = target.slice(1, T + 1);
    const r = crossEntropyForward(
      new Float32Array(T * V),
      new Float32Array(T),
      logits,
      ids.slice(1, T + 1),
      mask,
      T,
      V,
    );
    total += r.loss * r.maskSum;
    count += r.maskSum;
  }
  return count > 0 ? total / count : 0;
}

/**
 * Greedy continuation of a prompt (token ids) with the KV cache, until <|im_end|> or
 * <|endoftext|> (not included) or `maxNewTokens` or the context length.
 */
export function greedyIds(
  model: QwenModel,
  sp: SpecialIds,
  prompt: number[],
  maxNewTokens: number,
): number[] {
  return greedyRun(model, sp, prompt, maxNewTokens).ids;
}

/** greedyIds, and whether it stopped at a stop token (not at the token limit or the context). */
export function greedyRun(
  model: QwenModel,
  sp: SpecialIds,
  prompt: number[],
  maxNewTokens: number,
): { ids: number[]; stopped: boolean } {
  const V = model.config.vocab_size;
  const limit = model.config.max_position_embeddings;
  const cache = createKVCache(model.config, Math.min(limit, prompt.length + maxNewTokens));
  let logits = forward(model, prompt, cache, { lastOnly: true }).logits;
  const out: number[] = [];
  while (out.length < maxNewTokens && cache.length < limit) {
    let best = 0;
    for (let v = 1; v < V; v++) if (logits[v] > logits[best]) best = v;
    if (best === sp.imEnd || best === sp.endOfText) return { ids: out, stopped: true };
    out.push(best);
    logits = forward(model, [best], cache, { lastOnly: true }).logits;
  }
  return { ids: out, stopped: false };
}
