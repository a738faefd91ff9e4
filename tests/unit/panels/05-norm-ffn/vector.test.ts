/** The URL codec of the lab's edited vector: round trips, clamping, and hostile strings. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VECTOR,
  MAX_LENGTH,
  formatVector,
  parseVector,
} from '../../../../src/panels/05-norm-ffn/vector.ts';

const defaults = DEFAULT_VECTOR.split(',').map(Number);

describe('vector codec', () => {
  it('round-trips a vector and rounds to two decimals', () => {
    expect(parseVector('1,-0.5,2')).toEqual({ values: [1, -0.5, 2], ok: true });
    expect(formatVector([1.234, -0.5, 2])).toBe('1.23,-0.5,2');
    expect(parseVector(formatVector([0.1, 3.99, -4]))).toEqual({
      values: [0.1, 3.99, -4],
      ok: true,
    });
  });

  it('clamps entries to ±4', () => {
    expect(parseVector('1,-9,1e308').values).toEqual([1, -4, 4]);
  });

  it('falls back to the default on anything unusable', () => {
    for (const bad of ['', '1', '1,abc', '1,,2', 'NaN,1', '<script>,1', '1,Infinity']) {
      expect(parseVector(bad)).toEqual({ values: defaults, ok: false });
    }
    expect(
      parseVector(
        Array(MAX_LENGTH + 1)
          .fill('1')
          .join(','),
      ).ok,
    ).toBe(false);
    expect(parseVector(Array(MAX_LENGTH).fill('1').join(',')).ok).toBe(true);
  });
});
