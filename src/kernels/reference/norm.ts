/**
 * Normalization layers with their backward passes, returning the per-row statistics the
 * Norm & FFN lab draws.
 *
 * RMSNorm (Qwen, LLaMA):  y = x / rms · w,            rms = sqrt(mean(x²) + eps)
 * LayerNorm (GPT-2, BERT): y = (x − mean) / sqrt(var + eps) · w + b
 * RMSNorm skips the mean subtraction and the bias: cheaper, and just as good in practice.
 *
 * Deliberately left out: fused residual adds and half precision.
 *
 *   rmsnorm([3, 4], w = [1, 1], eps = 0): rms = sqrt((9 + 16) / 2) = 3.5355 → y = [0.8485, 1.1314]
 */

import type { FloatArray } from './types.ts';

/**
 * RMSNorm forward. x: (T, C), weight: (C) → out: (T, C), rms: (T) = sqrt(mean(x²) + eps).
 */
export function rmsnormForward(
  out: FloatArray,
  rms: FloatArray,
  x: FloatArray,
  weight: FloatArray,
  T: number,
  C: number,
  eps: number,
): void {
  if (weight.length !== C)
    throw new Error(`rmsnorm: weight has ${weight.length} values, need ${C}`);
  if (!(eps >= 0)) throw new Error(`rmsnorm: eps must be ≥ 0, got ${eps}`);
  for (let t = 0; t < T; t++) {
    const base = t * C;
    let ss = 0;
    for (let c = 0; c < C; c++) ss += x[base + c] * x[base + c];
    const r = Math.sqrt(ss / C + eps);
    rms[t] = r;
    const inv = 1 / r;
    for (let c = 0; c < C; c++) out[base + c] = x[base + c] * inv * weight[c];
  }
}

/**
 * RMSNorm backward. With x̂ = x / rms and g = dy ⊙ w:
 *   dx = (g − x̂ · mean(g ⊙ x̂)) / rms,   dweight += Σ_t dy ⊙ x̂
 * dy, x: (T, C), weight: (C), rms: (T) → dx: (T, C) (added if accumulate), dweight: (C) +=
 */
export function rmsnormBackward(
  dx: FloatArray,
  dweight: FloatArray,
  dy: FloatArray,
  x: FloatArray,
  weight: FloatArray,
  rms: FloatArray,
  T: number,
  C: number,
  accumulate = false,
): void {
  for (let t = 0; t < T; t++) {
    const base = t * C;
    const inv = 1 / rms[t];
    let dot = 0;
    for (let c = 0; c < C; c++) {
      const xh = x[base + c] * inv;
      const g = dy[base + c] * weight[c];
      dot += g * xh;
      dweight[c] += dy[base + c] * xh;
    }
    dot /= C;
    for (let c = 0; c < C; c++) {
      const xh = x[base + c] * inv;
      const d = (dy[base + c] * weight[c] - xh * dot) * inv;
      dx[base + c] = accumulate ? dx[base + c] + d : d;
    }
  }
}

/**
 * LayerNorm forward. x: (T, C), weight, bias: (C) → out: (T, C), mean: (T), variance: (T)
 * (the biased variance, as PyTorch normalizes with).
 */
export function layernormForward(
  out: FloatArray,
  mean: FloatArray,
  variance: FloatArray,
  x: FloatArray,
  weight: FloatArray,
  bias: FloatArray,
  T: number,
  C: number,
  eps: number,
): void {
  if (weight.length !== C || bias.length !== C) {
    throw new Error(`layernorm: weight and bias need ${C} values`);
  }
  if (!(eps >= 0)) throw new Error(`layernorm: eps must be ≥ 0, got ${eps}`);
  for (let t = 0; t < T; t++) {
    const base = t * C;
    let s = 0;
    for (let c = 0; c < C; c++) s += x[base + c];
    const mu = s / C;
    let v = 0;
    for (let c = 0; c < C; c++) v += (x[base + c] - mu) * (x[base + c] - mu);
    v /= C;
    mean[t] = mu;
    variance[t] = v;
    const rstd = 1 / Math.sqrt(v + eps);
    for (let c = 0; c < C; c++) out[base + c] = (x[base + c] - mu) * rstd * weight[c] + bias[c];
  }
}

/**
 * LayerNorm backward. With x̂ = (x − mean)·rstd and g = dy ⊙ w:
 *   dx = rstd · (g − mean(g) − x̂ · mean(g ⊙ x̂)),  dweight += Σ dy ⊙ x̂,  dbias += Σ dy
 * dy, x: (T, C), mean, variance: (T) → dx: (T, C) (added if accumulate), dweight, dbias: (C) +=
 */
export function layernormBackward(
  dx: FloatArray,
  dweight: FloatArray,
  dbias: FloatArray,
  dy: FloatArray,
  x: FloatArray,
  weight: FloatArray,
  mean: FloatArray,
  variance: FloatArray,
  T: number,
  C: number,
  eps: number,
  accumulate = false,
): void {
  for (let t = 0; t < T; t++) {
    const base = t * C;
    const rstd = 1 / Math.sqrt(variance[t] + eps);
    let gMean = 0;
    let gxMean = 0;
    for (let c = 0; c < C; c++) {
      const xh = (x[base + c] - mean[t]) * rstd;
      const g = dy[base + c] * weight[c];
      gMean += g;
      gxMean += g * xh;
      dweight[c] += dy[base + c] * xh;
      dbias[c] += dy[base + c];
    }
    gMean /= C;
    gxMean /= C;
    for (let c = 0; c < C; c++) {
      const xh = (x[base + c] - mean[t]) * rstd;
      const d = rstd * (dy[base + c] * weight[c] - gMean - xh * gxMean);
      dx[base + c] = accumulate ? dx[base + c] + d : d;
    }
  }
}

/** Convenience: RMSNorm of rows of length weight.length, with the per-row RMS. */
export function rmsnorm(
  x: Float32Array,
  weight: Float32Array,
  eps: number,
): { y: Float32Array; rms: Float32Array } {
  const C = weight.length;
  if (x.length % C !== 0) throw new Error(`rmsnorm: ${x.length} values are not rows of ${C}`);
  const T = x.length / C;
  const y = new Float32Array(x.length);
  const rms = new Float32Array(T);
  rmsnormForward(y, rms, x, weight, T, C, eps);
  return { y, rms };
}

/** Convenience: LayerNorm of rows of length weight.length, with per-row mean and variance. */
export function layernorm(
  x: Float32Array,
  weight: Float32Array,
  bias: Float32Array,
  eps: number,
): { y: Float32Array; mean: Float32Array; variance: Float32Array } {
  const C = weight.length;
  if (x.length % C !== 0) throw new Error(`layernorm: ${x.length} values are not rows of ${C}`);
  const T = x.length / C;
  const y = new Float32Array(x.length);
  const mean = new Float32Array(T);
  const variance = new Float32Array(T);
  layernormForward(y, mean, variance, x, weight, bias, T, C, eps);
  return { y, mean, variance };
}
