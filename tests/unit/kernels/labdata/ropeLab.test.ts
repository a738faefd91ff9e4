import { describe, expect, it } from 'vitest';
import { ropeLabData, type RopeLabSettings } from '../../../../src/kernels/labdata/ropeLab.ts';
import { sampleIntegers } from '../../../../src/kernels/labdata/positions.ts';
import { SCALING_METHODS, scaledInvFreq } from '../../../../src/kernels/reference/ropeScaling.ts';
import { toBf16 } from '../../../../src/kernels/reference/numerics.ts';
import { lognScale } from '../../../../src/kernels/reference/logn.ts';

const qwen7b: RopeLabSettings = {
  base: 10000,
  headDim: 128,
  trainLength: 2048,
  targetLength: 32768,
  method: 'qwen-dynamic',
  position: 4095,
  bf16Threshold: 0.01,
  entropy: { trials: 2 },
};

function wrapped(d: number): number {
  return Math.abs(d - 2 * Math.PI * Math.round(d / (2 * Math.PI)));
}

describe('sampleIntegers', () => {
  it('spreads distinct integers from 0 to max (by hand)', () => {
    expect(Array.from(sampleIntegers(10, 3, 'linear'))).toEqual([0, 5, 10]);
    expect(Array.from(sampleIntegers(4, 10, 'log'))).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(sampleIntegers(0, 5, 'linear'))).toEqual([0]);
  });

  it('is strictly increasing and denser near 0 when log-spaced', () => {
    const s = sampleIntegers(32767, 512, 'log');
    expect(s.length).toBe(512);
    expect(s[0]).toBe(0);
    expect(s[511]).toBe(32767);
    for (let k = 1; k < s.length; k++) expect(s[k]).toBeGreaterThan(s[k - 1]);
    expect(s[100]).toBe(100); // the first hundred distances are all there
  });
});

