import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tensor, type PreTrainedModel } from '@huggingface/transformers';
import onnxProto from 'onnx-proto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKVCache, forward } from '../../../src/model/forward.ts';
import type { QwenModel } from '../../../src/model/params.ts';
import { readOnnxWeights } from '../../../src/runtime/onnxWeights.ts';
import { exportQwen2Onnx, IR_VERSION, OPSET } from '../../../src/export/onnx.ts';
import {
  loadWithTransformersJs,
  microConfig,
  microTokenizer,
  randomWeights,
  writeMicroFolder,
} from './fixtures.ts';

const { onnx } = onnxProto;
type GraphProto = onnxProto.onnx.GraphProto;
const graphOf = (m: onnxProto.onnx.ModelProto) => m.graph as GraphProto;
const ids64 = (ids: number[][]) =>
  new Tensor('int64', BigInt64Array.from(ids.flat().map(BigInt)), [ids.length, ids[0].length]);

describe('ONNX export of the tiny Qwen2 (micro random model)', () => {
  const tt = microTokenizer();
  const config = microConfig(tt);
  const model: QwenModel = { config, weights: randomWeights(config, 7) };
  const bytes = exportQwen2Onnx(config, model.weights);
  const V = config.vocab_size;
  let ort: PreTrainedModel;

  beforeAll(async () => {
    const root = writeMicroFolder('micro', model, tt);
    ort = (await loadWithTransformersJs(root, 'micro')).model;
    expect(readFileSync(join(root, 'micro', 'onnx', 'model.onnx'))).toEqual(Buffer.from(bytes));
  }, 120_000); // loading ONNX Runtime can be slow on a busy machine

  it('declares the interface transformers.js needs (IR 8, opset 17, fixed kv heads and head dim)', () => {
    const m = onnx.ModelProto.decode(bytes);
    expect(Number(m.irVersion)).toBe(IR_VERSION);
    expect(Number(m.opsetImport[0].version)).toBe(OPSET);
    const input = (name: string) => graphOf(m).input.find((i) => i.name === name)!;
    const dims = (name: string) =>
      input(name).type!.tensorType!.shape!.dim!.map((d) => d.dimParam || Number(d.dimValue));
    expect(input('input_ids').type!.tensorType!.elemType).toBe(7);
    expect(dims('attention_mask')).toEqual(['batch_size', 'total_sequence_length']);
    expect(dims('position_ids')).toEqual(['batch_size', 'sequence_length']);
    expect(dims('past_key_values.1.value')).toEqual(['batch_size', 2, 'past_sequence_length', 8]);
    expect(graphOf(m).output.map((o) => o.name)).toEqual([
      'logits',
      'present.0.key',
      'present.0.value',
      'present.1.key',
      'present.1.value',
    ]);
  });

  it('stores the RoPE inverse frequencies as an FP32 initializer, 1 / base^(2i/d)', () => {
    const m = onnx.ModelProto.decode(bytes);
    const t = graphOf(m).initializer.find((i) => i.name === 'rope.inv_freq')!;
    const f = new Float32Array(Uint8Array.from(t.rawData ?? []).buffer);
    expect(Array.from(f)).toEqual([1, 0.1, 0.01, 0.001].map(Math.fround));
  });

  it('reads back every weight bit-exactly under its Hugging Face name', () => {
    const back = readOnnxWeights(bytes, config);
    expect(Object.keys(back).sort()).toEqual(Object.keys(model.weights).sort());
    for (const [name, t] of Object.entries(model.weights)) expect(back[name]).toEqual(t);
  });

  it('fails with a clear message on corrupt or incomplete files', () => {
    expect(() => readOnnxWeights(new Uint8Array([1, 2, 3, 4, 5]), config)).toThrow(
      /not a valid ONNX file|no initializers/,
    );
    expect(() => readOnnxWeights(bytes.subarray(0, bytes.length >> 1), config)).toThrow(
      /not a valid ONNX file/,
    );
    const m = onnx.ModelProto.decode(bytes);
    graphOf(m).initializer = graphOf(m).initializer.filter((t) => t.name !== 'lm_head.weight');
    const missing = onnx.ModelProto.encode(m).finish();
    expect(() => readOnnxWeights(missing, config)).toThrow(
      'model.onnx is missing tensor "lm_head.weight"',
    );
    const small = { ...config, hidden_size: 16 };
    expect(() => readOnnxWeights(bytes, small)).toThrow(/has shape .* expected/);
  });

  it('gives the same logits as ONNX Runtime through transformers.js (prefill, ≤ 1e-4)', async () => {
    const ids = [tt.special.imStart, 5, 99, 250, 17, 42, 300, 7, 7, 120, tt.special.imEnd, 64];
    const ours = forward(model, ids).logits;
    const out = await ort({
      input_ids: ids64([ids]),
      attention_mask: ids64([ids.map(() => 1)]),
    });
    expect(out.logits.dims).toEqual([1, ids.length, V]);
    expect(out.logits.data as Float32Array).toBeCloseToArray(ours, 1e-4);
  });

  it('gives the same logits with the KV cache: prefill 6 tokens, then decode one at a time', async () => {
    const ids = [11, 22, 33, 44, 55, 66, 77, 88, 99, 111];
    const cache = createKVCache(config, 16);
    const oursPrefill = forward(model, ids.slice(0, 6), cache).logits;
    let out = await ort({
      input_ids: ids64([ids.slice(0, 6)]),
      attention_mask: ids64([[1, 1, 1, 1, 1, 1]]),
    });
    expect(out.logits.data as Float32Array).toBeCloseToArray(oursPrefill, 1e-4);
    for (let t = 6; t < ids.length; t++) {
      const ours = forward(model, [ids[t]], cache).logits;
      const past: Record<string, Tensor> = {};
      for (const [k, v] of Object.entries(out)) {
        if (k.startsWith('present.')) past[k.replace('present.', 'past_key_values.')] = v as Tensor;
      }
      expect(past['past_key_values.0.key'].dims).toEqual([1, 2, t, 8]);
      out = await ort({
        input_ids: ids64([[ids[t]]]),
        attention_mask: ids64([ids.slice(0, t + 1).map(() => 1)]),
        position_ids: ids64([[t]]),
        past_key_values: past,
      });
      expect(out.logits.data as Float32Array).toBeCloseToArray(ours, 1e-4);
    }
  });

  it('masks left padding in a batch: each row matches its own unpadded forward', async () => {
    const a = [3, 14, 15, 92, 65, 35];
    const b = [27, 18, 28];
    const pad = tt.special.endOfText;
    const out = await ort({
      input_ids: ids64([a, [pad, pad, pad, ...b]]),
      attention_mask: ids64([a.map(() => 1), [0, 0, 0, 1, 1, 1]]),
      position_ids: ids64([a.map((_, i) => i), [1, 1, 1, 0, 1, 2]]),
    });
    const data = out.logits.data as Float32Array;
    expect(data.subarray(0, a.length * V)).toBeCloseToArray(forward(model, a).logits, 1e-4);
    expect(data.subarray((a.length + 3) * V, 2 * a.length * V)).toBeCloseToArray(
      forward(model, b).logits,
      1e-4,
    );
  });
});
