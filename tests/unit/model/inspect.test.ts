/**
 * The Inspect view's arithmetic: a hand-checkable one-layer model whose attention adds a known
 * vector, and a random model checked against the plain forward (the last lens stage is the
 * model's prediction, attribution adds up to the logit, the trace's attention is the forward's).
 */
import { describe, expect, it } from 'vitest';
import type { QwenConfig } from '../../../src/model/config.ts';
import { forward } from '../../../src/model/forward.ts';
import { attentionMap, traceForward } from '../../../src/model/inspect.ts';
import {
  attentionRow,
  attributeLogit,
  inspectPosition,
  lensAt,
  residualNorms,
} from '../../../src/model/inspectPosition.ts';
import type { QwenModel } from '../../../src/model/params.ts';
import { paramSpecs, numel } from '../../../src/model/weights.ts';
import { softmax } from '../../../src/kernels/reference/softmax.ts';
import { MICRO, randomFlat, randomIds } from './micro.ts';

/** vocab 3, hidden 4, one head of 4, one layer. */
const HAND: QwenConfig = {
  ...MICRO,
  vocab_size: 3,
  hidden_size: 4,
  intermediate_size: 2,
  num_hidden_layers: 1,
  num_attention_heads: 1,
  num_key_value_heads: 1,
};

/**
 * Every weight zero except: embedding of token 0 = [2,0,0,0], of token 1 = [0,2,0,0]; norm gains
 * 1; v bias [1,0,0,0] and o_proj = identity, so attention adds [1,0,0,0] at every position
 * (a weighted mean of one constant vector); the MLP adds nothing; lm_head rows e₀, e₁, 0.
 */
function handModel(): QwenModel {
  const weights: Record<string, Float32Array> = {};
  for (const s of paramSpecs(HAND)) weights[s.name] = new Float32Array(numel(s.shape));
  weights['model.embed_tokens.weight'].set([2, 0, 0, 0, 0, 2, 0, 0], 0);
  for (const n of [
    'model.layers.0.input_layernorm.weight',
    'model.layers.0.post_attention_layernorm.weight',
    'model.norm.weight',
  ]) {
    weights[n].fill(1);
  }
  weights['model.layers.0.self_attn.v_proj.bias'][0] = 1;
  const wo = weights['model.layers.0.self_attn.o_proj.weight'];
  for (let i = 0; i < 4; i++) wo[i * 4 + i] = 1;
  weights['lm_head.weight'].set([1, 0, 0, 0, 0, 1, 0, 0], 0);
  return { config: HAND, weights };
}

describe('inspect: a hand-checkable model', () => {
  const model = handModel();
  const trace = traceForward(model, [0, 1], { kernel: 'js' });

  it('keeps the residual stream after the embedding and after each block', () => {
    // position 0 (token 0): [2,0,0,0] → +[1,0,0,0] → +0
    expect(Array.from(trace.stream!.subarray(0, 4))).toEqual([2, 0, 0, 0]);
    expect(Array.from(trace.stream!.subarray(2 * 4, 3 * 4))).toEqual([3, 0, 0, 0]);
    expect(Array.from(trace.stream!.subarray(4 * 4, 5 * 4))).toEqual([3, 0, 0, 0]);
    // position 1 (token 1): [0,2,0,0] → [1,2,0,0]
    expect(Array.from(trace.stream!.subarray(3 * 4, 4 * 4))).toEqual([1, 2, 0, 0]);
  });

  it('splits the logit of token 0 at position 0: 4/3 from the embedding, 2/3 from attention', () => {
    // x_final = [3,0,0,0], rms = 1.5, logit = 3 / 1.5 = 2
    const a = attributeLogit(model, trace, 0, 0);
    expect(a.rms).toBeCloseTo(1.5, 5);
    expect(a.logit).toBeCloseTo(2, 5);
    expect(a.embedding).toBeCloseTo(4 / 3, 5);
    expect(a.attention[0]).toBeCloseTo(2 / 3, 5);
    expect(a.mlp[0]).toBeCloseTo(0, 6);
    expect(a.total).toBeCloseTo(2, 5);
  });

  it('reads every stage through the final norm and the head (the logit lens)', () => {
    // position 1: stage 0 = [0,2,0,0] → normed [0,2,0,0]/1 → logits [0,2,0]
    const cells = lensAt(model, trace, 1, 1, 3);
    const p0 = softmax([0, 2, 0]);
    expect(cells[0].top[0].id).toBe(1);
    expect(cells[0].top[0].prob).toBeCloseTo(p0[1], 5);
    expect(cells[0].targetRank).toBe(1);
    // after attention [1,2,0,0]: rms = sqrt(5/4), logits [1,2,0]/rms
    const r = Math.sqrt(5 / 4);
    const p1 = softmax([1 / r, 2 / r, 0]);
    expect(cells[1].targetProb).toBeCloseTo(p1[1], 5);
    expect(cells[2].top.map((c) => c.id)).toEqual([1, 0, 2]);
  });

  it('measures the stream and each block’s change', () => {
    const n = residualNorms(model, trace, 0);
    expect(n.norms).toEqual([2, 3, 3]);
    expect(n.changes).toEqual([1, 0]);
  });

  it('refuses a head with a bias, where attribution would not add up', () => {
    const biased = { ...model, weights: { ...model.weights, 'lm_head.bias': new Float32Array(3) } };
    expect(() => traceForward(biased, [0])).toThrow(/lm_head has a bias/);
  });
});

