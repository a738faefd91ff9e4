/**
 * Exports the tiny Qwen2 model as an ONNX graph built from primitive operators, in the exact
 * interface transformers.js 4.3.2 expects for a decoder with a KV cache (README, The tiny Qwen):
 *
 *   inputs   input_ids int64 [batch, sequence], attention_mask int64 [batch, past+sequence],
 *            position_ids int64 [batch, sequence],
 *            past_key_values.{i}.key / .value float [batch, kv_heads, past, head_dim]
 *   outputs  logits float [batch, sequence, vocab], present.{i}.key / .value [batch, kv_heads, past+sequence, head_dim]
 *
 * Initializer names are the Hugging Face parameter names and keep HF's (out, in) layout; each
 * linear layer reads its weight through a Transpose node (ONNX Runtime folds it at load time),
 * so `src/runtime/onnxWeights.ts` can read the same file back as the TS model's weights.
 *
 * Deliberately left out: fused operators (no Attention/RotaryEmbedding contrib ops), quantized
 * variants, rope scaling (the report applies it only at inference, in the TS labs).
 */
import { invFreq } from '../kernels/reference/rope.ts';
import { headDim, validateConfig, type QwenConfig } from '../model/config.ts';
import { paramSpecs, validateWeights, type Weights } from '../model/weights.ts';
import { DT, GraphBuilder, onnx, valueInfo } from './graph.ts';

/** ONNX IR version and opset of the exported file (ONNX Runtime 1.30 accepts IR ≤ 13, opset ≤ 26). */
export const IR_VERSION = 8;
export const OPSET = 17;

/**
 * Builds the ONNX ModelProto bytes of a Qwen2 model.
 *   exportQwen2Onnx(tinyConfig, weights) → Uint8Array (≈ 4 bytes per parameter + a few KB)
 */
