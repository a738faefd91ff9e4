import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initModel } from '../../../src/model/init.ts';
import { createTrainer, trainStep } from '../../../src/model/train.ts';
import { DataParallel } from '../../../scripts/train/parallel.ts';
import { runTraining, TINY_DEFAULTS, type RunOptions } from '../../../scripts/train/pipeline.ts';
import { microConfig, microTokenizer } from './fixtures.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'tiny-qwen-train-'));

/** A run of a few seconds: 57K parameters, 128-token context, 2 rows per step. */
const micro = (over: Partial<RunOptions>): RunOptions => ({
  ...TINY_DEFAULTS,
  vocabSize: 400,
  sizes: { hidden: 32, layers: 2, heads: 4, kvHeads: 2, intermediate: 64, context: 128 },
  batch: 2,
  pretrainSteps: 8,
  sftSteps: 24,
  maxLr: 1e-2,
  warmupSteps: 4,
  threads: 1,
  outDir: null,
  checkpointDir: null,
  evalEvery: 0,
  questionEval: false,
  average: null,
  progress: false,
  ...over,
});

// Each micro run composes the whole corpus and trains its tokenizer before its few steps; the
// resume case runs three of them. On a machine busy with other work that takes minutes, so
// these cases get a generous limit instead of the unit default.
const MICRO_RUN_LIMIT_MS = 900_000;

