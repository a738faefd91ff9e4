/**
 * A reward model's scalar head (Qwen report §3.2): the reward model is a language model whose
 * final hidden state at the end token (`<|im_end|>` of the reply) goes through one linear
 * layer to a single number, r = w·h + b. Here the language model is frozen: we train only the
 * head, on fixed feature vectors h of preference pairs, with the Bradley–Terry loss
 * −log σ(r_chosen − r_rejected) and Adam with decoupled weight decay (AdamW).
 *
 * Features are standardized first (mean and spread of the training features, stored in the
 * head), so one learning rate suits any model's hidden-state scale.
 *
 * Deliberately left out: fine-tuning the language model itself, minibatches (the toy data
 * set is a few dozen pairs), margins and ties.
 *
 *   const head = trainRewardHead({ chosen, rejected, pairs: 2, dim: 1 }, { steps: 50 }).head
 *   rewardScore(head, [3]) > rewardScore(head, [−3])   // when the chosen features were larger
 * Subtle: the bias b cancels in r_c − r_r, so Bradley–Terry never learns it; rewards are only
 * defined up to a constant, and only differences between replies mean anything. After
 * training we set b so the training replies average 0, a readable zero point.
 */
import { bradleyTerryBatch } from './rl.ts';

export interface RewardHead {
  dim: number;
  /** (dim) weights over standardized features. */
  w: Float64Array;
  b: number;
  /** (dim) feature mean and standard deviation used for standardizing. */
  mean: Float64Array;
  std: Float64Array;
}

/** Preference pairs as features. chosen, rejected: (pairs, dim) row-major. */
export interface PreferenceFeatures {
  chosen: ArrayLike<number>;
  rejected: ArrayLike<number>;
  pairs: number;
  dim: number;
}

export interface RewardTrainOptions {
  steps?: number;
  lr?: number;
  weightDecay?: number;
  beta1?: number;
  beta2?: number;
  /**
   * Set the bias so the training replies average a reward of 0 (default true). Bradley–Terry
   * cannot learn b, so this only picks a readable zero point.
   */
  center?: boolean;
  /** Called after each step with the loss and accuracy measured before the update. */
  onStep?: (step: number, loss: number, accuracy: number) => void;
}

export interface RewardTrainResult {
  head: RewardHead;
  /** Loss before each step, then the final loss: (steps + 1). */
  losses: number[];
  accuracies: number[];
}

function checkFeatures(f: PreferenceFeatures): void {
  if (!Number.isInteger(f.pairs) || f.pairs < 1)
    throw new Error('need at least one preference pair');
  if (!Number.isInteger(f.dim) || f.dim < 1) throw new Error('feature dimension must be ≥ 1');
  const n = f.pairs * f.dim;
  if (f.chosen.length !== n || f.rejected.length !== n) {
    throw new Error(`chosen and rejected must each hold pairs·dim = ${n} values`);
  }
}

/** A zero head whose standardization comes from every chosen and rejected feature row. */
export function initRewardHead(f: PreferenceFeatures): RewardHead {
  checkFeatures(f);
  const { dim, pairs } = f;
  const mean = new Float64Array(dim);
  const std = new Float64Array(dim);
  const rows = 2 * pairs;
  for (const src of [f.chosen, f.rejected]) {
    for (let p = 0; p < pairs; p++) for (let j = 0; j < dim; j++) mean[j] += src[p * dim + j];
  }
  for (let j = 0; j < dim; j++) mean[j] /= rows;
  for (const src of [f.chosen, f.rejected]) {
    for (let p = 0; p < pairs; p++) {
      for (let j = 0; j < dim; j++) std[j] += (src[p * dim + j] - mean[j]) ** 2;
    }
  }
  // subtle: a constant feature has spread 0; dividing by 1 keeps it at 0 instead of NaN.
  for (let j = 0; j < dim; j++) std[j] = Math.sqrt(std[j] / rows) || 1;
  return { dim, w: new Float64Array(dim), b: 0, mean, std };
}

/**
 * r = w·((h − mean) / std) + b for one feature vector h: (dim), read from h[offset …].
 *   a head with w = [2], mean [0], std [1], b = 0 scores h = [1.5] as 3
 */
