/**
 * The inference forward: KV-cache decoding equals one prefill, collected intermediates have
 * their documented shapes and properties, long-context options behave, bad ids throw.
 */
import { describe, expect, it } from 'vitest';
import { createKVCache, forward } from '../../../src/model/forward.ts';
import { initModel } from '../../../src/model/init.ts';
import type { QwenModel } from '../../../src/model/params.ts';
import { MICRO, randomFlat, randomIds } from './micro.ts';

function microModel(seed = 3): QwenModel {
  const { weights } = randomFlat(MICRO, seed, 0.3, Float32Array);
  return { config: MICRO, weights: weights as Record<string, Float32Array> };
}

describe('forward', () => {
  it('decoding token by token with the KV cache equals the full prefill (≤ 1e-6)', () => {
    const model = microModel();
    const ids = randomIds(11, MICRO.vocab_size, 8);
    const full = forward(model, ids).logits;
    const V = MICRO.vocab_size;
    const cache = createKVCache(MICRO, 2); // small on purpose: the cache must grow
    const first = forward(model, ids.subarray(0, 4), cache).logits;
    expect(first).toBeCloseToArray(full.subarray(0, 4 * V), 1e-6);
    for (let t = 4; t < ids.length; t++) {
      const step = forward(model, ids.subarray(t, t + 1), cache).logits;
      expect(step).toBeCloseToArray(full.subarray(t * V, (t + 1) * V), 1e-6);
    }
    expect(cache.length).toBe(ids.length);
  });

  it('same with windows, LogN and a RoPE base override', () => {
    const model = microModel(4);
    const ids = randomIds(9, MICRO.vocab_size, 9);
    const opts = { windows: [3, Infinity], lognTrainLength: 4, ropeBase: 30000 };
    const full = forward(model, ids, null, opts).logits;
    const cache = createKVCache(MICRO);
    forward(model, ids.subarray(0, 5), cache, opts);
    const V = MICRO.vocab_size;
    for (let t = 5; t < ids.length; t++) {
      const step = forward(model, ids.subarray(t, t + 1), cache, {
        ...opts,
        lastOnly: true,
      }).logits;
      expect(step).toBeCloseToArray(full.subarray(t * V, (t + 1) * V), 1e-6);
    }
    // and the options do change the result beyond the training length
    const plain = forward(model, ids).logits;
    let diff = 0;
    for (let i = 0; i < plain.length; i++) diff = Math.max(diff, Math.abs(plain[i] - full[i]));
    expect(diff).toBeGreaterThan(1e-3);
  });

  it('collects intermediates with documented shapes', () => {
    const model = microModel();
    const T = 5;
    const { L, H, I, V } = {
      L: MICRO.num_hidden_layers,
      H: MICRO.num_attention_heads,
      I: MICRO.intermediate_size,
      V: MICRO.vocab_size,
    };
    const r = forward(model, randomIds(T, V, 1), null, {
      collect: { residualRms: true, attentionProbs: true, gateActivations: true, logits: true },
      windows: [2, Infinity],
    });
    expect(r.residualRms!.length).toBe((L + 1) * T);
    expect(r.attentionProbs!.length).toBe(L);
    expect(r.gateActivations![0].length).toBe(T * I);
    expect(r.layerLogits!.length).toBe(L * T * V);
    expect(r.layerLogits!.subarray((L - 1) * T * V)).toBeCloseToArray(r.logits, 0);
    // every attention row sums to 1, is causal, and respects layer 0's window of 2
    for (let l = 0; l < L; l++) {
      const p = r.attentionProbs![l];
      for (let h = 0; h < H; h++) {
        for (let t = 0; t < T; t++) {
          let sum = 0;
          for (let s = 0; s < T; s++) {
            const v = p[(h * T + t) * T + s];
            sum += v;
            if (s > t) expect(v).toBe(0);
            if (l === 0 && s <= t - 2) expect(v).toBe(0);
          }
          expect(sum).toBeCloseTo(1, 6);
        }
      }
    }
  });

  it('RMS of the embedding row is the first residualRms entry', () => {
    const model = initModel(MICRO, 2);
    const r = forward(model, [3], null, { collect: { residualRms: true } });
    const e = model.weights['model.embed_tokens.weight'].subarray(3 * 8, 4 * 8);
    let ss = 0;
    for (const v of e) ss += v * v;
    expect(r.residualRms![0]).toBeCloseTo(Math.sqrt(ss / 8 + 1e-6), 6);
  });

  it('throws a clear error for out-of-range token ids', () => {
    const model = microModel();
    expect(() => forward(model, [1, 20])).toThrow(/token id 20 at position 1 is outside/);
    expect(() => forward(model, [-1])).toThrow(/outside the vocabulary/);
    expect(() => forward(model, [])).toThrow(/at least one token/);
  });
});
