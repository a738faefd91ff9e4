/**
 * Training on the WebAssembly SIMD products (float32 workspace) against the JavaScript
 * reference in float64 (the workspace the finite-difference check of backward.test.ts
 * verifies): the whole model's gradient agrees to float32 tolerance, and a seeded run is
 * bit-reproducible.
 *
 * Tolerance: float32 activations and sums carry a relative rounding of ~6e-8 per operation;
 * through 2 layers, softmax and sums of ≤ 64 terms the gradient's relative error stays near
 * 1e-6 (observed), so 1e-4 on the norm of the difference (and on the largest difference,
 * scaled by the largest gradient) leaves a wide margin, while a wrong product (a transposed
 * index, a missing accumulate) is off by O(1).
 */
import { describe, expect, it } from 'vitest';
import type { QwenConfig } from '../../../src/model/config.ts';
import { createWorkspace, trainBackward, trainForward } from '../../../src/model/backward.ts';
import { initModel } from '../../../src/model/init.ts';
import { paramLayout, viewsOf } from '../../../src/model/params.ts';
import { createTrainer, trainStep } from '../../../src/model/train.ts';
import { MICRO, randomFlat, randomIds } from './micro.ts';

/** Big enough that every product takes the kernel (≥ 4 rows), with odd sizes: vocab 37, MLP 44. */
const SMALL: QwenConfig = {
  ...MICRO,
  vocab_size: 37,
  hidden_size: 16,
  intermediate_size: 44,
  num_attention_heads: 2,
  num_key_value_heads: 1,
};

function gradients(
  ctor: Float32ArrayConstructor | Float64ArrayConstructor,
  kernels: 'js' | 'simd',
) {
  const B = 3;
  const T = 7;
  const { flat } = randomFlat(SMALL, 21, 0.3, Float64Array);
  const layout = paramLayout(SMALL);
  const weights = viewsOf(layout, ctor.from(flat));
  const ids = randomIds(B * T, SMALL.vocab_size, 22);
  const targets = randomIds(B * T, SMALL.vocab_size, 23);
  const lossMask = Float32Array.from({ length: B * T }, (_, i) => (i % 5 === 2 ? 0 : 1));
  const batch = { ids, targets, lossMask };
  const ws = createWorkspace(SMALL, B, T, ctor, kernels);
  const grads = new ctor(layout.size);
  const model = { config: SMALL, weights };
  const { loss, maskSum } = trainForward(model, ws, batch);
  trainBackward(model, viewsOf(layout, grads), ws, batch, maskSum);
  return { grads, loss, kernels: ws.kernels };
}

describe('training on the SIMD products', () => {
  it('float32 SIMD gradients of the whole model match the float64 reference (rel 1e-4)', () => {
    const fast = gradients(Float32Array, 'simd');
    const ref = gradients(Float64Array, 'js');
    expect(fast.kernels).toBe('simd');
    expect(ref.kernels).toBe('js');
    expect(fast.loss).toBeCloseTo(ref.loss, 5);
    let diff2 = 0;
    let ref2 = 0;
    let worst = 0;
    let biggest = 0;
    for (let i = 0; i < ref.grads.length; i++) {
      const d = fast.grads[i] - ref.grads[i];
      diff2 += d * d;
      ref2 += ref.grads[i] * ref.grads[i];
      worst = Math.max(worst, Math.abs(d));
      biggest = Math.max(biggest, Math.abs(ref.grads[i]));
    }
    expect(Math.sqrt(ref2)).toBeGreaterThan(1e-2); // not trivially zero
    expect(Math.sqrt(diff2 / ref2)).toBeLessThan(1e-4);
    expect(worst / biggest).toBeLessThan(1e-4);
  });

  it('a float64 workspace always runs the JavaScript reference', () => {
    expect(createWorkspace(SMALL, 1, 4, Float64Array, 'simd').kernels).toBe('js');
    expect(createWorkspace(SMALL, 1, 4).kernels).toBe('simd');
    expect(createWorkspace(SMALL, 1, 4, Float32Array, 'js').kernels).toBe('js');
  });

  it('two seeded runs of a few steps give bit-identical weights', () => {
    const B = 4;
    const T = 12;
    const run = () => {
      const trainer = createTrainer(initModel(SMALL, 9), {
        maxLr: 1e-2,
        warmupSteps: 1,
        totalSteps: 10,
        seqLen: T,
      });
      const ids = randomIds(B * T, SMALL.vocab_size, 100);
      const targets = randomIds(B * T, SMALL.vocab_size, 200);
      const lossMask = new Float32Array(B * T).fill(1);
      const losses: number[] = [];
      for (let s = 0; s < 4; s++) losses.push(trainStep(trainer, { ids, targets, lossMask }).loss);
      expect(trainer.workspaces.get(`${B}x${T}`)?.kernels).toBe('simd');
      return { params: trainer.params, losses };
    };
    const a = run();
    const b = run();
    expect(b.losses).toEqual(a.losses);
    expect(Buffer.from(b.params.buffer).equals(Buffer.from(a.params.buffer))).toBe(true);
    // and the steps did something: the same batch four times, so the loss falls
    expect(a.losses[3]).toBeLessThan(a.losses[0]);
  });
});
