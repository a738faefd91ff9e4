import { describe, expect, it } from 'vitest';
import { invFreq } from '../../../../src/kernels/reference/rope.ts';
import {
  MAX_CONTEXT,
  SCALING_METHODS,
  frequencyRatio,
  ntkBase,
  parseScalingMethod,
  qwenNtkAlpha,
  qwenNtkAlphaSteps,
  scaledInvFreq,
  yarnAttentionFactor,
  yarnCorrectionDim,
  type ScalingMethod,
} from '../../../../src/kernels/reference/ropeScaling.ts';

/** Float64 θᵢ = base^(−2i/d), the formula of the Qwen report and Hugging Face Qwen2 code. */
function theta64(d: number, base: number): number[] {
  return Array.from({ length: d / 2 }, (_, i) => 1 / Math.pow(base, (2 * i) / d));
}

/** Relative closeness, elementwise (FP32 results against float64 formulas). */
function expectRelClose(got: ArrayLike<number>, want: ArrayLike<number>, rtol = 2e-6): void {
  expect(got.length).toBe(want.length);
  let worst = 0;
  for (let i = 0; i < want.length; i++) {
    worst = Math.max(worst, Math.abs(got[i] - want[i]) / Math.abs(want[i]));
  }
  expect(worst).toBeLessThan(rtol);
}

const qwen7b = { headDim: 128, base: 10000, trainLength: 2048 };

describe('none and linear', () => {
  it('none is plain RoPE', () => {
    const r = scaledInvFreq('none', qwen7b);
    expect(Array.from(r.invFreq)).toEqual(Array.from(invFreq(128, 10000)));
    expect(r.effectiveBase).toBe(10000);
    expect(r.attentionFactor).toBe(1);
  });

  it('linear divides every frequency by the factor', () => {
    const r = scaledInvFreq('linear', { ...qwen7b, factor: 4 });
    expectRelClose(
      r.invFreq,
      theta64(128, 10000).map((t) => t / 4),
    );
    expect(r.attentionFactor).toBe(1);
  });
});

describe('NTK-aware (static α)', () => {
  it('α = 3, base 10000, d = 128 gives base′ ≈ 30527.7 (the Qwen report and Hugging Face Qwen2 code)', () => {
    expect(ntkBase(10000, 128, 3)).toBeCloseTo(30527.7, 1);
    expect(ntkBase(10000, 128, 3)).toBeCloseTo(10000 * Math.pow(3, 128 / 126), 6);
    const r = scaledInvFreq('ntk', { ...qwen7b, alpha: 3 });
    expect(r.effectiveBase).toBeCloseTo(30527.7, 1);
    expect(r.alpha).toBe(3);
    expectRelClose(r.invFreq, theta64(128, 10000 * Math.pow(3, 128 / 126)));
  });

  it('α = 7 gives base · 7^(128/126) ≈ 72,196', () => {
    const want = 10000 * Math.pow(7, 128 / 126);
    expect(Math.round(want)).toBe(72196);
    expect(ntkBase(10000, 128, 7)).toBeCloseTo(want, 6);
  });

  it('keeps the fastest pair and slows the slowest by exactly α', () => {
    const r = scaledInvFreq('ntk', { ...qwen7b, alpha: 8 });
    const ratio = frequencyRatio(r.invFreq, invFreq(128, 10000));
    expect(ratio[0]).toBe(1);
    expect(ratio[63]).toBeCloseTo(1 / 8, 6);
    for (let i = 1; i < 64; i++) expect(ratio[i]).toBeLessThan(ratio[i - 1]);
  });
});

