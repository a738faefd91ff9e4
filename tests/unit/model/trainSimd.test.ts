/**
 * Training on the WebAssembly SIMD kernels (float32 workspace) against the JavaScript
 * reference in float64 (the workspace the finite-difference check of backward.test.ts
 * verifies): the whole model's gradient agrees to float32 tolerance, and a seeded run is
 * bit-reproducible.
 *
 * Tolerance: float32 activations and sums carry a relative rounding of ~6e-8 per operation;
 * through 2 layers, softmax and sums of ≤ 80 terms the gradient's relative error stays at a few
 * 1e-6 (observed 1.2e-6 and 4.3e-6 on the norm, 1.5e-6 and 7.5e-6 on the largest), so 1e-4 on the norm of the difference (and on the largest difference,
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

/**
 * Big enough for the forward's RMSNorm, SwiGLU and RoPE kernels too (≥ 2,048 values a call, rows
 * of whole v128s), which SMALL leaves to their JavaScript fallbacks.
 */
const MEDIUM: QwenConfig = {
  ...MICRO,
  vocab_size: 37,
  hidden_size: 64,
  intermediate_size: 100,
  num_attention_heads: 2,
  num_key_value_heads: 1,
  max_position_embeddings: 40,
};

function gradients(
  config: QwenConfig,
  [B, T]: [number, number],
  ctor: Float32ArrayConstructor | Float64ArrayConstructor,
  kernels: 'js' | 'simd',
) {
  const { flat } = randomFlat(config, 21, 0.3, Float64Array);
  const layout = paramLayout(config);
  const weights = viewsOf(layout, ctor.from(flat));
  const ids = randomIds(B * T, config.vocab_size, 22);
  const targets = randomIds(B * T, config.vocab_size, 23);
  const lossMask = Float32Array.from({ length: B * T }, (_, i) => (i % 5 === 2 ? 0 : 1));
  const batch = { ids, targets, lossMask };
  const ws = createWorkspace(config, B, T, ctor, kernels);
  const grads = new ctor(layout.size);
  const model = { config, weights };
  const { loss, maskSum } = trainForward(model, ws, batch);
  trainBackward(model, viewsOf(layout, grads), ws, batch, maskSum);
  return { grads, loss, kernels: ws.kernels };
}

describe('training on the SIMD kernels', () => {
  it.each([
    ['odd sizes (hidden 16, MLP 44, vocab 37), 3 × 7 tokens', SMALL, [3, 7]],
    ['every SIMD kernel (hidden 64, MLP 100, head dim 32), 2 × 40 tokens', MEDIUM, [2, 40]],
  ] as const)(
    '%s: float32 SIMD gradients match the float64 reference (rel 1e-4)',
    (_, config, bt) => {
      const fast = gradients(config, [bt[0], bt[1]], Float32Array, 'simd');
      const ref = gradients(config, [bt[0], bt[1]], Float64Array, 'js');
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
    },
  );

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
