/**
 * Activation functions of feed-forward layers and their derivatives, as plain number → number
 * functions, plus the array form of SwiGLU the model uses.
 *
 *   ReLU(x)      = max(0, x)                                  (original Transformer)
 *   GELU(x)      = x · Φ(x) = ½x(1 + erf(x/√2))               (BERT, GPT-2 use the tanh form)
 *   GELU_tanh(x) = ½x(1 + tanh(√(2/π)(x + 0.044715x³)))
 *   SiLU_β(x)    = x · σ(βx)   (β = 1 is Swish/SiLU)
 *   SwiGLU(g, u) = SiLU(g) · u                                (Qwen, LLaMA: down(silu(gate(x)) ⊙ up(x)))
 *
 * Deliberately left out: approximations of σ and tanh (Math.exp / Math.tanh are exact enough).
 *
 *   silu(1) = 1 · σ(1) = 0.7310586,  gelu(1) = 0.8413447,  geluTanh(1) = 0.8411920
 */

import type { FloatArray } from './types.ts';

const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_PI = 1 / Math.sqrt(Math.PI);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt, our own (JS has none).
 * |x| < 3: Maclaurin series Σ (−1)ⁿ x^(2n+1) / (n!(2n+1)), summed until terms vanish;
 * 3 ≤ |x| < 6: erf = 1 − erfc with erfc's continued fraction (Abramowitz & Stegun 7.1.14),
 * 60 levels; |x| ≥ 6: ±1 (erfc(6) ≈ 2e−17 is below float64 resolution at 1).
 * Accuracy: absolute error below 1e−14 everywhere (the series loses ≤ 4 digits to
 * cancellation at |x| = 3; the fraction converges fast for x ≥ 3).
 *   erf(0.5) = 0.5204998778130465, erf(1) = 0.8427007929497149
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  const sign = x < 0 ? -1 : 1;
  if (ax >= 6) return sign;
  if (ax < 3) {
    const x2 = ax * ax;
    let term = ax; // x^(2n+1) (−1)ⁿ / n!
    let sum = ax;
    for (let n = 1; n < 200; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return sign * 2 * INV_SQRT_PI * sum;
  }
  // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), from the bottom up
  let f = ax;
  for (let n = 60; n >= 1; n--) f = ax + n / 2 / f;
  const erfc = (Math.exp(-ax * ax) * INV_SQRT_PI) / f;
  return sign * (1 - erfc);
}

/** Logistic sigmoid σ(x) = 1 / (1 + e^(−x)), stable for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function relu(x: number): number {
  return x > 0 ? x : 0;
}
/** ReLU′ (0 at x = 0, by convention). */
export function reluGrad(x: number): number {
  return x > 0 ? 1 : 0;
}

/** Exact GELU: x · Φ(x). gelu(1) = 0.8413447 */
export function gelu(x: number): number {
  return 0.5 * x * (1 + erf(x * SQRT1_2));
}
/** GELU′ = Φ(x) + x · φ(x). */
export function geluGrad(x: number): number {
  return 0.5 * (1 + erf(x * SQRT1_2)) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

const GELU_K = Math.sqrt(2 / Math.PI);
/** GELU, tanh approximation (GPT-2's "gelu_new"). geluTanh(1) = 0.8411920 */
export function geluTanh(x: number): number {
  return 0.5 * x * (1 + Math.tanh(GELU_K * (x + 0.044715 * x * x * x)));
}
export function geluTanhGrad(x: number): number {
  const th = Math.tanh(GELU_K * (x + 0.044715 * x * x * x));
  return 0.5 * (1 + th) + 0.5 * x * (1 - th * th) * GELU_K * (1 + 3 * 0.044715 * x * x);
}

/** SiLU with slope β: x · σ(βx). β = 1 is Qwen's SiLU; β → ∞ approaches ReLU. silu(1) = 0.7310586 */
export function silu(x: number, beta = 1): number {
  return x * sigmoid(beta * x);
}
/** SiLU′ = σ(βx) + βx · σ(βx)(1 − σ(βx)). */
export function siluGrad(x: number, beta = 1): number {
  const s = sigmoid(beta * x);
  return s + beta * x * s * (1 - s);
}

/** Applies f element-wise. x: (n) → out: (n) */
export function mapInto(out: FloatArray, x: ArrayLike<number>, f: (v: number) => number): void {
  for (let i = 0; i < x.length; i++) out[i] = f(x[i]);
}

/**
 * SwiGLU forward: out = silu(gate) ⊙ up, and optionally act = silu(gate) (what the lab draws).
 * gate, up: (n) → out: (n), act: (n) or null
 */
export function swigluForward(
  out: FloatArray,
  act: FloatArray | null,
  gate: FloatArray,
  up: FloatArray,
  n: number,
): void {
  for (let i = 0; i < n; i++) {
    const g = gate[i];
    const s = g * sigmoid(g);
    if (act) act[i] = s;
    out[i] = s * up[i];
  }
}

/**
 * SwiGLU backward: dgate = dout ⊙ up ⊙ silu′(gate), dup = dout ⊙ silu(gate).
 * dout, gate, up: (n) → dgate, dup: (n)
 */
export function swigluBackward(
  dgate: FloatArray,
  dup: FloatArray,
  dout: FloatArray,
  gate: FloatArray,
  up: FloatArray,
  n: number,
): void {
  for (let i = 0; i < n; i++) {
    const g = gate[i];
    const s = sigmoid(g);
    const d = dout[i];
    dup[i] = d * g * s;
    dgate[i] = d * up[i] * (s + g * s * (1 - s));
  }
}
