/**
 * Choosing the next token from logits: repetition penalty, temperature, top-k, top-p, all over
 * the full vocabulary with the shared softmax (never a sliced top-50: that would skew every
 * probability shown). Plus generate(): the decoding loop over the model with its KV cache.
 *
 *   repetition penalty p (HF): for every id already in the text, logit > 0 → logit / p,
 *                              logit < 0 → logit · p   (p > 1 makes repeats less likely)
 *   temperature τ:  softmax(z / τ); τ = 0 means greedy (argmax), never a division by zero
 *   top-k:          keep the k most probable tokens
 *   top-p (nucleus): keep the smallest set of most probable tokens whose mass reaches p
 * then renormalize the kept tokens and draw one with a seeded RNG.
 *
 * Deliberately left out: beam search, min-p, typical sampling, frequency/presence penalties.
 *
 *   logits [2, 1, 0], τ = 1 → probs [0.665, 0.245, 0.090]; top-k 1 → always id 0
 */
import { createRng, type Rng } from '../kernels/reference/random.ts';
import { softmaxRow } from '../kernels/reference/softmax.ts';
import { createKVCache, forward, type ForwardOptions } from './forward.ts';
import type { QwenModel } from './params.ts';

export interface SamplingOptions {
  /** 0 = greedy. Default 1. */
  temperature?: number;
  /** Keep the k most probable tokens; 0 or undefined = off. */
  topK?: number;
  /** Nucleus mass in (0, 1]; 1 or undefined = off. */
  topP?: number;
  /** HF repetition penalty ≥ 1 … (values in (0, 1) encourage repeats); 1 = off. */
  repetitionPenalty?: number;
}

export interface TokenChoice {
  id: number;
  prob: number;
}

export interface SampleResult {
  /** The chosen token. */
  id: number;
  /** Its probability after penalty and temperature (before top-k/top-p truncation). */
  prob: number;
  /** The 10 most probable tokens after penalty and temperature, most probable first.
   * For temperature 0 (greedy) these are the probabilities at temperature 1. */
  alternatives: TokenChoice[];
}

function checkOptions(o: SamplingOptions): void {
  const t = o.temperature ?? 1;
  if (!(t >= 0) || !Number.isFinite(t)) throw new Error(`temperature must be ≥ 0, got ${t}`);
  if (o.topK !== undefined && !(Number.isInteger(o.topK) && o.topK >= 0)) {
    throw new Error(`topK must be a non-negative integer, got ${o.topK}`);
  }
  if (o.topP !== undefined && !(o.topP > 0 && o.topP <= 1)) {
    throw new Error(`topP must be in (0, 1], got ${o.topP}`);
  }
  const p = o.repetitionPenalty ?? 1;
  if (!(p > 0) || !Number.isFinite(p)) throw new Error(`repetitionPenalty must be > 0, got ${p}`);
}

/** Applies the HF repetition penalty in place to each distinct id of `previous`. z: (V) */
export function applyRepetitionPenalty(
  z: Float32Array,
  previous: ArrayLike<number>,
  penalty: number,
): void {
  if (penalty === 1) return;
  const seen = new Set<number>();
  for (let i = 0; i < previous.length; i++) {
    const id = previous[i];
    if (seen.has(id) || id < 0 || id >= z.length) continue;
    seen.add(id);
    z[id] = z[id] > 0 ? z[id] / penalty : z[id] * penalty;
  }
}

/** Index of the largest entry (first one on ties), a loop over the whole array. */
export function argmax(x: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < x.length; i++) if (x[i] > x[best]) best = i;
  return best;
}

/** The k largest entries, largest first, by a bounded insertion (no full sort). */
export function topEntries(p: ArrayLike<number>, k: number): TokenChoice[] {
  const out: TokenChoice[] = [];
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    if (out.length === k && v <= out[k - 1].prob) continue;
    let j = out.length < k ? out.length : k - 1;
    if (out.length < k) out.push({ id: i, prob: v });
    while (j > 0 && out[j - 1].prob < v) {
      out[j] = out[j - 1];
      j--;
    }
    out[j] = { id: i, prob: v };
  }
  return out;
}

/**
 * Penalized, temperature-scaled probabilities (before truncation). logits: (V) → (V)
 * Temperature 0 is treated as 1 here (what the alternatives show for greedy decoding).
 */
export function temperedProbs(
  logits: ArrayLike<number>,
  opts: SamplingOptions = {},
  previous: ArrayLike<number> = [],
): Float32Array {
  checkOptions(opts);
  const z = logits instanceof Float32Array ? logits.slice() : Float32Array.from(logits);
  applyRepetitionPenalty(z, previous, opts.repetitionPenalty ?? 1);
  const t = opts.temperature ?? 1;
  if (t > 0 && t !== 1) for (let i = 0; i < z.length; i++) z[i] /= t;
  const p = new Float32Array(z.length);
  softmaxRow(p, 0, z, 0, z.length);
  return p;
}

/**
 * The distribution the next token is actually drawn from: tempered probabilities, truncated
 * by top-k and top-p and renormalized (zeros outside the kept set; one-hot for greedy). (V)
 */
export function samplingDistribution(
  logits: ArrayLike<number>,
  opts: SamplingOptions = {},
  previous: ArrayLike<number> = [],
): Float32Array {
  return truncated(temperedProbs(logits, opts, previous), opts);
}

