/**
 * Parameter names and shapes of a Qwen2 model, in Hugging Face naming, so the TS model, the
 * ONNX exporter and the training script agree on one layout.
 *
 * Linear weights are stored as HF does: (out, in) row-major, y = x · Wᵀ + b.
 * Embedding and lm_head: (vocab, hidden). Untied: two separate matrices (report §2.3).
 */
import { headDim, type QwenConfig } from './config.ts';

export type Weights = Record<string, Float32Array>;

export interface ParamSpec {
  name: string;
  shape: number[];
  /** 'norm' params start at 1, biases at 0, matrices random. */
  kind: 'matrix' | 'bias' | 'norm' | 'embedding';
}

/** Every parameter of the model in a fixed order (the order of the ONNX initializers). */
export function paramSpecs(c: QwenConfig): ParamSpec[] {
  const C = c.hidden_size;
  const hd = headDim(c);
  const qOut = c.num_attention_heads * hd;
  const kvOut = c.num_key_value_heads * hd;
  const I = c.intermediate_size;
  const specs: ParamSpec[] = [
    { name: 'model.embed_tokens.weight', shape: [c.vocab_size, C], kind: 'embedding' },
  ];
  for (let l = 0; l < c.num_hidden_layers; l++) {
    const p = `model.layers.${l}.`;
    specs.push(
      { name: p + 'input_layernorm.weight', shape: [C], kind: 'norm' },
      { name: p + 'self_attn.q_proj.weight', shape: [qOut, C], kind: 'matrix' },
      { name: p + 'self_attn.q_proj.bias', shape: [qOut], kind: 'bias' },
      { name: p + 'self_attn.k_proj.weight', shape: [kvOut, C], kind: 'matrix' },
      { name: p + 'self_attn.k_proj.bias', shape: [kvOut], kind: 'bias' },
      { name: p + 'self_attn.v_proj.weight', shape: [kvOut, C], kind: 'matrix' },
      { name: p + 'self_attn.v_proj.bias', shape: [kvOut], kind: 'bias' },
      { name: p + 'self_attn.o_proj.weight', shape: [C, qOut], kind: 'matrix' },
      { name: p + 'post_attention_layernorm.weight', shape: [C], kind: 'norm' },
      { name: p + 'mlp.gate_proj.weight', shape: [I, C], kind: 'matrix' },
      { name: p + 'mlp.up_proj.weight', shape: [I, C], kind: 'matrix' },
      { name: p + 'mlp.down_proj.weight', shape: [C, I], kind: 'matrix' },
    );
  }
  specs.push(
    { name: 'model.norm.weight', shape: [C], kind: 'norm' },
    { name: 'lm_head.weight', shape: [c.vocab_size, C], kind: 'embedding' },
  );
  return specs;
}

/** Number of elements of a shape: [2, 3] → 6. */
export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const s of shape) n *= s;
  return n;
}

/** Total parameter count. */
export function countParams(c: QwenConfig): number {
  let n = 0;
  for (const s of paramSpecs(c)) n += numel(s.shape);
  return n;
}

/**
 * Checks that `w` holds every parameter with the right length and only finite values.
 * Throws naming the first bad tensor, so a corrupt weights file is a clear error, not NaNs.
 */
export function validateWeights(c: QwenConfig, w: Weights): void {
  for (const s of paramSpecs(c)) {
    const t = w[s.name];
    if (!t) throw new Error(`weights are missing tensor "${s.name}"`);
    const n = numel(s.shape);
    if (t.length !== n) {
      throw new Error(
        `tensor "${s.name}" has ${t.length} values, expected ${n} (shape ${s.shape.join('×')})`,
      );
    }
    for (let i = 0; i < t.length; i++) {
      if (!Number.isFinite(t[i]))
        throw new Error(`tensor "${s.name}" holds a non-finite value at ${i}`);
    }
  }
}
