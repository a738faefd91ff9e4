/** Histogram and activation summaries: hand cases, edges, out-of-range and NaN values, big arrays. */
import { describe, expect, it } from 'vitest';
import {
  extent,
  histogram,
  mean,
  shareNearZero,
} from '../../../../src/kernels/labdata/histogram.ts';

describe('histogram', () => {
  it('hand case: [0, 0.5, 1, 2] into 2 bins over [0, 2] → [2, 2] (top edge inclusive)', () => {
    const h = histogram([0, 0.5, 1, 2], 0, 2, 2);
    expect(Array.from(h.counts)).toEqual([2, 2]);
    expect(Array.from(h.edges)).toEqual([0, 1, 2]);
  });

  it('counts outside the range separately and skips NaN', () => {
    const h = histogram([-1, 0.1, 0.9, 5, Number.NaN], 0, 1, 4);
    expect(Array.from(h.counts)).toEqual([1, 0, 0, 1]);
    expect(h.below).toBe(1);
    expect(h.above).toBe(1);
  });

  it('every in-range value lands in exactly one bin', () => {
    const v = new Float32Array(200_000).map((_, i) => Math.sin(i));
    const h = histogram(v, -1, 1, 37);
    expect(h.counts.reduce((s, c) => s + c, 0) + h.below + h.above).toBe(v.length);
  });

  it('rejects bad ranges and bin counts', () => {
    expect(() => histogram([1], 1, 1, 4)).toThrow(/lo < hi/);
    expect(() => histogram([1], 0, 1, 0)).toThrow(/bins/);
  });
});

describe('summaries', () => {
  it('shareNearZero, extent and mean', () => {
    expect(shareNearZero([0, 0.01, -0.5, 2], 0.05)).toBe(0.5);
    expect(shareNearZero([], 0.1)).toBe(0);
    expect(extent(new Float32Array(300_000).map((_, i) => i - 7))).toEqual({
      min: -7,
      max: 299_992,
    });
    expect(mean([1, 2, 3, 6])).toBe(3);
  });
});