describe('training pipeline (micro runs)', { timeout: MICRO_RUN_LIMIT_MS }, () => {
  it('lowers the loss, writes a Hugging Face folder and training.json', async () => {
    const out = tmp();
    const r = await runTraining(micro({ outDir: out, evalEvery: 12 }));
    const first = r.curve[0].loss;
    const last = r.curve.slice(-4).reduce((a, p) => a + p.loss, 0) / 4;
    expect(first).toBeGreaterThan(Math.log(r.config.vocab_size) - 0.5);
    expect(last).toBeLessThan(first - 1);
    expect(r.final.heldoutLoss).toBeLessThan(r.evalCurve[0].heldoutLoss + 1e-9);
    expect(r.curve.map((p) => p.phase)).toEqual([
      ...Array(8).fill('pretrain'),
      ...Array(24).fill('sft'),
    ]);
    for (const f of [
      'config.json',
      'generation_config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'onnx/model.onnx',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const saved = JSON.parse(readFileSync(join(out, 'training.json'), 'utf8'));
    expect(saved.final).toEqual(r.final);
    expect(saved.curve.length).toBe(32);
  });

  it('isolated dialogues (the default) change SFT steps only, and training.json records it', async () => {
    // 512 tokens: with the micro run's 400-token vocabulary a window then holds several dialogues
    const sizes = { ...micro({}).sizes, context: 512 };
    const [a, b] = [tmp(), tmp()];
    const shared = micro({ sizes, pretrainSteps: 2, sftSteps: 2 });
    const joined = await runTraining({ ...shared, outDir: a, isolateDialogues: false });
    const isolated = await runTraining({ ...shared, outDir: b });
    const losses = (r: typeof joined) => r.curve.map((p) => p.loss);
    // pretraining windows are one stream either way (bit-identical steps); in SFT windows the
    // packed dialogues no longer see each other, so the weights after them differ (the losses of
    // a model this untrained barely depend on context, and are rounded to 4 digits)
    expect(losses(isolated).slice(0, 2)).toEqual(losses(joined).slice(0, 2));
    const weights = (dir: string) => readFileSync(join(dir, 'onnx/model.onnx'));
    expect(weights(b).equals(weights(a))).toBe(false);
    expect(isolated.schedule.isolateDialogues).toBe(true);
    expect(joined.schedule.isolateDialogues).toBe(false);
  });

  it('resumes from a checkpoint to exactly the same run', async () => {
    const full = await runTraining(micro({}));
    const ckpt = tmp();
    const first = await runTraining(
      micro({ checkpointDir: ckpt, checkpointEvery: 5, stopAfterSteps: 11 }),
    );
    expect(first.stepsDone).toBe(11);
    const resumed = await runTraining(
      micro({ checkpointDir: ckpt, checkpointEvery: 5, resume: true }),
    );
    expect(resumed.curve.map((p) => p.loss)).toEqual(full.curve.map((p) => p.loss));
    expect(resumed.final).toEqual(full.final);
    await expect(
      runTraining(micro({ checkpointDir: ckpt, resume: true, seed: 2 })),
    ).rejects.toThrow(/different options/);
  });

  it('exports the weight average, measures the last weights beside it, and resumes it exactly', async () => {
    const average = { decay: 0.9, from: 20 };
    const plain = await runTraining(micro({}));
    const averaged = await runTraining(micro({ average }));
    // the same steps; the last weights are the plain run's, the exported ones their average
    const losses = (r: typeof plain) => r.curve.map((p) => p.loss);
    expect(losses(averaged)).toEqual(losses(plain));
    expect(averaged.final.lastWeights?.heldoutLoss).toBe(plain.final.heldoutLoss);
    expect(averaged.final.lastWeights?.trainLoss).toBe(plain.final.trainLoss);
    expect(averaged.final.heldoutLoss).not.toBe(plain.final.heldoutLoss);
    expect(averaged.schedule.average).toEqual(average);
    expect(plain.schedule.average).toBeUndefined();
    expect(plain.final.lastWeights).toBeUndefined();

    const ckpt = tmp();
    await runTraining(
      micro({ average, checkpointDir: ckpt, checkpointEvery: 5, stopAfterSteps: 25 }),
    );
    const resumed = await runTraining(
      micro({ average, checkpointDir: ckpt, checkpointEvery: 5, resume: true }),
    );
    expect(resumed.final).toEqual(averaged.final);
  });

  it('data-parallel workers give the same step as one thread', async () => {
    const config = microConfig(microTokenizer());
    const T = 16;
    const B = 4;
    const ids = Int32Array.from({ length: B * T }, (_, i) => (i * 37) % config.vocab_size);
    const targets = ids.map((x) => (x + 1) % config.vocab_size);
    const lossMask = Float32Array.from({ length: B * T }, (_, i) => (i % 3 === 0 ? 0 : 1));
    // packed sequences in a row of each thread: the worker must get its rows' starts too
    const seqStarts = new Uint8Array(B * T);
    seqStarts[T + 6] = 1;
    seqStarts[3 * T + 9] = 1;
    const opts = { maxLr: 1e-2, warmupSteps: 1, totalSteps: 10, seqLen: T };
    const single = createTrainer(initModel(config, 5), opts);
    const parallel = createTrainer(initModel(config, 5), opts);
    const dp = await DataParallel.start(parallel, 1);
    try {
      for (let s = 0; s < 2; s++) {
        const a = trainStep(single, { ids, targets, lossMask, seqStarts, seqLen: T });
        const b = await dp.step({ ids, targets, lossMask, seqStarts, seqLen: T }, T);
        expect(b.loss).toBeCloseTo(a.loss, 5);
        expect(b.tokens).toBe(a.tokens);
      }
    } finally {
      await dp.stop();
    }
    // The threads sum rows in another order than one thread does, so the gradients differ by
    // float32 rounding (≤ 2e-8 here); AdamW divides by √v + ε, which turns a rounding change in a
    // gradient near ε into up to ~1e-3 of the learning rate. 1e-4 is 1% of one step (lr 1e-2); a
    // row or a sequence start lost on the way to a worker moves the loss by ~2e-4 and the weights
    // by far more.
    expect(parallel.params).toBeCloseToArray(single.params, 1e-4);
  });

  it('two data-parallel runs with the same seed give bit-identical weights (SIMD kernels)', async () => {
    const config = microConfig(microTokenizer());
    const T = 16;
    const B = 4;
    const ids = Int32Array.from({ length: B * T }, (_, i) => (i * 37) % config.vocab_size);
    const targets = ids.map((x) => (x + 1) % config.vocab_size);
    const lossMask = new Float32Array(B * T).fill(1);
    const opts = { maxLr: 1e-2, warmupSteps: 1, totalSteps: 10, seqLen: T };
    const run = async () => {
      const trainer = createTrainer(initModel(config, 5), opts);
      const dp = await DataParallel.start(trainer, 1); // throws unless the worker runs 'simd'
      try {
        // with dropout, each thread draws its own rows' masks from the step's seed
        for (let s = 0; s < 3; s++) {
          const dropout = { rate: 0.1, seed: 40 + s };
          await dp.step({ ids, targets, lossMask, seqLen: T, dropout }, T);
        }
      } finally {
        await dp.stop();
      }
      expect(trainer.workspaces.get(`${B / 2}x${T}`)?.kernels).toBe('simd');
      return trainer.params;
    };
    const a = await run();
    const b = await run();
    // the parameters' own bytes (they are a view into wasm memory)
    const bytes = (x: Float32Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength);
    expect(bytes(b).equals(bytes(a))).toBe(true);
  });
});
