/**
 * The training step's row-by-row backward passes and its loss on the WebAssembly SIMD kernels
 * of wasm/training.wat: RMSNorm and SwiGLU backward, and the cross-entropy (softmax and loss
 * forward, gradient backward). Each has the contract of its JavaScript reference (norm.ts,
 * activations.ts, crossEntropy.ts) to float32 rounding and falls back to it where the kernel
 * cannot run (no WebAssembly) or is not worth the call (fewer than MIN_VALUES values). Sizes need
 * not be multiples of 4. Operands outside wasm memory are copied in and out (a copy moves about
 * 25 GB/s, little beside the arithmetic); every kernel runs on the calling thread.
 * RoPE's backward is elementwiseSimd.ts `ropeBackwardSimd`.
 *
 *   cross-entropy as the reference's example: logits [0, 0] (two tokens), target 1 → loss log 2
 *
 * Deliberately left out: helper threads (training's data-parallel workers run one instance
 * each), float64 operands (the gradient checks' workspaces run the reference).
 */
import { swigluBackward } from '../reference/activations.ts';
import { crossEntropyBackward, crossEntropyForward } from '../reference/crossEntropy.ts';
import { rmsnormBackward } from '../reference/norm.ts';
import { MIN_VALUES } from './elementwiseSimd.ts';
import { trainingKernels, withFrame } from './wasmMemory.ts';

/** Bytes a frame needs for `floats` floats in `arrays` allocations (each rounded up to 16). */
const frameBytes = (floats: number, arrays: number) => 4 * floats + 16 * arrays;

function checkLength(name: string, a: ArrayLike<number>, n: number): void {
  if (a.length < n) throw new Error(`${name}: a buffer holds ${a.length} values, need ${n}`);
}

/**
 * RMSNorm backward. With x̂ = x / rms and g = dy ⊙ w:
 *   dx = (g − x̂ · mean(g ⊙ x̂)) / rms,   dweight += Σ_t dy ⊙ x̂
 * dy, x: (T, C), weight: (C), rms: (T) → dx: (T, C) (added if accumulate), dweight: (C) +=
 */
export function rmsnormBackwardSimd(
  dx: Float32Array,
  dweight: Float32Array,
  dy: Float32Array,
  x: Float32Array,
  weight: Float32Array,
  rms: Float32Array,
  T: number,
  C: number,
  accumulate = false,
): void {
  const k = trainingKernels();
  if (T * C < MIN_VALUES || !k) {
    return rmsnormBackward(dx, dweight, dy, x, weight, rms, T, C, accumulate);
  }
  for (const a of [dx, dy, x]) checkLength('rmsnorm backward', a, T * C);
  for (const a of [dweight, weight]) checkLength('rmsnorm backward', a, C);
  checkLength('rmsnorm backward', rms, T);
  withFrame((frame) => {
    frame.reserve(frameBytes(4 * T * C + T + 2 * C, 6));
    const dyAt = frame.place(dy, T * C);
    const xAt = frame.place(x, T * C);
    const wAt = frame.place(weight, C);
    const rmsAt = frame.place(rms, T);
    const o = frame.output(dx, T * C, accumulate);
    const dw = frame.output(dweight, C, true);
    k.rmsnormBackward(dyAt, xAt, wAt, rmsAt, o.at, dw.at, T, C, accumulate ? 1 : 0);
    o.done();
    dw.done();
  });
}

/**
 * SwiGLU backward: dgate = dout ⊙ up ⊙ silu′(gate), dup = dout ⊙ silu(gate).
 * dout, gate, up: (n) → dgate, dup: (n)
 */
export function swigluBackwardSimd(
  dgate: Float32Array,
  dup: Float32Array,
  dout: Float32Array,
  gate: Float32Array,
  up: Float32Array,
  n: number,
): void {
  const k = trainingKernels();
  if (n < MIN_VALUES || !k) return swigluBackward(dgate, dup, dout, gate, up, n);
  for (const a of [dgate, dup, dout, gate, up]) checkLength('swiglu backward', a, n);
  withFrame((frame) => {
    frame.reserve(frameBytes(5 * n, 5));
    const doutAt = frame.place(dout, n);
    const gateAt = frame.place(gate, n);
    const upAt = frame.place(up, n);
    const dg = frame.output(dgate, n);
    const du = frame.output(dup, n);
    k.swigluBackward(doutAt, gateAt, upAt, dg.at, du.at, n);
    dg.done();
    du.done();
  });
}

