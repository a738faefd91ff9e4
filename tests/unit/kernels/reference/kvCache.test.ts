/**
 * KV-cache and attention-memory formulas: hand-computed cases (the tiny model, Qwen-7B at
 * 2,048 tokens = 1 GiB in BF16), the FLOP counts against a brute-force sum over what a forward
 * pass does, the O(n) vs O(n²) growth, and bad parameters.
 */
import { describe, expect, it } from 'vitest';
import {
  QWEN_SIZES,
  attentionMacs,
  attentionScoreBytes,
  decodeFlops,
  fitTimePerFlop,
  kvCacheBytes,
  weightMacsPerToken,
  type AttentionSizes,
} from '../../../../src/kernels/reference/kvCache.ts';

const tiny: AttentionSizes = {
  layers: 4,
  hidden: 128,
  heads: 4,
  kvHeads: 2,
  headDim: 32,
  intermediate: 352,
  vocab: 2003,
};

describe('kvCacheBytes', () => {
  it('tiny model at 256 tokens in FP32: 4·2·2·32·256·4 bytes', () => {
    expect(kvCacheBytes({ ...tiny, length: 256, bytesPerValue: 4 })).toBe(524_288);
  });
  it('Qwen-7B at 2,048 tokens in BF16 is exactly 1 GiB; Qwen-14B 800 KiB per token', () => {
    const [q7, q14] = QWEN_SIZES;
    expect(kvCacheBytes({ ...q7, length: 2048, bytesPerValue: 2 })).toBe(2 ** 30);
    expect(kvCacheBytes({ ...q14, length: 1, bytesPerValue: 2 })).toBe(819_200);
  });
  it('grows linearly with length and rejects bad sizes', () => {
    const a = kvCacheBytes({ ...tiny, length: 100, bytesPerValue: 2 });
    expect(kvCacheBytes({ ...tiny, length: 300, bytesPerValue: 2 })).toBe(3 * a);
    expect(() => kvCacheBytes({ ...tiny, length: -1, bytesPerValue: 2 })).toThrow(/length/);
    expect(() => kvCacheBytes({ ...tiny, length: 1, bytesPerValue: 0 })).toThrow(/bytesPerValue/);
  });
});

describe('FLOPs per generated token', () => {
  it('weight multiply-adds of the tiny model, counted by hand', () => {
    // per layer: q 128·128, k 128·64, v 128·64, o 128·128, gate/up/down 3·128·352
    const perLayer = 16384 + 8192 + 8192 + 16384 + 135168;
    expect(weightMacsPerToken(tiny)).toBe(4 * perLayer + 128 * 2003);
  });

  it('equal the brute-force count of what each forward pass does', () => {
    for (const n of [0, 1, 7, 100]) {
      // with cache: one query row over n+1 keys
      const cached = 2 * (weightMacsPerToken(tiny) + 4 * 4 * 32 * 2 * (n + 1));
      expect(decodeFlops(tiny, n, true)).toBe(cached);
      // without: rows 0 … n, row i over i+1 keys
      let macs = 0;
      for (let i = 0; i <= n; i++) macs += weightMacsPerToken(tiny) + attentionMacs(tiny, i + 1);
      expect(decodeFlops(tiny, n, false)).toBe(2 * macs);
    }
    expect(decodeFlops(tiny, 0, true)).toBe(decodeFlops(tiny, 0, false));
  });

  it('cached work grows linearly in n, uncached quadratically', () => {
    const q7 = QWEN_SIZES[0];
    const d1 = decodeFlops(q7, 2000, true) - decodeFlops(q7, 1000, true);
    const d2 = decodeFlops(q7, 3000, true) - decodeFlops(q7, 2000, true);
    expect(d1).toBe(d2); // constant slope: O(n·d)
    const u1 = decodeFlops(q7, 2000, false) - decodeFlops(q7, 1000, false);
    const u2 = decodeFlops(q7, 3000, false) - decodeFlops(q7, 2000, false);
    expect(u2).toBeGreaterThan(u1); // growing slope: O(n²·d) attention term
    expect(decodeFlops(q7, 2047, false) / decodeFlops(q7, 2047, true)).toBeGreaterThan(1000);
  });

  it('rejects impossible head groupings', () => {
    expect(() => weightMacsPerToken({ ...tiny, kvHeads: 3 })).toThrow(/cannot share/);
  });
});

describe('attention score memory', () => {
  it('naive holds T·S scores, Flash one tile plus m, l and the accumulator per row', () => {
    const r = attentionScoreBytes({
      T: 2048,
      S: 2048,
      headDim: 128,
      blockSize: 64,
      bytesPerValue: 4,
    });
    expect(r.naive).toBe(2048 * 2048 * 4);
    expect(r.flash).toBe((64 * 64 + 64 * 130) * 4);
  });
  it('a tile never exceeds the matrix', () => {
    const r = attentionScoreBytes({ T: 3, S: 5, headDim: 2, blockSize: 16, bytesPerValue: 4 });
    expect(r.flash).toBe((3 * 5 + 3 * 4) * 4);
  });
});

describe('fitTimePerFlop', () => {
  it('is the geometric mean of time/FLOPs', () => {
    expect(fitTimePerFlop([2, 8], [1, 4])).toBeCloseTo(2, 12);
    expect(fitTimePerFlop([1, 4], [1, 1])).toBeCloseTo(2, 12);
    expect(() => fitTimePerFlop([], [])).toThrow();
  });
});
