/** The reward model's scalar head: hand cases, finite-difference gradients, training on pairs. */
import { describe, expect, it } from 'vitest';
import { numericGrad } from '../../../helpers/gradient.ts';
import {
  initRewardHead,
  rewardHeadLoss,
  rewardScore,
  trainRewardHead,
  type PreferenceFeatures,
} from '../../../../src/kernels/reference/rewardHead.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';
import {
  PREFERENCE_PAIRS,
  replyConversation,
} from '../../../../src/panels/08-alignment/preferences.ts';
import {
  finalHiddenState,
  hiddenStateReadout,
  rewardInputIds,
} from '../../../../src/panels/08-alignment/hiddenState.ts';
import type { QwenConfig } from '../../../../src/model/config.ts';
import { forward } from '../../../../src/model/forward.ts';
import { initModel } from '../../../../src/model/init.ts';

function synthetic(pairs: number, dim: number, seed: number): PreferenceFeatures {
  const rng = createRng(seed);
  const chosen = new Float64Array(pairs * dim);
  const rejected = new Float64Array(pairs * dim);
  for (let i = 0; i < pairs * dim; i++) {
    chosen[i] = rng.normal();
    rejected[i] = rng.normal();
  }
  // The preferred reply is the one with the larger first feature.
  for (let p = 0; p < pairs; p++) {
    if (chosen[p * dim] < rejected[p * dim]) {
      const t = chosen[p * dim];
      chosen[p * dim] = rejected[p * dim];
      rejected[p * dim] = t;
    }
  }
  return { chosen, rejected, pairs, dim };
}

describe('reward head', () => {
  it('standardizes with the mean and spread of all rows (hand case)', () => {
    const h = initRewardHead({ chosen: [1, 10], rejected: [3, 10], pairs: 1, dim: 2 });
    expect(Array.from(h.mean)).toEqual([2, 10]);
    expect(Array.from(h.std)).toEqual([1, 1]); // spread 1; a constant feature gets 1, not 0
    h.w[0] = 2;
    h.b = 0.5;
    expect(rewardScore(h, [1.5, 99])).toBeCloseTo(2 * (1.5 - 2) + 0.5, 12);
    expect(() => rewardScore(h, [1])).toThrow(/2 features/);
  });

  it('loss at w = 0 is log 2 and the gradient matches finite differences', () => {
    const f = synthetic(6, 3, 1);
    const head = initRewardHead(f);
    expect(rewardHeadLoss(null, head, f).loss).toBeCloseTo(Math.log(2), 12);
    head.w.set([0.3, -0.8, 0.5]);
    const g = new Float64Array(3);
    rewardHeadLoss(g, head, f);
    const fd = numericGrad(head.w, () => rewardHeadLoss(null, head, f).loss, 1e-6);
    expect(g).toBeCloseToArray(fd, 5e-8);
  });

  it('the bias cancels in Bradley–Terry: shifting every reward changes nothing', () => {
    const f = synthetic(5, 2, 3);
    const head = initRewardHead(f);
    head.w.set([1, 2]);
    const a = rewardHeadLoss(null, head, f).loss;
    head.b = 7;
    expect(rewardHeadLoss(null, head, f).loss).toBeCloseTo(a, 12);
  });

  it('training separates synthetic pairs and puts weight on the deciding feature', () => {
    const f = synthetic(40, 4, 5);
    const res = trainRewardHead(f, { steps: 150, lr: 0.05 });
    expect(res.losses).toHaveLength(151);
    expect(res.losses[0]).toBeCloseTo(Math.log(2), 12);
    expect(res.losses[150]).toBeLessThan(0.2);
    expect(res.accuracies[150]).toBeGreaterThanOrEqual(0.95); // a near-tie pair may stay wrong
    let others = 0;
    for (let j = 1; j < 4; j++) others = Math.max(others, Math.abs(res.head.w[j]));
    expect(res.head.w[0]).toBeGreaterThan(2 * others);
    // Centered: the training replies average a reward of 0.
    let sum = 0;
    for (let p = 0; p < 40; p++) {
      sum += rewardScore(res.head, f.chosen, p * 4) + rewardScore(res.head, f.rejected, p * 4);
    }
    expect(sum / 80).toBeCloseTo(0, 10);
    expect(trainRewardHead(f, { steps: 150, center: false }).head.b).toBe(0);
  });

  it('training lowers the loss on the bundled preference pairs (character-count features)', () => {
    // Independent features computed here: reply length and counts of hashed characters.
    const dim = 17;
    const feats = (s: string) => {
      const v = new Float64Array(dim);
      v[0] = s.length / 50;
      for (const ch of s) v[1 + (ch.codePointAt(0)! % 16)] += 1 / 10;
      return v;
    };
    const pairs = PREFERENCE_PAIRS.length;
    const chosen = new Float64Array(pairs * dim);
    const rejected = new Float64Array(pairs * dim);
    PREFERENCE_PAIRS.forEach((p, i) => {
      chosen.set(feats(p.chosen), i * dim);
      rejected.set(feats(p.rejected), i * dim);
    });
    const res = trainRewardHead({ chosen, rejected, pairs, dim }, { steps: 100 });
    expect(res.losses[100]).toBeLessThan(res.losses[0] * 0.5);
    expect(res.accuracies[100]).toBeGreaterThanOrEqual(0.9);
  });

  it('rejects bad inputs', () => {
    expect(() => initRewardHead({ chosen: [], rejected: [], pairs: 0, dim: 1 })).toThrow(/pair/);
    expect(() => initRewardHead({ chosen: [1], rejected: [1, 2], pairs: 1, dim: 1 })).toThrow(
      /pairs·dim/,
    );
    const f = synthetic(2, 1, 1);
    expect(() => trainRewardHead(f, { lr: 0 })).toThrow(/learning rate/);
  });
});

