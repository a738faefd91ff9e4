/**
 * The Model lab's next-token table, computed on the page from the worker's logits: softmax of
 * logits / T over the whole vocabulary, the 10 most probable first (the formula, worked by hand).
 */
import { describe, expect, it } from 'vitest';
import { nextTokenTable } from '../../../../src/panels/02-model/useNextToken.ts';

const logitsOf = (xs: number[]) => ({ logits: Float32Array.from(xs), ms: 1.5, threads: 2 });

describe('nextTokenTable', () => {
  it('at T = 1 gives softmax(logits): logits 0, ln 2, ln 4 → 1/7, 2/7, 4/7', () => {
    const r = nextTokenTable(logitsOf([0, Math.log(2), Math.log(4)]), 1);
    expect(r.top.map((c) => c.id)).toEqual([2, 1, 0]);
    expect(r.top[0].prob).toBeCloseTo(4 / 7, 6);
    expect(r.top[1].prob).toBeCloseTo(2 / 7, 6);
    expect(r.top[2].prob).toBeCloseTo(1 / 7, 6);
    expect(r.topMass).toBeCloseTo(1, 6);
    expect(r.vocab).toBe(3);
    expect([r.ms, r.threads]).toEqual([1.5, 2]);
  });

  it('at T = 2 flattens: probabilities ∝ 1, √2, 2', () => {
    const r = nextTokenTable(logitsOf([0, Math.log(2), Math.log(4)]), 2);
    const z = 3 + Math.SQRT2;
    expect(r.top[0].prob).toBeCloseTo(2 / z, 6);
    expect(r.top[1].prob).toBeCloseTo(Math.SQRT2 / z, 6);
    expect(r.top[2].prob).toBeCloseTo(1 / z, 6);
  });

  it('keeps the 10 most probable of a larger vocabulary and sums their mass', () => {
    const logits = Array.from({ length: 50 }, (_, i) => i / 10);
    const r = nextTokenTable(logitsOf(logits), 1);
    expect(r.top).toHaveLength(10);
    expect(r.top.map((c) => c.id)).toEqual([49, 48, 47, 46, 45, 44, 43, 42, 41, 40]);
    let z = 0;
    for (const l of logits) z += Math.exp(l);
    let mass = 0;
    for (let i = 40; i < 50; i++) mass += Math.exp(logits[i]) / z;
    expect(r.topMass).toBeCloseTo(mass, 5);
  });
});
