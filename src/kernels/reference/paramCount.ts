/**
 * Parameter accounting for a Qwen-style decoder (report §2.3): every tensor's shape and size, and
 * the totals per part — embedding, attention, MLP, norms, output head — so the Model panel can
 * draw where the parameters of the tiny model and of Qwen-1.8B/7B/14B live.
 *
 *   embedding (V, C) → L × [RMSNorm (C) → q,k,v with bias, o without → RMSNorm (C) →
 *   SwiGLU gate, up (I, C), down (C, I)] → final RMSNorm (C) → lm_head (V, C), untied
 *
 * Deliberately left out: buffers that are not parameters (RoPE's inverse frequencies), memory
 * for activations or the KV cache, and quantized layouts. Counts are exact integers (plain
 * numbers are exact up to 2^53, far above any model here).
 *
 *   paramCount({ vocab: 10, hidden: 4, layers: 1, heads: 2, kvHeads: 1, headDim: 2,
 *                intermediate: 8, qkvBias: true, tiedEmbeddings: false }).total → 244
 */

/** The architecture numbers that decide the parameter count. */
export interface ArchConfig {
  /** Rows of the embedding matrix (the padded vocabulary, e.g. 151,936 for Qwen-7B). */
  vocab: number;
  /** Width of the residual stream, C. */
  hidden: number;
  layers: number;
  /** Query heads. */
  heads: number;
  /** Key/value heads: equal to `heads` for multi-head attention, fewer for grouped-query. */
  kvHeads: number;
  headDim: number;
  /** Width of EACH of SwiGLU's gate and up projections (Qwen-7B: 11,008). */
  intermediate: number;
  /** Bias on q, k and v (Qwen: yes; none on o and in the MLP). */
  qkvBias: boolean;
  /** Whether lm_head reuses the embedding matrix (Qwen: no). */
  tiedEmbeddings: boolean;
}

export type Part = 'embedding' | 'attention' | 'mlp' | 'norms' | 'head';
export const PARTS: readonly Part[] = ['embedding', 'attention', 'mlp', 'norms', 'head'];

/** The blocks of the architecture diagram, in the order data flows through them. */
export type Block = 'embed' | 'norm1' | 'attn' | 'norm2' | 'mlp' | 'final' | 'head';
export const BLOCKS: readonly Block[] = ['embed', 'norm1', 'attn', 'norm2', 'mlp', 'final', 'head'];

export interface TensorCount {
  /** Hugging Face Qwen2 name without the layer prefix, e.g. 'self_attn.q_proj.weight'. */
  name: string;
  block: Block;
  part: Part;
  /** HF layout: linear weights are (out, in). */
  shape: number[];
  count: number;
  /** True when the tensor exists once per decoder layer. */
  perLayer: boolean;
}

export interface ParamBreakdown {
  /** Each distinct tensor once (per-layer tensors listed once, with perLayer = true). */
  tensors: TensorCount[];
  /** Totals over the whole model per part. */
  parts: Record<Part, number>;
  /** Totals per diagram block over the whole model (per-layer blocks × layers). */
  blocks: Record<Block, number>;
  /** Parameters in one decoder layer. */
  perLayer: number;
  total: number;
  /** parts[p] / total. */
  shares: Record<Part, number>;
}

function checkConfig(c: ArchConfig): void {
  for (const k of [
    'vocab',
    'hidden',
    'layers',
    'heads',
    'kvHeads',
    'headDim',
    'intermediate',
  ] as const) {
    if (!Number.isInteger(c[k]) || c[k] <= 0) {
      throw new Error(`paramCount: ${k} must be a positive integer, got ${c[k]}`);
    }
  }
  if (c.heads % c.kvHeads !== 0) {
    throw new Error(
      `paramCount: heads (${c.heads}) must be a multiple of kvHeads (${c.kvHeads}) for grouped-query attention`,
    );
  }
}

/**
 * Every tensor with its shape and count, and the totals per part and block.
 * Subtle: with tied embeddings lm_head has no tensor of its own, so the head part is 0.
 */
export function paramCount(c: ArchConfig): ParamBreakdown {
  checkConfig(c);
  const { vocab: V, hidden: C, intermediate: I } = c;
  const qOut = c.heads * c.headDim;
  const kvOut = c.kvHeads * c.headDim;
  const t = (
    name: string,
    block: Block,
    part: Part,
    shape: number[],
    perLayer: boolean,
  ): TensorCount => ({
    name,
    block,
    part,
    shape,
    count: shape.reduce((a, b) => a * b, 1),
    perLayer,
  });

  const tensors: TensorCount[] = [t('embed_tokens.weight', 'embed', 'embedding', [V, C], false)];
  tensors.push(t('input_layernorm.weight', 'norm1', 'norms', [C], true));
  tensors.push(t('self_attn.q_proj.weight', 'attn', 'attention', [qOut, C], true));
  if (c.qkvBias) tensors.push(t('self_attn.q_proj.bias', 'attn', 'attention', [qOut], true));
  tensors.push(t('self_attn.k_proj.weight', 'attn', 'attention', [kvOut, C], true));
  if (c.qkvBias) tensors.push(t('self_attn.k_proj.bias', 'attn', 'attention', [kvOut], true));
  tensors.push(t('self_attn.v_proj.weight', 'attn', 'attention', [kvOut, C], true));
  if (c.qkvBias) tensors.push(t('self_attn.v_proj.bias', 'attn', 'attention', [kvOut], true));
  tensors.push(t('self_attn.o_proj.weight', 'attn', 'attention', [C, qOut], true));
  tensors.push(t('post_attention_layernorm.weight', 'norm2', 'norms', [C], true));
  tensors.push(t('mlp.gate_proj.weight', 'mlp', 'mlp', [I, C], true));
  tensors.push(t('mlp.up_proj.weight', 'mlp', 'mlp', [I, C], true));
  tensors.push(t('mlp.down_proj.weight', 'mlp', 'mlp', [C, I], true));
  tensors.push(t('norm.weight', 'final', 'norms', [C], false));
  if (!c.tiedEmbeddings) tensors.push(t('lm_head.weight', 'head', 'head', [V, C], false));

  const parts: Record<Part, number> = { embedding: 0, attention: 0, mlp: 0, norms: 0, head: 0 };
  const blocks = Object.fromEntries(BLOCKS.map((b) => [b, 0])) as Record<Block, number>;
  let perLayer = 0;
  let total = 0;
  for (const x of tensors) {
    const n = x.perLayer ? x.count * c.layers : x.count;
    parts[x.part] += n;
    blocks[x.block] += n;
    total += n;
    if (x.perLayer) perLayer += x.count;
  }
  const shares = Object.fromEntries(PARTS.map((p) => [p, parts[p] / total])) as Record<
    Part,
    number
  >;
  return { tensors, parts, blocks, perLayer, total, shares };
}
