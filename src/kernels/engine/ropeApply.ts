/**
 * The model's own use of rotary position embeddings (RoPE), Qwen2/HF style: the fast form of
 * reference/rope.ts `applyRope` (a unit test holds the two equal). cos/sin tables are computed
 * once per call from the FP32 inverse frequencies (`invFreq`) and applied to every head of every
 * row; elementwiseSimd.ts `ropeSimd` runs the same tables in WebAssembly. The RoPE lab's
 * scaling methods (dynamic-NTK α, YaRN) live in reference/ropeScaling.ts.
 *
 *   invFreq[i] = 1 / base^(2i/d), i = 0 … d/2−1, each step rounded to FP32 as PyTorch does
 *   angle(p, i) = p · invFreq[i] (FP32); dims i and i + d/2 form a pair rotated by that angle:
 *   x'ᵢ = xᵢ·cos − x_{i+d/2}·sin,   x'_{i+d/2} = x_{i+d/2}·cos + xᵢ·sin
 * which is HF's x·cos + rotate_half(x)·sin with rotate_half(x) = cat(−x[d/2:], x[:d/2]).
 * The backward rotates the gradient by −angle (a rotation's inverse is its transpose).
 *
 * Deliberately left out: interleaved (GPT-J) pairing, YaRN's attention factor, partial rotary.
 *
 *   d = 2, base 10000, position 1: invFreq = [1], x = [1, 0] → [cos 1, sin 1] = [0.5403, 0.8415]
 */
import { lognScale } from '../reference/logn.ts';
import type { FloatArray } from '../reference/types.ts';

/** cos and sin tables for positions start … start+T−1. invFreq: (d/2) → cos, sin: (T, d/2) */
export function ropeTables(
  invFreq: Float32Array,
  start: number,
  T: number,
): { cos: Float32Array; sin: Float32Array } {
  const half = invFreq.length;
  const cos = new Float32Array(T * half);
  const sin = new Float32Array(T * half);
  for (let t = 0; t < T; t++) {
    const p = Math.fround(start + t);
    for (let i = 0; i < half; i++) {
      const angle = Math.fround(p * invFreq[i]);
      cos[t * half + i] = Math.cos(angle);
      sin[t * half + i] = Math.sin(angle);
    }
  }
  return { cos, sin };
}

/**
 * Rotates every head of every row in place.
 * x: (T, nHeads · headDim), cos, sin: (T, headDim/2) → x rotated
 */
export function ropeApplyForward(
  x: FloatArray,
  cos: Float32Array,
  sin: Float32Array,
  T: number,
  nHeads: number,
  headDim: number,
): void {
  rotate(x, cos, sin, T, nHeads, headDim, 1);
}

/** The backward: rotates the gradient by −angle in place. dx: (T, nHeads · headDim) */
export function ropeApplyBackward(
  dx: FloatArray,
  cos: Float32Array,
  sin: Float32Array,
  T: number,
  nHeads: number,
  headDim: number,
): void {
  rotate(dx, cos, sin, T, nHeads, headDim, -1);
}

function rotate(
  x: FloatArray,
  cos: Float32Array,
  sin: Float32Array,
  T: number,
  nHeads: number,
  headDim: number,
  direction: 1 | -1,
): void {
  const half = headDim / 2;
  if (cos.length < T * half || sin.length < T * half) {
    throw new Error(`RoPE tables cover fewer than ${T} positions`);
  }
  const row = nHeads * headDim;
  for (let t = 0; t < T; t++) {
    const tb = t * half;
    for (let h = 0; h < nHeads; h++) {
      const base = t * row + h * headDim;
      for (let i = 0; i < half; i++) {
        const c = cos[tb + i];
        const s = direction * sin[tb + i];
        const a = x[base + i];
        const b = x[base + i + half];
        x[base + i] = a * c - b * s;
        x[base + i + half] = b * c + a * s;
      }
    }
  }
}

/**
 * Qwen's LogN attention scaling: the query at 0-based position p is multiplied by
 * log(p+1) / log(L) when p + 1 > L, else 1 (inference only). Positions start … start+T−1 → (T)
 *   L = 2048, p = 4095 → log(4096)/log(2048) = 1.0909
 */
export function lognScales(start: number, T: number, trainLength: number): Float32Array {
  const out = new Float32Array(T);
  for (let t = 0; t < T; t++) out[t] = lognScale(start + t, trainLength);
  return out;
}
