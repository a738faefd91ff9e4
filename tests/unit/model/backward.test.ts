/**
 * Whole-model gradient check: the analytic gradient of the training loss (trainBackward)
 * against central finite differences, for EVERY parameter of a micro model, in float64.
 *
 * Tolerance: everything runs in float64 (the workspace is a Float64Array; the RoPE tables are
 * FP32 constants, which does not matter for a derivative). With step h = 1e-5 the central
 * difference has rounding error ~ε·|f|/h ≈ 1e-11 and truncation error ~h²·|f‴|/6; with weights of
 * std 0.5 the third derivatives reach ~1e3, so a correct backward agrees to a few 1e-8 (observed
 * worst 4.5e-8 for gradients up to 0.96). We allow |analytic − numeric| ≤ 2e-7 + 1e-6·|numeric|.
 * A wrong term in any backward (a missing factor, a transposed index) shows up as an O(1e-2)
 * mismatch, many orders above this bound.
 */
import { describe, expect, it } from 'vitest';
import { numericGrad } from '../../helpers/gradient.ts';
import {
  createWorkspace,
  trainBackward,
  trainForward,
  type TrainBatchView,
  type TrainWorkspace,
} from '../../../src/model/backward.ts';
import { forward } from '../../../src/model/forward.ts';
import { paramLayout, viewsOf, type ModelLike, type QwenModel } from '../../../src/model/params.ts';
import { MICRO, model64, randomFlat, randomIds } from './micro.ts';

/** Softmax of each MICRO-vocabulary row of `logits`, in float64 sums. */
function softmaxRows(logits: Float32Array): Float32Array {
  const V = MICRO.vocab_size;
  const out = new Float32Array(logits.length);
  for (let r = 0; r < logits.length / V; r++) {
    const row = logits.subarray(r * V, (r + 1) * V);
    const max = Math.max(...row);
    const sum = row.reduce((acc, x) => acc + Math.exp(x - max), 0);
    for (let v = 0; v < V; v++) out[r * V + v] = Math.exp(row[v] - max) / sum;
  }
  return out;
}

/**
 * The largest |analytic − numeric| − 1e-6·|numeric| over every parameter: `grad` against
 * central finite differences (h = 1e-5) of the training loss on `batch`.
 */
function worstOverFiniteDifferences(
  model: ModelLike,
  flat: Float64Array,
  ws: TrainWorkspace,
  batch: TrainBatchView,
  grad: Float64Array,
): number {
  const numeric = numericGrad(flat, () => trainForward(model, ws, batch).loss, 1e-5);
  expect(numeric).toHaveLength(grad.length);
  let worst = 0;
  numeric.forEach((n, i) => {
    worst = Math.max(worst, Math.abs(grad[i] - n) - 1e-6 * Math.abs(n));
  });
  return worst;
}

