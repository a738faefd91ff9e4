/**
 * SwiGLU, RMSNorm and RoPE on the WebAssembly SIMD kernels equal their JavaScript twins
 * (activations.ts, norm.ts, ropeApply.ts: float64 arithmetic) to float32 rounding, including
 * the kernel's own eˣ over the whole float32 range SwiGLU can meet, and inputs that already live
 * in wasm memory (the forward pass's case).
 */
import { describe, expect, it } from 'vitest';
import { swigluForward } from '../../../../src/kernels/reference/activations.ts';
import {
  MIN_VALUES,
  rmsnormSimd,
  ropeSimd,
  swigluSimd,
} from '../../../../src/kernels/engine/elementwiseSimd.ts';
import { rmsnormForward } from '../../../../src/kernels/reference/norm.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';
import { ropeApplyForward, ropeTables } from '../../../../src/kernels/engine/ropeApply.ts';
import { invFreq } from '../../../../src/kernels/reference/rope.ts';
import { withFrame } from '../../../../src/kernels/engine/wasmMemory.ts';

function random(n: number, seed: number, scale = 1): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => scale * rng.normal());
}

/** Largest |a − b| / max(1, |b|). */
function worstRelative(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
  }
  return worst;
}

describe('swigluSimd', () => {
  it('equals silu(gate) · up for gates from −100 to 100 (its vector exp, clamped ends)', () => {
    const n = 8192;
    const gate = Float32Array.from({ length: n }, (_, i) => -100 + (200 * i) / (n - 1));
    const up = random(n, 1);
    const got = new Float32Array(n);
    swigluSimd(got, gate, up, n);
    const want = new Float32Array(n);
    swigluForward(want, null, gate, up, n);
    expect(worstRelative(got, want)).toBeLessThan(1e-6);
    expect(got.every(Number.isFinite)).toBe(true);
  });

  it('hand values: silu(0) = 0, silu(1) = 0.7311, silu(−1) = −0.2689, silu(2) = 1.7616', () => {
    const n = MIN_VALUES;
    const gate = new Float32Array(n);
    gate.set([0, 1, -1, 2]);
    const out = new Float32Array(n);
    swigluSimd(out, gate, new Float32Array(n).fill(1), n);
    expect(Array.from(out.subarray(0, 4)).map((x) => +x.toFixed(4))).toEqual([
      0, 0.7311, -0.2689, 1.7616,
    ]);
  });
});

describe('rmsnormSimd', () => {
  it.each([
    [64, 128],
    [3, 1024],
  ])('T=%i C=%i equals rmsnormForward (outputs and rms), in and out of wasm memory', (T, C) => {
    const x = random(T * C, T, 3);
    const w = random(C, C);
    const want = new Float32Array(T * C);
    const wantRms = new Float32Array(T);
    rmsnormForward(want, wantRms, x, w, T, C, 1e-6);
    const got = new Float32Array(T * C);
    const gotRms = new Float32Array(T);
    rmsnormSimd(got, gotRms, x, w, T, C, 1e-6);
    expect(worstRelative(got, want)).toBeLessThan(2e-6);
    expect(worstRelative(gotRms, wantRms)).toBeLessThan(2e-6);
    withFrame((frame) => {
      const xIn = frame.floats(T * C);
      xIn.set(x);
      const outIn = frame.floats(T * C);
      const rmsIn = frame.floats(T);
      rmsnormSimd(outIn, rmsIn, xIn, w, T, C, 1e-6);
      expect(Array.from(outIn)).toEqual(Array.from(got));
    });
  });

  it('rejects a weight of the wrong size', () => {
    const C = 128;
    const T = 32;
    expect(() =>
      rmsnormSimd(
        new Float32Array(T * C),
        new Float32Array(T),
        random(T * C, 1),
        random(C - 1, 2),
        T,
        C,
        1e-6,
      ),
    ).toThrow(/weight/);
  });
});

describe('ropeSimd', () => {
  it('rotates like ropeApplyForward at positions 100 … 163 (4 heads of 32)', () => {
    const T = 64;
    const H = 4;
    const hd = 32;
    const { cos, sin } = ropeTables(invFreq(hd, 10000), 100, T);
    const x = random(T * H * hd, 9);
    const want = x.slice();
    ropeApplyForward(want, cos, sin, T, H, hd);
    const got = x.slice();
    ropeSimd(got, cos, sin, T, H, hd);
    expect(worstRelative(got, want)).toBeLessThan(1e-6);
  });
});
