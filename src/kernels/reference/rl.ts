/**
 * The math of RLHF after SFT (Qwen report §3.2): the reward model's Bradley–Terry loss, PPO's
 * clipped surrogate objective, the KL penalty to the reference model (Schulman's k1/k2/k3
 * estimators), generalized advantage estimation (GAE), and a toy PPO run on a bandit whose
 * "arms" are whole replies, so a panel can watch reward, clip fraction and KL move.
 *
 * Deliberately left out: neural policies and value networks (the toy policy is a table of
 * logits, the value model a single baseline number), minibatch shuffling, advantage
 * whitening, value clipping and entropy bonuses.
 *
 *   logSigmoid(0) → −0.6931 (= log ½);  ppoClipObjective(1.5, +1, 0.2).value → 1.2
 */
import type { Rng } from './random.ts';
import { createRng } from './random.ts';

/**
 * log σ(x) = −log(1 + e^(−x)), computed without overflow for any finite x.
 * Subtle: the naive Math.log(1 / (1 + Math.exp(-x))) gives −∞ at x = −800 (exp overflows);
 * for x < 0 we use x − log(1 + eˣ) instead, which is exact there.
 *   logSigmoid(0) → −0.693147;  logSigmoid(−800) → −800
 */
export function logSigmoid(x: number): number {
  if (Number.isNaN(x)) throw new Error('logSigmoid: x is NaN');
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}

/** σ(x) = 1 / (1 + e^(−x)), stable on both sides.  sigmoid(0) → 0.5 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * Bradley–Terry preference loss for one pair: the chance that the chosen reply beats the
 * rejected one is σ(r_c − r_r), and the loss is its negative log.
 *   L = −log σ(r_c − r_r);  ∂L/∂r_c = −σ(r_r − r_c) = −∂L/∂r_r
 *   bradleyTerry(1, 0) → { loss: 0.3133, dChosen: −0.2689, dRejected: 0.2689 }
 */
export function bradleyTerry(
  rChosen: number,
  rRejected: number,
): { loss: number; dChosen: number; dRejected: number } {
  const margin = rChosen - rRejected;
  const g = sigmoid(-margin);
  return { loss: -logSigmoid(margin), dChosen: -g, dRejected: g };
}

/**
 * Mean Bradley–Terry loss over N pairs, its gradients per reward, and the accuracy (share of
 * pairs where the chosen reply scores higher). rChosen, rRejected: (N) → dChosen, dRejected: (N)
 */
export function bradleyTerryBatch(
  dChosen: Float64Array,
  dRejected: Float64Array,
  rChosen: ArrayLike<number>,
  rRejected: ArrayLike<number>,
): { loss: number; accuracy: number } {
  const n = rChosen.length;
  if (n === 0) throw new Error('bradleyTerryBatch needs at least one pair');
  if (rRejected.length !== n || dChosen.length !== n || dRejected.length !== n) {
    throw new Error(`bradleyTerryBatch: arrays must all hold ${n} pairs`);
  }
  let loss = 0;
  let right = 0;
  for (let i = 0; i < n; i++) {
    const p = bradleyTerry(rChosen[i], rRejected[i]);
    loss += p.loss;
    dChosen[i] = p.dChosen / n;
    dRejected[i] = p.dRejected / n;
    if (rChosen[i] > rRejected[i]) right++;
  }
  return { loss: loss / n, accuracy: right / n };
}

function checkEpsilon(eps: number): void {
  if (!(eps >= 0) || !Number.isFinite(eps)) {
    throw new Error(`PPO clip range ε must be a finite number ≥ 0, got ${eps}`);
  }
}

/**
 * PPO's clipped surrogate for one sample (to be maximized):
 *   L(r) = min(r·A, clip(r, 1−ε, 1+ε)·A),  r = π_θ(a|s) / π_old(a|s)
 * `grad` is ∂L/∂r: A where the unclipped term is the smaller one, 0 where clipping took over
 * (the sample stops pushing the policy). `clipped` says the ratio left [1−ε, 1+ε].
 *   ppoClipObjective(1.5, 1, 0.2) → { value: 1.2, grad: 0, clipped: true }
 *   ppoClipObjective(1.5, −1, 0.2) → { value: −1.5, grad: −1, clipped: true }
 * Subtle: with A < 0 a ratio above 1+ε is NOT capped — the min keeps the worse, unclipped
 * value, so a step that made a bad action more likely is still pushed back.
 */