/** samplingDistribution from tempered probabilities p (overwritten only for greedy). */
function truncated(p: Float32Array, opts: SamplingOptions): Float32Array {
  const V = p.length;
  if ((opts.temperature ?? 1) === 0) {
    const id = argmax(p);
    p.fill(0);
    p[id] = 1;
    return p;
  }
  const k = opts.topK && opts.topK < V ? opts.topK : V;
  const topP = opts.topP ?? 1;
  if (k === V && topP >= 1) return p;
  // order ids by probability (ties: lower id first) and keep a prefix; a small top-k only
  // needs the k best (a bounded selection), not a sort of the whole vocabulary
  const order =
    k < V && k <= 1024
      ? topEntries(p, k).map((e) => e.id)
      : Array.from({ length: V }, (_, i) => i).sort((a, b) => p[b] - p[a] || a - b);
  let keep = k;
  if (topP < 1) {
    let mass = 0;
    for (let i = 0; i < k; i++) {
      mass += p[order[i]];
      if (mass >= topP) {
        keep = i + 1;
        break;
      }
    }
  }
  let kept = 0;
  for (let i = 0; i < keep; i++) kept += p[order[i]];
  const out = new Float32Array(V);
  for (let i = 0; i < keep; i++) out[order[i]] = p[order[i]] / kept;
  return out;
}

/** Draws one id from a distribution with a uniform u ∈ [0, 1). */
export function drawFrom(dist: ArrayLike<number>, u: number): number {
  let c = 0;
  let last = 0;
  for (let i = 0; i < dist.length; i++) {
    if (dist[i] <= 0) continue;
    c += dist[i];
    last = i;
    if (u < c) return i;
  }
  return last; // rounding: u just below 1 and c just below 1
}

/** Samples the next token. logits: (V); previous: the ids so far (for the penalty). */
export function sampleNext(
  logits: ArrayLike<number>,
  rng: Rng,
  opts: SamplingOptions = {},
  previous: ArrayLike<number> = [],
): SampleResult {
  const tempered = temperedProbs(logits, opts, previous);
  // Greedy: the most probable token (temperature 1 keeps the order); else draw from the
  // truncated distribution, which leaves `tempered` as it is for the probabilities shown.
  const id =
    (opts.temperature ?? 1) === 0
      ? argmax(tempered)
      : drawFrom(truncated(tempered, opts), rng.uniform());
  return { id, prob: tempered[id], alternatives: topEntries(tempered, 10) };
}

export interface GenerateOptions extends SamplingOptions {
  maxNewTokens: number;
  /** Stop after producing any of these ids (the stop id is included in the output). */
  stopIds?: Iterable<number>;
  /** Seed for the sampler's RNG (default 0), or pass an rng. */
  seed?: number;
  rng?: Rng;
  /** Checked before every step; true stops with reason 'abort'. */
  shouldAbort?: () => boolean;
  /** Long-context options passed to every forward call. */
  forward?: Omit<ForwardOptions, 'collect' | 'lastOnly'>;
}

export interface GenerateStep extends SampleResult {
  /** Absolute position of the new token. */
  position: number;
}

export type StopReason = 'stop' | 'length' | 'abort';

/**
 * Decoding loop as a generator: prefill the prompt once, then one token per forward call
 * through the KV cache. Yields each step; returns why it stopped.
 */
export function* generateSteps(
  model: QwenModel,
  promptIds: ArrayLike<number>,
  opts: GenerateOptions,
): Generator<GenerateStep, StopReason> {
  checkOptions(opts);
  if (!(Number.isInteger(opts.maxNewTokens) && opts.maxNewTokens >= 0)) {
    throw new Error(`maxNewTokens must be a non-negative integer, got ${opts.maxNewTokens}`);
  }
  if (promptIds.length === 0) throw new Error('generate needs a non-empty prompt');
  const rng = opts.rng ?? createRng(opts.seed ?? 0);
  const stop = new Set(opts.stopIds ?? []);
  const cache = createKVCache(model.config, promptIds.length + opts.maxNewTokens);
  const history: number[] = Array.from(promptIds);
  const fwd = { ...opts.forward, lastOnly: true };
  let logits = forward(model, promptIds, cache, fwd).logits;
  for (let n = 0; n < opts.maxNewTokens; n++) {
    if (opts.shouldAbort?.()) return 'abort';
    const r = sampleNext(logits, rng, opts, history);
    history.push(r.id);
    yield { ...r, position: history.length - 1 };
    if (stop.has(r.id)) return 'stop';
    if (n + 1 < opts.maxNewTokens) logits = forward(model, [r.id], cache, fwd).logits;
  }
  return 'length';
}

/** Runs generateSteps to the end. ids: the new tokens (stop id included). */
export function generate(
  model: QwenModel,
  promptIds: ArrayLike<number>,
  opts: GenerateOptions,
): { ids: number[]; steps: GenerateStep[]; stopReason: StopReason } {
  const steps: GenerateStep[] = [];
  const it = generateSteps(model, promptIds, opts);
  for (;;) {
    const r = it.next();
    if (r.done) return { ids: steps.map((s) => s.id), steps, stopReason: r.value };
    steps.push(r.value);
  }
}
