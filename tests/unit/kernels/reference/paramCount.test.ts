/**
 * paramCount: a hand case, the tiny model against the layout the TS model really allocates
 * (countParams / paramSpecs of src/model/weights.ts), and Qwen-1 totals recomputed here from
 * the published formula and configs (not copied from our own output).
 */
import { describe, expect, it } from 'vitest';
import {
  PARTS,
  paramCount,
  type ArchConfig,
} from '../../../../src/kernels/reference/paramCount.ts';
import { QWEN1_MODELS } from '../../../../src/kernels/reference/qwenModels.ts';
import { headDim, type QwenConfig } from '../../../../src/model/config.ts';
import { tinyConfig as tinyModelConfig, TINY_SIZES } from '../../../../src/model/tiny.ts';
import { countParams, numel, paramSpecs } from '../../../../src/model/weights.ts';

/** The tiny model's config (src/model/tiny.ts) with a given vocabulary. */
const tinyConfig = (vocab: number): QwenConfig => tinyModelConfig(TINY_SIZES, vocab, 0);

const archOf = (c: QwenConfig): ArchConfig => ({
  vocab: c.vocab_size,
  hidden: c.hidden_size,
  layers: c.num_hidden_layers,
  heads: c.num_attention_heads,
  kvHeads: c.num_key_value_heads,
  headDim: headDim(c),
  intermediate: c.intermediate_size,
  qkvBias: true,
  tiedEmbeddings: false,
});

const model = (name: string) => QWEN1_MODELS.find((m) => m.name === name)!;

describe('paramCount', () => {
  it('hand case: V=10, C=4, one layer, 2 query heads sharing 1 kv head of dim 2, I=8', () => {
    const r = paramCount({
      vocab: 10,
      hidden: 4,
      layers: 1,
      heads: 2,
      kvHeads: 1,
      headDim: 2,
      intermediate: 8,
      qkvBias: true,
      tiedEmbeddings: false,
    });
    // embedding 10·4; q 4·4+4, k 2·4+2, v 2·4+2, o 4·4; MLP 3·8·4; norms 3·4; head 10·4.
    expect(r.parts).toEqual({ embedding: 40, attention: 56, mlp: 96, norms: 12, head: 40 });
    expect(r.total).toBe(244);
    expect(r.perLayer).toBe(4 + 56 + 4 + 96);
    expect(r.blocks.attn).toBe(56);
    expect(r.blocks.final).toBe(4);
    const q = r.tensors.find((t) => t.name === 'self_attn.q_proj.weight')!;
    expect(q.shape).toEqual([4, 4]);
    const k = r.tensors.find((t) => t.name === 'self_attn.k_proj.weight')!;
    expect(k.shape).toEqual([2, 4]);
  });

  it('tied embeddings drop lm_head; no bias drops the three bias vectors', () => {
    const base: ArchConfig = {
      vocab: 10,
      hidden: 4,
      layers: 2,
      heads: 2,
      kvHeads: 2,
      headDim: 2,
      intermediate: 8,
      qkvBias: true,
      tiedEmbeddings: false,
    };
    const untied = paramCount(base);
    const tied = paramCount({ ...base, tiedEmbeddings: true });
    expect(untied.total - tied.total).toBe(40);
    expect(tied.parts.head).toBe(0);
    expect(tied.tensors.some((t) => t.name === 'lm_head.weight')).toBe(false);
    const noBias = paramCount({ ...base, qkvBias: false });
    expect(untied.total - noBias.total).toBe(2 * (4 + 4 + 4));
  });

  it('matches the layout the TS model allocates for the tiny model (countParams, per part)', () => {
    for (const vocab of [2000, 2051]) {
      const c = tinyConfig(vocab);
      const r = paramCount(archOf(c));
      expect(r.total).toBe(countParams(c));
      // The same tensors, by name, with the same sizes.
      const specs = paramSpecs(c);
      const layer0 = specs.filter((s) => s.name.startsWith('model.layers.0.'));
      expect(r.tensors.filter((t) => t.perLayer).length).toBe(layer0.length);
      for (const s of layer0) {
        const name = s.name.replace('model.layers.0.', '');
        const t = r.tensors.find((x) => x.name === name);
        expect(t, name).toBeDefined();
        expect(t!.shape).toEqual(s.shape);
        expect(t!.count).toBe(numel(s.shape));
      }
      const embed = specs.find((s) => s.name === 'model.embed_tokens.weight')!;
      expect(r.parts.embedding).toBe(numel(embed.shape));
      expect(r.parts.head).toBe(numel(specs.find((s) => s.name === 'lm_head.weight')!.shape));
    }
  });

  it('the tiny model: 4 query heads share 2 key/value heads, so k and v are half as wide as q', () => {
    const r = paramCount(archOf(tinyConfig(2000)));
    const shape = (n: string) => r.tensors.find((t) => t.name === n)!.shape;
    expect(shape('self_attn.q_proj.weight')).toEqual([128, 128]);
    expect(shape('self_attn.k_proj.weight')).toEqual([64, 128]);
    expect(shape('self_attn.v_proj.bias')).toEqual([64]);
    expect(shape('mlp.down_proj.weight')).toEqual([128, 352]);
  });

  it('Qwen-7B: 7,721,324,544 parameters with untied embeddings over 151,936 rows', () => {
    const m = model('Qwen-7B');
    expect(m.arch.intermediate).toBe(11008);
    expect(m.configIntermediate).toBe(2 * 11008);
    const r = paramCount(m.arch);
    // Recomputed from the formula: 2·V·C + L·(C·3C + 3C + C·C + 3·C·I + 2C) + C.
    const V = 151936;
    const C = 4096;
    const I = 11008;
    const L = 32;
    const layer = C * 3 * C + 3 * C + C * C + 3 * C * I + 2 * C;
    expect(r.perLayer).toBe(layer);
    expect(r.total).toBe(2 * V * C + L * layer + C);
    expect(r.total).toBe(7_721_324_544);
    expect(r.parts.embedding).toBe(622_329_856);
    expect(r.parts.head).toBe(622_329_856);
  });

  it('Qwen-1.8B ≈ 1.84B and Qwen-14B ≈ 14.17B (config.json sizes, MHA, QKV bias)', () => {
    expect(paramCount(model('Qwen-1.8B').arch).total).toBe(1_836_828_672);
    const r14 = paramCount(model('Qwen-14B').arch);
    expect(r14.total).toBe(14_167_290_880);
    expect(r14.parts.embedding).toBe(152064 * 5120);
    for (const m of QWEN1_MODELS) {
      expect(m.arch.kvHeads).toBe(m.arch.heads);
      expect(m.arch.headDim).toBe(128);
    }
  });

  it('shares sum to 1 and the embedding share shrinks as models grow', () => {
    const tiny = paramCount(archOf(tinyConfig(2000)));
    let sum = 0;
    for (const p of PARTS) sum += tiny.shares[p];
    expect(sum).toBeCloseTo(1, 12);
    const s7 = paramCount(model('Qwen-7B').arch);
    expect(tiny.shares.embedding).toBeGreaterThan(s7.shares.embedding);
    expect(s7.shares.mlp).toBeGreaterThan(0.5);
  });

  it('rejects sizes that cannot form a model, with a clear message', () => {
    const ok = archOf(tinyConfig(2000));
    expect(() => paramCount({ ...ok, kvHeads: 3 })).toThrow(/multiple of kvHeads/);
    expect(() => paramCount({ ...ok, hidden: 0 })).toThrow(/hidden must be a positive integer/);
    expect(() => paramCount({ ...ok, vocab: 1.5 })).toThrow(/vocab/);
  });
});
