/**
 * Held-out evaluation: mean next-token cross-entropy and perplexity of one token sequence,
 * with the long-context forward options (RoPE base for dynamic NTK, LogN, windows), so the
 * Long-context lab can reproduce the shape of the report's Table 3 on the tiny model.
 * The sequence runs through the KV cache in chunks, so memory stays O(chunk · vocab).
 *
 *   perplexity = exp(mean loss); a uniform guess over V tokens has loss ln V, perplexity V.
 *
 * Deliberately left out: batching several documents, sliding-window (strided) evaluation.
 */
import { crossEntropyForward } from '../kernels/reference/crossEntropy.ts';
import { createKVCache, forward, type ForwardOptions } from './forward.ts';
import type { QwenModel } from './params.ts';

export interface EvaluateOptions extends Omit<ForwardOptions, 'collect' | 'lastOnly'> {
  /** Tokens per forward call (default 256). Results do not depend on it. */
  chunkSize?: number;
}

export interface EvaluateResult {
  /** Mean of −log p(ids[t+1] | ids[..t]) over t = 0 … n−2. */
  meanLoss: number;
  perplexity: number;
  /** (n − 1) per-position losses: entry t scores ids[t+1]. */
  tokenLosses: Float32Array;
}

export function evaluateLoss(
  model: QwenModel,
  ids: ArrayLike<number>,
  opts: EvaluateOptions = {},
): EvaluateResult {
  const n = ids.length;
  if (n < 2) throw new Error('evaluation needs at least two tokens (one prediction)');
  const chunk = opts.chunkSize ?? 256;
  if (!(Number.isInteger(chunk) && chunk > 0))
    throw new Error(`chunkSize must be a positive integer, got ${chunk}`);
  const fwdOpts: ForwardOptions = {
    ropeBase: opts.ropeBase,
    lognTrainLength: opts.lognTrainLength,
    windows: opts.windows,
  };
  const V = model.config.vocab_size;
  const cache = createKVCache(model.config, n);
  const tokenLosses = new Float32Array(n - 1);
  let total = 0;
  for (let s = 0; s < n - 1; s += chunk) {
    const e = Math.min(n - 1, s + chunk); // predict ids[s+1 … e]
    const chunkIds = Array.from({ length: e - s }, (_, i) => ids[s + i]);
    const logits = forward(model, chunkIds, cache, fwdOpts).logits;
    const targets = Array.from({ length: e - s }, (_, i) => ids[s + i + 1]);
    const losses = tokenLosses.subarray(s, e);
    const r = crossEntropyForward(logits, losses, logits, targets, null, e - s, V);
    total += r.loss * (e - s);
  }
  const meanLoss = total / (n - 1);
  return { meanLoss, perplexity: Math.exp(meanLoss), tokenLosses };
}
