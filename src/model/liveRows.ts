/**
 * The rows of a training batch that can change its loss. A causal decoder's row t depends only
 * on rows 0 … t of its window, so the rows after a window's last loss-carrying row (an SFT
 * window's <|endoftext|> padding: about a fifth of the rows, as dialogues are packed whole into
 * 512-token windows) change neither the loss nor any gradient. The training step leaves them
 * out: the windows' live rows are laid end to end, each window still beginning a sequence, and
 * every product, norm and attention runs on those rows only.
 *
 *   lossMask (B = 2, T = 4): [1, 1, 0, 0 | 0, 1, 0, 0]  → live rows [0, 1 | 4, 5], N = 4 of 8
 *   starts of the live rows:  [1, 0, 1, 0]  (each window begins a sequence, as before)
 *
 * The result is the same to the bit, not only to rounding: a left-out row's gradient is exactly
 * 0, the kernels' sums over rows (weight gradients, RMSNorm gains, attention's dK and dV) add
 * rows one after another in order, and adding a product with 0 leaves a sum as it was. Two
 * things keep it so. A kernel given too few values runs its JavaScript reference, whose float64
 * sums round differently, so a cut sequence keeps at least `minSeqRows` rows (the fewest on
 * which every per-sequence kernel takes its SIMD path), and a batch left with fewer than
 * `minRows` live rows runs whole. The dropout masks are drawn for the whole batch and then
 * compacted, so they are the same too.
 *
 * Deliberately left out: rows before the last loss row that carry no loss (system and user
 * tokens): later rows attend to them.
 */
import type { DropoutMasks } from './dropout.ts';

/** A batch's live rows laid end to end; `all` when every row is live (the batch is used as is). */
export interface LiveRows {
  all: boolean;
  /** Live rows (N ≤ B·T). */
  N: number;
  /** (N) the batch row each live row comes from. */
  from: Int32Array;
  ids: Int32Array; // (N)
  targets: Int32Array; // (N)
  lossMask: Float32Array; // (N)
  /** (N) 1 where a sequence begins: each window's first live row, and the batch's own starts. */
  starts: Uint8Array;
}

/** Buffers for batches of B·T rows, reused every step. */
export function createLiveRows(B: number, T: number): LiveRows {
  const n = B * T;
  return {
    all: true,
    N: n,
    from: new Int32Array(n),
    ids: new Int32Array(n),
    targets: new Int32Array(n),
    lossMask: new Float32Array(n),
    starts: new Uint8Array(n),
  };
}

/** The view of the batch the step computes on: its live rows (see the file comment). */
export interface RowsView {
  ids: ArrayLike<number>;
  targets: ArrayLike<number>;
  lossMask: ArrayLike<number> | null;
}

/** Where the kernels change path (see the file comment); the training step's are trainKernels.ts'. */
export interface RowLimits {
  /** A sequence cut short keeps at least this many rows (or all it has). */
  minSeqRows: number;
  /** Fewer live rows than this in the batch: every row runs. */
  minRows: number;
}

/**
 * Finds the live rows of a (B, T) batch and copies them into `out`. Without a loss mask, or
 * when no window ends in rows without loss, `out.all` is set and nothing is copied.
 */
export function findLiveRows(
  out: LiveRows,
  B: number,
  T: number,
  batch: RowsView & { seqStarts?: ArrayLike<number> | null },
  limits: RowLimits = { minSeqRows: 1, minRows: 1 },
): LiveRows {
  const { lossMask } = batch;
  const starts = batch.seqStarts ?? null;
  const begins = (t: number, b: number) => t === 0 || (starts !== null && starts[b * T + t] !== 0);
  out.all = true;
  out.N = B * T;
  if (!lossMask) return out;
  let n = 0;
  for (let b = 0; b < B; b++) {
    let end = T; // one past the window's last loss row
    while (end > 0 && lossMask[b * T + end - 1] === 0) end--;
    if (end > 0) {
      // the sequence the cut falls in keeps at least minSeqRows rows
      let first = end - 1;
      while (!begins(first, b)) first--;
      let last = end; // one past that sequence
      while (last < T && !begins(last, b)) last++;
      end = Math.max(end, Math.min(last, first + limits.minSeqRows));
    }
    for (let t = 0; t < end; t++) out.from[n++] = b * T + t;
  }
  if (n === B * T || n < limits.minRows) return out;
  out.all = false;
  out.N = n;
  for (let r = 0; r < n; r++) {
    const s = out.from[r];
    out.ids[r] = batch.ids[s];
    out.targets[r] = batch.targets[s];
    out.lossMask[r] = lossMask[s];
    out.starts[r] = begins(s % T, Math.floor(s / T)) ? 1 : 0;
  }
  return out;
}

/** Every row live: the batch is used as it is (a step that runs every row). */
export function allLiveRows(out: LiveRows, N: number): LiveRows {
  out.all = true;
  out.N = N;
  return out;
}

/** The first N rows of each buffer, for the kernels that take a whole array. */
export function liveView(rows: LiveRows): RowsView & { starts: Uint8Array } {
  const { N } = rows;
  return {
    ids: rows.ids.subarray(0, N),
    targets: rows.targets.subarray(0, N),
    lossMask: rows.lossMask.subarray(0, N),
    starts: rows.starts.subarray(0, N),
  };
}

/**
 * The masks of the live rows: each mask's rows moved to their live positions (in place, as a
 * live row never comes from an earlier batch row than its own), cut to N rows.
 */
export function liveMasks(masks: DropoutMasks, rows: LiveRows, B: number, T: number): DropoutMasks {
  if (rows.all) return masks;
  const cut = (m: Uint8Array) => {
    const w = m.length / (B * T);
    for (let r = 0; r < rows.N; r++) m.copyWithin(r * w, rows.from[r] * w, (rows.from[r] + 1) * w);
    return m.subarray(0, rows.N * w);
  };
  return { emb: cut(masks.emb), att: masks.att.map(cut), h: masks.h.map(cut) };
}
