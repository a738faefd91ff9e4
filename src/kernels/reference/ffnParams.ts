/**
 * Parameter accounting of the feed-forward block (report §2.3): why Qwen's SwiGLU FFN has a
 * hidden size of about 8/3 of the model width instead of the classic 4×.
 *
 *   GELU/ReLU FFN:  y = W_down · act(W_up · x)                 2 matrices of d × h
 *   SwiGLU FFN:     y = W_down · (silu(W_gate · x) ⊙ W_up · x)   3 matrices of d × h
 * With h = 4d the classic FFN holds 8d² weights; SwiGLU holds 3·d·h, so h = 8d/3 gives the same
 * 8d². Real models round h up to a hardware-friendly multiple (Qwen: 128).
 *
 * Also counts the work of one normalization row (RMSNorm against LayerNorm, forward).
 *
 * Deliberately left out: attention and embedding parameters, tensor-parallel padding, and
 * optimizer state.
 *
 *   ffnParams('gelu', 4096, 16384).weights = 2·4096·16384 = 134,217,728
 *   ffnParams('swiglu', 4096, 11008).weights = 3·4096·11008 = 135,266,304
 */

export type FfnKind = 'gelu' | 'swiglu';

export interface FfnCount {
  kind: FfnKind;
  /** Model width d. */
  model: number;
  /** FFN hidden (intermediate) size h, per projection. */
  hidden: number;
  /** Number of d × h matrices: 2 (up, down) or 3 (gate, up, down). */
  matrices: number;
  /** Weights without biases: matrices · d · h. */
  weights: number;
  /** Bias values if the layers had biases (h per input projection + d for down); Qwen has none. */
  biases: number;
  /** Multiply-adds per token in the forward pass (= weights). FLOPs ≈ 2 × this. */
  macsPerToken: number;
}

function checkSize(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 1)
    throw new Error(`${name} must be a positive integer, got ${v}`);
}

/** Parameters of one FFN block. d: model width, h: hidden size per projection. */
export function ffnParams(kind: FfnKind, d: number, h: number): FfnCount {
  checkSize('model width', d);
  checkSize('hidden size', h);
  const matrices = kind === 'swiglu' ? 3 : 2;
  const weights = matrices * d * h;
  const biases = (matrices - 1) * h + d;
  return { kind, model: d, hidden: h, matrices, weights, biases, macsPerToken: weights };
}

/**
 * The SwiGLU hidden size with exactly the weights of a 2-matrix FFN of hidden `classicHidden`
 * (default 4d): 3·d·h = 2·d·classicHidden → h = 2/3 · classicHidden = 8d/3. Not rounded.
 *   equalParamSwigluHidden(4096) = 10922.67
 */
export function equalParamSwigluHidden(d: number, classicHidden = 4 * d): number {
  checkSize('model width', d);
  checkSize('classic hidden size', classicHidden);
  return (2 * classicHidden) / 3;
}

/** Rounds x up to a multiple of m. roundUpTo(10922.67, 128) = 11008 */
export function roundUpTo(x: number, m: number): number {
  checkSize('multiple', m);
  if (!(x >= 0) || !Number.isFinite(x)) throw new Error(`cannot round ${x}`);
  return Math.ceil(x / m) * m;
}

/**
 * The report's models (Table 1: width, heads, layers) with the FFN size from each model's
 * Hugging Face config.json. subtle: Qwen (v1) configs store `intermediate_size` as the sum of
 * the two input projections; modeling_qwen.py builds w1, w2 with `intermediate_size // 2`
 * outputs each and c_proj from that size. So Qwen-7B's 22016 means 11008 per projection.
 * Sources: huggingface.co/Qwen/Qwen-1_8B, Qwen/Qwen-7B, Qwen/Qwen-14B — config.json and
 * modeling_qwen.py (class QWenMLP).
 */
export interface QwenFfnSize {
  name: string;
  model: number;
  layers: number;
  heads: number;
  /** `intermediate_size` as written in config.json (both input projections together). */
  configIntermediate: number;
  /** Hidden size of each of the gate and up projections = configIntermediate / 2. */
  hidden: number;
}

export const QWEN_FFN_SIZES: readonly QwenFfnSize[] = [
  {
    name: 'Qwen-1.8B',
    model: 2048,
    layers: 24,
    heads: 16,
    configIntermediate: 11008,
    hidden: 5504,
  },
  { name: 'Qwen-7B', model: 4096, layers: 32, heads: 32, configIntermediate: 22016, hidden: 11008 },
  {
    name: 'Qwen-14B',
    model: 5120,
    layers: 40,
    heads: 40,
    configIntermediate: 27392,
    hidden: 13696,
  },
];

export interface FfnComparison {
  classic: FfnCount;
  swiglu: FfnCount;
  /** 8d/3 before rounding. */
  exactHidden: number;
  /** swiglu.weights / classic.weights (1 when h is exactly 8d/3). */
  ratio: number;
}

/**
 * A classic 4d FFN against SwiGLU with hidden h (default: 8d/3 rounded up to `multiple`).
 *   compareFfn(4096, 128).swiglu.hidden = 11008, ratio = 1.0078
 */
export function compareFfn(d: number, multiple = 1, hidden?: number): FfnComparison {
  const exactHidden = equalParamSwigluHidden(d);
  const h = hidden ?? roundUpTo(exactHidden, multiple);
  const classic = ffnParams('gelu', d, 4 * d);
  const swiglu = ffnParams('swiglu', d, h);
  return { classic, swiglu, exactHidden, ratio: swiglu.weights / classic.weights };
}

export type NormKind = 'rmsnorm' | 'layernorm';

export interface NormOpCount {
  kind: NormKind;
  /** Arithmetic operations per element of the row. */
  perElement: number;
  /** Operations once per row (divide by C, add eps, sqrt, reciprocal). */
  perRow: number;
  /** Passes over the row that reduce it to a number (sum of squares; or mean, then variance). */
  reductions: number;
  /** Learnable values: gain (and bias for LayerNorm). */
  params: number;
  /** perElement · C + perRow. */
  total: number;
}

/**
 * Forward operations of one normalization over a row of C values, counted as in norm.ts:
 *   RMSNorm:   x² , Σ, · 1/rms, · w                              → 4 per element, 1 reduction
 *   LayerNorm: Σ, x − μ, (x − μ)², Σ, · 1/σ, · w, + b            → 7 per element, 2 reductions
 *   normOpCount('rmsnorm', 128).total = 4·128 + 4 = 516
 */
export function normOpCount(kind: NormKind, C: number): NormOpCount {
  checkSize('row length', C);
  const rms = kind === 'rmsnorm';
  const perElement = rms ? 4 : 7;
  // RMSNorm: /C, +eps, sqrt, 1/x. LayerNorm: /C for the mean, /C for the variance, +eps, sqrt, 1/x.
  const perRow = rms ? 4 : 5;
  return {
    kind,
    perElement,
    perRow,
    reductions: rms ? 1 : 2,
    params: rms ? C : 2 * C,
    total: perElement * C + perRow,
  };
}
