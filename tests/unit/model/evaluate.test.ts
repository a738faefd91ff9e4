/**
 * evaluateLoss: equals the mean next-token cross-entropy computed here from one full forward
 * (log-softmax written out in float64), independent of the chunk size; a model whose lm_head
 * is zero predicts uniformly (loss ln V, perplexity V).
 */
import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../../../src/model/evaluate.ts';
import { forward } from '../../../src/model/forward.ts';
import type { QwenModel } from '../../../src/model/params.ts';
import { MICRO, randomFlat, randomIds } from './micro.ts';

describe('evaluateLoss', () => {
  const { weights } = randomFlat(MICRO, 31, 0.4, Float32Array);
  const model: QwenModel = { config: MICRO, weights: weights as Record<string, Float32Array> };
  const ids = randomIds(13, MICRO.vocab_size, 4);

  it('equals the mean cross-entropy of one full forward, for any chunk size', () => {
    const V = MICRO.vocab_size;
    const logits = forward(model, ids).logits;
    let total = 0;
    for (let t = 0; t < ids.length - 1; t++) {
      let max = -Infinity;
      for (let v = 0; v < V; v++) max = Math.max(max, logits[t * V + v]);
      let s = 0;
      for (let v = 0; v < V; v++) s += Math.exp(logits[t * V + v] - max);
      total += max + Math.log(s) - logits[t * V + ids[t + 1]];
    }
    const expected = total / (ids.length - 1);
    for (const chunkSize of [1, 4, 256]) {
      const r = evaluateLoss(model, ids, { chunkSize });
      expect(r.meanLoss).toBeCloseTo(expected, 5);
      expect(r.perplexity).toBeCloseTo(Math.exp(expected), 4);
      expect(r.tokenLosses.length).toBe(ids.length - 1);
    }
  });

  it('a zero lm_head predicts uniformly: loss ln V, perplexity V', () => {
    const w = {
      ...model.weights,
      'lm_head.weight': new Float32Array(MICRO.vocab_size * MICRO.hidden_size),
    };
    const r = evaluateLoss({ config: MICRO, weights: w }, ids);
    expect(r.meanLoss).toBeCloseTo(Math.log(MICRO.vocab_size), 6);
    expect(r.perplexity).toBeCloseTo(MICRO.vocab_size, 3);
  });

  it('needs two tokens', () => {
    expect(() => evaluateLoss(model, [1])).toThrow(/two tokens/);
  });
});