/**
 * Cross-entropy forward: softmax rows and per-token losses, −log p = log Σ e^x − x_target.
 * logits: (T, V), targets: (T), mask: (T) or null (all ones)
 * → probs: (T, V) (may be logits), losses: (T); returns the masked mean loss and the mask sum.
 * The kernel returns each row's max m and Σ e^(x − m); log Σ e^x = m + log Σ e^(x − m) here.
 */
export function crossEntropyForwardSimd(
  probs: Float32Array,
  losses: Float32Array,
  logits: Float32Array,
  targets: ArrayLike<number>,
  mask: ArrayLike<number> | null,
  T: number,
  V: number,
): { loss: number; maskSum: number } {
  const k = trainingKernels();
  if (T * V < MIN_VALUES || !k) {
    return crossEntropyForward(probs, losses, logits, targets, mask, T, V);
  }
  for (const a of [probs, logits]) checkLength('cross-entropy', a, T * V);
  checkLength('cross-entropy', losses, T);
  // the target logits, read before the softmax may overwrite them (probs may be logits)
  const picked = new Float32Array(T);
  for (let t = 0; t < T; t++) {
    const y = targets[t];
    if (!Number.isInteger(y) || y < 0 || y >= V) {
      throw new Error(
        `cross-entropy: target ${y} at position ${t} is outside the vocabulary [0, ${V})`,
      );
    }
    picked[t] = logits[t * V + y];
  }
  let total = 0;
  let maskSum = 0;
  withFrame((frame) => {
    frame.reserve(frameBytes(2 * T * V + 2 * T, 3));
    const xAt = frame.place(logits, T * V);
    const o = frame.output(probs, T * V);
    const stats = frame.floats(2 * T); // (T, 2): max, Σ e^(x − max)
    k.softmaxRows(xAt, o.at, stats.byteOffset, T, V);
    o.done();
    for (let t = 0; t < T; t++) {
      const max = stats[2 * t];
      const sum = stats[2 * t + 1];
      if (max === -Infinity) {
        throw new Error('softmax: every entry is −∞ or NaN, nothing to normalize');
      }
      const l = max + Math.log(sum) - picked[t];
      losses[t] = l;
      const m = mask ? mask[t] : 1;
      total += m * l;
      maskSum += m;
    }
  });
  return { loss: maskSum > 0 ? total / maskSum : 0, maskSum };
}

/**
 * Cross-entropy backward: dlogits = (probs − onehot(target)) · mask_t / divisor (divisor usually
 * the mask sum). probs: (T, V), targets, mask: (T) → dlogits: (T, V) (may be probs).
 * The kernel scales each row; the one-hot part is one subtraction per row here.
 */
export function crossEntropyBackwardSimd(
  dlogits: Float32Array,
  probs: Float32Array,
  targets: ArrayLike<number>,
  mask: ArrayLike<number> | null,
  T: number,
  V: number,
  divisor: number,
): void {
  const k = trainingKernels();
  if (T * V < MIN_VALUES || !k) {
    return crossEntropyBackward(dlogits, probs, targets, mask, T, V, divisor);
  }
  for (const a of [dlogits, probs]) checkLength('cross-entropy backward', a, T * V);
  const inv = divisor > 0 ? 1 / divisor : 0;
  withFrame((frame) => {
    frame.reserve(frameBytes(2 * T * V + T, 3));
    const w = frame.floats(T); // (T) row factors mask_t / divisor
    for (let t = 0; t < T; t++) w[t] = (mask ? mask[t] : 1) * inv;
    const pAt = frame.place(probs, T * V);
    const o = frame.output(dlogits, T * V);
    k.scaleRows(pAt, o.at, w.byteOffset, T, V);
    o.done();
  });
  for (let t = 0; t < T; t++) dlogits[t * V + targets[t]] -= (mask ? mask[t] : 1) * inv;
}
