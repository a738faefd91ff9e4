/**
 * The training kernels of wasm/training.wat against their JavaScript references run in float64
 * (norm.ts, activations.ts, ropeApply.ts, crossEntropy.ts): the committed bytes are a fresh
 * compile, and RMSNorm, SwiGLU and RoPE backward and the cross-entropy forward and backward agree
 * to float32 rounding on random inputs, including sizes that are not a multiple of 4 (the
 * kernels' one-float-at-a-time tails: rows of 83 and of 3,003, and rows of 2 that are all tail),
 * outputs that alias inputs, and operands that already live in wasm memory.
 *
 * Tolerance: float32 sums of ≤ 3,003 terms in four lanes carry a relative error of a few 1e-7
 * (observed ≤ 1e-6); 1e-5 on max |a − b| / max(1, |b|) leaves a wide margin, while a wrong index
 * or a missing term is off by O(1e-2) or more.
 */
import { describe, expect, it } from 'vitest';
import { compileWat } from '../../../../scripts/wasm/build.ts';
import { swigluBackward } from '../../../../src/kernels/reference/activations.ts';
import {
  crossEntropyBackward,
  crossEntropyForward,
} from '../../../../src/kernels/reference/crossEntropy.ts';
import { rmsnormBackward } from '../../../../src/kernels/reference/norm.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';
import { invFreq } from '../../../../src/kernels/reference/rope.ts';
import {
  crossEntropyBackwardSimd,
  crossEntropyForwardSimd,
  rmsnormBackwardSimd,
  swigluBackwardSimd,
} from '../../../../src/kernels/engine/backwardSimd.ts';
import {
  MIN_VALUES,
  ropeBackwardSimd,
  ropeSimd,
} from '../../../../src/kernels/engine/elementwiseSimd.ts';
import { ropeApplyBackward, ropeTables } from '../../../../src/kernels/engine/ropeApply.ts';
import { trainingKernels, withFrame } from '../../../../src/kernels/engine/wasmMemory.ts';
import {
  TRAINING_WASM,
  trainingWasmUnshared,
} from '../../../../src/kernels/engine/wasm/trainingWasm.ts';

function random(n: number, seed: number, scale = 1): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => scale * rng.normal());
}

/** Largest |a − b| / max(1, |b|). */
function worstRelative(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
  }
  return worst;
}

const f64 = (x: Float32Array) => Float64Array.from(x);

describe('training kernels (wasm/training.wat)', () => {
  it('ships exactly the bytes wabt makes from training.wat, shared and unshared', async () => {
    const path = 'src/kernels/engine/wasm/training.wat';
    expect(Array.from(TRAINING_WASM)).toEqual(Array.from(await compileWat(path)));
    const unshared = trainingWasmUnshared();
    expect(Array.from(unshared)).toEqual(Array.from(await compileWat(path, true)));
    expect(Array.from(unshared)).not.toEqual(Array.from(TRAINING_WASM));
  });

  it('run here, on the memory of the inference kernels', () => {
    expect(trainingKernels()).not.toBeNull();
  });
});

describe('rmsnormBackwardSimd', () => {
  it.each([
    [64, 128, false],
    [37, 83, true],
    [2048, 3, true],
  ])('T=%i C=%i accumulate=%s equals rmsnormBackward in float64', (T, C, accumulate) => {
    const dy = random(T * C, 1);
    const x = random(T * C, 2, 3);
    const w = random(C, 3);
    const rms = random(T, 4).map((r) => 0.5 + Math.abs(r));
    const dx0 = random(T * C, 5);
    const dw0 = random(C, 6);
    const wantDx = f64(dx0);
    const wantDw = f64(dw0);
    rmsnormBackward(wantDx, wantDw, f64(dy), f64(x), f64(w), f64(rms), T, C, accumulate);
    const dx = dx0.slice();
    const dw = dw0.slice();
    rmsnormBackwardSimd(dx, dw, dy, x, w, rms, T, C, accumulate);
    expect(worstRelative(dx, wantDx)).toBeLessThan(1e-5);
    expect(worstRelative(dw, wantDw)).toBeLessThan(1e-5);
    if (accumulate) return;
    // the same with every operand already in wasm memory, and dx written over dy
    withFrame((frame) => {
      const inMem = (a: Float32Array) => {
        const v = frame.floats(a.length);
        v.set(a);
        return v;
      };
      const dyIn = inMem(dy);
      const dwIn = inMem(dw0);
      rmsnormBackwardSimd(dyIn, dwIn, dyIn, inMem(x), inMem(w), inMem(rms), T, C);
      expect(Array.from(dyIn)).toEqual(Array.from(dx));
      expect(Array.from(dwIn)).toEqual(Array.from(dw));
    });
  });
});