describe('inspect: against the plain forward (random weights)', () => {
  const { weights } = randomFlat(MICRO, 7, 0.3, Float32Array);
  const model: QwenModel = { config: MICRO, weights: weights as Record<string, Float32Array> };
  const ids = randomIds(9, MICRO.vocab_size, 3);
  const V = MICRO.vocab_size;
  const L = MICRO.num_hidden_layers;

  for (const kernel of ['js', 'wasm'] as const) {
    it(`the last lens stage is the model's prediction and attribution adds up (${kernel})`, () => {
      const plain = forward(model, ids, null, { kernel });
      const trace = traceForward(model, ids, { kernel });
      expect(trace.logits).toBeCloseToArray(plain.logits, 1e-6);
      for (let t = 0; t < ids.length; t++) {
        const target = t + 1 < ids.length ? ids[t + 1] : 0;
        const cells = lensAt(model, trace, t, target, V);
        const probs = softmax(plain.logits.subarray(t * V, (t + 1) * V));
        const last = cells[2 * L];
        for (const c of last.top) expect(c.prob).toBeCloseTo(probs[c.id], 5);
        const a = attributeLogit(model, trace, t, target);
        expect(a.logit).toBe(plain.logits[t * V + target]);
        expect(Math.abs(a.total - a.logit)).toBeLessThan(1e-4);
      }
    });
  }

  for (const kernel of ['js', 'wasm'] as const) {
    it(`recomputes the forward’s attention rows from its queries and keys (${kernel})`, () => {
      const trace = traceForward(model, ids, { kernel });
      const plain = forward(model, ids, null, { kernel, collect: { attentionProbs: true } });
      const T = ids.length;
      const H = MICRO.num_attention_heads;
      for (let l = 0; l < L; l++) {
        for (const t of [0, 4, T - 1]) {
          const { heads, mean } = attentionRow(model, trace, l, t);
          expect(heads.length).toBe(H);
          expect(mean.length).toBe(t + 1);
          for (let h = 0; h < H; h++) {
            const o = (h * T + t) * T;
            expect(heads[h]).toBeCloseToArray(
              plain.attentionProbs![l].subarray(o, o + t + 1),
              1e-6,
            );
          }
          expect(mean.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 5);
        }
      }
    });
  }
});

