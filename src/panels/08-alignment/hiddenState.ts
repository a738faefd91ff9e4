/**
 * The reward model's features: the tiny model's final hidden state (after the final RMSNorm)
 * at the reply's end token. src/model/forward.ts returns logits, not this vector, so we read it
 * out with the model's own forward: a copy of the model whose output projection (lm_head) is
 * the identity in its first `hidden` rows makes "logits" 0 … hidden−1 exactly that hidden state.
 * No math is re-implemented here, and the real model is untouched.
 *
 * Deliberately left out: batching (one reply at a time; replies are short).
 *
 *   finalHiddenState(readout, ids) → Float32Array(hidden): RMSNorm(x_last) ⊙ norm weight
 */
import { forward } from '../../model/forward.ts';
import type { QwenModel } from '../../model/params.ts';
import {
  sftLossMask,
  type ChatMLSpecialIds,
  type ChatMessage,
} from '../../kernels/reference/chatml.ts';

/** The model with lm_head replaced by [I; 0] (vocab × hidden), sharing every other tensor. */
export function hiddenStateReadout(model: QwenModel): QwenModel {
  const V = model.config.vocab_size;
  const C = model.config.hidden_size;
  if (V < C) throw new Error(`the identity read-out needs vocab (${V}) ≥ hidden size (${C})`);
  const eye = new Float32Array(V * C);
  for (let c = 0; c < C; c++) eye[c * C + c] = 1;
  return { config: model.config, weights: { ...model.weights, 'lm_head.weight': eye } };
}

/** Final hidden state at the last id. readout: from hiddenStateReadout; ids: (T) → (hidden) */
export function finalHiddenState(readout: QwenModel, ids: ArrayLike<number>): Float32Array {
  const C = readout.config.hidden_size;
  return forward(readout, ids, null, { lastOnly: true }).logits.slice(0, C);
}

/**
 * The ids a reward model reads for one reply: ChatML of the question and the reply, ending at
 * the reply's `<|im_end|>` (the end token whose hidden state is pooled).
 */
export function rewardInputIds(
  conversation: readonly ChatMessage[],
  encode: (text: string) => ArrayLike<number>,
  special: ChatMLSpecialIds,
): number[] {
  const { ids } = sftLossMask(conversation, encode, special);
  const end = ids.lastIndexOf(special.imEnd);
  if (end < 0) throw new Error('the conversation has no <|im_end|>');
  return ids.slice(0, end + 1);
}
