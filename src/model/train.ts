/**
 * Training steps for the tiny Qwen: a Trainer holds the model (its tensors are views into one
 * flat buffer), the flat gradient, AdamW state and reusable workspaces per batch shape.
 *
 *   const trainer = createTrainer(initModel(config, 1), { maxLr: 3e-3, warmupSteps: 100, totalSteps: 5000 });
 *   const { loss, gradNorm } = trainStep(trainer, { ids, targets, lossMask });
 *
 * Data-parallel workers: each worker calls computeGradients(trainer, batch, { lossDivisor })
 * with the same lossDivisor (the total mask sum over all workers' batches), sends
 * trainer.grads (one Float32Array) to the leader, which sums them into its own trainer.grads and
 * calls applyUpdate(trainer); then every worker copies the leader's trainer.params.
 *
 * Deliberately left out: mixed precision, checkpoint files (scripts/ does file IO).
 */
import type { QwenConfig } from './config.ts';
import {
  ADAMW_DEFAULTS,
  clipScale,
  cosineLr,
  createAdamW,
  type AdamWConfig,
  type AdamWState,
  type LrSchedule,
} from './adamw.ts';
import {
  createWorkspace,
  releaseWorkspace,
  trainBackward,
  trainForward,
  type TrainWorkspace,
} from './backward.ts';
import { keepFloats, releaseFloats } from '../kernels/engine/wasmMemory.ts';
import { defaultTrainKernels, KERNELS, type TrainKernels } from './trainKernels.ts';
import { packWeights, paramLayout, viewsOf, type ParamLayout, type QwenModel } from './params.ts';
import type { Weights } from './weights.ts';
import type { DropoutSetting } from './dropout.ts';

export interface TrainBatch {
  /** (B, T) row-major token ids. */
  ids: Int32Array;
  /** (B, T) next-token targets. */
  targets: Int32Array;
  /** (B, T) 1 = position carries loss. */
  lossMask: Float32Array | Uint8Array;
  /** (B, T) 1 where a packed dialogue begins (backward.ts `TrainBatchView`); absent: one per row. */
  seqStarts?: Uint8Array | null;
  /** T; default the trainer's seqLen. */
  seqLen?: number;
  /** Dropout for this step (dropout.ts); absent or null: none. */
  dropout?: DropoutSetting | null;
}

export interface TrainerOptions extends Partial<AdamWConfig>, LrSchedule {
  /** Clip the global gradient norm to this (default 1; 0 = no clipping). */
  clipNorm?: number;
  /** Sequence length T when a batch does not say; default config.max_position_embeddings. */
  seqLen?: number;
  /** Step kernels, AdamW's too: 'simd' (default where WebAssembly SIMD runs) or 'js' (reference). */
  kernels?: TrainKernels;
  /**
   * Compute only the rows that can change the loss (liveRows.ts; default true). The result is
   * the same either way; false is for measuring what it saves.
   */
  liveRowsOnly?: boolean;
}

export interface Trainer {
  model: QwenModel;
  layout: ParamLayout;
  /** All parameters, flat; model.weights are views into it. */
  params: Float32Array;
  /** All gradients, flat, same layout; gradViews name them. */
  grads: Float32Array;
  gradViews: Weights;
  optimizer: AdamWState;
  adamw: AdamWConfig;
  options: TrainerOptions;
  workspaces: Map<string, TrainWorkspace>;
}

/**
 * Wraps a model for training. Its tensors are copied into one flat buffer and model.weights is
 * rebound to views of it (same values), so the caller's model object trains in place.
 */
export function createTrainer(model: QwenModel, options: TrainerOptions): Trainer {
  const layout = paramLayout(model.config);
  // on the SIMD kernels the flat buffers live in wasm memory, used in place (wasmMemory.ts)
  const kept = (options.kernels ?? defaultTrainKernels()) === 'simd';
  const floats = (n: number) => (kept ? keepFloats(n) : new Float32Array(n));
  const params = floats(layout.size);
  params.set(packWeights(layout, model.weights));
  model.weights = viewsOf(layout, params);
  const grads = floats(layout.size);
  return {
    model,
    layout,
    params,
    grads,
    gradViews: viewsOf(layout, grads),
    optimizer: createAdamW(layout, floats),
    adamw: {
      beta1: options.beta1 ?? ADAMW_DEFAULTS.beta1,
      beta2: options.beta2 ?? ADAMW_DEFAULTS.beta2,
      eps: options.eps ?? ADAMW_DEFAULTS.eps,
      weightDecay: options.weightDecay ?? ADAMW_DEFAULTS.weightDecay,
    },
    options,
    workspaces: new Map(),
  };
}

/**
 * Gives the trainer's buffers in wasm memory back (parameters, gradients, moments, workspaces):
 * the trainer and its model's weights (views of those parameters) are unusable after. Call it
 * when a trainer is dropped and another may follow (the Train lab replacing a run).
 */