describe("the reward model's features (panel helper over the model's own forward)", () => {
  const config: QwenConfig = {
    model_type: 'qwen2',
    vocab_size: 40,
    hidden_size: 16,
    intermediate_size: 32,
    num_hidden_layers: 2,
    num_attention_heads: 2,
    num_key_value_heads: 1,
    rms_norm_eps: 1e-6,
    rope_theta: 10000,
    max_position_embeddings: 64,
    tie_word_embeddings: false,
    bos_token_id: 0,
    eos_token_id: 1,
  };
  it('is the vector lm_head reads: lm_head · h equals the last row of the real logits', () => {
    const model = initModel(config, 11, 0.3);
    const ids = [3, 7, 1, 25, 2];
    const h = finalHiddenState(hiddenStateReadout(model), ids);
    expect(h).toHaveLength(16);
    const logits = forward(model, ids).logits;
    const V = 40;
    const last = logits.subarray(4 * V, 5 * V);
    const W = model.weights['lm_head.weight'];
    const expected = Array.from({ length: V }, (_, v) => {
      let s = 0;
      for (let c = 0; c < 16; c++) s += W[v * 16 + c] * h[c];
      return s;
    });
    expect(last).toBeCloseToArray(expected, 1e-4);
    // The real model is untouched.
    expect(model.weights['lm_head.weight']).toBe(W);
  });
  it('reads a reply in ChatML up to and including its <|im_end|>', () => {
    const enc = (s: string) => Array.from(s, (ch) => 10 + (ch.charCodeAt(0) % 20));
    const sp = { imStart: 1, imEnd: 2 };
    const ids = rewardInputIds(replyConversation('Q?', 'A.'), enc, sp);
    expect(ids[ids.length - 1]).toBe(2);
    expect(ids.filter((x) => x === 1)).toHaveLength(2);
    expect(() => hiddenStateReadout(initModel({ ...config, vocab_size: 8 }, 1))).toThrow(/vocab/);
  });
});
