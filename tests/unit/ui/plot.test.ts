import { describe, expect, it } from 'vitest';
import { domainOf, nearest } from '../../../src/ui/chartAxes.ts';
import { numberScale, plotBox, spacedTicks } from '../../../src/ui/plot.tsx';
import { FONT } from '../../../src/ui/chartParts.ts';

describe('the SVG plot layer', () => {
  it('keeps tick labels apart on a narrow axis, keeping the first and the last', () => {
    const ticks = [0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000];
    const label = (v: number) => v.toLocaleString('en-US');
    // 375 px phone: about 300 px of plot.
    const px = numberScale('linear', [0, 8000], [40, 340]);
    const kept = spacedTicks(ticks, px, label);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(8000);
    expect(kept.length).toBeLessThan(ticks.length);
    for (let i = 1; i < kept.length; i++) {
      const gap = px(kept[i]) - px(kept[i - 1]);
      const half = (label(kept[i]).length + label(kept[i - 1]).length) * FONT * 0.31;
      expect(gap).toBeGreaterThanOrEqual(half);
    }
    // A wide plot keeps every tick.
    const wide = numberScale('linear', [0, 8000], [40, 1200]);
    expect(spacedTicks(ticks, wide, label)).toEqual(ticks);
  });

  it('places log-axis values by their powers of ten', () => {
    const px = numberScale('log', [1, 1e4], [0, 400]);
    expect(px(1)).toBeCloseTo(0, 9);
    expect(px(10)).toBeCloseTo(100, 9);
    expect(px(1e4)).toBeCloseTo(400, 9);
    expect(px.invert(200)).toBeCloseTo(100, 6);
  });

  it('falls back to the data, or a unit range, when an axis has no resolved domain', () => {
    expect(domainOf([2, 5], [0, 100], false)).toEqual([2, 5]);
    expect(domainOf(undefined, [3, -1, NaN, 7], false)).toEqual([-1, 7]);
    // A log axis ignores zero and negative values.
    expect(domainOf(undefined, [0, -2, 10, 1000], true)).toEqual([10, 1000]);
    // One value: a range around it, so it is drawn mid-plot rather than dividing by zero.
    expect(domainOf(undefined, [4, 4], false)).toEqual([3, 5]);
    expect(domainOf(undefined, [], false)).toEqual([0, 1]);
  });

  it('finds the row nearest the pointer and leaves room for both axes', () => {
    expect(nearest([10, 20, NaN, 40], 33)).toBe(3);
    expect(nearest([10, 20, 30], 14)).toBe(0);
    expect(nearest([], 5)).toBe(-1);
    const box = plotBox(375, 260, 40, 24);
    expect(box.left).toBeGreaterThanOrEqual(40);
    expect(box.right).toBeLessThan(375);
    expect(box.bottom).toBeLessThanOrEqual(260 - 24);
  });
});
