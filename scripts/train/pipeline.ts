/**
 * The whole tiny-Qwen pipeline in one function, reproducible from a seed:
 * corpus → BPE tokenizer → pretraining (prose + dialogues as plain text, loss on every token)
 * → SFT (packed dialogues, loss only on assistant tokens and their <|im_end|>) → evaluation
 * → Hugging Face folder with onnx/model.onnx and training.json.
 *
 *   await runTraining({ ...TINY_DEFAULTS, pretrainSteps: 300, sftSteps: 900, outDir: 'public/models/tiny-qwen/v2' })
 *
 * Deliberately left out: RLHF (the Alignment panel simulates PPO on its own) and any data not in
 * the corpus. Batches are a pure function of (seed, step), so a resumed run continues exactly.
 *
 * This file holds the run options and the run loop (resume, optimizer steps, checkpoints,
 * evaluation); the data stages are in trainingData.ts, the report and the written folder in
 * report.ts.
 */
import { tinyConfig, TINY_SIZES, TINY_VOCAB, type ModelSizes } from '../../src/model/tiny.ts';
import { initModel } from '../../src/model/init.ts';
import { createTrainer, trainStep } from '../../src/model/train.ts';
import { countParams } from '../../src/model/weights.ts';
import { CORPUS_DEFAULTS, TOPICS, type CorpusMix } from '../../src/corpus/build.ts';
import { StepBatch } from '../../src/train/data.ts';
import { dialogueLoss } from '../../src/train/eval.ts';
import { scoreHeldout } from '../../src/train/heldoutScore.ts';
import { defaultTrainKernels } from '../../src/model/trainKernels.ts';
import type { UserNoiseSetting } from '../../src/train/augment.ts';
import { stepSeed, type DropoutSites } from '../../src/model/dropout.ts';
import { WeightAverage, type WeightAverageSetting } from '../../src/train/weightAverage.ts';
import { loadCheckpoint, saveCheckpoint } from './checkpoint.ts';
import { DataParallel } from './parallel.ts';
import { ProgressBar } from './progress.ts';
import {
  round,
  trainingReport,
  writeModelFolder,
  type CurvePoint,
  type EvalPoint,
  type LastWeights,
  type TrainingReport,
} from './report.ts';
import { trainTinyTokenizer } from './tokenizer.ts';
import { corpusFor, prepareTrainingData } from './trainingData.ts';

export interface RunOptions {
  seed: number;
  /** BPE vocabulary: 256 bytes + merges (the 3 special tokens come on top). */
  vocabSize: number;
  sizes: ModelSizes;
  /** Rows of `context` tokens per optimizer step. */
  batch: number;
  pretrainSteps: number;
  sftSteps: number;
  maxLr: number;
  warmupSteps: number;
  /**
   * Noise on SFT user turns (src/train/augment.ts); rate 0 = none. The committed run inserts
   * tokens only (insertShare 1) in its first 4 SFT epochs; the README compares it with no noise,
   * with replacements and with noise in every epoch.
   */
  userNoise: UserNoiseSetting;
  /**
   * Composed off-topic requests and small talk per epoch (src/corpus/build.ts). The committed
   * run uses the corpus defaults; the README compares it with fewer and with more.
   */
  corpus: CorpusMix;
  /**
   * Each SFT dialogue packed into a window attends only to itself, with RoPE positions from 0,
   * as it runs at inference (backward.ts `seqStarts`); false (the runs before the committed
   * one): the window is one sequence and a dialogue also sees the ones packed before it.
   */
  isolateDialogues: boolean;
  /**
   * Export the moving average of the weights over the end of SFT instead of the last step's
   * (src/train/weightAverage.ts); null = the last weights. The report also scores the last
   * weights, so each run measures what the average changed. The committed run averages from
   * step 11,000 of 15,700 with decay 0.9995 (about the last 2,000 steps); the README compares.
   */
  average: WeightAverageSetting | null;
  /**
   * Dropout rate on the embeddings, attention outputs and SwiGLU outputs in every training step
   * (src/model/dropout.ts); 0 = none (the committed run). Masks are drawn from
   * (seed, step), so a resumed run continues exactly.
   */
  dropout: number;
  /** Where the dropout acts: 'all' (the three activations above) or 'ffn' (the SwiGLU outputs only). */
  dropoutSites: DropoutSites;
  /** 1 = main thread only; 2 = main + one worker (data parallel). */
  threads: number;
  /** Hugging Face folder to write (config, tokenizer, onnx/model.onnx, training.json); null = none. */
  outDir: string | null;
  checkpointDir: string | null;
  checkpointEvery: number;
  resume: boolean;
  /** Stop after this many steps in this invocation (an interruption, for resume tests); 0 = never. */
  stopAfterSteps: number;
  /** Load the checkpoint and export it as it is, skipping the remaining steps (a time-out fallback). */
  exportCheckpoint: boolean;
  /** Held-out loss every this many steps (0 = only at the end). */
  evalEvery: number;
  /** Greedy question scores at the end (held-out and training questions). */
  questionEval: boolean;
  version: string;
  progress: boolean;
  command: string;
}