export function ppoClipObjective(
  ratio: number,
  advantage: number,
  eps: number,
): { value: number; grad: number; clipped: boolean } {
  checkEpsilon(eps);
  if (!(ratio >= 0)) throw new Error(`PPO ratio must be ≥ 0, got ${ratio}`);
  const lo = 1 - eps;
  const hi = 1 + eps;
  const clippedRatio = ratio < lo ? lo : ratio > hi ? hi : ratio;
  const unclipped = ratio * advantage;
  const clippedValue = clippedRatio * advantage;
  const clipped = ratio < lo || ratio > hi;
  // The gradient flows through the unclipped term when it is the minimum (ties: unclipped).
  if (unclipped <= clippedValue) return { value: unclipped, grad: advantage, clipped };
  return { value: clippedValue, grad: 0, clipped };
}

/**
 * The clipped objective over N samples. ratio, advantage: (N) → grad: (N) = ∂mean/∂ratioᵢ.
 * Returns the mean objective and the clip fraction: the share of samples with |r − 1| > ε
 * (the statistic PPO implementations log, e.g. OpenAI baselines' `clipfrac`).
 */
export function ppoClipBatch(
  grad: Float64Array,
  ratio: ArrayLike<number>,
  advantage: ArrayLike<number>,
  eps: number,
): { objective: number; clipFraction: number } {
  const n = ratio.length;
  if (n === 0) throw new Error('ppoClipBatch needs at least one sample');
  if (advantage.length !== n || grad.length !== n) {
    throw new Error(`ppoClipBatch: arrays must all hold ${n} samples`);
  }
  let sum = 0;
  let clipped = 0;
  for (let i = 0; i < n; i++) {
    const s = ppoClipObjective(ratio[i], advantage[i], eps);
    sum += s.value;
    grad[i] = s.grad / n;
    if (s.clipped) clipped++;
  }
  return { objective: sum / n, clipFraction: clipped / n };
}

/**
 * Schulman's three Monte-Carlo estimators of KL(π ‖ π_ref) from one sample a ~ π, with
 * log r = log π_ref(a) − log π(a) (http://joschu.net/blog/kl-approx.html):
 *   k1 = −log r              unbiased, high variance, can be negative
 *   k2 = ½ (log r)²          biased, low variance, ≥ 0
 *   k3 = (r − 1) − log r     unbiased, low variance, ≥ 0
 *   klEstimators(log 0.5, log 0.25) → r = 0.5: { k1: 0.6931, k2: 0.2402, k3: 0.1931 }
 */
export function klEstimators(
  logpPolicy: number,
  logpRef: number,
): { k1: number; k2: number; k3: number } {
  const logr = logpRef - logpPolicy;
  return { k1: -logr, k2: 0.5 * logr * logr, k3: Math.expm1(logr) - logr };
}

/** Exact KL(p ‖ q) = Σ pᵢ log(pᵢ/qᵢ) of two distributions over the same K outcomes. */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  if (p.length !== q.length) throw new Error('klDivergence: p and q need the same length');
  let kl = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] > 0) kl += p[i] * Math.log(p[i] / q[i]);
  }
  return kl;
}

/**
 * Generalized advantage estimation over one episode of T steps.
 *   δₜ = rₜ + γ·V(sₜ₊₁) − V(sₜ),   Aₜ = δₜ + γλ·Aₜ₊₁  (= Σₖ (γλ)ᵏ δₜ₊ₖ),   returnsₜ = Aₜ + V(sₜ)
 * rewards: (T), values: (T+1) with values[T] the bootstrap value after the last step (0 when
 * the episode ended) → advantages: (T), returns: (T)
 *   gae([0, 1], [0, 0, 0], 1, 1) → advantages [1, 1]
 * λ = 0 gives one-step TD residuals, λ = 1 the Monte-Carlo return minus the baseline.
 */