describe('Hugging Face dynamic NTK', () => {
  it('is plain RoPE up to the training length', () => {
    const r = scaledInvFreq('dynamic', { ...qwen7b, factor: 2, seqLength: 1000 });
    expect(r.effectiveBase).toBe(10000);
    expect(r.alpha).toBe(1);
  });

  it('uses base · ((factor·s/L) − (factor − 1))^(d/(d−2)) past it', () => {
    const seq = 8192;
    const r = scaledInvFreq('dynamic', { ...qwen7b, factor: 2, seqLength: seq });
    const want = 10000 * Math.pow((2 * seq) / 2048 - 1, 128 / 126);
    expect(r.effectiveBase).toBeCloseTo(want, 6);
    expectRelClose(r.invFreq, theta64(128, want));
  });
});

describe('Qwen dynamic NTK', () => {
  it('steps α as in the Qwen report and Hugging Face Qwen2 code for L = 2048', () => {
    const cases: [number, number][] = [
      [1, 1],
      [1024, 1],
      [2048, 1],
      [2049, 3],
      [4096, 3],
      [4097, 7],
      [8192, 7],
      [16384, 15],
      [32768, 31],
    ];
    for (const [seq, alpha] of cases) expect(qwenNtkAlpha(seq, 2048)).toBe(alpha);
  });

  it('equals max(2^ceil(log2(seq/L) + 1) − 1, 1) away from the step edges', () => {
    for (const L of [256, 2048, 3000]) {
      for (let seq = 7; seq < 64 * L; seq = Math.floor(seq * 1.37) + 1) {
        const formula = Math.max(2 ** Math.ceil(Math.log2(seq / L) + 1) - 1, 1);
        expect(qwenNtkAlpha(seq, L)).toBe(formula);
      }
    }
  });

  it('lists the staircase', () => {
    expect(qwenNtkAlphaSteps(2048, 32768)).toEqual([
      { fromLength: 0, toLength: 2048, alpha: 1 },
      { fromLength: 2048, toLength: 4096, alpha: 3 },
      { fromLength: 4096, toLength: 8192, alpha: 7 },
      { fromLength: 8192, toLength: 16384, alpha: 15 },
      { fromLength: 16384, toLength: 32768, alpha: 31 },
    ]);
    expect(qwenNtkAlphaSteps(2048, 1000)).toEqual([{ fromLength: 0, toLength: 1000, alpha: 1 }]);
    expect(qwenNtkAlphaSteps(2048, 5000).at(-1)).toEqual({
      fromLength: 4096,
      toLength: 5000,
      alpha: 7,
    });
  });

  it('uses the NTK base of its α (seq 4096 → α = 3 → base′ ≈ 30527.7)', () => {
    const r = scaledInvFreq('qwen-dynamic', { ...qwen7b, seqLength: 4096 });
    expect(r.alpha).toBe(3);
    expect(r.effectiveBase).toBeCloseTo(30527.7, 1);
  });
});

describe('YaRN', () => {
  const qwen2 = { headDim: 128, base: 1e6, trainLength: 32768 };

  it('ramps between pairs 23 and 40 for d = 128, base 1e6, L = 32768 (the Qwen report and Hugging Face Qwen2 code)', () => {
    expect(Math.floor(yarnCorrectionDim(32, 128, 1e6, 32768))).toBe(23);
    expect(Math.ceil(yarnCorrectionDim(1, 128, 1e6, 32768))).toBe(40);
    const r = scaledInvFreq('yarn', { ...qwen2, factor: 4 });
    expect(r.yarnRange).toEqual({ low: 23, high: 40 });
  });

  it('has attention factor 0.1·ln(4) + 1 = 1.13863 for factor 4', () => {
    expect(yarnAttentionFactor(4)).toBeCloseTo(1.13863, 5);
    expect(scaledInvFreq('yarn', { ...qwen2, factor: 4 }).attentionFactor).toBeCloseTo(1.13863, 5);
    expect(yarnAttentionFactor(1)).toBe(1);
  });

  it('keeps fast pairs, interpolates slow ones and blends linearly between', () => {
    const r = scaledInvFreq('yarn', { ...qwen2, factor: 4 });
    const t = theta64(128, 1e6);
    const want = t.map((th, i) => {
      const ramp = Math.min(Math.max((i - 23) / (40 - 23), 0), 1);
      return th * (1 - ramp) + (th / 4) * ramp;
    });
    expectRelClose(r.invFreq, want);
  });

  it('refuses β_fast ≤ β_slow', () => {
    expect(() => scaledInvFreq('yarn', { ...qwen2, factor: 4, betaFast: 1, betaSlow: 2 })).toThrow(
      /betaFast > betaSlow/,
    );
  });
});

