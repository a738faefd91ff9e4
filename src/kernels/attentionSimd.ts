/**
 * Causal grouped-query attention for prefill on the WebAssembly SIMD kernels: the same contract
 * and result as attention.ts `attentionForward` (up to float32 rounding), run by the `attention`
 * export of wasm/inference.wat. Per query head h (reading KV head g) and per block of 32 queries:
 *
 *   scores = Q_h · K_gᵀ                 (n, keys)   a product on the keys transposed
 *   P      = softmax over visible keys  (n, keys)   scale · LogN, causal/window mask
 *   out_h  = P · V_g                    (n, hd)     a product on the values as they are
 *
 * (The kernel divides by each row's softmax sum after P · V: hd divisions per row, not one per
 * key, as flash attention does.)
 *
 * A block only multiplies the keys its rows can see (from the first row's window start to the
 * last row's own position), so causal attention skips most of the masked triangle. Heads are
 * split across helper threads when they run (wasmThreads.ts).
 *
 * This file prepares what the export needs in wasm memory: K transposed, v padded with zero
 * rows, the per-query factors scale · LogN, scratch for the scores. (The kernel's products
 * read their right operand k-major; Kᵀ and V both are.)
 *
 * Deliberately left out: the backward (training uses attention.ts), decoding (T < 4 rows run
 * attention.ts' row path: there a product has nothing to batch).
 *
 *   same example as attention.ts: one head, q = [[1],[1]] … → out [0, 2]
 */
import { attentionForward, type AttentionShape } from './attention.ts';
import { MIN_ROWS } from './matmulSimd.ts';
import { simdAvailable, withFrame } from './wasmMemory.ts';
import { partsFor, runParts } from './wasmThreads.ts';

/** Query rows per block (fixed in the kernel). */
const BLOCK_ROWS = 32;
/** The kernel's window for "no window" (a whole int32 would overflow its sums). */
const NO_WINDOW = 1 << 30;

/**
 * q: (T, nHeads·hd), k, v: (S, nKvHeads·hd), queryScale: (T) or null (LogN)
 * → out: (T, nHeads·hd), probs: (nHeads, T, S) or null (masked entries are 0)
 */
export function attentionForwardSimd(
  out: Float32Array,
  probs: Float32Array | null,
  q: Float32Array,
  k: Float32Array,
  v: Float32Array,
  shape: AttentionShape,
  queryScale: ArrayLike<number> | null = null,
): void {
  const { T, pastLength, nHeads, nKvHeads, headDim: hd } = shape;
  const simd = T >= MIN_ROWS && simdAvailable();
  if (!simd || nKvHeads <= 0 || nHeads % nKvHeads !== 0) {
    return attentionForward(out, probs, q, k, v, shape, queryScale);
  }
  const window = shape.window ?? Infinity;
  if (!(window >= 1)) throw new Error(`attention: window must be ≥ 1, got ${window}`);
  const S = pastLength + T;
  const kvRow = nKvHeads * hd;
  const qRow = nHeads * hd;
  if (
    q.length < T * qRow ||
    k.length < S * kvRow ||
    v.length < S * kvRow ||
    out.length < T * qRow
  ) {
    throw new Error('attention: buffers too small for the shape');
  }
  // K transposed, (kv columns, ldk): a block reads up to 3 keys past S, so 4 zero columns more
  const ldk = Math.ceil(S / 4) * 4 + 4;
  const scale = 1 / Math.sqrt(hd);
  withFrame((frame) => {
    frame.reserve(attentionScratchBytes(shape, probs !== null));
    const kT = frame.floats(kvRow * ldk);
    for (let c = 0; c < kvRow; c++) {
      const row = c * ldk;
      for (let s = 0; s < S; s++) kT[row + s] = k[s * kvRow + c];
      kT.fill(0, row + S, row + ldk);
    }
    const vPad = frame.floats((S + 3) * kvRow);
    vPad.set(v.subarray(0, S * kvRow));
    vPad.fill(0, S * kvRow);
    const fs = frame.floats(T);
    for (let t = 0; t < T; t++) fs[t] = scale * (queryScale ? queryScale[t] : 1);
    const qAt = frame.place(q, T * qRow);
    const o = frame.output(out, T * qRow);
    const probsView = probs ? frame.floats(nHeads * T * S).fill(0) : null;
    const parts = partsFor(T * S * qRow, nHeads);
    const scores = frame.floats(nHeads * (BLOCK_ROWS * ldk + BLOCK_ROWS));
    const jobs: number[][] = [];
    for (let p = 0; p < parts; p++) {
      const h0 = Math.round((nHeads * p) / parts);
      const h1 = Math.round((nHeads * (p + 1)) / parts);
      jobs.push([
        qAt,
        kT.byteOffset,
        ldk,
        vPad.byteOffset,
        o.at,
        fs.byteOffset,
        scores.byteOffset + h0 * (BLOCK_ROWS * ldk + BLOCK_ROWS) * 4,
        probsView ? probsView.byteOffset : 0,
        T,
        pastLength,
        window === Infinity ? NO_WINDOW : Math.min(window, NO_WINDOW),
        hd,
        nHeads,
        nKvHeads,
        h0,
        h1,
      ]);
    }
    runParts('attention', jobs);
    o.done();
    if (probs && probsView) probs.set(probsView.subarray(0, nHeads * T * S));
  });
}

/** Bytes attentionForwardSimd takes from wasm memory for a shape (for callers' reservations). */
export function attentionScratchBytes(shape: AttentionShape, probs: boolean): number {
  const { T, pastLength, nHeads, nKvHeads, headDim: hd } = shape;
  const S = pastLength + T;
  const kvRow = nKvHeads * hd;
  const ldk = Math.ceil(S / 4) * 4 + 4;
  const floats =
    kvRow * ldk + // K transposed
    (S + 3) * kvRow + // v padded
    T + // factors
    2 * T * nHeads * hd + // q and out when they are not in wasm memory
    nHeads * (BLOCK_ROWS * ldk + BLOCK_ROWS) + // scores and row sums
    (probs ? nHeads * T * S : 0);
  return floats * 4 + 16 * 8; // each allocation rounds up to 16 bytes
}
