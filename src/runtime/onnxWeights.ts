/**
 * Reads the tiny Qwen's weights back out of the committed `onnx/model.onnx`, so the TS model
 * (browser and Node) and transformers.js load one and the same file: the ONNX initializers
 * carry the Hugging Face parameter names and layout (linear weights (out, in)).
 *
 *   readOnnxWeights(bytes, config)['lm_head.weight'] → Float32Array(vocab · hidden)
 *
 * Deliberately left out: reading the graph itself (the TS model has its own forward), and
 * external-data or FP16 tensors (the exporter writes FP32 raw_data only).
 */
import onnxProto from 'onnx-proto';
import type { QwenConfig } from '../model/config.ts';
import { numel, paramSpecs, validateWeights, type Weights } from '../model/weights.ts';

const { onnx } = onnxProto;
const FLOAT = 1;

/**
 * Decodes ONNX ModelProto bytes and returns every FP32 initializer named like a parameter of
 * `config` (all of them when no config is given). Throws a clear error when the bytes are not
 * an ONNX model, a tensor is missing, has the wrong shape or type, or holds non-finite values.
 */
export function readOnnxWeights(bytes: Uint8Array, config?: QwenConfig): Weights {
  let model: onnxProto.onnx.ModelProto;
  try {
    model = onnx.ModelProto.decode(bytes);
  } catch (e) {
    throw new Error(`model.onnx is not a valid ONNX file (${(e as Error).message})`, { cause: e });
  }
  const inits = model.graph?.initializer ?? [];
  if (inits.length === 0) throw new Error('model.onnx holds no initializers (is it truncated?)');
  const byName = new Map<string, onnxProto.onnx.ITensorProto>(inits.map((t) => [t.name ?? '', t]));
  const wanted = config
    ? paramSpecs(config)
    : inits
        .filter((t) => t.dataType === FLOAT)
        .map((t) => ({ name: t.name ?? '', shape: dimsOf(t) }));

  const weights: Weights = {};
  for (const spec of wanted) {
    const t = byName.get(spec.name);
    if (!t) throw new Error(`model.onnx is missing tensor "${spec.name}"`);
    if (t.dataType !== FLOAT)
      throw new Error(`tensor "${spec.name}" is not FP32 (ONNX data type ${t.dataType})`);
    const dims = dimsOf(t);
    if (dims.join('×') !== spec.shape.join('×')) {
      throw new Error(
        `tensor "${spec.name}" has shape ${dims.join('×')}, expected ${spec.shape.join('×')}`,
      );
    }
    weights[spec.name] = tensorValues(spec.name, t, numel(spec.shape));
  }
  if (config) validateWeights(config, weights);
  return weights;
}

function dimsOf(t: onnxProto.onnx.ITensorProto): number[] {
  return (t.dims ?? []).map((d) => Number(d));
}

/** Copies raw_data (little-endian FP32) or float_data into a fresh, aligned Float32Array. */
function tensorValues(name: string, t: onnxProto.onnx.ITensorProto, n: number): Float32Array {
  if (t.rawData && t.rawData.length > 0) {
    if (t.rawData.length !== n * 4) {
      throw new Error(
        `tensor "${name}" has ${t.rawData.length} bytes, expected ${n * 4} (is the file truncated?)`,
      );
    }
    const out = new Float32Array(n);
    const view = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength);
    for (let i = 0; i < n; i++) out[i] = view.getFloat32(4 * i, true);
    return out;
  }
  if (t.floatData && t.floatData.length === n) return Float32Array.from(t.floatData);
  throw new Error(`tensor "${name}" holds ${t.floatData?.length ?? 0} values, expected ${n}`);
}