describe('trainBackward (whole model)', () => {
  it('matches central finite differences for every parameter (float64)', () => {
    const B = 2;
    const T = 5;
    const { model, flat } = model64(MICRO, 7);
    const ids = randomIds(B * T, MICRO.vocab_size, 11);
    const targets = randomIds(B * T, MICRO.vocab_size, 12);
    const lossMask = new Float32Array([1, 1, 0, 1, 1, 0, 1, 1, 1, 1]);
    const batch = { ids, targets, lossMask };
    const ws = createWorkspace(MICRO, B, T, Float64Array);
    const layout = paramLayout(MICRO);
    const gradFlat = new Float64Array(layout.size);
    const grads = viewsOf(layout, gradFlat);
    const { maskSum } = trainForward(model, ws, batch);
    expect(maskSum).toBe(8);
    trainBackward(model, grads, ws, batch, maskSum);

    expect(worstOverFiniteDifferences(model, flat, ws, batch, gradFlat)).toBeLessThanOrEqual(2e-7);
    // and the gradient is not trivially zero
    let norm = 0;
    for (let i = 0; i < gradFlat.length; i++) norm += gradFlat[i] * gradFlat[i];
    expect(Math.sqrt(norm)).toBeGreaterThan(1e-2);
  });

  it('the training forward gives the same logits as the inference forward (float32)', () => {
    const B = 2;
    const T = 6;
    const { flat, weights } = randomFlat(MICRO, 3, 0.3, Float32Array);
    const model: QwenModel = { config: MICRO, weights: weights as Record<string, Float32Array> };
    expect(flat).toBeInstanceOf(Float32Array);
    const ids = randomIds(B * T, MICRO.vocab_size, 5);
    const ws = createWorkspace(MICRO, B, T);
    // targets = each row's own ids: loss value is irrelevant here, we compare probabilities
    trainForward(model, ws, { ids, targets: ids, lossMask: null });
    for (let b = 0; b < B; b++) {
      const probs = softmaxRows(forward(model, ids.subarray(b * T, (b + 1) * T)).logits);
      const V = MICRO.vocab_size;
      expect(ws.probs.subarray(b * T * V, (b + 1) * T * V)).toBeCloseToArray(probs, 1e-6);
    }
  });

  it('with a loss mask, the loss is the masked mean of −log p from the inference forward', () => {
    // The head runs only on the rows whose weight is not 0 (gatherHeadRows): a row dropped or
    // mixed up there changes this value. Weights 0, 1 and 0.5, zeros at both ends of a row.
    const B = 2;
    const T = 6;
    const V = MICRO.vocab_size;
    const { weights } = randomFlat(MICRO, 4, 0.3, Float32Array);
    const model: QwenModel = { config: MICRO, weights: weights as Record<string, Float32Array> };
    const ids = randomIds(B * T, V, 8);
    const targets = randomIds(B * T, V, 9);
    const lossMask = new Float32Array([0, 1, 1, 0.5, 1, 0, 0, 0, 1, 1, 0.5, 0]);
    let total = 0;
    let weight = 0;
    for (let b = 0; b < B; b++) {
      const logits = forward(model, ids.subarray(b * T, (b + 1) * T)).logits;
      for (let t = 0; t < T; t++) {
        const m = lossMask[b * T + t];
        const row = Array.from(logits.subarray(t * V, (t + 1) * V));
        const max = Math.max(...row);
        const lse = max + Math.log(row.reduce((s, x) => s + Math.exp(x - max), 0));
        total += m * (lse - row[targets[b * T + t]]);
        weight += m;
      }
    }
    const ws = createWorkspace(MICRO, B, T);
    const { loss, maskSum } = trainForward(model, ws, { ids, targets, lossMask });
    expect(maskSum).toBe(weight);
    expect(loss).toBeCloseTo(total / weight, 5);
    // nothing to learn from: loss 0 and no gradient at all
    const zeros = { ids, targets, lossMask: new Float32Array(B * T) };
    expect(trainForward(model, ws, zeros)).toEqual({ loss: 0, maskSum: 0 });
    const layout = paramLayout(MICRO);
    const grads = new Float32Array(layout.size);
    trainBackward(model, viewsOf(layout, grads), ws, zeros, 0);
    expect(grads.every((g) => g === 0)).toBe(true);
  });

  it('packed sequences: each sees only itself, with positions from 0, as at inference', () => {
    // Row 0 holds three sequences (3 + 4 + 2 tokens), row 1 one; each sequence's probabilities
    // must equal the inference forward run on that sequence alone. Attention across a start
    // or RoPE positions that do not restart would change them.
    const B = 2;
    const T = 9;
    const V = MICRO.vocab_size;
    const { weights } = randomFlat(MICRO, 6, 0.3, Float32Array);
    const model: QwenModel = { config: MICRO, weights: weights as Record<string, Float32Array> };
    const ids = randomIds(B * T, V, 13);
    const seqStarts = new Uint8Array(B * T);
    seqStarts[3] = 1;
    seqStarts[7] = 1;
    const ws = createWorkspace(MICRO, B, T);
    trainForward(model, ws, { ids, targets: ids, lossMask: null, seqStarts });
    for (const [first, len] of [
      [0, 3],
      [3, 4],
      [7, 2],
      [9, 9],
    ]) {
      const alone = softmaxRows(forward(model, ids.subarray(first, first + len)).logits);
      expect(ws.probs.subarray(first * V, (first + len) * V)).toBeCloseToArray(alone, 1e-6);
    }
    // and without the starts, the second sequence sees the first: its probabilities differ
    trainForward(model, ws, { ids, targets: ids, lossMask: null });
    const joined = ws.probs.subarray(3 * V, 7 * V);
    const alone = softmaxRows(forward(model, ids.subarray(3, 7)).logits);
    expect(Math.max(...joined.map((p, i) => Math.abs(p - alone[i])))).toBeGreaterThan(1e-3);
  });

  it('packed sequences: the gradient matches central finite differences (float64)', () => {
    const B = 2;
    const T = 5;
    const { model, flat } = model64(MICRO, 8);
    const ids = randomIds(B * T, MICRO.vocab_size, 14);
    const targets = randomIds(B * T, MICRO.vocab_size, 15);
    const lossMask = new Float32Array([1, 1, 0, 1, 1, 1, 0, 1, 1, 1]);
    const seqStarts = new Uint8Array([0, 0, 1, 0, 0, 0, 1, 0, 1, 0]);
    const batch = { ids, targets, lossMask, seqStarts };
    const ws = createWorkspace(MICRO, B, T, Float64Array);
    const layout = paramLayout(MICRO);
    const gradFlat = new Float64Array(layout.size);
    const { maskSum } = trainForward(model, ws, batch);
    trainBackward(model, viewsOf(layout, gradFlat), ws, batch, maskSum);
    expect(worstOverFiniteDifferences(model, flat, ws, batch, gradFlat)).toBeLessThanOrEqual(2e-7);
  });
});
