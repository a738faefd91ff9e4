/**
 * What a training run leaves behind: the report (training.json; the app plots its `curve` and
 * `evalCurve`) and the Hugging Face folder it is written into (config, tokenizer,
 * onnx/model.onnx, training.json and the README.md model card).
 *
 *   const report = trainingReport(o, run);  writeModelFolder(o.outDir, report, model, vocab, sp.imEnd)
 *
 * Deliberately left out: anything the run did not measure.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BpeVocab } from '../../src/kernels/bpe/index.ts';
import type { QwenConfig } from '../../src/model/config.ts';
import type { QwenModel } from '../../src/model/params.ts';
import { trainFlopsPerToken } from '../../src/model/train.ts';
import type { TrainKernels } from '../../src/model/trainKernels.ts';
import { countParams } from '../../src/model/weights.ts';
import { TOPICS, type Corpus, type CorpusMix } from '../../src/corpus/build.ts';
import type { HeldoutScores, ItemResult } from '../../src/train/heldoutScore.ts';
import type { UserNoiseSetting } from '../../src/train/augment.ts';
import type { WeightAverageSetting } from '../../src/train/weightAverage.ts';
import { writeHfFolder } from '../export/hf.ts';
import { modelCard } from './modelCard.ts';
import type { RunOptions } from './pipeline.ts';
import { tokenizerFiles } from './tokenizer.ts';
import type { TrainingData } from './trainingData.ts';

export interface CurvePoint {
  step: number;
  phase: 'pretrain' | 'sft';
  loss: number;
  lr: number;
  seconds: number;
}

export interface EvalPoint {
  step: number;
  heldoutLoss: number;
  trainLoss: number;
}

/** Contents of training.json (the app plots `curve` and `evalCurve`). */
export interface TrainingReport {
  version: string;
  command: string;
  seed: number;
  config: QwenConfig;
  parameters: number;
  tokenizer: { vocabSize: number; merges: number };
  data: {
    pretrainTokens: number;
    sftDialogues: number;
    sftWindows: number;
    /** Dialogues longer than the context, left out of SFT. */
    sftDropped: number;
    heldoutQuestions: number;
  };
  /** The topics the model was taught, with their display names. */
  topics: { id: string; en: string; zh: string }[];
  schedule: {
    batch: number;
    context: number;
    pretrainSteps: number;
    sftSteps: number;
    maxLr: number;
    warmupSteps: number;
    /** Noise on SFT user turns: edits per token, share of turns noised, share of insertions. */
    userNoise: UserNoiseSetting;
    /** Composed off-topic requests and small talk per epoch (absent in runs before it existed). */
    corpus?: CorpusMix;
    /** SFT dialogues attend only to themselves (absent in runs before it existed: they did not). */
    isolateDialogues?: boolean;
    /** The exported weights are this moving average (absent: the last step's weights). */
    average?: WeightAverageSetting;
    /** Dropout rate of every training step (absent in runs before it existed, and at 0). */
    dropout?: number;
    dropoutSites?: 'all' | 'ffn';
  };
  threads: number;
  /** Which kernels the step ran on: 'simd' (WebAssembly, see backward.ts) or 'js' (the reference). */
  kernels: TrainKernels;
  /** Optimizer steps actually taken (less than the schedule only for --export-checkpoint). */
  stepsDone: number;
  tokensPerSecond: number;
  /** At the FLOPs of a dense step: every row through the LM head, attention over whole windows. */
  gflopsPerSecond: number;
  seconds: number;
  curve: CurvePoint[];
  evalCurve: EvalPoint[];
  final: {
    trainLoss: number;
    heldoutLoss: number;
    /** Share of all held-out items answered well (topic, follow-up and scope items). */
    heldoutQuestionScore: number | null;
    heldout: HeldoutScores | null;
    /** With a weight average: the same measures on the last step's weights, for comparison. */
    lastWeights?: LastWeights;
  };
  heldoutReplies: ItemResult[];
  modelBytes: number;
}

/** The final measures of the last step's weights in a run that exports their average. */
export interface LastWeights extends EvalPoint {
  heldoutQuestionScore: number | null;
  heldout: HeldoutScores | null;
}

