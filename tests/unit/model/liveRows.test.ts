/**
 * The training step on its live rows only (src/model/liveRows.ts): the rows after a window's
 * last loss-carrying row are left out, and the loss and every gradient stay the same to the bit
 * as when every row runs: on the SIMD kernels in float32, on the JavaScript reference in float64,
 * with packed sequences, with dropout (the masks are drawn for the whole batch, then compacted),
 * and with a window that carries no loss at all. The row map itself is checked on a small case
 * written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { createWorkspace, trainBackward, trainForward } from '../../../src/model/backward.ts';
import { createLiveRows, findLiveRows } from '../../../src/model/liveRows.ts';
import { paramLayout, viewsOf } from '../../../src/model/params.ts';
import type { DropoutSetting } from '../../../src/model/dropout.ts';
import { MEDIUM, randomFlat, randomIds } from './micro.ts';

const [B, T] = [4, 100];

/**
 * A packed SFT-like batch. Window 0: loss rows 4 … 26, then padding. Window 1: two sequences,
 * the second from row 17 with loss up to row 34. Window 2: a sequence of 80 rows, then one of
 * 20 with loss in rows 82 … 85. Window 3: no loss.
 */
function packedBatch(dropout: DropoutSetting | null) {
  const lossMask = new Float32Array(B * T);
  const seqStarts = new Uint8Array(B * T);
  for (let t = 4; t < 27; t++) lossMask[t] = t % 7 === 0 ? 0 : 1;
  for (let t = 2; t < 35; t++) lossMask[T + t] = t === 16 ? 0 : 1;
  seqStarts[T + 17] = 1;
  for (let t = 10; t < 86; t++) lossMask[2 * T + t] = 1;
  seqStarts[2 * T + 80] = 1;
  return {
    ids: randomIds(B * T, MEDIUM.vocab_size, 31),
    targets: randomIds(B * T, MEDIUM.vocab_size, 32),
    lossMask,
    seqStarts,
    dropout,
  };
}

function step(
  ctor: Float32ArrayConstructor | Float64ArrayConstructor,
  kernels: 'js' | 'simd',
  liveRowsOnly: boolean,
  dropout: DropoutSetting | null = null,
) {
  const { flat } = randomFlat(MEDIUM, 21, 0.3, Float64Array);
  const layout = paramLayout(MEDIUM);
  const model = { config: MEDIUM, weights: viewsOf(layout, ctor.from(flat)) };
  const batch = packedBatch(dropout);
  const ws = createWorkspace(MEDIUM, B, T, ctor, kernels);
  ws.liveRowsOnly = liveRowsOnly;
  const grads = new ctor(layout.size);
  const { loss, maskSum } = trainForward(model, ws, batch);
  trainBackward(model, viewsOf(layout, grads), ws, batch, maskSum);
  return { loss, maskSum, grads, rows: ws.live.N, kernels: ws.kernels };
}

describe('live rows', () => {
  it('lays the rows up to each window’s last loss row end to end, each window a sequence start', () => {
    const live = createLiveRows(2, 4);
    const batch = {
      ids: [10, 11, 12, 13, 20, 21, 22, 23],
      targets: [11, 12, 13, 0, 21, 22, 23, 0],
      lossMask: [1, 1, 0, 0, 0, 1, 0, 0],
      seqStarts: [0, 1, 0, 0, 0, 0, 0, 0],
    };
    findLiveRows(live, 2, 4, batch);
    expect(live.all).toBe(false);
    expect(live.N).toBe(4);
    expect([...live.from.subarray(0, 4)]).toEqual([0, 1, 4, 5]);
    expect([...live.ids.subarray(0, 4)]).toEqual([10, 11, 20, 21]);
    expect([...live.lossMask.subarray(0, 4)]).toEqual([1, 1, 0, 1]);
    expect([...live.starts.subarray(0, 4)]).toEqual([1, 1, 1, 0]);
    // every row live, or no loss mask: the batch is used as it is
    expect(findLiveRows(live, 2, 4, { ...batch, lossMask: [0, 0, 0, 1, 1, 1, 1, 1] }).all).toBe(
      true,
    );
    expect(findLiveRows(live, 2, 4, { ...batch, lossMask: null }).all).toBe(true);
  });

  it.each([
    ['SIMD kernels, float32', Float32Array, 'simd'],
    ['JavaScript reference, float64', Float64Array, 'js'],
  ] as const)('%s: the loss and every gradient are the same to the bit', (_, ctor, kernels) => {
    const live = step(ctor, kernels, true);
    const all = step(ctor, kernels, false);
    expect(live.kernels).toBe(kernels);
    // SIMD: a cut sequence keeps at least 64 rows here, as RoPE on k (1 head of 32) takes its
    // kernel from 2,048 values on; window 2's last sequence is shorter than that and stays whole.
    // JavaScript: every cut at the last loss row.
    expect(live.rows).toBe(kernels === 'simd' ? 64 + 81 + 100 : 27 + 35 + 86); // of 400
    expect(all.rows).toBe(B * T);
    expect(live.maskSum).toBe(all.maskSum);
    expect(live.loss).toBe(all.loss);
    expect(Math.hypot(...all.grads)).toBeGreaterThan(1e-2); // not trivially zero
    expect(live.grads).toEqual(all.grads);
  });

  it('with dropout: the same masks on the live rows, so the same loss and gradients', () => {
    for (const sites of ['all', 'ffn'] as const) {
      const dropout = { rate: 0.2, seed: 9, sites };
      const live = step(Float32Array, 'simd', true, dropout);
      const all = step(Float32Array, 'simd', false, dropout);
      expect(live.loss).toBe(all.loss);
      expect(live.grads).toEqual(all.grads);
      expect(live.loss).not.toBe(step(Float32Array, 'simd', true).loss);
    }
  });
});
