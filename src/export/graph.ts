/**
 * A tiny helper for writing ONNX graphs by hand with `onnx-proto`: add nodes one by one, each
 * returning the name of its output, plus constants and FP32 initializers.
 *
 *   const g = new GraphBuilder();
 *   const y = g.op('Add', [x, g.constFloat([1])]);   // y = x + 1
 *
 * Deliberately left out: shape inference and validation (ONNX Runtime checks the graph when it
 * loads it; the parity tests check the numbers).
 */
import onnxProto from 'onnx-proto';

export const { onnx } = onnxProto;
type AttrValue = number | number[] | string;

/** An ONNX tensor type: FLOAT = 1, INT64 = 7, BOOL = 9. */
export const DT = { FLOAT: 1, INT64: 7, BOOL: 9 } as const;

export class GraphBuilder {
  readonly nodes: onnxProto.onnx.INodeProto[] = [];
  readonly initializers: onnxProto.onnx.ITensorProto[] = [];
  private counter = 0;

  /** Adds one node; returns its single output name (or names when `outputs` > 1). */
  op(type: string, inputs: string[], attrs: Record<string, AttrValue> = {}, name?: string): string {
    const out = name ?? `${type.toLowerCase()}_${this.counter++}`;
    this.nodes.push({
      opType: type,
      name: `${out}_node`,
      input: inputs,
      output: [out],
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    });
    return out;
  }

  /** A FP32 initializer stored little-endian in raw_data, exactly as given (no transposing). */
  floatInitializer(name: string, dims: number[], data: Float32Array): string {
    let n = 1;
    for (const d of dims) n *= d;
    if (data.length !== n)
      throw new Error(`initializer "${name}": ${data.length} values for shape ${dims.join('×')}`);
    const bytes = new Uint8Array(
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
    );
    this.initializers.push({ name, dims, dataType: DT.FLOAT, rawData: bytes });
    return name;
  }

  /** An INT64 constant initializer, e.g. a shape for Reshape. */
  constInt64(values: number[]): string {
    const name = `const_i64_${this.counter++}`;
    const big = new BigInt64Array(values.map((v) => BigInt(v)));
    this.initializers.push({
      name,
      dims: [values.length],
      dataType: DT.INT64,
      rawData: new Uint8Array(big.buffer),
    });
    return name;
  }

  /** A FP32 constant initializer; scalar when `dims` is []. */
  constFloat(values: number[], dims: number[] = [values.length]): string {
    const name = `const_f32_${this.counter++}`;
    return this.floatInitializer(name, dims, new Float32Array(values));
  }
}

function attribute(name: string, v: AttrValue): onnxProto.onnx.IAttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  if (typeof v === 'string') return { name, type: T.STRING, s: new TextEncoder().encode(v) };
  if (Array.isArray(v)) return { name, type: T.INTS, ints: v };
  if (Number.isInteger(v)) return { name, type: T.INT, i: v };
  return { name, type: T.FLOAT, f: v };
}

/** A graph input or output with named (symbolic) or fixed dimensions. */
export function valueInfo(
  name: string,
  elemType: number,
  dims: (string | number)[],
): onnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: {
          dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })),
        },
      },
    },
  };
}
