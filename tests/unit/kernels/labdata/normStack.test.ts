/**
 * The Pre-Norm / Post-Norm toy stack: gradients against central finite differences in float64
 * (the loss is linear in y, h = 1e-5 on O(1) values: error ~1e-9 → tolerance 1e-6 relative),
 * the structural facts each placement guarantees, seeding, and the behaviour the lab teaches.
 */
import { describe, expect, it } from 'vitest';
import { numericGrad } from '../../../helpers/gradient.ts';
import {
  compareNormPlacements,
  initNormStack,
  normStackRun,
  type NormPlacement,
  type NormStack,
} from '../../../../src/kernels/labdata/normStack.ts';

describe('normStack', () => {
  for (const placement of ['pre', 'post'] as NormPlacement[]) {
    it(`${placement}-norm: dx0, dW1, dW2 match finite differences`, () => {
      const s: NormStack = initNormStack({ depth: 3, width: 5, hidden: 6, batch: 2, seed: 7 });
      const r = normStackRun(placement, s);
      const loss = () => normStackRun(placement, s).loss;
      const idx = [0, 3, 7, 9];
      expect(idx.map((i) => r.dx0[i])).toBeCloseToArray(numericGrad(s.x0, loss, 1e-5, idx), 1e-6);
      for (const l of [0, 2]) {
        expect(idx.map((i) => r.dW1[l][i])).toBeCloseToArray(
          numericGrad(s.W1[l], loss, 1e-5, idx),
          1e-6,
        );
        expect(idx.map((i) => r.dW2[l][i])).toBeCloseToArray(
          numericGrad(s.W2[l], loss, 1e-5, idx),
          1e-6,
        );
      }
    });
  }

  it('Post-Norm keeps every layer output at RMS 1; Pre-Norm lets the stream grow', () => {
    const { pre, post } = compareNormPlacements({ depth: 16, width: 32, seed: 3 });
    for (let l = 1; l <= 16; l++) expect(post.activationRms[l]).toBeCloseTo(1, 5);
    expect(pre.activationRms[16]).toBeGreaterThan(2 * pre.activationRms[0]);
    for (let l = 1; l <= 16; l++)
      expect(pre.activationRms[l]).toBeGreaterThan(pre.activationRms[0]);
  });

  it('with zero branches both placements pass the input through (Pre-Norm: only the final norm)', () => {
    const s = initNormStack({ depth: 4, width: 6, seed: 1, branchGain: 0 });
    const pre = normStackRun('pre', s);
    const post = normStackRun('post', s);
    // Pre-Norm: x_l = x_0 for all l, so the gradient reaches x_0 unchanged.
    for (let l = 0; l <= 4; l++) expect(pre.gradNorm[l]).toBeCloseTo(pre.gradNorm[4], 12);
    expect(pre.sensitivity.every((v) => v === 0)).toBe(true);
    // Post-Norm with zero branches: x_l = RMSNorm(x_{l−1}) is already normalized for l ≥ 1, and
    // the backward of RMSNorm at a normalized row is a projection (applying it twice = once).
    expect(post.gradNorm[3]).toBeLessThan(post.gradNorm[4]);
    for (let l = 1; l <= 3; l++) expect(post.gradNorm[l]).toBeCloseTo(post.gradNorm[3], 5);
  });

  it('is deterministic for a seed and different across seeds', () => {
    const a = compareNormPlacements({ depth: 5, width: 8, seed: 11 });
    const b = compareNormPlacements({ depth: 5, width: 8, seed: 11 });
    const c = compareNormPlacements({ depth: 5, width: 8, seed: 12 });
    expect(Array.from(a.post.gradNorm)).toEqual(Array.from(b.post.gradNorm));
    expect(a.pre.loss).toBe(b.pre.loss);
    expect(a.pre.loss).not.toBe(c.pre.loss);
  });

  it('deep stacks: Post-Norm is far more sensitive to a 1% weight perturbation, and its top blocks get larger gradients', () => {
    // One perturbation is noisy: compare means over four seeds.
    let [sensPre, sensPost] = [0, 0];
    for (const seed of [1, 2, 3, 4]) {
      const { pre, post } = compareNormPlacements({ depth: 48, width: 32, seed });
      sensPre += pre.sensitivity[48];
      sensPost += post.sensitivity[48];
      expect(post.paramGradNorm[47]).toBeGreaterThan(2 * pre.paramGradNorm[47]);
    }
    expect(sensPost).toBeGreaterThan(1.5 * sensPre);
  });

  it('rejects bad sizes and placements with clear messages', () => {
    expect(() => initNormStack({ depth: 0, width: 4, seed: 1 })).toThrow(/depth/);
    expect(() => initNormStack({ depth: 2, width: 1, seed: 1 })).toThrow(/width/);
    expect(() => initNormStack({ depth: 2, width: 4, seed: 1, branchGain: -1 })).toThrow(
      /branchGain/,
    );
    const s = initNormStack({ depth: 1, width: 4, seed: 1 });
    expect(() => normStackRun('middle' as NormPlacement, s)).toThrow(/placement/);
  });
});
