/**
 * Qwen's LogN attention scaling (report §2.5, Qwen-7B `modeling_qwen.py`) and the experiment
 * that shows why it exists.
 *
 * The problem: softmax attention over n keys spreads thinner as n grows. With logits of a fixed
 * spread its entropy grows like ln n, so a model trained on L tokens meets, at 4L, attention
 * that is blurrier than anything it saw in training. LogN multiplies the query at 0-based
 * position p by log_L(p + 1) once p + 1 > L: the logits get sharper as the key count grows,
 * which holds the entropy near its value at L (how well depends on how peaked attention is; the
 * demo lets you vary it). Inference only, after RoPE.
 *
 *   lognScale(4095, 2048) → log(4096)/log(2048) = 12/11 ≈ 1.0909
 *
 * The demo (`lognEntropyDemo`) draws random logits for n keys, computes the softmax entropy with
 * and without the LogN factor, and averages a few seeded trials.
 *
 * Left out on purpose: applying the factor to a batch of queries (attention does that), and
 * Qwen's precomputed `logn_list` table (this computes the same numbers on demand).
 */

import { createRng, type Rng } from './random.ts';

/** Most keys the entropy demo draws (the trend is clear long before). */
export const MAX_ENTROPY_KEYS = 65_536;

/**
 * Qwen's LogN factor for the query at 0-based position p with training length L:
 * log(p + 1) / log(L) when p + 1 > L, else 1.
 *
 *   lognScale(2047, 2048) → 1;  lognScale(4095, 2048) ≈ 1.0909
 */
export function lognScale(position: number, trainLength: number): number {
  if (!Number.isInteger(position) || position < 0) {
    throw new Error(`LogN position must be a non-negative integer, got ${position}`);
  }
  if (!Number.isInteger(trainLength) || trainLength < 2) {
    throw new Error(`LogN training length must be an integer ≥ 2 (log 1 = 0), got ${trainLength}`);
  }
  return position + 1 > trainLength ? Math.log(position + 1) / Math.log(trainLength) : 1;
}

/**
 * Entropy in nats of softmax(scale · logits[0 … n−1]).
 * // logits: (≥ n,) → scalar, between 0 (one key takes all) and ln n (uniform)
 *
 *   softmaxEntropy([0, 0, 0, 0], 4, 1) → ln 4 ≈ 1.3863
 *
 * With a = scale·logits and m = max a: H = ln Z − Σ e^(a−m)(a − m)/Z, Z = Σ e^(a−m).
 */
export function softmaxEntropy(logits: ArrayLike<number>, n: number, scale: number): number {
  if (!Number.isInteger(n) || n < 1 || n > logits.length) {
    throw new Error(`softmaxEntropy: n must be an integer in [1, ${logits.length}], got ${n}`);
  }
  let m = -Infinity;
  for (let j = 0; j < n; j++) if (scale * logits[j] > m) m = scale * logits[j];
  let z = 0;
  let w = 0;
  for (let j = 0; j < n; j++) {
    const a = scale * logits[j] - m;
    const e = Math.exp(a);
    z += e;
    w += e * a;
  }
  return Math.log(z) - w / z;
}

export interface EntropyDemoOptions {
  /** L, the training length (≥ 2). */
  trainLength: number;
  /** Largest key count drawn (default min(8·L, MAX_ENTROPY_KEYS): the report's Table 3 goes to 8·L). */
  maxKeys?: number;
  /** Number of key counts n, log-spaced from max(2, L/8) to maxKeys (default 20, ≤ 256). */
  points?: number;
  /** Trials averaged (default 8, ≤ 32). */
  trials?: number;
  /**
   * Spread σ of the logits (default 2.5). For a query q and keys with i.i.d. N(0, 1) entries,
   * q·k/√d is N(0, |q|²/d): σ stands for |q|/√d, so we draw the logits directly.
   * Why it matters: with spread s, H ≈ ln n − s²/2 (while s² < 2 ln n). LogN makes
   * s = σ·log_L(n), so dH/d(ln n) ≈ 1 − σ²·ln n / ln² L, which vanishes at n = L when σ² = ln L
   * (σ ≈ 2.8 for L = 2048). Smaller σ: entropy still creeps up; larger: it falls.
   */
  logitScale?: number;
  /** Seed of the PRNG (random.ts, default 1). */
  seed?: number;
  /** A source of N(0, 1) draws to use instead of the seeded PRNG (tests, other generators). */
  normal?: () => number;
}

export interface EntropyDemo {
  /** Key counts n (increasing). // (points,) */
  keys: Float64Array;
  /** Mean entropy without LogN. // (points,) */
  plain: Float64Array;
  /** Mean entropy with logits × lognScale(n − 1, L). // (points,) */
  logn: Float64Array;
  /** ln n, the entropy of uniform attention (the ceiling). // (points,) */
  uniform: Float64Array;
  /** The LogN factor applied at each n. // (points,) */
  factor: Float64Array;
}

/**
 * The "why LogN exists" experiment: entropy of attention over n random keys, averaged over
 * seeded trials, with and without LogN. Deterministic for a seed.
 *
 *   lognEntropyDemo({ trainLength: 2048 }) → plain grows ≈ ln n past 2048, logn stays near flat
 *
 * Each trial draws maxKeys logits once and every n uses the first n (nested key sets, so the
 * curves move smoothly). Trial t reads its own seeded stream, the same whatever L is, and the
 * draws of the last seed are kept (≤ trials × 65,536 doubles) so a new L only redoes the sums.
 * subtle: the plain curve reuses one running softmax over the prefix (rescaled whenever the
 * maximum grows, as in online-softmax attention); the LogN curve changes the scale with n, so
 * each n past L gets its own pass.
 */