describe('inspect: logits only where they are read', () => {
  it('a trace with logitsFrom has the same rows and attribution from there on', () => {
    const { weights } = randomFlat(MICRO, 9, 0.3, Float32Array);
    const model: QwenModel = { config: MICRO, weights: weights as Record<string, Float32Array> };
    const ids = randomIds(10, MICRO.vocab_size, 4);
    const V = MICRO.vocab_size;
    const full = traceForward(model, ids);
    const part = traceForward(model, ids, { logitsFrom: 6 });
    expect(part.logits.length).toBe(4 * V);
    expect(part.logits).toBeCloseToArray(full.logits.subarray(6 * V), 0);
    expect(attributeLogit(model, part, 7, ids[8])).toEqual(attributeLogit(model, full, 7, ids[8]));
    expect(() => attributeLogit(model, part, 5, ids[6])).toThrow(/no logits/);
    const view = inspectPosition(model, part, ids, 9); // the last position: its own top-1
    const row = full.logits.subarray(9 * V);
    expect(row[view.target]).toBe(Math.max(...row));
    expect(view.lens.length).toBe(4); // positions 6…9
  });
});

describe('inspect: the trace the labs read (RoPE base, LogN, windows)', () => {
  const { weights } = randomFlat(MICRO, 11, 0.3, Float32Array);
  const model: QwenModel = { config: MICRO, weights: weights as Record<string, Float32Array> };
  const ids = randomIds(12, MICRO.vocab_size, 5);
  const T = ids.length;
  const H = MICRO.num_attention_heads;
  const L = MICRO.num_hidden_layers;
  // dynamic NTK base, LogN past 8 tokens, a 4-token window in layer 0 (the Long-context lab)
  const longContext = { ropeBase: 30000, lognTrainLength: 8, windows: [4, Infinity] };

  for (const kernel of ['js', 'wasm'] as const) {
    it(`equals the plain forward with the same options (${kernel})`, () => {
      const collect = { attentionProbs: true, gateActivations: true } as const;
      const plain = forward(model, ids, null, {
        ...longContext,
        kernel,
        lastOnly: true,
        collect: { ...collect, residualRms: true },
      });
      const trace = traceForward(model, ids, { ...longContext, kernel, lastOnly: true, collect });
      expect(trace.logits).toBeCloseToArray(plain.logits, 0);
      expect(trace.logitsFrom).toBe(T - 1);
      expect(trace.residualRms).toBeCloseToArray(plain.residualRms!, 0);
      for (let l = 0; l < L; l++) {
        expect(trace.gateActivations![l]).toBeCloseToArray(plain.gateActivations![l], 0);
        for (let h = 0; h < H; h++) {
          const map = attentionMap(model, trace, l, h);
          expect(map).toBeCloseToArray(
            plain.attentionProbs![l].subarray(h * T * T, (h + 1) * T * T),
            0,
          );
        }
        // the window shows: in layer 0, position 10 sees only keys 7…10
        const { heads } = attentionRow(model, trace, l, 10);
        if (l === 0) expect(Array.from(heads[0].subarray(0, 7))).toEqual([0, 0, 0, 0, 0, 0, 0]);
        expect(heads[0].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      }
    });
  }

  it('the options change what it reads (not the plain pass)', () => {
    const plain = traceForward(model, ids, { lastOnly: true, collect: { attentionProbs: true } });
    const lc = traceForward(model, ids, {
      ...longContext,
      lastOnly: true,
      collect: { attentionProbs: true },
    });
    expect(lc.plainAttention).toBe(false);
    const a = attentionMap(model, plain, 0, 0);
    const b = attentionMap(model, lc, 0, 0);
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff = Math.max(diff, Math.abs(a[i] - b[i]));
    expect(diff).toBeGreaterThan(0.01);
  });

  it('keeps only what it was asked for, and says what is missing', () => {
    const inspect = traceForward(model, ids);
    expect(inspect.attentionProbs).toBeUndefined();
    expect(inspect.gateActivations).toBeUndefined();
    expect(inspect.stream).toBeDefined();
    const norm = traceForward(model, ids, { collect: { gateActivations: true }, lastOnly: true });
    expect(norm.stream).toBeUndefined();
    expect(norm.queries).toBeUndefined();
    expect(() => residualNorms(model, norm, 0)).toThrow(/did not collect residualStream/);
    expect(() => attentionMap(model, norm, 0, 0)).toThrow(/did not collect attentionProbs/);
    const windowed = traceForward(model, ids, { windows: [4, 4] });
    expect(() => attentionRow(model, windowed, 0, 5)).toThrow(/need collect.attentionProbs/);
  });
});
