/**
 * One Train-lab run: a tiny Qwen trained from scratch on a picked part of the corpus,
 * pretraining then SFT (report §3.1), step by step, with the held-out loss and probe scores
 * recorded as it goes. Its whole state (weights, AdamW moments, step, curves) is plain typed
 * arrays and numbers, so a run saved at step s and restored continues with bit-identical
 * weights: batches are a pure function of (seed, step) (sampler.ts), so the data position is
 * the step itself, and training uses no other random numbers.
 *
 *   const run = TrainRun.create(setup, tok, sp);
 *   while (!run.done) run.step();          // or run.runFor(200) per slice of a worker's loop
 *   TrainRun.create(setup, tok, sp, run.snapshot()).weightsHash() === run.weightsHash()
 *
 * Deliberately left out: data-parallel helpers (the matrix products split across the kernel
 * threads instead, with the same results).
 */
import type { BpeTokenizer } from '../kernels/bpe/tokenizer.ts';
import { cosineLr } from '../model/adamw.ts';
import type { QwenConfig } from '../model/config.ts';
import { initModel } from '../model/init.ts';
import { tinyConfig } from '../model/tiny.ts';
import { createTrainer, releaseTrainer, trainStep, type Trainer } from '../model/train.ts';
import { TOPICS } from '../corpus/build.ts';
import type { Lang } from '../corpus/types.ts';
import { encodeChatText, StepBatch, type SpecialIds } from './data.ts';
import { dialogueLoss, greedyRun } from './eval.ts';
import { judge, replyProfiles, type ItemResult, type Profiles } from './heldoutScore.ts';
import { buildLabData, type DataSelection, type LabData } from './labData.ts';
import { PRESETS, presetSteps, type PresetId, type TrainPreset } from './presets.ts';

export interface TrainSetup extends DataSelection {
  preset: PresetId;
  seed: number;
}

export type Phase = 'pretrain' | 'sft';

export interface CurvePoint {
  step: number;
  phase: Phase;
  loss: number;
  lr: number;
}
export interface EvalPoint {
  step: number;
  heldoutLoss: number;
  trainLoss: number;
}
export interface ProbePoint {
  step: number;
  /** Probe questions answered on topic, in the right language. */
  ok: number;
  total: number;
}

/** Everything needed to continue a run exactly. */
export interface RunState {
  setup: TrainSetup;
  step: number;
  params: Float32Array;
  m: Float32Array;
  v: Float32Array;
  curve: CurvePoint[];
  evalCurve: EvalPoint[];
  probeCurve: ProbePoint[];
  /** The latest probe replies, judged. */
  probeReplies: ItemResult[];
  /** Training seconds so far (evaluations included). */
  seconds: number;
}

/** Greedy tokens a probe reply gets (a topic answer is one to three sentences). */
export const PROBE_TOKENS = 96;

