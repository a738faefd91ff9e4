/**
 * The rows the LM head runs on in a training step. With an SFT loss mask about half the rows
 * are system and user tokens, and their logits (N·V·C products three times, and N softmaxes of
 * V) would be computed only to be multiplied by 0. The rows that carry loss are gathered first,
 * the head runs on them, and their input gradient is scattered back (backward.ts); the loss and
 * every gradient are unchanged.
 *
 *   lossMask [0, 1, 1, 0] → rows [1, 2], M = 2: xn (2, C) = xnF rows 1 and 2
 */
import type { FloatArray } from '../kernels/reference/types.ts';
import type { RowsView } from './liveRows.ts';

/**
 * all: every row (no mask, or no zero in it): the head reads the final norm's output (xnF) and
 * writes its gradient (dxn) directly. Otherwise the first M rows of xn (M, C) are the final-norm
 * rows `rows[0..M)` that carry loss, with their targets and mask weights, and the head's input
 * gradient goes to dxn (M, C) before it is scattered back.
 */
export interface HeadRows {
  M: number;
  rows: Int32Array; // (N)
  xn: FloatArray; // (N, C), first M rows used
  dxn: FloatArray; // (N, C), first M rows used
  targets: Int32Array; // (N)
  mask: Float64Array; // (N)
  all: boolean;
}

/** Buffers for up to N rows; `mk` makes the float buffers (the workspace's own kind). */
export function createHeadRows(N: number, C: number, mk: (n: number) => FloatArray): HeadRows {
  return {
    M: N,
    rows: new Int32Array(N),
    xn: mk(N * C),
    dxn: mk(N * C),
    targets: new Int32Array(N),
    mask: new Float64Array(N),
    all: true,
  };
}

/** Picks the rows of N with a nonzero loss weight and copies their final-norm states xnF (N, C). */
export function gatherHeadRows(
  head: HeadRows,
  xnF: FloatArray,
  batch: RowsView,
  N: number,
  C: number,
): void {
  const { lossMask } = batch;
  let M = 0;
  if (lossMask) for (let t = 0; t < N; t++) if (lossMask[t] !== 0) head.rows[M++] = t;
  head.all = !lossMask || M === N;
  head.M = head.all ? N : M;
  if (head.all) return;
  for (let r = 0; r < M; r++) {
    const t = head.rows[r];
    head.xn.set(xnF.subarray(t * C, (t + 1) * C), r * C);
    head.targets[r] = batch.targets[t];
    head.mask[r] = lossMask![t];
  }
}

/** What the head reads and writes: every row in place (xnF, dxn), or the gathered rows. */
export function headOperands(head: HeadRows, xnF: FloatArray, dxn: FloatArray, batch: RowsView) {
  return head.all
    ? { M: head.M, xn: xnF, dxn, targets: batch.targets, mask: batch.lossMask }
    : { M: head.M, xn: head.xn, dxn: head.dxn, targets: head.targets, mask: head.mask };
}
