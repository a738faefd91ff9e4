/**
 * Dropout in the training step (src/model/dropout.ts, backward.ts): the masks keep 1 − p of the
 * elements and scale them by 1 / (1 − p) (the inverted-dropout formula), the same seed gives
 * the same step, that sites 'ffn' drops the SwiGLU outputs alone, and the backward through the
 * dropped embeddings, attention outputs and SwiGLU outputs (or the SwiGLU outputs alone) matches central finite differences in float64 (tolerance as in backward.test.ts:
 * the masks are fixed by the seed, so the loss is a smooth function of the weights).
 */
import { describe, expect, it } from 'vitest';
import { numericGrad } from '../../helpers/gradient.ts';
import { createWorkspace, trainBackward, trainForward } from '../../../src/model/backward.ts';
import {
  applyDropout,
  createDropoutMasks,
  drawMasks,
  rowSeed,
  stepSeed,
} from '../../../src/model/dropout.ts';
import { paramLayout, viewsOf } from '../../../src/model/params.ts';
import { MICRO, model64, randomIds } from './micro.ts';

describe('dropout masks', () => {
  it('keep about 1 − p of the elements, independently of the seed', () => {
    const masks = createDropoutMasks({ N: 1000, C: 20, qDim: 16, I: 40, L: 2 });
    drawMasks(masks, { rate: 0.1, seed: 3 });
    const all = [masks.emb, ...masks.att, ...masks.h];
    const n = all.reduce((s, m) => s + m.length, 0);
    const kept = all.reduce((s, m) => s + m.reduce((a, x) => a + x, 0), 0);
    // binomial(n = 132,000, 0.9): standard deviation ≈ 109 elements; allow 5σ
    expect(n).toBe(132_000);
    expect(Math.abs(kept - 0.9 * n)).toBeLessThan(5 * Math.sqrt(n * 0.9 * 0.1));
    const again = createDropoutMasks({ N: 1000, C: 20, qDim: 16, I: 40, L: 2 });
    drawMasks(again, { rate: 0.1, seed: 3 });
    expect(again.h[1]).toEqual(masks.h[1]);
    drawMasks(again, { rate: 0.1, seed: 4 });
    expect(again.h[1]).not.toEqual(masks.h[1]);
  });

  it('applies x · m / (1 − p): kept elements scaled, dropped ones 0', () => {
    const x = new Float64Array([1, -2, 3, 4]);
    applyDropout(x, new Uint8Array([1, 0, 1, 0]), 0.2);
    // (a dropped negative element becomes −0, which + 0 turns into 0)
    expect(Array.from(x, (v) => v + 0)).toEqual([1 / 0.8, 0, 3 / 0.8, 0]);
  });

  it('rejects rates outside [0, 1)', () => {
    const masks = createDropoutMasks({ N: 2, C: 2, qDim: 2, I: 2, L: 1 });
    for (const rate of [-0.1, 1, Number.NaN]) {
      expect(() => drawMasks(masks, { rate, seed: 1 })).toThrow(/dropout rate/);
    }
  });

  it('gives each step and each thread slice its own seed', () => {
    const seeds = new Set([0, 1, 2, 3].map((s) => stepSeed(1, s)));
    expect(seeds.size).toBe(4);
    expect(rowSeed(99, 0)).toBe(99);
    expect(rowSeed(99, 2)).not.toBe(99);
  });
});

describe('training step with dropout', () => {
  const B = 2;
  const T = 5;
  const ids = randomIds(B * T, MICRO.vocab_size, 21);
  const targets = randomIds(B * T, MICRO.vocab_size, 22);
  const lossMask = new Float32Array([1, 1, 0, 1, 1, 0, 1, 1, 1, 1]);

  it('rate 0 is the step without dropout; a rate changes the loss; a seed fixes it', () => {
    const { model } = model64(MICRO, 9);
    const ws = createWorkspace(MICRO, B, T, Float64Array);
    const plain = trainForward(model, ws, { ids, targets, lossMask }).loss;
    const zero = trainForward(model, ws, { ids, targets, lossMask, dropout: { rate: 0, seed: 5 } });
    expect(zero.loss).toBe(plain);
    const drop = { ids, targets, lossMask, dropout: { rate: 0.3, seed: 5 } };
    const a = trainForward(model, ws, drop).loss;
    expect(Math.abs(a - plain)).toBeGreaterThan(1e-4);
    expect(trainForward(model, ws, drop).loss).toBe(a);
    const other = trainForward(model, ws, { ...drop, dropout: { rate: 0.3, seed: 6 } }).loss;
    expect(other).not.toBe(a);
  });

  it("sites 'ffn' drops the SwiGLU outputs and leaves the embeddings and attention whole", () => {
    const { model } = model64(MICRO, 9);
    const ws = createWorkspace(MICRO, B, T, Float64Array);
    const dropout = { rate: 0.3, seed: 5, sites: 'ffn' as const };
    trainForward(model, ws, { ids, targets, lossMask, dropout });
    const att = Float64Array.from(ws.layers[0].att);
    const h = Float64Array.from(ws.layers[0].h);
    trainForward(model, ws, { ids, targets, lossMask });
    // attention output before o_proj: as without dropout; SwiGLU output: the masked elements 0
    expect(Array.from(att)).toEqual(Array.from(ws.layers[0].att));
    const mask = ws.dropout.masks!.h[0];
    h.forEach((v, i) => expect(v).toBeCloseTo(mask[i] ? ws.layers[0].h[i] / 0.7 : 0, 12));
    expect(mask.includes(0)).toBe(true);
  });

  for (const sites of ['all', 'ffn'] as const)
    it(`the gradient matches central finite differences for every parameter (float64, sites ${sites})`, () => {
      const { model, flat } = model64(MICRO, 10);
      const batch = { ids, targets, lossMask, dropout: { rate: 0.3, seed: 5, sites } };
      const ws = createWorkspace(MICRO, B, T, Float64Array);
      const layout = paramLayout(MICRO);
      const grad = new Float64Array(layout.size);
      const { maskSum } = trainForward(model, ws, batch);
      trainBackward(model, viewsOf(layout, grad), ws, batch, maskSum);
      const numeric = numericGrad(flat, () => trainForward(model, ws, batch).loss, 1e-5);
      let worst = 0;
      numeric.forEach((n, i) => {
        worst = Math.max(worst, Math.abs(grad[i] - n) - 1e-6 * Math.abs(n));
      });
      expect(worst).toBeLessThanOrEqual(2e-7);
    });
});
