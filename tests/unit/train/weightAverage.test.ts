import { mulberry32 } from '../../../src/kernels/reference/random.ts';
import { describe, expect, it } from 'vitest';
import { WeightAverage } from '../../../src/train/weightAverage.ts';

/** The average in closed form, in float64: d^(N−from)·p_from + Σ_{k>from} (1−d)·d^(N−k)·p_k. */
function closedForm(seq: number[][], from: number, decay: number): number[] {
  const N = seq.length - 1;
  return seq[0].map((_, i) => {
    let s = Math.pow(decay, N - from) * seq[from][i];
    for (let k = from + 1; k <= N; k++) s += (1 - decay) * Math.pow(decay, N - k) * seq[k][i];
    return s;
  });
}

describe('WeightAverage (Polyak averaging of the weights)', () => {
  it('equals the closed-form exponential average of the weights after each step', () => {
    const rand = mulberry32(3);
    // seq[k] = the weights after k steps
    const seq = Array.from({ length: 60 }, () => Array.from({ length: 8 }, () => rand() * 2 - 1));
    const avg = new WeightAverage({ decay: 0.95, from: 10 }, 8);
    for (let k = 1; k < seq.length; k++) avg.after(k, seq[k]);
    const want = closedForm(seq, 10, 0.95);
    for (let i = 0; i < 8; i++) expect(avg.weights[i]).toBeCloseTo(want[i], 5);
  });

  it('is untouched before its start, the weights themselves at it, and decay 0 keeps the last', () => {
    const avg = new WeightAverage({ decay: 0.5, from: 3 }, 2);
    avg.after(2, [5, 5]);
    expect([...avg.weights]).toEqual([0, 0]);
    expect(avg.covers(2)).toBe(false);
    avg.after(3, [1, 3]);
    expect([...avg.weights]).toEqual([1, 3]);
    avg.after(4, [3, 1]);
    expect([...avg.weights]).toEqual([2, 2]);
    expect(avg.covers(4)).toBe(true);
    const last = new WeightAverage({ decay: 0, from: 0 }, 1);
    for (const x of [4, 7, -2]) last.after(1, [x]);
    expect(last.weights[0]).toBe(-2);
  });

  it('rejects a decay outside [0, 1) and a start that is not a whole step', () => {
    expect(() => new WeightAverage({ decay: 1, from: 0 }, 1)).toThrow(/decay/);
    expect(() => new WeightAverage({ decay: -0.1, from: 0 }, 1)).toThrow(/decay/);
    expect(() => new WeightAverage({ decay: 0.9, from: 1.5 }, 1)).toThrow(/whole step/);
  });
});
