/**
 * The model's RoPE application: FP32 inverse frequencies, hand case, HF's formula
 * x·cos + rotate_half(x)·sin written out independently, identity at position 0, norm
 * preservation, relative-position property, LogN reference numbers (the Qwen report and Hugging Face Qwen2 code), and the
 * backward against finite differences (RoPE is linear in x: central differences are exact up
 * to rounding; float64, h = 1e-4, tolerance 1e-10).
 */
import { describe, expect, it } from 'vitest';
import { numericGrad } from '../../../helpers/gradient.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';
import {
  lognScales,
  ropeApplyBackward,
  ropeApplyForward,
  ropeTables,
} from '../../../../src/kernels/engine/ropeApply.ts';
import { applyRope, invFreq } from '../../../../src/kernels/reference/rope.ts';

describe('ropeApply', () => {
  it('inverse frequencies 1/base^(2i/d), rounded to FP32', () => {
    const inv = invFreq(4, 10000);
    expect(Array.from(inv)).toEqual([1, Math.fround(0.01)]);
    const inv128 = invFreq(128, 10000);
    expect(inv128.length).toBe(64);
    expect(inv128[1]).toBe(Math.fround(1 / Math.fround(10000 ** Math.fround(2 / 128))));
    expect(inv128[63]).toBeCloseTo(1 / 10000 ** (126 / 128), 10);
  });

  it('equals reference/rope.ts applyRope on every head of every row (positions 0 … 299)', () => {
    const d = 16;
    const H = 3;
    const T = 300;
    const inv = invFreq(d, 10000);
    const rng = createRng(5);
    const x = new Float64Array(T * H * d).map(() => rng.normal());
    const fast = x.slice();
    const { cos, sin } = ropeTables(inv, 0, T);
    ropeApplyForward(fast, cos, sin, T, H, d);
    const one = new Float64Array(d);
    for (let t = 0; t < T; t++) {
      for (let h = 0; h < H; h++) {
        const o = t * H * d + h * d;
        applyRope(one, x.subarray(o, o + d), t, inv);
        // the tables round each angle to FP32 as PyTorch does; applyRope keeps it in float64
        expect(fast.subarray(o, o + d)).toBeCloseToArray(one, 1e-4);
      }
    }
  });

  it('hand case: d = 2, position 1 rotates [1, 0] to [cos 1, sin 1]', () => {
    const { cos, sin } = ropeTables(invFreq(2, 10000), 1, 1);
    const x = new Float64Array([1, 0]);
    ropeApplyForward(x, cos, sin, 1, 1, 2);
    expect(x).toBeCloseToArray([Math.cos(1), Math.sin(1)], 1e-7);
  });

  it('equals HF x·cos + rotate_half(x)·sin with cos/sin of cat(freqs, freqs)', () => {
    const d = 8;
    const nHeads = 2;
    const T = 5;
    const start = 3;
    const rng = createRng(2);
    const x = new Float64Array(T * nHeads * d).map(() => rng.normal());
    const inv = invFreq(d, 10000);
    const expected = new Float64Array(x.length);
    for (let t = 0; t < T; t++) {
      for (let h = 0; h < nHeads; h++) {
        const o = (t * nHeads + h) * d;
        const xs = Array.from(x.subarray(o, o + d));
        const rot = [...xs.slice(d / 2).map((v) => -v), ...xs.slice(0, d / 2)];
        for (let j = 0; j < d; j++) {
          const angle = Math.fround((start + t) * inv[j % (d / 2)]);
          expected[o + j] = xs[j] * Math.cos(angle) + rot[j] * Math.sin(angle);
        }
      }
    }
    const { cos, sin } = ropeTables(inv, start, T);
    ropeApplyForward(x, cos, sin, T, nHeads, d);
    expect(x).toBeCloseToArray(expected, 1e-6); // tables are FP32
  });

  it('position 0 is the identity; rotation keeps the norm; q·k depends on m − n only', () => {
    const d = 16;
    const inv = invFreq(d, 10000);
    const rng = createRng(5);
    const q = new Float64Array(d).map(() => rng.normal());
    const k = new Float64Array(d).map(() => rng.normal());
    const at = (v: Float64Array, p: number) => {
      const out = v.slice();
      const { cos, sin } = ropeTables(inv, p, 1);
      ropeApplyForward(out, cos, sin, 1, 1, d);
      return out;
    };
    expect(at(q, 0)).toBeCloseToArray(q, 0);
    const norm = (v: Float64Array) => Math.hypot(...v);
    expect(norm(at(q, 37))).toBeCloseTo(norm(q), 6);
    const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, i) => s + v * b[i], 0);
    expect(dot(at(q, 10), at(k, 7))).toBeCloseTo(dot(at(q, 5), at(k, 2)), 5);
  });

  it('backward is the transpose: finite differences, and forward then backward is identity', () => {
    const [T, nHeads, d] = [3, 2, 6];
    const rng = createRng(8);
    const x = new Float64Array(T * nHeads * d).map(() => rng.normal());
    const w = new Float64Array(x.length).map(() => rng.normal());
    const { cos, sin } = ropeTables(invFreq(d, 500), 4, T);
    const loss = () => {
      const y = x.slice();
      ropeApplyForward(y, cos, sin, T, nHeads, d);
      return y.reduce((s, v, i) => s + v * w[i], 0);
    };
    const dx = w.slice();
    ropeApplyBackward(dx, cos, sin, T, nHeads, d);
    const h = 1e-4;
    const num = numericGrad(x, loss, h);
    expect(dx).toBeCloseToArray(num, 1e-10);
    const y = x.slice();
    ropeApplyForward(y, cos, sin, T, nHeads, d);
    ropeApplyBackward(y, cos, sin, T, nHeads, d);
    // cos and sin are FP32 values, so cos² + sin² = 1 only to ~1e-7
    expect(y).toBeCloseToArray(x, 1e-6);
  });

  it('LogN: 1 within the training length, log(p+1)/log(L) beyond (L 2048, p 4095 → 1.0909)', () => {
    const s = lognScales(2046, 3, 2048);
    expect(Array.from(s.subarray(0, 2))).toEqual([1, 1]);
    expect(s[2]).toBeCloseTo(Math.log(2049) / Math.log(2048), 6);
    expect(lognScales(4095, 1, 2048)[0]).toBeCloseTo(12 / 11, 6);
  });

  it('rejects odd head dimensions and bad bases', () => {
    expect(() => invFreq(5, 10000)).toThrow(/even/);
    expect(() => invFreq(4, 1)).toThrow(/base/);
    expect(() => lognScales(0, 1, 1)).toThrow(/training length/);
  });
});