export function releaseTrainer(trainer: Trainer): void {
  for (const ws of trainer.workspaces.values()) releaseWorkspace(ws);
  trainer.workspaces.clear();
  for (const b of [trainer.params, trainer.grads, trainer.optimizer.m, trainer.optimizer.v]) {
    releaseFloats(b);
  }
}

/** The kernels this trainer's update runs on (its options, else the default). */
function stepKernels(trainer: Trainer) {
  return KERNELS[trainer.options.kernels ?? defaultTrainKernels()];
}

function batchShape(trainer: Trainer, batch: TrainBatch): { B: number; T: number } {
  const T = batch.seqLen ?? trainer.options.seqLen ?? trainer.model.config.max_position_embeddings;
  const n = batch.ids.length;
  if (!(T > 0) || n % T !== 0) throw new Error(`batch of ${n} ids is not whole rows of T = ${T}`);
  if (batch.targets.length !== n || batch.lossMask.length !== n) {
    throw new Error(`ids, targets and lossMask must have the same length (${n})`);
  }
  return { B: n / T, T };
}

/** The reusable workspace for this batch shape. */
export function workspaceFor(trainer: Trainer, B: number, T: number): TrainWorkspace {
  const key = `${B}x${T}`;
  let ws = trainer.workspaces.get(key);
  if (!ws) {
    ws = createWorkspace(trainer.model.config, B, T, Float32Array, trainer.options.kernels);
    ws.liveRowsOnly = trainer.options.liveRowsOnly ?? true;
    trainer.workspaces.set(key, ws);
  }
  return ws;
}

export interface GradientOptions {
  /** Keep what is already in trainer.grads (micro-batch accumulation). Default false. */
  accumulate?: boolean;
  /** Divide the masked loss sum by this instead of this batch's mask sum (data parallel). */
  lossDivisor?: number;
}

/** Forward + backward: fills trainer.grads. loss is this batch's masked mean. */
export function computeGradients(
  trainer: Trainer,
  batch: TrainBatch,
  opts: GradientOptions = {},
): { loss: number; maskSum: number } {
  const { B, T } = batchShape(trainer, batch);
  const ws = workspaceFor(trainer, B, T);
  if (!opts.accumulate) trainer.grads.fill(0);
  const r = trainForward(trainer.model, ws, batch);
  const divisor = opts.lossDivisor ?? r.maskSum;
  trainBackward(trainer.model, trainer.gradViews, ws, batch, divisor);
  return r;
}

/**
 * Clips, then one AdamW step at the scheduled learning rate, using `grads` (default
 * trainer.grads, e.g. after summing workers' gradients into it), on the trainer's kernels
 * (trainKernels.ts). Zeroes trainer.grads after.
 */
export function applyUpdate(
  trainer: Trainer,
  grads: Float32Array = trainer.grads,
): { gradNorm: number; lr: number; step: number } {
  const lr = cosineLr(trainer.optimizer.step, trainer.options);
  const kernels = stepKernels(trainer);
  const gradNorm = Math.sqrt(kernels.sumSquares(grads));
  const scale = clipScale(gradNorm, trainer.options.clipNorm ?? 1);
  kernels.adamw(trainer.params, grads, trainer.optimizer, lr, trainer.adamw, scale);
  trainer.grads.fill(0);
  return { gradNorm, lr, step: trainer.optimizer.step };
}

/** Adds another thread's gradients (same layout) to trainer.grads, on the trainer's kernels. */
export function addGradients(trainer: Trainer, grads: Float32Array): void {
  stepKernels(trainer).addInto(trainer.grads, grads);
}

/** One full step: gradients of the masked mean loss, clip, AdamW. */
export function trainStep(
  trainer: Trainer,
  batch: TrainBatch,
): { loss: number; gradNorm: number; lr: number; tokens: number } {
  const r = computeGradients(trainer, batch);
  const u = applyUpdate(trainer);
  return { loss: r.loss, gradNorm: u.gradNorm, lr: u.lr, tokens: r.maskSum };
}

/** Training FLOPs per token (forward + backward ≈ 3× forward), matmuls and attention. */
export function trainFlopsPerToken(config: QwenConfig, T: number): number {
  return 3 * forwardFlopsPerToken(config, T);
}

/** Forward FLOPs per token at sequence length T (2 per multiply-add; causal attention T/2 avg). */
export function forwardFlopsPerToken(config: QwenConfig, T: number): number {
  const C = config.hidden_size;
  const I = config.intermediate_size;
  const hd = C / config.num_attention_heads;
  const kvDim = config.num_key_value_heads * hd;
  const perLayer = 2 * (C * C + 2 * C * kvDim + C * C + 3 * C * I) + 2 * 2 * C * ((T + 1) / 2);
  return config.num_hidden_layers * perLayer + 2 * C * config.vocab_size;
}
