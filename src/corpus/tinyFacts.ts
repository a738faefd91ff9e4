/**
 * The tiny model's own numbers as the corpus states them ("the tiny model has 4 heads of 32
 * dims"), computed from TINY_SIZES so the replies about the model always describe the model that
 * `npm run train` builds with the default sizes. A sweep run with other sizes (--hidden …) still
 * reads these sentences about the committed model; only the scope reply (scope.ts) gets the
 * run's own sizes.
 *
 *   TINY_FACTS.headDim          → 32 for hidden 128 and 4 heads
 *   weightsK(3 * 128 * 352)     → '135K'
 *   weightsWan(3003 * 128)      → '38.4 万'
 */
import { TINY_SIZES, TINY_VOCAB, TINY_SPECIAL_TOKENS } from '../model/tiny.ts';

const { hidden, layers, heads, kvHeads, intermediate } = TINY_SIZES;
const headDim = hidden / heads;

export const TINY_FACTS = {
  hidden,
  layers,
  heads,
  kvHeads,
  headDim,
  /** Width of k_proj and v_proj: kvHeads · headDim. */
  kvDim: kvHeads * headDim,
  intermediate,
  /** Embedding rows: the BPE vocabulary plus the special tokens. */
  vocab: TINY_VOCAB + TINY_SPECIAL_TOKENS,
  /** Residual-stream updates per token: attention and SwiGLU in every layer. */
  updates: 2 * layers,
  /** Q, K and V bias numbers per layer. */
  qkvBias: hidden + 2 * kvHeads * headDim,
  /** The SwiGLU sizing rule 8/3 · hidden, as the text states it: "= 512" or "≈ 341". */
  eightThirds: Number.isInteger((8 * hidden) / 3)
    ? `= ${(8 * hidden) / 3}`
    : `≈ ${Math.round((8 * hidden) / 3)}`,
  /** Weights of SwiGLU's three matrices, and of a plain 4× FFN's two, per layer. */
  swigluWeights: 3 * hidden * intermediate,
  plainFfnWeights: 2 * hidden * 4 * hidden,
};

/** A weight count in thousands, as English text writes it: 135,168 → '135K'. */
export function weightsK(n: number): string {
  return `${Math.round(n / 1000)}K`;
}

/** A weight count in 万 (ten thousands), as Chinese text writes it: 384,384 → '38.4 万'. */
export function weightsWan(n: number): string {
  return `${(n / 10000).toFixed(1)} 万`;
}
