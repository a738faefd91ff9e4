/**
 * Training on the WebAssembly SIMD kernels (float32 workspace) against the JavaScript
 * reference in float64 (the workspace the finite-difference check of backward.test.ts
 * verifies): the whole model's gradient agrees to float32 tolerance; against the JavaScript
 * kernels in float32, one whole step's loss and gradients and the AdamW update from them agree
 * too; and a seeded run is bit-reproducible. Three sizes: SMALL leaves the row-by-row kernels to
 * their JavaScript fallbacks, MEDIUM runs every SIMD kernel, ODD runs them on rows that are not
 * whole v128s.
 *
 * Tolerance: float32 activations and sums carry a relative rounding of ~6e-8 per operation;
 * through 2 layers, softmax and sums of ≤ 100 terms the gradient's relative error stays at a few
 * 1e-6 against float64 (observed ≤ 4.3e-6 on the norm, ≤ 7.5e-6 on the largest), so 1e-4 on the
 * norm of the difference (and on the largest difference, scaled by the largest gradient) leaves
 * a wide margin, while a wrong product (a transposed index, a missing accumulate) is off by
 * O(1). Against float32 JavaScript (both round the same activations) the gradients differ by
 * ≤ 2.6e-7 (bound 1e-5), and the parameters after one AdamW update from equal gradients by
 * ≤ 6e-8 (bound 1e-6, the update being ~lr = 1e-2).
 */
import { describe, expect, it } from 'vitest';
import type { QwenConfig } from '../../../src/model/config.ts';
import { createWorkspace, trainBackward, trainForward } from '../../../src/model/backward.ts';
import { initModel } from '../../../src/model/init.ts';
import { paramLayout, viewsOf } from '../../../src/model/params.ts';
import {
  applyUpdate,
  computeGradients,
  createTrainer,
  trainStep,
} from '../../../src/model/train.ts';
// MEDIUM (micro.ts) runs the forward's RMSNorm, SwiGLU and RoPE kernels too, which SMALL leaves
// to their JavaScript fallbacks.
import { MEDIUM, MICRO, randomFlat, randomIds } from './micro.ts';

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
 * Every training kernel with sizes that are not multiples of 4: rows of 42 (RMSNorm), an MLP of
 * 45 (SwiGLU), a vocabulary of 37 (cross-entropy); half a head is 21 floats, so RoPE takes its
 * JavaScript reference.
 */
const ODD: QwenConfig = {
  ...MICRO,
  vocab_size: 37,
  hidden_size: 42,
  intermediate_size: 45,
  num_attention_heads: 1,
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
  // the last row holds two packed sequences: the second starts at T / 2
  const seqStarts = Uint8Array.from({ length: B * T }, (_, i) =>
    i === (B - 1) * T + (T >> 1) ? 1 : 0,
  );
  const batch = { ids, targets, lossMask, seqStarts };
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
    ['the kernels on odd rows (hidden 42, MLP 45, vocab 37), 2 × 40 tokens', ODD, [2, 40]],
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

  /** `steps` training steps (AdamW included) on the same batch; losses and the trainer. */
  function run(
    config: QwenConfig,
    [B, T]: [number, number],
    steps: number,
    kernels?: 'js' | 'simd',
  ) {
    const trainer = createTrainer(initModel(config, 9), {
      maxLr: 1e-2,
      warmupSteps: 1,
      totalSteps: 10,
      seqLen: T,
      kernels,
    });
    const ids = randomIds(B * T, config.vocab_size, 100);
    const targets = randomIds(B * T, config.vocab_size, 200);
    const lossMask = Float32Array.from({ length: B * T }, (_, i) => (i % 7 === 3 ? 0 : 1));
    const losses: number[] = [];
    for (let s = 0; s < steps; s++)
      losses.push(trainStep(trainer, { ids, targets, lossMask }).loss);
    expect(trainer.workspaces.get(`${B}x${T}`)?.kernels).toBe(kernels ?? 'simd');
    return { params: trainer.params, losses };
  }

  it.each([
    ['SMALL', SMALL, [4, 12]],
    ['MEDIUM', MEDIUM, [2, 40]],
    ['ODD', ODD, [2, 40]],
  ] as const)('%s: two seeded runs of a few steps give bit-identical weights', (_, config, bt) => {
    const a = run(config, [bt[0], bt[1]], 4);
    const b = run(config, [bt[0], bt[1]], 4);
    expect(b.losses).toEqual(a.losses);
    // the parameters' own bytes (they are a view into wasm memory)
    const bytes = (x: Float32Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength);
    expect(bytes(b.params).equals(bytes(a.params))).toBe(true);
    // and the steps did something: the same batch four times, so the loss falls
    expect(a.losses[3]).toBeLessThan(a.losses[0]);
  });

  it.each([
    ['MEDIUM', MEDIUM],
    ['ODD', ODD],
  ] as const)(
    '%s: a whole step on the SIMD and on the JavaScript kernels (float32 both) agrees',
    (_, config) => {
      const [B, T] = [2, 40];
      const batch = {
        ids: randomIds(B * T, config.vocab_size, 100),
        targets: randomIds(B * T, config.vocab_size, 200),
        lossMask: Float32Array.from({ length: B * T }, (_, i) => (i % 7 === 3 ? 0 : 1)),
      };
      const trainer = (kernels: 'js' | 'simd') =>
        createTrainer(initModel(config, 9), {
          maxLr: 1e-2,
          warmupSteps: 1,
          totalSteps: 10,
          seqLen: T,
          kernels,
        });
      const fast = trainer('simd');
      const ref = trainer('js');
      // forward and backward: loss and gradients
      const lossFast = computeGradients(fast, batch).loss;
      const lossRef = computeGradients(ref, batch).loss;
      expect(Math.abs(lossFast - lossRef)).toBeLessThan(1e-5 * lossRef);
      let diff2 = 0;
      let ref2 = 0;
      let worst = 0;
      let biggest = 0;
      for (let i = 0; i < ref.grads.length; i++) {
        const d = fast.grads[i] - ref.grads[i];
        diff2 += d * d;
        ref2 += ref.grads[i] ** 2;
        worst = Math.max(worst, Math.abs(d));
        biggest = Math.max(biggest, Math.abs(ref.grads[i]));
      }
      expect(Math.sqrt(diff2 / ref2)).toBeLessThan(1e-5);
      expect(worst / biggest).toBeLessThan(1e-5);
      // the update (clipping, AdamW) from the same gradient: Adam divides each entry by its own
      // scale, so it is compared on equal gradients (an entry at the rounding noise of the largest
      // would otherwise move by up to ±lr either way)
      fast.grads.set(ref.grads);
      const before = ref.params.slice();
      applyUpdate(fast);
      applyUpdate(ref);
      let moved = 0;
      let apart = 0;
      for (let i = 0; i < ref.params.length; i++) {
        moved = Math.max(moved, Math.abs(ref.params[i] - before[i]));
        apart = Math.max(apart, Math.abs(fast.params[i] - ref.params[i]));
      }
      expect(moved).toBeGreaterThan(5e-3); // lr · sign(g) on the first step
      expect(apart).toBeLessThan(1e-6);
    },
  );
});
