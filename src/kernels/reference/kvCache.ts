/**
 * What the KV cache costs and saves (Qwen report §2.4–2.5): its memory, the work per generated
 * token with and without it, and the memory naive and Flash-style attention need for scores.
 *
 *   KV cache bytes  = layers × 2 (K and V) × kvHeads × headDim × length × bytesPerValue
 *   work per token  with cache:    2·P  +  4·layers·heads·headDim·n      (O(n·d))
 *                   without cache: n·2·P + 4·layers·heads·headDim·n(n+1)/2   (O(n²·d))
 * where P counts the multiply-adds of the weight matrices a token passes through (projections,
 * MLP, lm_head; embedding lookups are free) and n is the number of tokens the new token sees.
 *
 * Deliberately left out: norms, RoPE and softmax (O(n) or O(d) per token, small beside the
 * products), batching and paged/quantized caches.
 *
 *   kvCacheBytes({ layers: 32, kvHeads: 32, headDim: 128, length: 2048, bytesPerValue: 2 })
 *   → 1,073,741,824 (1 GiB for Qwen-7B at 2,048 tokens in BF16)
 */
import { QWEN1_MODELS } from './qwenModels.ts';

/** The sizes the formulas need, in Hugging Face config terms. */
export interface AttentionSizes {
  layers: number;
  hidden: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  intermediate: number;
  vocab: number;
}

/** A model as the lab shows it: a name and its sizes. */
export interface NamedSizes extends AttentionSizes {
  name: string;
}

/**
 * Qwen-7B and Qwen-14B as the lab shows them, from the one table of Qwen-1 sizes
 * (qwenModels.ts): multi-head attention, so kvHeads = heads; head dim 128; the padded
 * vocabulary of their config.json (151,936 and 152,064).
 */
export const QWEN_SIZES: NamedSizes[] = QWEN1_MODELS.filter((m) => m.name !== 'Qwen-1.8B').map(
  ({ name, arch }) => ({
    name,
    layers: arch.layers,
    hidden: arch.hidden,
    heads: arch.heads,
    kvHeads: arch.kvHeads,
    headDim: arch.headDim,
    intermediate: arch.intermediate,
    vocab: arch.vocab,
  }),
);

function checkCount(name: string, v: number, min = 1): void {
  if (!Number.isInteger(v) || v < min) {
    throw new Error(`${name} must be an integer ≥ ${min}, got ${v}`);
  }
}

function checkSizes(s: AttentionSizes): void {
  for (const k of [
    'layers',
    'hidden',
    'heads',
    'kvHeads',
    'headDim',
    'intermediate',
    'vocab',
  ] as const)
    checkCount(k, s[k]);
  if (s.heads % s.kvHeads !== 0) {
    throw new Error(`${s.heads} query heads cannot share ${s.kvHeads} KV heads`);
  }
}

/**
 * Bytes of the KV cache: layers × 2 × kvHeads × headDim × length × bytesPerValue.
 *
 *   tiny Qwen (4 layers, 2 KV heads, head dim 32) at 256 tokens in FP32 → 524,288 bytes (512 KiB)
 */
export function kvCacheBytes(p: {
  layers: number;
  kvHeads: number;
  headDim: number;
  length: number;
  bytesPerValue: number;
}): number {
  checkCount('layers', p.layers);
  checkCount('kvHeads', p.kvHeads);
  checkCount('headDim', p.headDim);
  checkCount('length', p.length, 0);
  if (!(p.bytesPerValue > 0)) {
    throw new Error(`bytesPerValue must be positive, got ${p.bytesPerValue}`);
  }
  return p.layers * 2 * p.kvHeads * p.headDim * p.length * p.bytesPerValue;
}

/**
 * Multiply-adds of the weight matrices per token: per layer q (C·H·hd), k and v (2·C·KV·hd),
 * o (H·hd·C), gate, up and down (3·C·I); then lm_head (C·V).
 *
 *   tiny Qwen (C 128, H 4, KV 2, hd 32, I 352, V 2003, 4 layers) → 4·184,320 + 256,384 = 993,664
 */
export function weightMacsPerToken(s: AttentionSizes): number {
  checkSizes(s);
  const { hidden: C, heads: H, kvHeads: KV, headDim: hd, intermediate: I } = s;
  const perLayer = C * H * hd + 2 * C * KV * hd + H * hd * C + 3 * C * I;
  return s.layers * perLayer + C * s.vocab;
}

/** Multiply-adds of attention for one query that sees n keys: scores and P·V, every head. */
export function attentionMacs(s: AttentionSizes, n: number): number {
  checkCount('n', n, 0);
  return s.layers * s.heads * s.headDim * 2 * n;
}

/**
 * FLOPs (2 per multiply-add) to produce the next token when the sequence already holds n
 * tokens (so the new one sees n + 1 keys).
 * - with the cache: one token through the weights, attention over n + 1 cached keys;
 * - without: the whole prefix of n + 1 tokens runs again, query i seeing i + 1 keys.
 *
 *   decodeFlops(tiny, 0, true) === decodeFlops(tiny, 0, false)   (nothing to reuse yet)
 */
export function decodeFlops(s: AttentionSizes, n: number, cached: boolean): number {
  checkCount('n', n, 0);
  const w = weightMacsPerToken(s);
  const m = n + 1; // tokens the forward pass covers without a cache
  if (cached) return 2 * (w + attentionMacs(s, m));
  // Σ_{i=1..m} attentionMacs(i) = attentionMacs(1) · m(m+1)/2
  return 2 * (m * w + attentionMacs(s, 1) * ((m * (m + 1)) / 2));
}

/**
 * Memory for attention scores of one head: naive attention holds the whole (T, S) score
 * matrix; the Flash-style kernel holds one (blockSize, blockSize) tile plus, per query row, the
 * running max m, running sum l and an output accumulator of headDim values.
 */
export function attentionScoreBytes(p: {
  T: number;
  S: number;
  headDim: number;
  blockSize: number;
  bytesPerValue: number;
}): { naive: number; flash: number } {
  checkCount('T', p.T);
  checkCount('S', p.S);
  checkCount('headDim', p.headDim);
  checkCount('blockSize', p.blockSize);
  const b = p.bytesPerValue;
  const rows = Math.min(p.blockSize, p.T);
  return {
    naive: p.T * p.S * b,
    flash: (rows * Math.min(p.blockSize, p.S) + rows * (2 + p.headDim)) * b,
  };
}

/**
 * The seconds-per-FLOP constant c that best fits measured times t_i ≈ c · flops_i, in log space
 * (the geometric mean of t_i / flops_i), so short and long lengths weigh the same.
 *
 *   fitTimePerFlop([2, 8], [1, 4]) → 2
 */
export function fitTimePerFlop(times: ArrayLike<number>, flops: ArrayLike<number>): number {
  if (times.length !== flops.length || times.length === 0) {
    throw new Error('fitTimePerFlop needs equally many times and FLOP counts (at least one)');
  }
  let sum = 0;
  let n = 0;
  for (let i = 0; i < times.length; i++) {
    if (times[i] > 0 && flops[i] > 0) {
      sum += Math.log(times[i] / flops[i]);
      n++;
    }
  }
  if (n === 0) throw new Error('fitTimePerFlop: no positive time/FLOP pair to fit');
  return Math.exp(sum / n);
}
