/**
 * Activations: erf against published values (Abramowitz & Stegun table 7.1 / any CAS, 16
 * digits), hand values of each function, limits, and every derivative against central finite
 * differences in float64 (h = 1e-6: truncation ~1e-12, rounding ~1e-10 → tolerance 1e-8).
 */
import { describe, expect, it } from 'vitest';
import { centralDiff } from '../../../helpers/gradient.ts';
import {
  erf,
  gelu,
  geluGrad,
  geluTanh,
  geluTanhGrad,
  relu,
  reluGrad,
  sigmoid,
  silu,
  siluGrad,
  swigluBackward,
  swigluForward,
} from '../../../../src/kernels/reference/activations.ts';

const POINTS = [-7, -3.2, -2, -1, -0.4, -1e-3, 0.3, 0.9, 1.7, 2.999, 3.001, 4.5, 8];

describe('erf', () => {
  it('matches reference values to 1e-14', () => {
    const ref: [number, number][] = [
      [0, 0],
      [0.1, 0.1124629160182849],
      [0.5, 0.5204998778130465],
      [1, 0.8427007929497149],
      [1.5, 0.9661051464753108],
      [2, 0.9953222650189527],
      [2.5, 0.999593047982555],
      [3, 0.9999779095030014],
      [3.5, 0.9999992569016276],
      [4, 0.9999999845827421],
      [5, 0.9999999999984626],
      [7, 1],
    ];
    for (const [x, v] of ref) {
      expect(Math.abs(erf(x) - v)).toBeLessThan(1e-14);
      expect(Math.abs(erf(-x) + v)).toBeLessThan(1e-14); // odd function
    }
  });

  it('is continuous where the method switches (|x| = 3 and 6)', () => {
    expect(Math.abs(erf(3 - 1e-12) - erf(3 + 1e-12))).toBeLessThan(1e-13);
    expect(Math.abs(erf(6 - 1e-12) - 1)).toBeLessThan(1e-15);
  });
});

describe('activation values', () => {
  it('hand values', () => {
    expect(relu(-2)).toBe(0);
    expect(relu(1.5)).toBe(1.5);
    expect(sigmoid(0)).toBe(0.5);
    expect(silu(1)).toBeCloseTo(0.7310585786300049, 14);
    expect(gelu(1)).toBeCloseTo(0.8413447460685429, 14); // Φ(1)
    expect(gelu(-1)).toBeCloseTo(-0.15865525393145707, 14);
    expect(geluTanh(1)).toBeCloseTo(0.8411919906082768, 12);
    expect(silu(2, 0.5)).toBeCloseTo(2 / (1 + Math.exp(-1)), 14);
  });

  it('limits: SiLU with large β approaches ReLU; tanh-GELU stays within 1e-3 of GELU', () => {
    for (const x of POINTS) {
      expect(Math.abs(silu(x, 200) - relu(x))).toBeLessThan(2e-3);
      expect(Math.abs(geluTanh(x) - gelu(x))).toBeLessThan(1e-3);
    }
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
  });
});

describe('derivatives', () => {
  it('match central finite differences', () => {
    for (const x of POINTS) {
      expect(Math.abs(geluGrad(x) - centralDiff(gelu, x))).toBeLessThan(1e-8);
      expect(Math.abs(geluTanhGrad(x) - centralDiff(geluTanh, x))).toBeLessThan(1e-8);
      expect(Math.abs(siluGrad(x) - centralDiff((v) => silu(v), x))).toBeLessThan(1e-8);
      expect(Math.abs(siluGrad(x, 1.7) - centralDiff((v) => silu(v, 1.7), x))).toBeLessThan(1e-8);
      expect(reluGrad(x)).toBe(x > 0 ? 1 : 0);
    }
  });

  it('SwiGLU forward is silu(gate)·up and its backward matches finite differences', () => {
    const gate = new Float64Array([-2, -0.5, 0, 0.7, 3]);
    const up = new Float64Array([1.5, -1, 2, 0.3, -0.8]);
    const dout = new Float64Array([0.2, -1.1, 0.5, 2, -0.7]);
    const out = new Float64Array(5);
    const act = new Float64Array(5);
    swigluForward(out, act, gate, up, 5);
    for (let i = 0; i < 5; i++) {
      expect(act[i]).toBeCloseTo(silu(gate[i]), 14);
      expect(out[i]).toBeCloseTo(silu(gate[i]) * up[i], 14);
    }
    const dgate = new Float64Array(5);
    const dup = new Float64Array(5);
    swigluBackward(dgate, dup, dout, gate, up, 5);
    for (let i = 0; i < 5; i++) {
      const g0 = gate[i];
      const u0 = up[i];
      expect(Math.abs(dgate[i] - dout[i] * centralDiff((g) => silu(g) * u0, g0))).toBeLessThan(
        1e-8,
      );
      expect(Math.abs(dup[i] - dout[i] * centralDiff((u) => silu(g0) * u, u0))).toBeLessThan(1e-8);
    }
  });
});
