/**
 * Training batches as a pure function of the step: epochs of shuffled windows, each epoch
 * rebuilt from its own seed, so a run resumed at step s draws exactly the batches it would have
 * drawn (`npm run train --resume` and the Train lab's reload both rely on it).
 *
 *   const s = new EpochSampler((e) => shuffle(windows.slice(), mulberry32(e)), 4);
 *   s.batchAt(0) → the first 4 windows of epoch 0;  s.batchAt(k) is the same on every call
 *
 * Deliberately left out: a partial last batch (an epoch's leftover windows are skipped).
 */
import type { Window } from './data.ts';

export class EpochSampler {
  private epochStarts = [0];
  private cached: { epoch: number; windows: Window[] } | null = null;
  constructor(
    private readonly makeEpoch: (epoch: number) => Window[],
    private readonly B: number,
  ) {}

  private epoch(e: number): Window[] {
    if (this.cached?.epoch !== e) this.cached = { epoch: e, windows: this.makeEpoch(e) };
    return this.cached.windows;
  }

  /** The B windows of batch `step` (0-based). */
  batchAt(step: number): Window[] {
    let e = 0;
    for (;;) {
      if (this.epochStarts.length <= e + 1) {
        const n = Math.floor(this.epoch(e).length / this.B);
        if (n === 0)
          throw new Error(`an epoch holds fewer than ${this.B} windows; lower the batch size`);
        this.epochStarts.push(this.epochStarts[e] + n);
      }
      if (step < this.epochStarts[e + 1]) break;
      e++;
    }
    const k = step - this.epochStarts[e];
    return this.epoch(e).slice(k * this.B, (k + 1) * this.B);
  }
}