describe('ropeLabData', () => {
  const data = ropeLabData(qwen7b);

  it('uses Qwen dynamic NTK with α = 31 at 32,768 tokens (L = 2048)', () => {
    expect(data.pairs).toBe(64);
    expect(data.scaled.alpha).toBe(31);
    expect(data.scaled.effectiveBase).toBeCloseTo(10000 * Math.pow(31, 128 / 126), 4);
    expect(data.factor).toBe(16);
  });

  it('gives the angles at the position, in [0, 2π)', () => {
    const theta = data.scaled.invFreq;
    for (let i = 0; i < 64; i++) {
      const a = data.angles.scaled[i];
      expect(a).toBeGreaterThanOrEqual(0);
      expect(a).toBeLessThan(2 * Math.PI);
      expect(wrapped(a - 4095 * theta[i])).toBeLessThan(1e-9);
      expect(data.angles.turns[i]).toBeCloseTo((4095 * theta[i]) / (2 * Math.PI), 9);
    }
    const atZero = ropeLabData({ ...qwen7b, position: 0 });
    expect(Array.from(atZero.angles.scaled).every((a) => a === 0)).toBe(true);
  });

  it('marks the spectrum against the float64 wavelengths 2π·base^(2i/d)', () => {
    for (let i = 0; i < 64; i++) {
      const lambda = 2 * Math.PI * Math.pow(10000, (2 * i) / 128);
      expect(data.spectrum.wavelengthOriginal[i] / lambda).toBeCloseTo(1, 5);
      if (Math.abs(lambda - 2048) > 1) {
        expect(data.spectrum.turnsWithinTraining[i]).toBe(lambda <= 2048 ? 1 : 0);
      }
      const lambdaScaled = (2 * Math.PI) / data.scaled.invFreq[i];
      expect(data.spectrum.neverTurnsWithinTarget[i]).toBe(lambdaScaled > 32768 ? 1 : 0);
    }
    // Plain RoPE at 16× the training length: the slow pairs meet unseen angles.
    const plain = ropeLabData({ ...qwen7b, method: 'none' });
    expect(plain.spectrum.outOfDistribution.some((v) => v === 1)).toBe(true);
    // Linear interpolation by the full stretch keeps every angle inside the trained range.
    const linear = ropeLabData({ ...qwen7b, method: 'linear' });
    expect(linear.spectrum.outOfDistribution.every((v) => v === 0)).toBe(true);
    // NTK with α = 16 slows the slowest pair exactly enough; pairs just faster overshoot.
    const ntk = ropeLabData({ ...qwen7b, method: 'ntk' });
    expect(ntk.spectrum.outOfDistribution[63]).toBe(0);
  });

  it('computes the decay exactly at ≤ 512 sampled distances, d/2 at distance 0', () => {
    const { distances, scaled, plain } = data.decay;
    expect(distances.length).toBe(512);
    expect(distances[0]).toBe(0);
    expect(distances[511]).toBe(32767);
    expect(scaled[0]).toBe(64);
    expect(plain[0]).toBe(64);
    const theta = data.scaled.invFreq;
    for (const k of [1, 50, 300, 511]) {
      let s = 0;
      for (let i = 0; i < 64; i++) s += Math.cos(distances[k] * theta[i]);
      expect(scaled[k]).toBeCloseTo(s, 9);
    }
    // plain RoPE against the float64 formula at short distances (FP32 θ differ by ~1e-7)
    for (let k = 1; k < 40; k++) {
      let s = 0;
      for (let i = 0; i < 64; i++) s += Math.cos(distances[k] / Math.pow(10000, (2 * i) / 128));
      expect(plain[k]).toBeCloseTo(s, 3);
    }
    const linear = ropeLabData({ ...qwen7b, decaySpacing: 'linear', decayPoints: 100 });
    expect(linear.decay.distances.length).toBe(100);
    expect(linear.decay.distances[1]).toBe(331);
  });

  it('fills the heatmap with cos(position·θ), ≤ 256 rows × d/2 columns', () => {
    const h = data.heatmap;
    expect(h.rows).toBe(256);
    expect(h.cols).toBe(64);
    expect(h.values.length).toBe(256 * 64);
    expect(h.positions[0]).toBe(0);
    expect(h.positions[255]).toBe(32767);
    for (const [r, i] of [
      [0, 0],
      [17, 3],
      [255, 63],
      [128, 40],
    ]) {
      const want = Math.cos(h.positions[r] * data.scaled.invFreq[i]);
      expect(h.values[r * 64 + i]).toBeCloseTo(want, 6);
    }
  });

  it('compares every method with the same parameters', () => {
    expect(data.methods.map((m) => m.method)).toEqual([...SCALING_METHODS]);
    const params = {
      headDim: 128,
      base: 10000,
      trainLength: 2048,
      seqLength: 32768,
      factor: 16,
      alpha: 16,
    };
    for (const m of data.methods) {
      expect(m.error).toBeUndefined();
      const r = scaledInvFreq(m.method, params);
      expect(m.attentionFactor).toBe(r.attentionFactor);
      expect(m.effectiveBase).toBe(r.effectiveBase);
      expect(m.ratio.length).toBe(64);
    }
    const ntk = data.methods.find((m) => m.method === 'ntk')!;
    expect(ntk.ratio[0]).toBe(1);
    expect(ntk.ratio[63]).toBeCloseTo(1 / 16, 6);
    const yarn = data.methods.find((m) => m.method === 'yarn')!;
    expect(yarn.attentionFactor).toBeCloseTo(0.1 * Math.log(16) + 1, 12);
  });

  it("lists Qwen's α staircase up to the target", () => {
    expect(data.qwenSteps.map((step) => step.alpha)).toEqual([1, 3, 7, 15, 31]);
    expect(data.qwenSteps.at(-1)!.toLength).toBe(32768);
  });

  it('reports a method that refuses the settings instead of throwing', () => {
    const tiny = ropeLabData({ ...qwen7b, headDim: 2, method: 'linear' });
    const ntk = tiny.methods.find((m) => m.method === 'ntk')!;
    expect(ntk.error).toMatch(/≥ 4/);
    expect(tiny.methods.find((m) => m.method === 'linear')!.error).toBeUndefined();
    // the selected method refusing is an error of the whole call
    expect(() => ropeLabData({ ...qwen7b, headDim: 2 })).toThrow(/≥ 4/);
  });

  it('measures FP32 and BF16 angle errors at sampled positions', () => {
    const { positions, fp32Error, bf16Error, firstBf16Position } = data.precision;
    expect(positions.length).toBeGreaterThanOrEqual(256);
    expect(positions.length).toBeLessThanOrEqual(260);
    // dense near small m, where BF16 already goes wrong: every position 0 … 10 is sampled
    expect(Array.from(positions.slice(0, 11))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (let k = 1; k < positions.length; k++)
      expect(positions[k]).toBeGreaterThan(positions[k - 1]);
    // the first crossing is on the curve, with the position before it, so it is drawn there
    const at = Array.from(positions).indexOf(firstBf16Position!);
    expect(at).toBeGreaterThan(0);
    expect(positions[at - 1]).toBe(firstBf16Position! - 1);
    expect(bf16Error[at]).toBeGreaterThan(data.precision.threshold);
    expect(bf16Error[at - 1]).toBeLessThanOrEqual(data.precision.threshold);
    expect(fp32Error[0]).toBe(0);
    expect(bf16Error[0]).toBe(0);
    const theta = data.scaled.invFreq;
    for (const k of [1, 100, 255]) {
      const p = positions[k];
      let e32 = 0;
      let e16 = 0;
      for (let i = 0; i < 64; i++) {
        const exact = p * theta[i];
        e32 = Math.max(e32, wrapped(Math.fround(p * theta[i]) - exact));
        e16 = Math.max(e16, wrapped(toBf16(toBf16(p) * toBf16(theta[i])) - exact));
      }
      expect(fp32Error[k]).toBe(e32);
      expect(bf16Error[k]).toBe(e16);
      expect(e32).toBeLessThan(p * 2 ** -24 + 1e-12);
      expect(e16).toBeGreaterThan(e32);
    }
  });

  it('finds the first position where the error passes the threshold (brute force)', () => {
    const brute = (
      theta: Float32Array,
      limit: number,
      threshold: number,
      angle: (p: number, t: number) => number,
    ): number | null => {
      for (let p = 1; p < limit; p++) {
        for (let i = 0; i < theta.length; i++) {
          if (wrapped(angle(p, theta[i]) - p * theta[i]) > threshold) return p;
        }
      }
      return null;
    };
    const bf16 = (p: number, t: number): number => toBf16(toBf16(p) * toBf16(t));
    const fp32 = (p: number, t: number): number => Math.fround(p * t);
    for (const [threshold, target, method] of [
      [0.01, 4096, 'none'],
      [0.5, 4096, 'ntk'],
      [2, 4096, 'yarn'],
      [3e-4, 32768, 'none'],
      [2 ** -12, 32768, 'none'], // a power of two: the FP32 binade edge
      [0.016, 32768, 'linear'],
    ] as const) {
      const r = ropeLabData({
        ...qwen7b,
        targetLength: target,
        method,
        bf16Threshold: threshold,
      });
      const theta = r.scaled.invFreq;
      expect(r.precision.firstBf16Position).toBe(brute(theta, target, threshold, bf16));
      expect(r.precision.firstFp32Position).toBe(brute(theta, target, threshold, fp32));
    }
    const never = ropeLabData({ ...qwen7b, targetLength: 1048576, bf16Threshold: Math.PI });
    expect(never.precision.firstBf16Position).toBeNull();
    expect(never.precision.firstFp32Position).toBeNull();
    const early = ropeLabData({ ...qwen7b, bf16Threshold: 0.01 });
    expect(early.precision.firstBf16Position).not.toBeNull();
    expect(early.precision.firstBf16Position!).toBeLessThan(100);
  });

  it('draws the LogN factor and the entropy curves', () => {
    const { positions, factor } = data.logn;
    const entropy = data.logn.entropy!;
    expect(positions.length).toBe(256);
    for (let k = 0; k < positions.length; k++)
      expect(factor[k]).toBe(lognScale(positions[k], 2048));
    expect(factor[255]).toBeCloseTo(Math.log(32768) / Math.log(2048), 12);
    expect(entropy.keys[0]).toBe(256);
    expect(entropy.keys[entropy.keys.length - 1]).toBe(16384);
    // same L and options → the same (cached) result
    expect(ropeLabData({ ...qwen7b, base: 20000 }).logn.entropy).toBe(entropy);
    // left out on request (the panel runs it in a worker)
    expect(ropeLabData({ ...qwen7b, entropy: false }).logn.entropy).toBeNull();
  });

  it('is deterministic', () => {
    const again = ropeLabData(qwen7b);
    expect(Array.from(again.decay.scaled)).toEqual(Array.from(data.decay.scaled));
    expect(Array.from(again.heatmap.values)).toEqual(Array.from(data.heatmap.values));
    expect(Array.from(again.logn.entropy!.logn)).toEqual(Array.from(data.logn.entropy!.logn));
  });

  it('refuses invalid settings with a clear message', () => {
    expect(() => ropeLabData({ ...qwen7b, trainLength: 1 })).toThrow(/training length/);
    expect(() => ropeLabData({ ...qwen7b, targetLength: 0 })).toThrow(/target length/);
    expect(() => ropeLabData({ ...qwen7b, targetLength: 2 ** 21 })).toThrow(/target length/);
    expect(() => ropeLabData({ ...qwen7b, position: -3 })).toThrow(/position/);
    expect(() => ropeLabData({ ...qwen7b, bf16Threshold: 0 })).toThrow(/bf16Threshold/);
    expect(() => ropeLabData({ ...qwen7b, decayPoints: 5000 })).toThrow(/decayPoints/);
    expect(() => ropeLabData({ ...qwen7b, headDim: 127 })).toThrow(/even integer/);
    expect(() => ropeLabData({ ...qwen7b, base: 0.9 })).toThrow(/greater than 1/);
    expect(() => ropeLabData({ ...qwen7b, method: 'nope' as 'none' })).toThrow(/Unknown/);
  });

  it('handles a target shorter than the training length and tiny targets', () => {
    const short = ropeLabData({ ...qwen7b, targetLength: 1000, position: 10 });
    expect(short.factor).toBe(1);
    expect(short.scaled.alpha).toBe(1);
    expect(short.decay.distances[short.decay.distances.length - 1]).toBe(999);
    const huge = ropeLabData({
      ...qwen7b,
      trainLength: 2,
      targetLength: 1048576,
      method: 'linear',
    });
    expect(huge.factor).toBe(4096); // MAX_FACTOR: T/L = 524,288 would be refused
    const one = ropeLabData({ ...qwen7b, targetLength: 1, position: 0 });
    expect(Array.from(one.decay.distances)).toEqual([0]);
    expect(one.heatmap.rows).toBe(1);
    expect(one.precision.firstBf16Position).toBeNull();
  });
});