export const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/** Everything a run measured, as runTraining hands it over. */
export interface RunRecord {
  config: QwenConfig;
  vocab: BpeVocab;
  corpus: Corpus;
  data: TrainingData;
  kernels: TrainKernels;
  /** Step the run ended at (the whole schedule unless stopped or exported early). */
  end: number;
  /** Steps trained in this invocation and the seconds they took (evaluations excluded). */
  trainedSteps: number;
  trainSeconds: number;
  /** Wall clock of the whole run, resumed invocations included. */
  seconds: number;
  curve: CurvePoint[];
  evalCurve: EvalPoint[];
  last: EvalPoint;
  heldoutQuestionScore: number | null;
  heldout: HeldoutScores | null;
  heldoutReplies: ItemResult[];
  lastWeights: LastWeights | null;
}

export function trainingReport(o: RunOptions, run: RunRecord): TrainingReport {
  const { config, vocab, corpus, data, curve, end } = run;
  const T = o.sizes.context;
  const total = o.pretrainSteps + o.sftSteps;
  // Measured over this invocation's steps; an exported checkpoint falls back to its wall clock
  // (evaluations included, so a lower bound).
  const lastPoint = curve[curve.length - 1];
  const tokensPerSecond =
    run.trainedSteps > 0
      ? (run.trainedSteps * o.batch * T) / run.trainSeconds
      : lastPoint
        ? (lastPoint.step * o.batch * T) / lastPoint.seconds
        : 0;
  return {
    version: o.version,
    // An exported checkpoint is reproduced by running from scratch and stopping at its step.
    command:
      o.exportCheckpoint && end < total
        ? o.command.replace('--export-checkpoint', `--stop-after ${end}`)
        : o.command,
    seed: o.seed,
    config,
    parameters: countParams(config),
    tokenizer: { vocabSize: vocab.size, merges: vocab.merges.left.length },
    data: {
      pretrainTokens: data.docs.reduce((n, d) => n + d.length + 1, 0),
      sftDialogues: corpus.sft.length,
      sftWindows: data.sftPacked.windows.length,
      sftDropped: data.sftPacked.dropped,
      heldoutQuestions: corpus.heldout.length,
    },
    topics: TOPICS.map((t) => ({ id: t.id, en: t.en.names[0], zh: t.zh.names[0] })),
    schedule: {
      batch: o.batch,
      context: T,
      pretrainSteps: o.pretrainSteps,
      sftSteps: o.sftSteps,
      maxLr: o.maxLr,
      warmupSteps: o.warmupSteps,
      userNoise: o.userNoise,
      corpus: o.corpus,
      isolateDialogues: o.isolateDialogues,
      // only a run that reached the average's start exports it
      ...(o.average && run.lastWeights ? { average: o.average } : {}),
      ...(o.dropout > 0 ? { dropout: o.dropout, dropoutSites: o.dropoutSites } : {}),
    },
    threads: o.threads,
    kernels: run.kernels,
    stepsDone: end,
    tokensPerSecond: round(tokensPerSecond, 1),
    gflopsPerSecond: round((tokensPerSecond * trainFlopsPerToken(config, T)) / 1e9, 3),
    seconds: round(run.seconds, 1),
    curve,
    evalCurve: run.evalCurve,
    final: {
      trainLoss: run.last.trainLoss,
      heldoutLoss: run.last.heldoutLoss,
      heldoutQuestionScore: run.heldoutQuestionScore,
      heldout: run.heldout,
      ...(run.lastWeights ? { lastWeights: run.lastWeights } : {}),
    },
    heldoutReplies: run.heldoutReplies,
    modelBytes: 0,
  };
}

/** Writes the Hugging Face folder, training.json and the model card; sets `report.modelBytes`. */
export function writeModelFolder(
  outDir: string,
  report: TrainingReport,
  model: QwenModel,
  vocab: BpeVocab,
  imEndId: number,
): void {
  const files = tokenizerFiles(vocab, report.schedule.context);
  report.modelBytes = writeHfFolder(outDir, {
    config: report.config,
    weights: model.weights,
    imEndId,
    tokenizerJson: files.json,
    tokenizerConfig: files.config,
  });
  writeFileSync(join(outDir, 'training.json'), JSON.stringify(report) + '\n');
  writeFileSync(join(outDir, 'README.md'), modelCard(report));
}
