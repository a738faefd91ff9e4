/**
 * AdamW, clipping, the LR schedule (hand cases from their formulas), and a micro training run
 * that must memorize a short random sequence.
 */
import { describe, expect, it } from 'vitest';
import {
  adamwUpdate,
  clipScale,
  cosineLr,
  createAdamW,
  globalNorm,
} from '../../../src/model/adamw.ts';
import { initModel } from '../../../src/model/init.ts';
import { paramLayout } from '../../../src/model/params.ts';
import {
  applyUpdate,
  computeGradients,
  createTrainer,
  trainStep,
} from '../../../src/model/train.ts';
import { MICRO, randomIds } from './micro.ts';

describe('AdamW', () => {
  it('first step moves each parameter by lr·sign(g) (bias correction), decays only matrices', () => {
    const layout = paramLayout(MICRO);
    const params = new Float32Array(layout.size).fill(1);
    const grads = new Float32Array(layout.size);
    for (let i = 0; i < grads.length; i++) grads[i] = i % 2 === 0 ? 0.5 : -2;
    const st = createAdamW(layout);
    adamwUpdate(params, grads, st, 0.01, { beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1 });
    // m̂ = g, v̂ = g² → update = lr · g/|g|; decay: θ·(1 − lr·wd) = 0.999 on 2-D tensors
    const normOffset = layout.offsets[1]; // model.layers.0.input_layernorm.weight (1-D)
    expect(params[0]).toBeCloseTo(0.999 - 0.01, 6); // embedding, even index, g > 0
    expect(params[1]).toBeCloseTo(0.999 + 0.01, 6);
    const g = grads[normOffset];
    expect(params[normOffset]).toBeCloseTo(1 - 0.01 * Math.sign(g), 6);
    expect(st.step).toBe(1);
  });

  it('clips by global norm: the update reads every gradient times clipScale', () => {
    const g = new Float32Array([3, 4]);
    expect(globalNorm(g)).toBeCloseTo(5, 6);
    expect(clipScale(5, 1)).toBeCloseTo(0.2, 6); // norm 5 → 1
    expect(clipScale(0.5, 1)).toBe(1); // within the limit
    expect(clipScale(5, 0)).toBe(1); // 0 = no clipping
    // AdamW reading g × 0.2 moves the parameters as AdamW on the clipped [0.6, 0.8] does
    const st = () => ({ m: new Float32Array(2), v: new Float32Array(2), step: 0, decayRanges: [] });
    const [a, b] = [new Float32Array([1, 1]), new Float32Array([1, 1])];
    const [sa, sb] = [st(), st()];
    for (let s = 0; s < 3; s++) {
      adamwUpdate(a, g, sa, 0.01, undefined, clipScale(5, 1));
      adamwUpdate(b, new Float32Array([0.6, 0.8]), sb, 0.01);
    }
    expect(a).toBeCloseToArray(Array.from(b), 1e-6);
    expect(sa.v).toBeCloseToArray(Array.from(sb.v), 1e-6);
    expect(sb.m[1]).toBeCloseTo(0.8 * (1 - 0.9 ** 3), 6); // the clipped gradient in the moment
  });

  it('cosine schedule: linear warmup, maxLr after warmup, minLr at the end', () => {
    const s = { maxLr: 1e-3, minLr: 1e-4, warmupSteps: 10, totalSteps: 110 };
    expect(cosineLr(0, s)).toBeCloseTo(1e-4, 12);
    expect(cosineLr(9, s)).toBeCloseTo(1e-3, 12);
    expect(cosineLr(10, s)).toBeCloseTo(1e-3, 12);
    expect(cosineLr(60, s)).toBeCloseTo(5.5e-4, 12); // halfway: (max + min) / 2
    expect(cosineLr(110, s)).toBeCloseTo(1e-4, 12);
    expect(cosineLr(1000, s)).toBeCloseTo(1e-4, 12);
  });
});

describe('trainStep', () => {
  it('memorizes a short random sequence: loss falls below half its start', () => {
    const T = 12;
    const model = initModel(MICRO, 1);
    const trainer = createTrainer(model, {
      maxLr: 1e-2,
      warmupSteps: 5,
      totalSteps: 200,
      weightDecay: 0,
    });
    const seq = randomIds(T + 1, MICRO.vocab_size, 99);
    const batch = {
      ids: seq.slice(0, T),
      targets: seq.slice(1, T + 1),
      lossMask: new Uint8Array(T).fill(1),
      seqLen: T,
    };
    const first = trainStep(trainer, batch);
    expect(first.loss).toBeCloseTo(Math.log(MICRO.vocab_size), 1); // near-uniform at init
    let last = first.loss;
    for (let i = 0; i < 150; i++) last = trainStep(trainer, batch).loss;
    expect(last).toBeLessThan(first.loss / 2);
    // the model object itself was trained (its tensors are views into trainer.params)
    expect(model.weights['lm_head.weight'].buffer).toBe(trainer.params.buffer);
  });

  it('split gradients: two halves with a shared divisor sum to the whole batch gradient', () => {
    const T = 6;
    const ids = randomIds(2 * T, MICRO.vocab_size, 3);
    const targets = randomIds(2 * T, MICRO.vocab_size, 4);
    const lossMask = new Float32Array([1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1]);
    const whole = createTrainer(initModel(MICRO, 5), {
      maxLr: 1e-3,
      warmupSteps: 1,
      totalSteps: 10,
      seqLen: T,
    });
    const r = computeGradients(whole, { ids, targets, lossMask });
    const part = createTrainer(initModel(MICRO, 5), {
      maxLr: 1e-3,
      warmupSteps: 1,
      totalSteps: 10,
      seqLen: T,
    });
    const sum = new Float32Array(part.grads.length);
    for (let b = 0; b < 2; b++) {
      const sl = (a: Int32Array | Float32Array) => a.slice(b * T, (b + 1) * T);
      computeGradients(
        part,
        {
          ids: sl(ids) as Int32Array,
          targets: sl(targets) as Int32Array,
          lossMask: sl(lossMask) as Float32Array,
        },
        { lossDivisor: r.maskSum },
      );
      for (let i = 0; i < sum.length; i++) sum[i] += part.grads[i];
    }
    expect(sum).toBeCloseToArray(whole.grads, 1e-6);
    const u = applyUpdate(part, sum);
    expect(u.step).toBe(1);
    expect(u.gradNorm).toBeGreaterThan(0);
  });

  it('rejects out-of-vocabulary ids and ragged batches', () => {
    const trainer = createTrainer(initModel(MICRO, 1), {
      maxLr: 1e-3,
      warmupSteps: 1,
      totalSteps: 2,
      seqLen: 4,
    });
    const ok = new Int32Array(4);
    expect(() =>
      trainStep(trainer, {
        ids: new Int32Array([0, 1, 2, 20]),
        targets: ok,
        lossMask: new Uint8Array(4),
      }),
    ).toThrow(/outside the vocabulary/);
    expect(() =>
      trainStep(trainer, {
        ids: new Int32Array(5),
        targets: new Int32Array(5),
        lossMask: new Uint8Array(5),
      }),
    ).toThrow(/whole rows/);
  });
});