export function exportQwen2Onnx(c: QwenConfig, w: Weights): Uint8Array {
  validateConfig(c);
  validateWeights(c, w);
  const g = new GraphBuilder();
  const hd = headDim(c);
  const Hq = c.num_attention_heads;
  const Hkv = c.num_key_value_heads;
  const groups = Hq / Hkv;

  for (const s of paramSpecs(c)) g.floatInitializer(s.name, s.shape, w[s.name]);
  const linear = (x: string, weight: string, bias?: string) => {
    const y = g.op('MatMul', [x, g.op('Transpose', [weight], { perm: [1, 0] })]);
    return bias ? g.op('Add', [y, bias]) : y;
  };
  const eps = g.constFloat([c.rms_norm_eps], []);
  // RMSNorm: y = x / sqrt(mean(x²) + eps) · w, over the last axis.
  const rmsNorm = (x: string, weight: string) => {
    const ms = g.op('ReduceMean', [g.op('Mul', [x, x])], { axes: [-1], keepdims: 1 });
    const y = g.op('Div', [x, g.op('Sqrt', [g.op('Add', [ms, eps])])]);
    return g.op('Mul', [y, weight]);
  };

  // Sizes known only at run time: S = new tokens, T = past + S (attention_mask length), P = T − S.
  const zero = g.constInt64([0]);
  const one = g.constInt64([1]);
  const scalar = (v: string) => g.op('Squeeze', [v, zero]);
  const seqLen = scalar(g.op('Gather', [g.op('Shape', ['input_ids']), one], { axis: 0 }));
  const totalLen = scalar(g.op('Gather', [g.op('Shape', ['attention_mask']), one], { axis: 0 }));
  const pastLen = g.op('Sub', [totalLen, seqLen]);

  // Mask (B, 1, 1, S, T): key j is visible to the query at absolute position P + s when
  // j ≤ P + s (causal) and attention_mask[b, j] = 1 (padding). 0 where visible, −1e9 elsewhere.
  const step = g.op('Squeeze', [one, zero]);
  const keyIdx = g.op('Range', [g.op('Squeeze', [zero, zero]), totalLen, step]); // (T)
  const queryIdx = g.op('Range', [pastLen, totalLen, step]); // (S)
  const causal = g.op('LessOrEqual', [
    g.op('Unsqueeze', [keyIdx, zero]), // (1, T)
    g.op('Unsqueeze', [queryIdx, one]), // (S, 1)
  ]); // (S, T)
  const padding = g.op('Cast', [g.op('Unsqueeze', ['attention_mask', g.constInt64([1, 2, 3])])], {
    to: DT.BOOL,
  }); // (B, 1, 1, 1, T)
  const visible = g.op('And', [causal, padding]); // (B, 1, 1, S, T)
  const maskBias = g.op('Where', [visible, g.constFloat([0], []), g.constFloat([-1e9], [])]);

  // RoPE: angles (B, 1, S, hd) = position · inv_freq, duplicated for the half-split layout.
  const invFreqName = g.floatInitializer('rope.inv_freq', [hd / 2], invFreq(hd, c.rope_theta));
  const pos = g.op('Unsqueeze', [
    g.op('Cast', ['position_ids'], { to: DT.FLOAT }),
    g.constInt64([1, 3]),
  ]);
  const freqs = g.op('Mul', [pos, invFreqName]); // (B, 1, S, hd/2)
  const emb = g.op('Concat', [freqs, freqs], { axis: -1 });
  const cos = g.op('Cos', [emb]);
  const sin = g.op('Sin', [emb]);
  const half = g.constInt64([hd / 2]);
  const full = g.constInt64([hd]);
  const lastAxis = g.constInt64([-1]);
  // x' = x·cos + rotate_half(x)·sin, rotate_half(x) = cat(−x[hd/2:], x[:hd/2]).
  const rope = (x: string) => {
    const x1 = g.op('Slice', [x, zero, half, lastAxis]);
    const x2 = g.op('Slice', [x, half, full, lastAxis]);
    const rot = g.op('Concat', [g.op('Neg', [x2]), x1], { axis: -1 });
    return g.op('Add', [g.op('Mul', [x, cos]), g.op('Mul', [rot, sin])]);
  };
  // (B, S, H·hd) → (B, H, S, hd)
  const splitHeads = (x: string, heads: number) =>
    g.op('Transpose', [g.op('Reshape', [x, g.constInt64([0, 0, heads, hd])])], {
      perm: [0, 2, 1, 3],
    });
  const scale = g.constFloat([1 / Math.sqrt(hd)], []);

  let x = g.op('Gather', ['model.embed_tokens.weight', 'input_ids'], { axis: 0 }); // (B, S, C)
  const pastInputs = [];
  const presentOutputs = [];
  for (let l = 0; l < c.num_hidden_layers; l++) {
    const p = `model.layers.${l}.`;
    const h = rmsNorm(x, p + 'input_layernorm.weight');
    const q = rope(
      splitHeads(linear(h, p + 'self_attn.q_proj.weight', p + 'self_attn.q_proj.bias'), Hq),
    );
    const k = rope(
      splitHeads(linear(h, p + 'self_attn.k_proj.weight', p + 'self_attn.k_proj.bias'), Hkv),
    );
    const v = splitHeads(
      linear(h, p + 'self_attn.v_proj.weight', p + 'self_attn.v_proj.bias'),
      Hkv,
    );
    const pastK = `past_key_values.${l}.key`;
    const pastV = `past_key_values.${l}.value`;
    const presentK = g.op('Concat', [pastK, k], { axis: 2 }, `present.${l}.key`); // (B, Hkv, T, hd)
    const presentV = g.op('Concat', [pastV, v], { axis: 2 }, `present.${l}.value`);
    pastInputs.push(pastK, pastV);
    presentOutputs.push(presentK, presentV);

    // Grouped-query attention without copying: query heads (B, Hkv, groups, S, hd) against
    // keys (B, Hkv, 1, hd, T); query head h reads kv head ⌊h / groups⌋, as HF's repeat_kv.
    const q5 = g.op('Reshape', [q, g.constInt64([0, Hkv, groups, -1, hd])]);
    const kT = g.op('Unsqueeze', [
      g.op('Transpose', [presentK], { perm: [0, 1, 3, 2] }),
      g.constInt64([2]),
    ]);
    const v5 = g.op('Unsqueeze', [presentV, g.constInt64([2])]);
    const scores = g.op('Add', [g.op('Mul', [g.op('MatMul', [q5, kT]), scale]), maskBias]); // (B, Hkv, g, S, T)
    const probs = g.op('Softmax', [scores], { axis: -1 });
    const ctx = g.op('Reshape', [g.op('MatMul', [probs, v5]), g.constInt64([0, Hq, -1, hd])]); // (B, Hq, S, hd)
    const merged = g.op('Reshape', [
      g.op('Transpose', [ctx], { perm: [0, 2, 1, 3] }),
      g.constInt64([0, 0, Hq * hd]),
    ]);
    x = g.op('Add', [x, linear(merged, p + 'self_attn.o_proj.weight')]);

    // SwiGLU MLP: down(silu(gate(x)) · up(x)), silu(z) = z · σ(z).
    const h2 = rmsNorm(x, p + 'post_attention_layernorm.weight');
    const gate = linear(h2, p + 'mlp.gate_proj.weight');
    const act = g.op('Mul', [
      g.op('Mul', [gate, g.op('Sigmoid', [gate])]),
      linear(h2, p + 'mlp.up_proj.weight'),
    ]);
    x = g.op('Add', [x, linear(act, p + 'mlp.down_proj.weight')]);
  }
  const xf = rmsNorm(x, 'model.norm.weight');
  g.nodes.push({
    opType: 'MatMul',
    name: 'lm_head_node',
    input: [xf, g.op('Transpose', ['lm_head.weight'], { perm: [1, 0] })],
    output: ['logits'],
  });

  const kvDims = ['batch_size', Hkv, 'past_sequence_length', hd];
  const graph = onnx.GraphProto.create({
    name: 'tiny-qwen2',
    node: g.nodes,
    initializer: g.initializers,
    input: [
      valueInfo('input_ids', DT.INT64, ['batch_size', 'sequence_length']),
      valueInfo('attention_mask', DT.INT64, ['batch_size', 'total_sequence_length']),
      valueInfo('position_ids', DT.INT64, ['batch_size', 'sequence_length']),
      ...pastInputs.map((n) => valueInfo(n, DT.FLOAT, kvDims)),
    ],
    output: [
      valueInfo('logits', DT.FLOAT, ['batch_size', 'sequence_length', c.vocab_size]),
      ...presentOutputs.map((n) =>
        valueInfo(n, DT.FLOAT, ['batch_size', Hkv, 'total_sequence_length', hd]),
      ),
    ],
  });
  const model = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET }],
    producerName: 'qwen-internals-playground',
    producerVersion: '1',
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}
