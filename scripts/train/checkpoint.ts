/**
 * Resumable training checkpoints in checkpoints/ (git-ignored): state.json (step, curves, the
 * run's fingerprint) and state.bin (parameters, AdamW m and v as FP32, in that order, then the
 * weight average when the run keeps one).
 * Files are written to a temporary name and renamed, so a crash never leaves half a checkpoint.
 *
 * Deliberately left out: keeping several checkpoints (the latest one is enough to resume).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Trainer } from '../../src/model/train.ts';

export interface CheckpointMeta<Extra> {
  /** Options that must match to resume (seed, sizes, steps, learning rate). */
  fingerprint: string;
  /** Steps completed. */
  step: number;
  extra: Extra;
}

export function saveCheckpoint<Extra>(
  dir: string,
  trainer: Trainer,
  meta: CheckpointMeta<Extra>,
  average: Float32Array | null = null,
): void {
  mkdirSync(dir, { recursive: true });
  const n = trainer.params.length;
  const bin = new Float32Array((average ? 4 : 3) * n);
  bin.set(trainer.params, 0);
  bin.set(trainer.optimizer.m, n);
  bin.set(trainer.optimizer.v, 2 * n);
  if (average) bin.set(average, 3 * n);
  writeFileSync(join(dir, 'state.bin.tmp'), new Uint8Array(bin.buffer));
  writeFileSync(
    join(dir, 'state.json.tmp'),
    JSON.stringify({ ...meta, optimizerStep: trainer.optimizer.step }),
  );
  renameSync(join(dir, 'state.bin.tmp'), join(dir, 'state.bin'));
  renameSync(join(dir, 'state.json.tmp'), join(dir, 'state.json'));
}

/**
 * Loads the checkpoint in `dir` into the trainer if one exists; returns its metadata, or null
 * when there is none. Throws when it belongs to a run with different options.
 */
export function loadCheckpoint<Extra>(
  dir: string,
  trainer: Trainer,
  fingerprint: string,
  average: Float32Array | null = null,
): CheckpointMeta<Extra> | null {
  const jsonPath = join(dir, 'state.json');
  if (!existsSync(jsonPath)) return null;
  const meta = JSON.parse(readFileSync(jsonPath, 'utf8')) as CheckpointMeta<Extra> & {
    optimizerStep: number;
  };
  if (meta.fingerprint !== fingerprint) {
    throw new Error(
      `checkpoint in ${dir} was made with different options; delete it or run without --resume\n` +
        `  checkpoint: ${meta.fingerprint}\n  this run:   ${fingerprint}`,
    );
  }
  const raw = readFileSync(join(dir, 'state.bin'));
  const n = trainer.params.length;
  if (raw.byteLength !== (average ? 16 : 12) * n)
    throw new Error(`checkpoint ${dir}/state.bin has the wrong size (corrupt?)`);
  const bin = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  trainer.params.set(bin.subarray(0, n));
  trainer.optimizer.m.set(bin.subarray(n, 2 * n));
  trainer.optimizer.v.set(bin.subarray(2 * n, 3 * n));
  average?.set(bin.subarray(3 * n, 4 * n));
  trainer.optimizer.step = meta.optimizerStep;
  return meta;
}
