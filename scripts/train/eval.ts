/**
 * Evaluates the tiny model after (and during) training, with the TS inference forward:
 *
 * - dialogue loss: masked cross-entropy on the assistant tokens of ChatML dialogues
 *   (held-out questions paired with their topic's canonical answer, or training dialogues);
 * - question score: the fraction of questions whose greedy reply contains the key phrase.
 *
 *   greedyReply(model, tok, sp, 'What is RoPE?') → 'RoPE, rotary position embedding, rotates …'
 *
 * Deliberately left out: sampling (evaluation is greedy so it is reproducible).
 */
import { crossEntropyForward } from '../../src/kernels/crossEntropy.ts';
import type { BpeTokenizer } from '../../src/kernels/bpe/tokenizer.ts';
import { createKVCache, forward } from '../../src/model/forward.ts';
import type { QwenModel } from '../../src/model/params.ts';
import type { ChatMessage, HeldoutQuestion } from '../corpus/types.ts';
import { encodeChatText, encodeDialogue, type SpecialIds } from './data.ts';

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
  const V = model.config.vocab_size;
  const limit = model.config.max_position_embeddings;
  const cache = createKVCache(model.config, Math.min(limit, prompt.length + maxNewTokens));
  let logits = forward(model, prompt, cache, { lastOnly: true }).logits;
  const out: number[] = [];
  while (out.length < maxNewTokens && cache.length < limit) {
    let best = 0;
    for (let v = 1; v < V; v++) if (logits[v] > logits[best]) best = v;
    if (best === sp.imEnd || best === sp.endOfText) break;
    out.push(best);
    logits = forward(model, [best], cache, { lastOnly: true }).logits;
  }
  return out;
}

/** The greedy reply to one user question (no system prompt), as text. */
export function greedyReply(
  model: QwenModel,
  tok: BpeTokenizer,
  sp: SpecialIds,
  question: string,
  maxNewTokens = 96,
  system?: string,
): string {
  const messages: ChatMessage[] = system ? [{ role: 'system', content: system }] : [];
  messages.push({ role: 'user', content: question });
  return tok.decode(greedyIds(model, sp, encodeChatText(tok, messages, true), maxNewTokens));
}

export interface QuestionResult {
  topic: string;
  lang: string;
  question: string;
  key: string;
  reply: string;
  ok: boolean;
}

/** Greedy replies to questions, each checked for its key phrase. */
export function questionScore(
  model: QwenModel,
  tok: BpeTokenizer,
  sp: SpecialIds,
  questions: HeldoutQuestion[],
): { score: number; results: QuestionResult[] } {
  const results = questions.map((q) => {
    const reply = greedyReply(model, tok, sp, q.question);
    return { ...q, reply, ok: reply.includes(q.key) };
  });
  const ok = results.filter((r) => r.ok).length;
  return { score: results.length ? ok / results.length : 0, results };
}
