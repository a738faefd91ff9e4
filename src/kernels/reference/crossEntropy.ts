/**
 * Cross-entropy of next-token predictions with a loss mask (SFT puts loss only on assistant
 * tokens), using the shared softmax.
 *
 *   loss_t = −log softmax(logits_t)[target_t] = logsumexp(logits_t) − logits_t[target_t]
 *   loss   = Σ_t mask_t · loss_t / Σ_t mask_t        (0 when the mask is all zero)
 *   dlogits_t = (softmax(logits_t) − onehot(target_t)) · mask_t / divisor
 *
 * Deliberately left out: label smoothing, ignore-index sentinels (use the mask).
 *
 *   logits [0, 0] (two tokens, equal), target 1 → loss = log 2 = 0.6931, dlogits = [0.5, −0.5]
 */
import { softmaxRow } from './softmax.ts';

import type { FloatArray } from './types.ts';

/**
 * logits: (T, V), targets: (T), mask: (T) or null (all ones)
 * → probs: (T, V) softmax rows (may alias logits), losses: (T) per-token −log p (unmasked too)
 * Returns the masked mean loss and the mask sum (the token count that carries loss).
 */
export function crossEntropyForward(
  probs: FloatArray,
  losses: FloatArray,
  logits: FloatArray,
  targets: ArrayLike<number>,
  mask: ArrayLike<number> | null,
  T: number,
  V: number,
): { loss: number; maskSum: number } {
  let total = 0;
  let maskSum = 0;
  for (let t = 0; t < T; t++) {
    const y = targets[t];
    if (!Number.isInteger(y) || y < 0 || y >= V) {
      throw new Error(
        `cross-entropy: target ${y} at position ${t} is outside the vocabulary [0, ${V})`,
      );
    }
    const target = logits[t * V + y]; // read before softmax may overwrite it (aliasing)
    const lse = softmaxRow(probs, t * V, logits, t * V, V);
    const l = lse - target;
    losses[t] = l;
    const m = mask ? mask[t] : 1;
    total += m * l;
    maskSum += m;
  }
  return { loss: maskSum > 0 ? total / maskSum : 0, maskSum };
}

/**
 * probs: (T, V) from the forward, targets, mask: (T) → dlogits: (T, V) (may alias probs)
 * = (probs − onehot) · mask_t / divisor. divisor is usually the mask sum.
 */
export function crossEntropyBackward(
  dlogits: FloatArray,
  probs: FloatArray,
  targets: ArrayLike<number>,
  mask: ArrayLike<number> | null,
  T: number,
  V: number,
  divisor: number,
): void {
  const inv = divisor > 0 ? 1 / divisor : 0;
  for (let t = 0; t < T; t++) {
    const w = (mask ? mask[t] : 1) * inv;
    const base = t * V;
    for (let i = 0; i < V; i++) dlogits[base + i] = probs[base + i] * w;
    dlogits[base + targets[t]] -= w;
  }
}