export function gae(
  advantages: Float64Array,
  returns: Float64Array,
  rewards: ArrayLike<number>,
  values: ArrayLike<number>,
  gamma: number,
  lambda: number,
): void {
  const T = rewards.length;
  if (values.length !== T + 1) {
    throw new Error(
      `gae needs T+1 = ${T + 1} values (the last one bootstraps), got ${values.length}`,
    );
  }
  if (advantages.length !== T || returns.length !== T) {
    throw new Error(`gae: advantages and returns must hold ${T} entries`);
  }
  if (!(gamma >= 0 && gamma <= 1)) throw new Error(`gae: γ must be in [0, 1], got ${gamma}`);
  if (!(lambda >= 0 && lambda <= 1)) throw new Error(`gae: λ must be in [0, 1], got ${lambda}`);
  let next = 0;
  for (let t = T - 1; t >= 0; t--) {
    const delta = rewards[t] + gamma * values[t + 1] - values[t];
    next = delta + gamma * lambda * next;
    advantages[t] = next;
    returns[t] = next + values[t];
  }
}

/** Softmax of a small logit table (the toy policy). logits: (K) → (K) */
function probsOf(logits: ArrayLike<number>): Float64Array {
  const K = logits.length;
  let max = -Infinity;
  for (let i = 0; i < K; i++) if (logits[i] > max) max = logits[i];
  const p = new Float64Array(K);
  let sum = 0;
  for (let i = 0; i < K; i++) {
    p[i] = Math.exp(logits[i] - max);
    sum += p[i];
  }
  for (let i = 0; i < K; i++) p[i] /= sum;
  return p;
}

function sampleFrom(p: Float64Array, rng: Rng): number {
  let u = rng.uniform();
  for (let i = 0; i < p.length; i++) {
    u -= p[i];
    if (u < 0) return i;
  }
  return p.length - 1;
}

/**
 * The policy that maximizes E[R] − β·KL(π ‖ π_ref): π*(a) ∝ π_ref(a)·exp(R(a)/β).
 * PPO with a KL penalty climbs towards it; β → 0 puts all mass on the best arm, β → ∞ keeps
 * π_ref.  klRegularizedOptimum([0, 0], [1, 0], 1) → [0.7311, 0.2689]
 */
export function klRegularizedOptimum(
  refLogits: ArrayLike<number>,
  rewards: ArrayLike<number>,
  beta: number,
): Float64Array {
  if (!(beta > 0)) throw new Error(`β must be > 0 for the KL-regularized optimum, got ${beta}`);
  if (refLogits.length !== rewards.length) throw new Error('one reward per arm is needed');
  const z = new Float64Array(rewards.length);
  for (let i = 0; i < z.length; i++) z[i] = refLogits[i] + rewards[i] / beta;
  return probsOf(z);
}

export interface BanditPpoConfig {
  /** Mean reward of each reply ("arm"), as a reward model would score it. */
  rewards: number[];
  /** Gaussian noise added to every sampled reward (standard deviation). */
  rewardNoise: number;
  /** Logits of the reference (SFT) policy; the policy starts here. */
  refLogits: number[];
  /** Clip range ε. */
  eps: number;
  /** KL penalty coefficient β (per-sample k1 subtracted from the reward). */
  beta: number;
  /** Policy learning rate (gradient ascent on the logits). */
  lr: number;
  /** Gradient steps on each sampled batch (PPO reuses a batch several times). */
  epochs: number;
  /** Replies sampled per PPO step. */
  batch: number;
  /** PPO steps to run. */
  steps: number;
  /** Learning rate of the value model (here one baseline number). */
  valueLr: number;
  seed: number;
}

export interface BanditPpoStep {
  /** Mean reward-model score of the sampled replies. */
  reward: number;
  /** Mean reward after the KL penalty, R − β·k1. */
  penalizedReward: number;
  /** Share of (sample, epoch) ratios outside [1−ε, 1+ε]. */
  clipFraction: number;
  /** Exact KL(π ‖ π_ref) after the step. */
  kl: number;
  /** The k3 estimate of the same KL from the batch (before the step). */
  klK3: number;
  /** The value model's baseline after the step. */
  value: number;
  /** The policy's probabilities after the step. (K) */
  probs: Float64Array;
}

export interface BanditPpoResult {
  /** Step 0 is the starting point (π = π_ref); then one entry per PPO step. */
  history: BanditPpoStep[];
  /** Final policy probabilities. (K) */
  probs: Float64Array;
  /** Reference policy probabilities. (K) */
  refProbs: Float64Array;
  /** π*(a) ∝ π_ref(a)·exp(R(a)/β) (null when β = 0). */
  optimum: Float64Array | null;
}

