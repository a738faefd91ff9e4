/**
 * Inverted dropout for training (Srivastava et al., 2014): each element of an activation is
 * kept with probability 1 − p and scaled by 1 / (1 − p), or else set to 0, so its expected
 * value is unchanged and inference runs the model as it is (no dropout, no scaling). The
 * backward pass multiplies the gradient by the same mask and scale:
 *
 *   y = x ⊙ m / (1 − p),   m_i ~ Bernoulli(1 − p);   ∂L/∂x = ∂L/∂y ⊙ m / (1 − p)
 *
 * The training forward (backward.ts) drops three activations: the token embeddings entering
 * layer 0 and, in every layer, the attention output before o_proj and the SwiGLU output before
 * down_proj; with sites 'ffn', only the SwiGLU output. The masks come from the batch's own seed, so a step is a function of the weights
 * and the batch alone, and a resumed run continues exactly.
 *
 * The Qwen report does not describe dropout. For the tiny model, which sees its small corpus
 * many times over, it is an option of `npm run train` (`--dropout`), off in the committed run:
 * the README measures a run with 0.1, which lost on written questions and follow-ups.
 *
 *   const masks = createDropoutMasks({ N: 8, C: 4, qDim: 4, I: 8, L: 2 });
 *   drawMasks(masks, { rate: 0.1, seed: 7 });
 *   applyDropout(x, masks.emb, 0.1); // x (8, 4) in place
 */
import { mulberry32Bits } from '../kernels/reference/random.ts';
import type { FloatArray } from '../kernels/reference/types.ts';

/**
 * Where dropout acts: 'all' = the token embeddings, each layer's attention output and its SwiGLU
 * output; 'ffn' = the SwiGLU output only (the attention path a follow-up is answered through is
 * left whole).
 */
export type DropoutSites = 'all' | 'ffn';

/** Drop probability p, the seed of one batch's masks and where they act (absent: 'all'). */
export interface DropoutSetting {
  rate: number;
  seed: number;
  sites?: DropoutSites;
}

/** 1 = kept. emb (N, C); att[l] (N, qDim) and h[l] (N, I) for each of the L layers. */
export interface DropoutMasks {
  emb: Uint8Array;
  att: Uint8Array[];
  h: Uint8Array[];
}

export function createDropoutMasks(d: {
  N: number;
  C: number;
  qDim: number;
  I: number;
  L: number;
}): DropoutMasks {
  const per = (n: number) => Array.from({ length: d.L }, () => new Uint8Array(d.N * n));
  return { emb: new Uint8Array(d.N * d.C), att: per(d.qDim), h: per(d.I) };
}

/** Throws unless 0 ≤ rate < 1 and the seed is a finite number. */
export function checkDropout(s: DropoutSetting): void {
  if (!(s.rate >= 0 && s.rate < 1))
    throw new Error(`dropout rate must be in [0, 1), got ${s.rate}`);
  if (!Number.isFinite(s.seed)) throw new Error(`dropout seed must be a number, got ${s.seed}`);
}

/**
 * Draws every mask from the setting's seed: each element kept with probability 1 − rate, to
 * 1/65,536 (each 32 random bits decide two elements, 16 bits each; rate 0.1 drops with
 * probability 6,554 / 65,536 = 0.100006).
 */
export function drawMasks(masks: DropoutMasks, s: DropoutSetting): void {
  checkDropout(s);
  const bits = mulberry32Bits(s.seed);
  const drop = Math.round(s.rate * 65536); // 16-bit values below this are dropped
  for (const m of [masks.emb, ...masks.att, ...masks.h]) {
    let i = 0;
    for (; i + 1 < m.length; i += 2) {
      const r = bits();
      m[i] = (r & 0xffff) >= drop ? 1 : 0;
      m[i + 1] = r >>> 16 >= drop ? 1 : 0;
    }
    if (i < m.length) m[i] = (bits() & 0xffff) >= drop ? 1 : 0;
  }
}

/**
 * x ⊙ mask / (1 − rate), in place on the mask's length: the forward on an activation and the
 * backward on its gradient alike.
 */
export function applyDropout(x: FloatArray, mask: Uint8Array, rate: number): void {
  const scale = 1 / (1 - rate);
  for (let i = 0; i < mask.length; i++) x[i] *= mask[i] * scale;
}

/**
 * A seed for `rows` of a batch seeded `seed`, starting at row `from`: the data-parallel threads
 * (scripts/train/parallel.ts) each draw masks for their own rows. Row 0 keeps the batch's seed.
 */
export function rowSeed(seed: number, from: number): number {
  return from === 0 ? seed : (seed ^ Math.imul(from, 0x9e3779b1)) >>> 0;
}

/** The seed of one training step's masks in a run seeded `runSeed`. */
export function stepSeed(runSeed: number, step: number): number {
  return (Math.imul(runSeed + 1, 0x85ebca6b) ^ Math.imul(step + 1, 0xc2b2ae35)) >>> 0;
}