describe('swigluBackwardSimd', () => {
  it.each([8192, 4099])(
    'n=%i: equals swigluBackward for gates from −100 to 100 (the vector eˣ, odd tails)',
    (n) => {
      const gate = Float32Array.from({ length: n }, (_, i) => -100 + (200 * i) / (n - 1));
      const up = random(n, 7);
      const dout = random(n, 8);
      const wantG = new Float64Array(n);
      const wantU = new Float64Array(n);
      swigluBackward(wantG, wantU, f64(dout), f64(gate), f64(up), n);
      const dg = new Float32Array(n);
      const du = new Float32Array(n);
      swigluBackwardSimd(dg, du, dout, gate, up, n);
      expect(worstRelative(dg, wantG)).toBeLessThan(1e-5);
      expect(worstRelative(du, wantU)).toBeLessThan(1e-5);
      expect(dg.every(Number.isFinite) && du.every(Number.isFinite)).toBe(true);
    },
  );

  it('random gates N(0, 3²), n = 3·MIN_VALUES + 3', () => {
    const n = 3 * MIN_VALUES + 3;
    const [gate, up, dout] = [random(n, 9, 3), random(n, 10), random(n, 11)];
    const wantG = new Float64Array(n);
    const wantU = new Float64Array(n);
    swigluBackward(wantG, wantU, f64(dout), f64(gate), f64(up), n);
    const dg = new Float32Array(n);
    const du = new Float32Array(n);
    swigluBackwardSimd(dg, du, dout, gate, up, n);
    expect(worstRelative(dg, wantG)).toBeLessThan(1e-5);
    expect(worstRelative(du, wantU)).toBeLessThan(1e-5);
  });
});

describe('ropeBackwardSimd', () => {
  it.each([
    [64, 4, 32],
    [48, 3, 16],
    [100, 3, 12], // half a head = 6 floats: not whole v128s, the reference runs
  ])('T=%i heads=%i head dim %i: equals ropeApplyBackward and undoes ropeSimd', (T, H, hd) => {
    const { cos, sin } = ropeTables(invFreq(hd, 10000), 7, T);
    const dx = random(T * H * hd, 12);
    const want = f64(dx);
    ropeApplyBackward(want, cos, sin, T, H, hd);
    const got = dx.slice();
    ropeBackwardSimd(got, cos, sin, T, H, hd);
    expect(worstRelative(got, want)).toBeLessThan(1e-6);
    ropeSimd(got, cos, sin, T, H, hd);
    expect(worstRelative(got, dx)).toBeLessThan(1e-5);
  });
});

describe('crossEntropyForwardSimd and crossEntropyBackwardSimd', () => {
  const mask = (T: number) => Float32Array.from({ length: T }, (_, t) => (t % 3 === 1 ? 0 : 1));

  it.each([
    [33, 3003, 3],
    [20, 128, 10],
    [1024, 2, 1],
  ])(
    'T=%i V=%i (logits ·%i): softmax, losses, loss and gradient equal the float64 reference',
    (T, V, scale) => {
      const logits = random(T * V, 13, scale);
      const targets = Int32Array.from({ length: T }, (_, t) => (t * 7919 + 5) % V);
      const m = mask(T);
      const wantP = new Float64Array(T * V);
      const wantL = new Float64Array(T);
      const want = crossEntropyForward(wantP, wantL, f64(logits), targets, m, T, V);
      // in place, as training calls it (probs over the logits)
      const probs = logits.slice();
      const losses = new Float32Array(T);
      const got = crossEntropyForwardSimd(probs, losses, probs, targets, m, T, V);
      expect(got.maskSum).toBe(want.maskSum);
      expect(Math.abs(got.loss - want.loss)).toBeLessThan(1e-5 * Math.max(1, want.loss));
      expect(worstRelative(probs, wantP)).toBeLessThan(1e-6);
      expect(worstRelative(losses, wantL)).toBeLessThan(1e-5);
      // into a separate buffer, no mask
      const apart = new Float32Array(T * V);
      crossEntropyForwardSimd(apart, losses, logits, targets, null, T, V);
      expect(Array.from(apart)).toEqual(Array.from(probs));

      const divisor = want.maskSum + 3;
      const wantD = new Float64Array(T * V);
      crossEntropyBackward(wantD, wantP, targets, m, T, V, divisor);
      crossEntropyBackwardSimd(probs, probs, targets, m, T, V, divisor);
      expect(worstRelative(probs, wantD)).toBeLessThan(1e-6);
    },
  );

  it("the reference's example: logits [0, 0], target 1 → loss log 2, dlogits [0.5, −0.5]", () => {
    const T = MIN_VALUES;
    const probs = new Float32Array(2 * T);
    const losses = new Float32Array(T);
    const targets = new Int32Array(T).fill(1);
    const { loss } = crossEntropyForwardSimd(probs, losses, probs, targets, null, T, 2);
    expect(loss).toBeCloseTo(Math.log(2), 6);
    crossEntropyBackwardSimd(probs, probs, targets, null, T, 2, 1);
    expect(Array.from(probs.subarray(0, 2))).toEqual([0.5, -0.5]);
  });

  it('rejects a target outside the vocabulary, and a row of −∞', () => {
    const T = 64;
    const V = 64;
    const targets = new Int32Array(T);
    targets[5] = V;
    const probs = random(T * V, 14);
    expect(() =>
      crossEntropyForwardSimd(probs, new Float32Array(T), probs, targets, null, T, V),
    ).toThrow(/outside the vocabulary/);
    targets[5] = 0;
    probs.fill(-Infinity, 0, V);
    expect(() =>
      crossEntropyForwardSimd(probs, new Float32Array(T), probs, targets, null, T, V),
    ).toThrow(/−∞/);
  });
});