export const TINY_DEFAULTS: RunOptions = {
  seed: 1,
  vocabSize: TINY_VOCAB,
  sizes: TINY_SIZES,
  batch: 4,
  pretrainSteps: 700,
  sftSteps: 15000,
  maxLr: 3e-3,
  warmupSteps: 40,
  userNoise: { rate: 0.12, share: 0.5, insertShare: 1, epochs: 4 },
  corpus: {
    composedOffTopic: CORPUS_DEFAULTS.composedOffTopic,
    composedSocial: CORPUS_DEFAULTS.composedSocial,
    asides: CORPUS_DEFAULTS.asides,
  },
  isolateDialogues: true,
  average: { decay: 0.9995, from: 11000 },
  dropout: 0,
  dropoutSites: 'all',
  threads: 2,
  outDir: 'public/models/tiny-qwen/v3',
  checkpointDir: 'checkpoints/tiny-qwen-v3',
  checkpointEvery: 50,
  resume: false,
  exportCheckpoint: false,
  stopAfterSteps: 0,
  evalEvery: 600,
  questionEval: true,
  version: 'v3',
  progress: true,
  command: 'npm run train',
};

/** Runs the pipeline and returns the report (also written to outDir/training.json). */
export async function runTraining(o: RunOptions): Promise<TrainingReport> {
  const started = performance.now();
  const bar = new ProgressBar(o.pretrainSteps + o.sftSteps);
  const say = (m: string) => (o.progress ? bar.log(m) : undefined);

  const corpus = corpusFor(o.seed, o.sizes, o.corpus);
  const { vocab, tokenizer: tok, special: sp } = trainTinyTokenizer(corpus, o.vocabSize);
  const config = tinyConfig(o.sizes, vocab.size, sp.endOfText);
  const T = o.sizes.context;
  say(
    `tokenizer: ${vocab.size} tokens (${vocab.merges.left.length} merges); model: ${countParams(config)} parameters`,
  );
  const data = prepareTrainingData(corpus, tok, sp, o);
  const { pretrain, sft } = data;
  if (data.sftPacked.dropped > 0)
    say(
      `warning: ${data.sftPacked.dropped} dialogues are longer than the context and were dropped`,
    );

  const total = o.pretrainSteps + o.sftSteps;
  const model = initModel(config, o.seed);
  // float32 sums on the SIMD kernel round differently from the JS reference: part of the run
  const kernels = defaultTrainKernels();
  say(
    `training kernels: ${kernels === 'simd' ? 'WebAssembly SIMD (products, attention, RMSNorm, SwiGLU, RoPE, cross-entropy and AdamW, forward and backward)' : 'JavaScript'}`,
  );
  const trainer = createTrainer(model, {
    maxLr: o.maxLr,
    warmupSteps: o.warmupSteps,
    totalSteps: total,
    seqLen: T,
    clipNorm: 1,
    kernels,
  });
  const fingerprint = JSON.stringify({
    seed: o.seed,
    vocab: o.vocabSize,
    sizes: o.sizes,
    batch: o.batch,
    steps: [o.pretrainSteps, o.sftSteps],
    lr: [o.maxLr, o.warmupSteps],
    userNoise: o.userNoise,
    corpus: o.corpus,
    isolateDialogues: o.isolateDialogues,
    ...(o.average ? { average: o.average } : {}),
    ...(o.dropout > 0 ? { dropout: o.dropout } : {}),
    ...(o.dropout > 0 && o.dropoutSites !== 'all' ? { dropoutSites: o.dropoutSites } : {}),
    threads: o.threads,
    kernels,
  });
  let curve: CurvePoint[] = [];
  let evalCurve: EvalPoint[] = [];
  let start = 0;
  let priorSeconds = 0;
  type Extra = { curve: CurvePoint[]; evalCurve: EvalPoint[]; seconds: number };
  const average = o.average ? new WeightAverage(o.average, trainer.params.length) : null;
  if ((o.resume || o.exportCheckpoint) && o.checkpointDir) {
    const meta = loadCheckpoint<Extra>(
      o.checkpointDir,
      trainer,
      fingerprint,
      average?.weights ?? null,
    );
    if (meta) {
      ({ curve, evalCurve } = meta.extra);
      start = meta.step;
      priorSeconds = meta.extra.seconds;
      say(`resumed from ${o.checkpointDir} at step ${start}`);
    } else if (o.exportCheckpoint) {
      throw new Error(`--export-checkpoint: no checkpoint in ${o.checkpointDir}`);
    }
  }
  const end = o.exportCheckpoint
    ? start
    : o.stopAfterSteps > 0
      ? Math.min(total, start + o.stopAfterSteps)
      : total;
  const dp = o.threads > 1 && start < end ? await DataParallel.start(trainer, o.threads - 1) : null;
  /** Held-out and training-dialogue losses now; `record` adds them to the plotted eval curve. */
  const evalLosses = (step: number, record = true) => {
    const p = {
      step,
      heldoutLoss: round(dialogueLoss(model, tok, sp, data.heldoutDialogues)),
      trainLoss: round(dialogueLoss(model, tok, sp, data.trainDialogues)),
    };
    if (record) evalCurve.push(p);
    return p;
  };

  const stepBatch = new StepBatch(o.batch, T);
  let trainSeconds = 0;
  let trainedSteps = 0;
  let emaStep = 0;
  try {
    for (let step = start; step < end; step++) {
      const phase = step < o.pretrainSteps ? 'pretrain' : 'sft';
      const windows =
        phase === 'pretrain' ? pretrain.batchAt(step) : sft.batchAt(step - o.pretrainSteps);
      const batch = stepBatch.fill(windows, o.isolateDialogues && phase === 'sft');
      batch.dropout =
        o.dropout > 0
          ? { rate: o.dropout, seed: stepSeed(o.seed, step), sites: o.dropoutSites }
          : null;
      const t0 = performance.now();
      const r = dp ? await dp.step(batch, T) : trainStep(trainer, batch);
      const dt = (performance.now() - t0) / 1000;
      trainSeconds += dt;
      trainedSteps++;
      average?.after(step + 1, trainer.params);
      emaStep = trainedSteps === 1 ? dt : 0.9 * emaStep + 0.1 * dt;
      const seconds = priorSeconds + (performance.now() - started) / 1000;
      curve.push({
        step: step + 1,
        phase,
        loss: round(r.loss),
        lr: Number(r.lr.toPrecision(4)),
        seconds: round(seconds, 1),
      });
      if (o.progress)
        bar.update(phase, step + 1, r.loss, (o.batch * T) / emaStep, emaStep * (total - step - 1));
      if (o.evalEvery > 0 && (step + 1) % o.evalEvery === 0 && step + 1 < total) {
        const p = evalLosses(step + 1);
        say(`step ${step + 1}: held-out loss ${p.heldoutLoss}, train-dialogue loss ${p.trainLoss}`);
      }
      if (o.checkpointDir && ((step + 1) % o.checkpointEvery === 0 || step + 1 === end)) {
        saveCheckpoint<Extra>(
          o.checkpointDir,
          trainer,
          { fingerprint, step: step + 1, extra: { curve, evalCurve, seconds } },
          average?.weights ?? null,
        );
      }
    }
  } finally {
    await dp?.stop();
  }

  const score = () => {
    if (!o.questionEval) return { heldout: null, heldoutReplies: [], heldoutQuestionScore: null };
    say(`scoring ${corpus.heldout.length} held-out items…`);
    const h = scoreHeldout(model, tok, sp, corpus.heldout, TOPICS);
    const ok = h.results.filter((r) => r.ok).length;
    return {
      heldout: h.scores,
      heldoutReplies: h.results,
      heldoutQuestionScore: round(ok / h.results.length),
    };
  };
  let lastWeights: LastWeights | null = null;
  if (average?.covers(end)) {
    // the last step's weights, measured before the average replaces them in the model
    const losses = evalLosses(end, false);
    const s = score();
    lastWeights = { ...losses, heldout: s.heldout, heldoutQuestionScore: s.heldoutQuestionScore };
    say(`last weights: held-out loss ${losses.heldoutLoss}, ${JSON.stringify(s.heldout)}`);
    trainer.params.set(average.weights);
  }
  const last = evalLosses(end);
  const { heldout, heldoutReplies, heldoutQuestionScore } = score();
  const report = trainingReport(o, {
    config,
    vocab,
    corpus,
    data,
    kernels,
    end,
    trainedSteps,
    trainSeconds,
    seconds: priorSeconds + (performance.now() - started) / 1000,
    curve,
    evalCurve,
    last,
    heldoutQuestionScore,
    heldout,
    heldoutReplies,
    lastWeights,
  });
  if (o.outDir) writeModelFolder(o.outDir, report, model, vocab, sp.imEnd);
  say(
    `done in ${report.seconds}s: train loss ${last.trainLoss}, held-out loss ${last.heldoutLoss}, ` +
      `held-out score ${heldoutQuestionScore} ${JSON.stringify(heldout)}`,
  );
  return report;
}
