/**
 * Softmax: hand case, properties (sums to 1, shift invariance, no overflow, Qwen-size rows),
 * and the backward against central finite differences in float64 (h = 1e-6; a smooth
 * function of O(1) values: truncation ~1e-12, rounding ~1e-10 → tolerance 1e-8).
 */
import { describe, expect, it } from 'vitest';
import { numericGrad } from '../../../helpers/gradient.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';
import {
  softmax,
  softmaxBackward,
  softmaxForward,
  softmaxRow,
} from '../../../../src/kernels/reference/softmax.ts';

describe('softmax', () => {
  it('hand case: softmax([1, 2, 3]) = [0.0900, 0.2447, 0.6652]', () => {
    expect(softmax([1, 2, 3])).toBeCloseToArray([0.09003057, 0.24472847, 0.66524096], 1e-7);
  });

  it('each row sums to 1 and is unchanged by adding a constant', () => {
    const rng = createRng(3);
    const x = new Float64Array(4 * 7).map(() => rng.normal() * 5);
    const y = new Float64Array(x.length);
    softmaxForward(y, x, 4, 7);
    for (let r = 0; r < 4; r++) {
      let s = 0;
      for (let i = 0; i < 7; i++) s += y[r * 7 + i];
      expect(s).toBeCloseTo(1, 12);
    }
    const shifted = new Float64Array(x.length);
    softmaxForward(
      shifted,
      x.map((v) => v + 100),
      4,
      7,
    );
    expect(shifted).toBeCloseToArray(y, 1e-12);
  });

  it('returns log-sum-exp and survives huge logits and Qwen-size rows', () => {
    const out = new Float64Array(2);
    const lse = softmaxRow(out, 0, [1000, 1000], 0, 2);
    expect(lse).toBeCloseTo(1000 + Math.log(2), 10);
    expect(Array.from(out)).toEqual([0.5, 0.5]);
    const big = new Float32Array(151936);
    big[5] = 10;
    const p = softmax(big);
    expect(p[5]).toBeCloseTo(Math.exp(10) / (Math.exp(10) + 151935), 6);
  });

  it('throws when nothing can be normalized', () => {
    expect(() => softmax([-Infinity, -Infinity])).toThrow(/−∞ or NaN/);
    expect(() => softmax([])).toThrow(/at least one/);
  });

  it('backward matches finite differences of L = Σ w ⊙ softmax(x)', () => {
    const rng = createRng(9);
    const rows = 3;
    const cols = 5;
    const x = new Float64Array(rows * cols).map(() => rng.normal());
    const w = new Float64Array(rows * cols).map(() => rng.normal());
    const y = new Float64Array(rows * cols);
    const loss = () => {
      softmaxForward(y, x, rows, cols);
      return y.reduce((s, v, i) => s + v * w[i], 0);
    };
    loss();
    const dx = new Float64Array(rows * cols);
    softmaxBackward(dx, w, y, rows, cols);
    const h = 1e-6;
    const num = numericGrad(x, loss, h);
    expect(dx).toBeCloseToArray(num, 1e-8);
  });
});
