/**
 * Seeded init and the flat parameter layout: kinds get the right values, the same seed gives
 * the same weights, matrices have std ≈ 0.02, views share one buffer in paramSpecs order.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/kernels/reference/random.ts';
import { initModel } from '../../../src/model/init.ts';
import { packWeights, paramLayout, viewsOf } from '../../../src/model/params.ts';
import { countParams, paramSpecs, validateWeights } from '../../../src/model/weights.ts';
import { MICRO } from './micro.ts';

describe('initModel', () => {
  it('norms are ones, biases zeros, matrices N(0, 0.02²), valid and reproducible', () => {
    const config = {
      ...MICRO,
      vocab_size: 500,
      hidden_size: 32,
      intermediate_size: 64,
      num_attention_heads: 4,
      num_key_value_heads: 2,
    };
    const m = initModel(config, 42);
    validateWeights(config, m.weights);
    for (const s of paramSpecs(config)) {
      const t = m.weights[s.name];
      if (s.kind === 'norm') expect(t.every((v) => v === 1)).toBe(true);
      if (s.kind === 'bias') expect(t.every((v) => v === 0)).toBe(true);
    }
    const e = m.weights['model.embed_tokens.weight']; // 16,000 samples
    const mean = e.reduce((a, v) => a + v, 0) / e.length;
    const std = Math.sqrt(e.reduce((a, v) => a + (v - mean) ** 2, 0) / e.length);
    expect(Math.abs(mean)).toBeLessThan(0.001); // 5σ of the mean: 5·0.02/√16000 ≈ 0.0008
    expect(std).toBeGreaterThan(0.0195);
    expect(std).toBeLessThan(0.0205);
    const again = initModel(config, 42);
    expect(again.weights['lm_head.weight']).toEqual(m.weights['lm_head.weight']);
    const other = initModel(config, 43);
    expect(other.weights['lm_head.weight']).not.toEqual(m.weights['lm_head.weight']);
  });

  it('weights are views into one flat buffer in paramSpecs order', () => {
    const layout = paramLayout(MICRO);
    expect(layout.size).toBe(countParams(MICRO));
    const m = initModel(MICRO, 1);
    const flat = packWeights(layout, m.weights);
    const views = viewsOf(layout, flat);
    expect(views['model.norm.weight'].buffer).toBe(flat.buffer);
    expect(views['model.embed_tokens.weight'].byteOffset).toBe(0);
    expect(Array.from(views['lm_head.weight'])).toEqual(Array.from(m.weights['lm_head.weight']));
    expect(() => viewsOf(layout, new Float32Array(3))).toThrow(/layout needs/);
  });
});

describe('createRng', () => {
  it('is reproducible, uniform in [0, 1), normal with mean 0 and variance 1', () => {
    const a = createRng(7);
    const b = createRng(7);
    for (let i = 0; i < 5; i++) expect(a.uniform()).toBe(b.uniform());
    const r = createRng(1);
    let s = 0;
    let s2 = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      const z = r.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.04); // 5σ = 5/√20000 ≈ 0.035
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.06); // var of z² is 2 → 5σ ≈ 0.05
    expect(() => r.int(0)).toThrow(/positive integer/);
  });
});
