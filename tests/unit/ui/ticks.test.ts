import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatExact,
  logTicks,
  niceTicks,
  tickFormatter,
} from '../../../src/ui/ticks.ts';
import { coincidentSeries, resolveAxis } from '../../../src/ui/chartAxes.ts';
import { colorPosition, keyTicks } from '../../../src/ui/colorKey.ts';

describe('chart ticks', () => {
  it('steps linear axes by 1, 2 or 5 × 10ⁿ', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(3, 97, 5)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('puts log ticks on powers of ten, widened to whole decades', () => {
    expect(logTicks([3, 4000])).toEqual([1, 10, 100, 1000, 10000]);
    expect(logTicks([2, 40])).toEqual([1, 10, 100]);
    expect(logTicks([2, 8])).toEqual([2, 5]);
  });

  it('writes one format per axis: never 1.0e+5 beside 10000', () => {
    const f = tickFormatter([1, 10, 100, 1000, 10000, 100000]);
    expect([1, 10000, 100000].map(f)).toEqual(['10⁰', '10⁴', '10⁵']);
    const g = tickFormatter([0, 20000, 40000]);
    expect([0, 20000, 40000].map(g)).toEqual(['0', '20k', '40k']);
    const h = tickFormatter([0, 0.5, 1]);
    expect([0, 0.5, 1].map(h)).toEqual(['0.0', '0.5', '1.0']);
    expect(tickFormatter([1e-9, 1e-3])(1e-9)).toBe('10⁻⁹');
  });

  it('writes bytes in round decimal units and tooltips with 4 significant digits', () => {
    expect(formatBytes(1e9)).toBe('1 GB');
    expect(formatBytes(5e8)).toBe('500 MB');
    expect(formatExact(0.0014051)).toBe('0.001405');
    expect(formatExact(2.463)).toBe('2.463');
    expect(formatExact(1.2e-7)).toBe('1.2×10⁻⁷');
  });

  it('keeps a log axis with values near 2.5 above its lowest tick', () => {
    const a = resolveAxis([2.463, 7, 10.4], { scale: 'log' }, false);
    expect(a.domain![0]).toBeLessThanOrEqual(1);
    expect(a.ticks).toEqual([1, 10, 100]);
  });
});

describe('coinciding series and colour keys', () => {
  it('finds a series drawn on top of another', () => {
    const rows = [1, 2, 3].map((x) => ({ x, a: x * x, b: x * x, c: -x }));
    expect([...coincidentSeries(rows, ['a', 'b', 'c'])]).toEqual([[1, 0]]);
  });

  it('maps values onto diverging, row and log colour scales', () => {
    expect(colorPosition(0, -1, 1, 'linear', true)).toBe(0.5);
    expect(colorPosition(0.2, 0, 1, 'row', false, 0.4)).toBe(0.5);
    expect(colorPosition(10, 1, 100, 'log', false)).toBeCloseTo(0.5);
    expect(keyTicks(-1, 1, 'linear', true).map((k) => k.label)).toEqual([
      '−1.0',
      '−0.5',
      '0.0',
      '0.5',
      '1.0',
    ]);
  });
});