export function lognEntropyDemo(options: EntropyDemoOptions): EntropyDemo {
  const L = options.trainLength;
  if (!Number.isInteger(L) || L < 2) {
    throw new Error(`LogN training length must be an integer ≥ 2, got ${L}`);
  }
  const maxKeys = options.maxKeys ?? Math.min(8 * L, MAX_ENTROPY_KEYS);
  const minKeys = Math.max(2, Math.floor(L / 8));
  if (!Number.isInteger(maxKeys) || maxKeys < minKeys || maxKeys > MAX_ENTROPY_KEYS) {
    throw new Error(
      `entropy demo maxKeys must be an integer in [${minKeys}, ${MAX_ENTROPY_KEYS}], got ${maxKeys}`,
    );
  }
  const points = options.points ?? 20;
  const trials = options.trials ?? 8;
  const sigma = options.logitScale ?? 2.5;
  if (!Number.isInteger(points) || points < 2 || points > 256) {
    throw new Error(`entropy demo points must be an integer in [2, 256], got ${points}`);
  }
  if (!Number.isInteger(trials) || trials < 1 || trials > 32) {
    throw new Error(`entropy demo trials must be an integer in [1, 32], got ${trials}`);
  }
  if (!Number.isFinite(sigma) || sigma <= 0 || sigma > 20) {
    throw new Error(`entropy demo logitScale must be in (0, 20], got ${sigma}`);
  }
  const rows = options.normal
    ? drawRows(options.normal, trials, maxKeys)
    : seededRows(options.seed ?? 1, trials, maxKeys);

  // Log-spaced key counts (non-decreasing; tiny ranges can repeat a count).
  const keys = new Float64Array(points);
  const ratio = maxKeys / minKeys;
  for (let k = 0; k < points; k++) {
    keys[k] = Math.round(minKeys * Math.pow(ratio, k / (points - 1)));
  }
  const factor = new Float64Array(points);
  const uniform = new Float64Array(points);
  for (let k = 0; k < points; k++) {
    factor[k] = lognScale(keys[k] - 1, L);
    uniform[k] = Math.log(keys[k]);
  }

  const plain = new Float64Array(points);
  const logn = new Float64Array(points);
  const maxAt = new Float64Array(points); // max of the first keys[k] logits
  for (let t = 0; t < trials; t++) {
    const z = rows[t];
    // Plain: one online pass with scale σ. Z = Σ e^{σ(z−m)}, W = Σ e^{σ(z−m)}·z.
    let m = -Infinity;
    let sumE = 0;
    let sumEz = 0;
    let k = 0;
    for (let j = 0; j < maxKeys && k < points; j++) {
      const x = z[j];
      if (x > m) {
        const r = m === -Infinity ? 0 : Math.exp(sigma * (m - x));
        sumE *= r;
        sumEz *= r;
        m = x;
      }
      const e = Math.exp(sigma * (x - m));
      sumE += e;
      sumEz += e * x;
      while (k < points && keys[k] === j + 1) {
        // H = ln Z − σ·(W/Z − m)
        plain[k] += (Math.log(sumE) - sigma * (sumEz / sumE - m)) / trials;
        maxAt[k] = m;
        k++;
      }
    }
    // LogN: the scale changes with n, so each n past L gets its own pass (max already known).
    for (let k2 = 0; k2 < points; k2++) {
      if (factor[k2] === 1) continue;
      const lambda = sigma * factor[k2];
      const top = maxAt[k2];
      let sum = 0;
      let sumA = 0;
      for (let j = 0; j < keys[k2]; j++) {
        const a = lambda * (z[j] - top);
        const e = Math.exp(a);
        sum += e;
        sumA += e * a;
      }
      logn[k2] += (Math.log(sum) - sumA / sum) / trials;
    }
  }
  // Where the factor is 1 the two curves are the same computation.
  for (let k = 0; k < points; k++) if (factor[k] === 1) logn[k] = plain[k];
  return { keys, plain, logn, uniform, factor };
}

/** The draws of the last seed: one PRNG stream per trial, extended on demand. */
let pool: { seed: number; master: Rng; rngs: Rng[]; rows: Float64Array[] } | null = null;

/** The first n draws of trials 0 … trials−1 for a seed (each trial's stream seeded by a master). */
function seededRows(seed: number, trials: number, n: number): Float64Array[] {
  if (pool === null || pool.seed !== seed) {
    pool = { seed, master: createRng(seed), rngs: [], rows: [] };
  }
  const p = pool;
  while (p.rngs.length < trials) {
    p.rngs.push(createRng(Math.floor(p.master.uniform() * 4294967296)));
    p.rows.push(new Float64Array(0));
  }
  for (let t = 0; t < trials; t++) {
    const old = p.rows[t];
    if (old.length >= n) continue;
    const row = new Float64Array(n);
    row.set(old);
    for (let j = old.length; j < n; j++) row[j] = p.rngs[t].normal();
    p.rows[t] = row;
  }
  return p.rows.slice(0, trials);
}

/** n draws per trial from a caller's source, trial after trial. */
function drawRows(normal: () => number, trials: number, n: number): Float64Array[] {
  const rows: Float64Array[] = [];
  for (let t = 0; t < trials; t++) {
    const row = new Float64Array(n);
    for (let j = 0; j < n; j++) row[j] = normal();
    rows.push(row);
  }
  return rows;
}
