/**
 * Cross-entropy with a loss mask: hand case, masking, range errors, and the backward against
 * central finite differences in float64 (h = 1e-6, tolerance 1e-8 as for softmax).
 */
import { describe, expect, it } from 'vitest';
import { numericGrad } from '../../../helpers/gradient.ts';
import {
  crossEntropyBackward,
  crossEntropyForward,
} from '../../../../src/kernels/reference/crossEntropy.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';

describe('crossEntropy', () => {
  it('hand case: logits [0, 0], target 1 → loss ln 2, dlogits [0.5, −0.5]', () => {
    const logits = new Float64Array([0, 0]);
    const probs = new Float64Array(2);
    const losses = new Float64Array(1);
    const r = crossEntropyForward(probs, losses, logits, [1], null, 1, 2);
    expect(r.loss).toBeCloseTo(Math.LN2, 12);
    expect(r.maskSum).toBe(1);
    const d = new Float64Array(2);
    crossEntropyBackward(d, probs, [1], null, 1, 2, 1);
    expect(Array.from(d)).toEqual([0.5, -0.5]);
  });

  it('masked positions carry no loss and no gradient; an empty mask gives 0', () => {
    const logits = new Float64Array([2, 0, 0, 0, 5, 0]); // T = 2, V = 3
    const probs = new Float64Array(6);
    const losses = new Float64Array(2);
    const r = crossEntropyForward(probs, losses, logits, [0, 0], [1, 0], 2, 3);
    const l0 = Math.log(Math.exp(2) + 2) - 2;
    expect(r.loss).toBeCloseTo(l0, 12);
    expect(losses[1]).toBeCloseTo(Math.log(Math.exp(5) + 2), 12); // still reported per token
    const d = new Float64Array(6);
    crossEntropyBackward(d, probs, [0, 0], [1, 0], 2, 3, r.maskSum);
    expect(Array.from(d.subarray(3))).toEqual([0, 0, 0]);
    const empty = crossEntropyForward(probs, losses, logits, [0, 0], new Uint8Array(2), 2, 3);
    expect(empty.loss).toBe(0);
    expect(empty.maskSum).toBe(0);
  });

  it('throws on a target outside the vocabulary', () => {
    const z = new Float32Array(3);
    expect(() => crossEntropyForward(z, new Float32Array(1), z, [3], null, 1, 3)).toThrow(
      /outside/,
    );
  });

  it('stays finite for confident wrong predictions (no log 0)', () => {
    const logits = new Float32Array([200, -200]);
    const r = crossEntropyForward(
      new Float32Array(2),
      new Float32Array(1),
      logits,
      [1],
      null,
      1,
      2,
    );
    expect(r.loss).toBeCloseTo(400, 3);
  });

  it('backward matches finite differences of the masked mean loss', () => {
    const rng = createRng(4);
    const T = 4;
    const V = 6;
    const logits = new Float64Array(T * V).map(() => rng.normal() * 2);
    const targets = [1, 5, 0, 3];
    const mask = [1, 0.5, 0, 1];
    const probs = new Float64Array(T * V);
    const losses = new Float64Array(T);
    const loss = () => crossEntropyForward(probs, losses, logits, targets, mask, T, V).loss;
    const { maskSum } = crossEntropyForward(probs, losses, logits, targets, mask, T, V);
    const d = new Float64Array(T * V);
    crossEntropyBackward(d, probs, targets, mask, T, V, maskSum);
    const h = 1e-6;
    const num = numericGrad(logits, loss, h);
    expect(d).toBeCloseToArray(num, 1e-8);
  });
});