/**
 * PPO on a K-armed bandit: each step samples a batch of replies from π_old, scores them
 * (reward model + noise − β·KL sample), computes advantages against the value baseline, then
 * takes `epochs` gradient steps on the clipped surrogate. ∂π(a)/∂logits = π(a)(e_a − π).
 * A run of n steps is the first n steps of any longer run with the same settings, so a panel
 * can compute the longest run once and scrub through it.
 *   simulateBanditPpo({ …, steps: 0 }).history → [the starting point]
 */
export function simulateBanditPpo(cfg: BanditPpoConfig): BanditPpoResult {
  const K = cfg.rewards.length;
  if (K < 2) throw new Error('the bandit needs at least two arms');
  if (cfg.refLogits.length !== K) throw new Error('one reference logit per arm is needed');
  checkEpsilon(cfg.eps);
  if (!(cfg.beta >= 0)) throw new Error(`β must be ≥ 0, got ${cfg.beta}`);
  for (const [name, v] of [
    ['batch', cfg.batch],
    ['epochs', cfg.epochs],
  ] as const) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer`);
  }
  if (!Number.isInteger(cfg.steps) || cfg.steps < 0) throw new Error('steps must be ≥ 0');
  const rng = createRng(cfg.seed);
  const logits = Float64Array.from(cfg.refLogits);
  const refProbs = probsOf(cfg.refLogits);
  const logRef = refProbs.map((p) => Math.log(p));
  const B = cfg.batch;
  const actions = new Int32Array(B);
  const logpOld = new Float64Array(B);
  const adv = new Float64Array(B);
  const ratio = new Float64Array(B);
  const dRatio = new Float64Array(B);
  let value = 0;
  const history: BanditPpoStep[] = [
    {
      reward: dot(refProbs, cfg.rewards),
      penalizedReward: dot(refProbs, cfg.rewards),
      clipFraction: 0,
      kl: 0,
      klK3: 0,
      value,
      probs: Float64Array.from(refProbs),
    },
  ];
  for (let step = 0; step < cfg.steps; step++) {
    const pOld = probsOf(logits);
    let rSum = 0;
    let penSum = 0;
    let k3Sum = 0;
    for (let i = 0; i < B; i++) {
      const a = sampleFrom(pOld, rng);
      actions[i] = a;
      logpOld[i] = Math.log(pOld[a]);
      const r = cfg.rewards[a] + cfg.rewardNoise * rng.normal();
      const kl = klEstimators(logpOld[i], logRef[a]);
      const total = r - cfg.beta * kl.k1;
      adv[i] = total - value;
      rSum += r;
      penSum += total;
      k3Sum += kl.k3;
    }
    let clipSum = 0;
    const grad = new Float64Array(K);
    for (let e = 0; e < cfg.epochs; e++) {
      const p = probsOf(logits);
      for (let i = 0; i < B; i++) ratio[i] = Math.exp(Math.log(p[actions[i]]) - logpOld[i]);
      clipSum += ppoClipBatch(dRatio, ratio, adv, cfg.eps).clipFraction;
      grad.fill(0);
      for (let i = 0; i < B; i++) {
        if (dRatio[i] === 0) continue;
        // ∂ratioᵢ/∂logit_k = ratioᵢ·(1[k = aᵢ] − p_k)
        const g = dRatio[i] * ratio[i];
        for (let k = 0; k < K; k++) grad[k] -= g * p[k];
        grad[actions[i]] += g;
      }
      for (let k = 0; k < K; k++) logits[k] += cfg.lr * grad[k];
    }
    // The value model regresses towards the mean penalized reward it just saw.
    value += cfg.valueLr * (penSum / B - value);
    const p = probsOf(logits);
    history.push({
      reward: rSum / B,
      penalizedReward: penSum / B,
      clipFraction: clipSum / cfg.epochs,
      kl: klDivergence(p, refProbs),
      klK3: k3Sum / B,
      value,
      probs: p,
    });
  }
  return {
    history,
    probs: probsOf(logits),
    refProbs,
    optimum: cfg.beta > 0 ? klRegularizedOptimum(cfg.refLogits, cfg.rewards, cfg.beta) : null,
  };
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