export function rewardScore(head: RewardHead, h: ArrayLike<number>, offset = 0): number {
  if (h.length - offset < head.dim) {
    throw new Error(`reward head expects ${head.dim} features, got ${h.length - offset}`);
  }
  let r = head.b;
  for (let j = 0; j < head.dim; j++) {
    r += (head.w[j] * (h[offset + j] - head.mean[j])) / head.std[j];
  }
  return r;
}

/** Scores every row. h: (rows, dim) → out: (rows) */
export function rewardScores(out: Float64Array, head: RewardHead, h: ArrayLike<number>): void {
  const rows = out.length;
  if (h.length !== rows * head.dim)
    throw new Error(`features must hold rows·dim = ${rows * head.dim} values`);
  for (let i = 0; i < rows; i++) out[i] = rewardScore(head, h, i * head.dim);
}

/**
 * Mean Bradley–Terry loss of the head on the pairs, its accuracy, and ∂loss/∂w (dim).
 * ∂L/∂w = Σᵢ (∂L/∂r_cᵢ)·x_cᵢ + (∂L/∂r_rᵢ)·x_rᵢ with x the standardized features.
 */
export function rewardHeadLoss(
  gradW: Float64Array | null,
  head: RewardHead,
  f: PreferenceFeatures,
): { loss: number; accuracy: number } {
  checkFeatures(f);
  if (f.dim !== head.dim) throw new Error(`head has ${head.dim} features, data has ${f.dim}`);
  const rc = new Float64Array(f.pairs);
  const rr = new Float64Array(f.pairs);
  rewardScores(rc, head, f.chosen);
  rewardScores(rr, head, f.rejected);
  const dc = new Float64Array(f.pairs);
  const dr = new Float64Array(f.pairs);
  const res = bradleyTerryBatch(dc, dr, rc, rr);
  if (gradW) {
    if (gradW.length !== head.dim) throw new Error('gradW must hold dim values');
    gradW.fill(0);
    const d = head.dim;
    for (let p = 0; p < f.pairs; p++) {
      for (let j = 0; j < d; j++) {
        const xc = (f.chosen[p * d + j] - head.mean[j]) / head.std[j];
        const xr = (f.rejected[p * d + j] - head.mean[j]) / head.std[j];
        gradW[j] += dc[p] * xc + dr[p] * xr;
      }
    }
  }
  return res;
}

/** Trains a fresh head on the pairs with AdamW, full batch. Deterministic (no randomness). */
export function trainRewardHead(
  f: PreferenceFeatures,
  options: RewardTrainOptions = {},
): RewardTrainResult {
  const steps = options.steps ?? 200;
  const lr = options.lr ?? 0.05;
  const wd = options.weightDecay ?? 0.1;
  const b1 = options.beta1 ?? 0.9;
  const b2 = options.beta2 ?? 0.999;
  if (!Number.isInteger(steps) || steps < 0) throw new Error(`steps must be ≥ 0, got ${steps}`);
  if (!(lr > 0)) throw new Error(`learning rate must be > 0, got ${lr}`);
  const head = initRewardHead(f);
  const d = head.dim;
  const g = new Float64Array(d);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  const losses: number[] = [];
  const accuracies: number[] = [];
  for (let s = 1; s <= steps; s++) {
    const { loss, accuracy } = rewardHeadLoss(g, head, f);
    losses.push(loss);
    accuracies.push(accuracy);
    options.onStep?.(s - 1, loss, accuracy);
    const c1 = 1 - b1 ** s;
    const c2 = 1 - b2 ** s;
    for (let j = 0; j < d; j++) {
      m[j] = b1 * m[j] + (1 - b1) * g[j];
      v[j] = b2 * v[j] + (1 - b2) * g[j] * g[j];
      head.w[j] -= lr * (m[j] / c1 / (Math.sqrt(v[j] / c2) + 1e-8) + wd * head.w[j]);
    }
  }
  if (options.center ?? true) {
    let sum = 0;
    for (let p = 0; p < f.pairs; p++) {
      sum += rewardScore(head, f.chosen, p * d) + rewardScore(head, f.rejected, p * d);
    }
    head.b -= sum / (2 * f.pairs);
  }
  const last = rewardHeadLoss(null, head, f);
  losses.push(last.loss);
  accuracies.push(last.accuracy);
  return { head, losses, accuracies };
}