describe('Llama 3', () => {
  // Llama 3.1: factor 8, low_freq_factor 1, high_freq_factor 4, original context 8192.
  const llama = {
    headDim: 128,
    base: 500000,
    trainLength: 8192,
    factor: 8,
    lowFreqFactor: 1,
    highFreqFactor: 4,
  };

  it('keeps short wavelengths, divides long ones by the factor, smooths between', () => {
    const r = scaledInvFreq('llama3', llama);
    const want = theta64(128, 500000).map((th) => {
      const wavelen = (2 * Math.PI) / th;
      if (wavelen < 8192 / 4) return th;
      if (wavelen > 8192 / 1) return th / 8;
      const smooth = (8192 / wavelen - 1) / (4 - 1);
      return (1 - smooth) * (th / 8) + smooth * th;
    });
    expectRelClose(r.invFreq, want, 1e-5);
    expect(r.invFreq[0]).toBe(1);
    expect(r.invFreq[63]).toBeCloseTo(invFreq(128, 500000)[63] / 8, 12);
    expect(r.attentionFactor).toBe(1);
  });

  it('refuses high_freq_factor ≤ low_freq_factor', () => {
    expect(() => scaledInvFreq('llama3', { ...llama, highFreqFactor: 1 })).toThrow(
      /highFreqFactor > lowFreqFactor/,
    );
  });
});

describe('validation', () => {
  it('refuses nonsense with a clear message', () => {
    expect(() => scaledInvFreq('none', { ...qwen7b, headDim: 127 })).toThrow(/even integer/);
    expect(() => scaledInvFreq('none', { ...qwen7b, base: 1 })).toThrow(/greater than 1/);
    expect(() => scaledInvFreq('none', { ...qwen7b, trainLength: 0 })).toThrow(/training length/);
    expect(() => scaledInvFreq('none', { ...qwen7b, trainLength: MAX_CONTEXT + 1 })).toThrow(
      /training length/,
    );
    expect(() => scaledInvFreq('dynamic', { ...qwen7b, seqLength: 2.5 })).toThrow(
      /sequence length/,
    );
    expect(() => scaledInvFreq('linear', { ...qwen7b, factor: 0.5 })).toThrow(/scale factor/);
    expect(() => scaledInvFreq('linear', { ...qwen7b, factor: Number.NaN })).toThrow(/factor/);
    expect(() => scaledInvFreq('ntk', { ...qwen7b, alpha: 0 })).toThrow(/alpha/);
    expect(() => scaledInvFreq('ntk', { ...qwen7b, headDim: 2, alpha: 2 })).toThrow(/≥ 4/);
    expect(() => scaledInvFreq('rope-magic' as ScalingMethod, qwen7b)).toThrow(
      /Unknown RoPE scaling method "rope-magic"/,
    );
  });

  it('parses method names from untrusted strings', () => {
    for (const m of SCALING_METHODS) expect(parseScalingMethod(m)).toBe(m);
    expect(() => parseScalingMethod('Linear')).toThrow(/expected one of/);
  });

  it('every method accepts the longest allowed context', () => {
    for (const m of SCALING_METHODS) {
      const r = scaledInvFreq(m, { ...qwen7b, seqLength: MAX_CONTEXT, factor: 16, alpha: 16 });
      expect(r.invFreq.every((v) => v > 0 && Number.isFinite(v))).toBe(true);
    }
  });
});
