/**
 * FFN parameter accounting: hand counts (2·d·4d = 8d², 3·d·8d/3 = 8d²), rounding to Qwen's
 * multiple of 128, and the published sizes of Qwen-1.8B/7B/14B (Hugging Face config.json:
 * intermediate_size 11008 / 22016 / 27392, halved per projection by modeling_qwen.py's QWenMLP).
 * Norm operation counts against a count written out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  QWEN_FFN_SIZES,
  compareFfn,
  equalParamSwigluHidden,
  ffnParams,
  normOpCount,
  roundUpTo,
} from '../../../../src/kernels/reference/ffnParams.ts';

describe('ffnParams', () => {
  it('hand case d = 4: GELU 4d has 2·4·16 = 128 weights, SwiGLU h = 8 has 3·4·8 = 96', () => {
    const g = ffnParams('gelu', 4, 16);
    expect(g).toMatchObject({ matrices: 2, weights: 128, biases: 16 + 4, macsPerToken: 128 });
    const s = ffnParams('swiglu', 4, 8);
    expect(s).toMatchObject({ matrices: 3, weights: 96, biases: 2 * 8 + 4 });
  });

  it('8d/3 makes SwiGLU exactly as large as a 4d FFN when d is a multiple of 3', () => {
    for (const d of [3, 96, 768, 3072]) {
      const h = equalParamSwigluHidden(d);
      expect(h).toBe((8 * d) / 3);
      expect(ffnParams('swiglu', d, h).weights).toBe(ffnParams('gelu', d, 4 * d).weights);
      expect(ffnParams('gelu', d, 4 * d).weights).toBe(8 * d * d);
    }
  });

  it('rounds up to a multiple', () => {
    expect(roundUpTo(10922.67, 128)).toBe(11008);
    expect(roundUpTo(256, 128)).toBe(256);
    expect(roundUpTo(0.5, 1)).toBe(1);
  });

  it("reproduces Qwen's FFN sizes: 8d/3 rounded up to a multiple of 128", () => {
    expect(QWEN_FFN_SIZES.map((m) => [m.name, m.model, m.configIntermediate])).toEqual([
      ['Qwen-1.8B', 2048, 11008],
      ['Qwen-7B', 4096, 22016],
      ['Qwen-14B', 5120, 27392],
    ]);
    for (const m of QWEN_FFN_SIZES) {
      expect(m.hidden * 2).toBe(m.configIntermediate);
      expect(roundUpTo((8 * m.model) / 3, 128)).toBe(m.hidden);
      expect(compareFfn(m.model, 128).swiglu.hidden).toBe(m.hidden);
    }
    // Qwen-7B: 3·4096·11008 = 135,266,304 against 2·4096·16384 = 134,217,728 (+0.78%).
    const c = compareFfn(4096, 128);
    expect(c.swiglu.weights).toBe(135_266_304);
    expect(c.classic.weights).toBe(134_217_728);
    expect(c.ratio).toBeCloseTo(1.0078125, 10);
  });

  it('rejects non-integer or non-positive sizes', () => {
    expect(() => ffnParams('gelu', 0, 4)).toThrow(/model width/);
    expect(() => ffnParams('swiglu', 4, 2.5)).toThrow(/hidden size/);
    expect(() => roundUpTo(Number.NaN, 8)).toThrow(/round/);
  });
});

describe('normOpCount', () => {
  it('RMSNorm: 4 per element + 4 per row; LayerNorm: 7 per element + 5 per row', () => {
    expect(normOpCount('rmsnorm', 128)).toEqual({
      kind: 'rmsnorm',
      perElement: 4,
      perRow: 4,
      reductions: 1,
      params: 128,
      total: 516,
    });
    const ln = normOpCount('layernorm', 128);
    expect(ln.total).toBe(7 * 128 + 5);
    expect(ln.params).toBe(256);
    expect(ln.reductions).toBe(2);
  });
});