/** FNV-1a over the bytes of the weights, as 8 hex digits: equal weights, equal hash. */
export function hashFloats(x: Float32Array): string {
  const bytes = new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

export class TrainRun {
  readonly preset: TrainPreset;
  readonly config: QwenConfig;
  readonly total: number;
  private state: Omit<RunState, 'params' | 'm' | 'v'>;
  private profiles: Record<Lang, Profiles> | null = null;
  private readonly batch: StepBatch;

  private constructor(
    readonly setup: TrainSetup,
    readonly trainer: Trainer,
    readonly data: LabData,
    private readonly tok: BpeTokenizer,
    private readonly sp: SpecialIds,
    saved?: RunState,
  ) {
    this.preset = PRESETS[setup.preset];
    this.config = trainer.model.config;
    this.total = presetSteps(this.preset);
    this.batch = new StepBatch(this.preset.batch, this.preset.sizes.context);
    this.state = saved
      ? {
          setup,
          step: saved.step,
          curve: saved.curve,
          evalCurve: saved.evalCurve,
          probeCurve: saved.probeCurve,
          probeReplies: saved.probeReplies,
          seconds: saved.seconds,
        }
      : { setup, step: 0, curve: [], evalCurve: [], probeCurve: [], probeReplies: [], seconds: 0 };
  }

  /** A new run (saved absent) or a saved one continued. `vocabSize` is the tokenizer's. */
  static create(
    setup: TrainSetup,
    tok: BpeTokenizer,
    sp: SpecialIds,
    vocabSize: number,
    saved?: RunState,
  ): TrainRun {
    const preset = PRESETS[setup.preset];
    if (!preset) throw new Error(`unknown preset "${setup.preset}"`);
    const config = tinyConfig(preset.sizes, vocabSize, sp.endOfText);
    const trainer = createTrainer(initModel(config, setup.seed), {
      maxLr: preset.maxLr,
      warmupSteps: preset.warmupSteps,
      totalSteps: presetSteps(preset),
      seqLen: preset.sizes.context,
      clipNorm: 1,
    });
    try {
      if (saved) {
        if (saved.params.length !== trainer.params.length)
          throw new Error('the saved run does not match its preset (a different model size)');
        trainer.params.set(saved.params);
        trainer.optimizer.m.set(saved.m);
        trainer.optimizer.v.set(saved.v);
        trainer.optimizer.step = saved.step;
      }
      const data = buildLabData(setup, tok, sp, preset.sizes, preset.batch, setup.seed);
      return new TrainRun(setup, trainer, data, tok, sp, saved);
    } catch (e) {
      releaseTrainer(trainer);
      throw e;
    }
  }

  /**
   * Gives the run's buffers in wasm memory back (train.ts `releaseTrainer`) for the next run to
   * reuse: the run, its model and any view of its weights are unusable after.
   */
  release(): void {
    releaseTrainer(this.trainer);
  }

  /** Optimizer steps done so far. */
  get stepsDone(): number {
    return this.state.step;
  }
  get done(): boolean {
    return this.state.step >= this.total;
  }
  get phase(): Phase {
    return this.state.step < this.preset.pretrainSteps ? 'pretrain' : 'sft';
  }
  get seconds(): number {
    return this.state.seconds;
  }
  addSeconds(s: number): void {
    this.state.seconds += s;
  }
  get curves(): Pick<RunState, 'curve' | 'evalCurve' | 'probeCurve' | 'probeReplies'> {
    const { curve, evalCurve, probeCurve, probeReplies } = this.state;
    return { curve, evalCurve, probeCurve, probeReplies };
  }
  /** The learning rate at 0-based step s (the schedule the chart draws). */
  lrAt(s: number): number {
    return cosineLr(s, this.trainer.options);
  }
  get tokensPerStep(): number {
    return this.preset.batch * this.preset.sizes.context;
  }

  /** One optimizer step on the next batch; then the held-out loss and probes when due. */
  step(): CurvePoint {
    if (this.done) throw new Error('the run has finished');
    const s = this.state.step;
    const phase = this.phase;
    const windows =
      phase === 'pretrain'
        ? this.data.pretrain.batchAt(s)
        : this.data.sft.batchAt(s - this.preset.pretrainSteps);
    // SFT dialogues are isolated in their windows, as in npm run train
    const r = trainStep(this.trainer, this.batch.fill(windows, phase === 'sft'));
    this.state.step = s + 1;
    const point = { step: s + 1, phase, loss: r.loss, lr: r.lr };
    this.state.curve.push(point);
    const n = s + 1;
    if (n % this.preset.evalEvery === 0 || n === this.total || n === this.preset.pretrainSteps)
      this.evaluate();
    if (n % this.preset.probeEvery === 0 || n === this.total || n === this.preset.pretrainSteps)
      this.probe();
    return point;
  }

  /** The held-out loss (and the training-dialogue loss) now. */
  evaluate(): EvalPoint {
    const m = this.trainer.model;
    const p = {
      step: this.state.step,
      heldoutLoss: dialogueLoss(m, this.tok, this.sp, this.data.heldoutDialogues),
      trainLoss: dialogueLoss(m, this.tok, this.sp, this.data.trainDialogues),
    };
    const last = this.state.evalCurve[this.state.evalCurve.length - 1];
    if (last?.step === p.step) this.state.evalCurve.pop();
    this.state.evalCurve.push(p);
    return p;
  }

  /** Greedy replies to the probe questions, judged as the committed model's held-out set is. */
  probe(): ProbePoint {
    this.profiles ??= replyProfiles(TOPICS, {
      layers: this.config.num_hidden_layers,
      hidden: this.config.hidden_size,
    });
    const results = this.data.probes.map((item) => {
      const prompt = encodeChatText(this.tok, item.messages, true);
      const { ids, stopped } = greedyRun(this.trainer.model, this.sp, prompt, PROBE_TOKENS);
      return judge(item, this.tok.decode(ids), stopped, this.profiles![item.replyLang]);
    });
    const p = {
      step: this.state.step,
      ok: results.filter((r) => r.ok).length,
      total: results.length,
    };
    const last = this.state.probeCurve[this.state.probeCurve.length - 1];
    if (last?.step === p.step) this.state.probeCurve.pop();
    this.state.probeCurve.push(p);
    this.state.probeReplies = results;
    return p;
  }

  /** Steps until `ms` milliseconds have passed (at least one) or the run is done. */
  runFor(ms: number, shouldStop: () => boolean = () => false): number {
    const t0 = performance.now();
    let n = 0;
    while (!this.done && !shouldStop()) {
      this.step();
      n++;
      if (performance.now() - t0 >= ms) break;
    }
    this.state.seconds += (performance.now() - t0) / 1000;
    return n;
  }

  weightsHash(): string {
    return hashFloats(this.trainer.params);
  }

  /** A copy of the whole state (safe to store while training goes on). */
  snapshot(): RunState {
    return {
      ...structuredClone(this.state),
      params: this.trainer.params.slice(),
      m: this.trainer.optimizer.m.slice(),
      v: this.trainer.optimizer.v.slice(),
    };
  }
}
