/**
 * Sampling: hand cases from the formulas, properties of the truncated distributions, and the
 * decoding loop (greedy generation equals argmax of the full, cache-free forward).
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/kernels/reference/random.ts';
import { forward } from '../../../src/model/forward.ts';
import type { QwenModel } from '../../../src/model/params.ts';
import {
  applyRepetitionPenalty,
  argmax,
  generate,
  sampleNext,
  samplingDistribution,
  temperedProbs,
  topEntries,
} from '../../../src/model/sampling.ts';
import { MICRO, randomFlat } from './micro.ts';

const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);
const support = (a: ArrayLike<number>) => Array.from(a).filter((v) => v > 0).length;

// probabilities 0.5, 0.3, 0.15, 0.05 exactly: logits = log p
const LOGITS = [0.5, 0.3, 0.15, 0.05].map(Math.log);

describe('sampling distribution', () => {
  it('hand case: softmax([2, 1, 0]) = [0.6652, 0.2447, 0.0900]', () => {
    expect(temperedProbs([2, 1, 0])).toBeCloseToArray([0.66524096, 0.24472847, 0.09003057], 1e-6);
  });

  it('temperature 0 is argmax (one-hot), never NaN', () => {
    const d = samplingDistribution([0.1, 3, -2, 2.9], { temperature: 0 });
    expect(Array.from(d)).toEqual([0, 1, 0, 0]);
    const rng = createRng(1);
    for (let i = 0; i < 20; i++)
      expect(sampleNext([0.1, 3, -2, 2.9], rng, { temperature: 0 }).id).toBe(1);
  });

  it('lower temperature sharpens, higher flattens; probabilities sum to 1', () => {
    const cold = temperedProbs(LOGITS, { temperature: 0.5 });
    const hot = temperedProbs(LOGITS, { temperature: 2 });
    expect(sum(cold)).toBeCloseTo(1, 6);
    expect(sum(hot)).toBeCloseTo(1, 6);
    expect(cold[0]).toBeGreaterThan(0.5);
    expect(hot[0]).toBeLessThan(0.5);
    // τ = 0.5 squares the probabilities before renormalizing: 0.25 / (0.25+0.09+0.0225+0.0025)
    expect(cold[0]).toBeCloseTo(0.25 / 0.365, 6);
  });

  it('top-k keeps exactly the k most probable tokens', () => {
    const d = samplingDistribution(LOGITS, { topK: 2 });
    expect(support(d)).toBe(2);
    expect(d).toBeCloseToArray([0.5 / 0.8, 0.3 / 0.8, 0, 0], 1e-6);
  });

  it('top-p keeps the smallest prefix whose mass reaches p', () => {
    expect(support(samplingDistribution(LOGITS, { topP: 0.5 }))).toBe(1);
    expect(support(samplingDistribution(LOGITS, { topP: 0.7 }))).toBe(2);
    expect(support(samplingDistribution(LOGITS, { topP: 0.81 }))).toBe(3);
    expect(support(samplingDistribution(LOGITS, { topP: 1 }))).toBe(4);
    const d = samplingDistribution(LOGITS, { topP: 0.9, topK: 2 });
    expect(sum(d)).toBeCloseTo(1, 6);
    expect(support(d)).toBe(2);
  });

  it('repetition penalty (HF): divides positive logits, multiplies negative ones', () => {
    const z = new Float32Array([2, -1, 0.5]);
    applyRepetitionPenalty(z, [0, 1, 1], 2);
    expect(Array.from(z)).toEqual([1, -2, 0.5]);
    // seen tokens become less likely
    const before = temperedProbs([1, 1, 1]);
    const after = temperedProbs([1, 1, 1], { repetitionPenalty: 1.5 }, [0]);
    expect(after[0]).toBeLessThan(before[0]);
  });

  it('draws follow the distribution (20,000 seeded draws)', () => {
    const rng = createRng(123);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 20000; i++) counts[sampleNext(LOGITS, rng).id]++;
    // binomial standard deviation ≤ √(20000·0.25) ≈ 71 → 5σ ≈ 0.018 in frequency
    [0.5, 0.3, 0.15, 0.05].forEach((p, i) =>
      expect(Math.abs(counts[i] / 20000 - p)).toBeLessThan(0.018),
    );
  });

  it('returns the top-10 alternatives sorted, with tempered probabilities', () => {
    const logits = Array.from({ length: 30 }, (_, i) => Math.sin(i * 1.7));
    const r = sampleNext(logits, createRng(5), { temperature: 0.7, topK: 3 });
    expect(r.alternatives.length).toBe(10);
    const p = temperedProbs(logits, { temperature: 0.7 });
    for (let i = 1; i < 10; i++)
      expect(r.alternatives[i - 1].prob).toBeGreaterThanOrEqual(r.alternatives[i].prob);
    expect(r.alternatives[0].id).toBe(argmax(p));
    expect(r.prob).toBeCloseTo(p[r.id], 7);
    expect(r.alternatives.slice(0, 3).map((a) => a.id)).toContain(r.id); // top-k 3 support
    expect(topEntries([0.2, 0.5], 10).map((a) => a.id)).toEqual([1, 0]);
  });

  it('rejects bad parameters with clear messages', () => {
    expect(() => temperedProbs([1, 2], { temperature: -1 })).toThrow(/temperature/);
    expect(() => samplingDistribution([1, 2], { topP: 0 })).toThrow(/topP/);
    expect(() => samplingDistribution([1, 2], { topK: 1.5 })).toThrow(/topK/);
    expect(() => samplingDistribution([1, 2], { repetitionPenalty: 0 })).toThrow(
      /repetitionPenalty/,
    );
  });
});

describe('generate', () => {
  const { weights } = randomFlat(MICRO, 21, 0.5, Float32Array);
  const model: QwenModel = { config: MICRO, weights: weights as Record<string, Float32Array> };

  it('greedy generation equals argmax of the full forward at every step', () => {
    const prompt = [3, 7, 1];
    const r = generate(model, prompt, { maxNewTokens: 6, temperature: 0 });
    expect(r.stopReason).toBe('length');
    expect(r.ids.length).toBe(6);
    const seq = [...prompt];
    for (let i = 0; i < 6; i++) {
      const logits = forward(model, seq).logits;
      const next = argmax(logits.subarray((seq.length - 1) * MICRO.vocab_size));
      expect(r.ids[i]).toBe(next);
      seq.push(next);
    }
    expect(r.steps[0].position).toBe(3);
  });

  it('stops on a stop id (included) and on abort', () => {
    const greedy = generate(model, [3, 7, 1], { maxNewTokens: 6, temperature: 0 });
    const stopAt = greedy.ids[2];
    const r = generate(model, [3, 7, 1], { maxNewTokens: 6, temperature: 0, stopIds: [stopAt] });
    expect(r.stopReason).toBe('stop');
    expect(r.ids[r.ids.length - 1]).toBe(stopAt);
    expect(r.ids.length).toBe(greedy.ids.indexOf(stopAt) + 1);
    let calls = 0;
    const a = generate(model, [3], { maxNewTokens: 10, shouldAbort: () => ++calls > 2 });
    expect(a.stopReason).toBe('abort');
    expect(a.ids.length).toBe(2);
  });

  it('the same seed gives the same sampled text', () => {
    const o = { maxNewTokens: 8, temperature: 1.2, topP: 0.9, seed: 77 };
    expect(generate(model, [2, 4], o).ids).toEqual(generate(model, [2, 4], o).ids);
  });
});
