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
 * This file prepares what the export needs in wasm memory: K transposed (the kernel's
 * `transpose`), v padded with zero rows, the per-query factors scale · LogN, scratch for the
 * scores. (The kernel's products read their right operand k-major; Kᵀ and V both are.)
 *
 * The backward (`attentionBackwardSimd`, training) runs its four products per head on the
 * matmul export, from the probabilities the forward stored; see there.
 *
 * Deliberately left out: decoding (T < 4 rows run attention.ts' row path: there a product has
 * nothing to batch).
 *
 *   same example as attention.ts: one head, q = [[1],[1]] … → out [0, 2]
 */
import { attentionBackward, attentionForward } from './attention.ts';
import { firstVisibleKey, type AttentionShape } from '../reference/attention.ts';
import { MIN_ROWS } from './matmulSimd.ts';
import { floatsAt, trainingKernels, wasmKernels, withFrame } from './wasmMemory.ts';
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
  const kern = T >= MIN_ROWS ? wasmKernels()?.exports : null;
  if (!kern || nKvHeads <= 0 || nHeads % nKvHeads !== 0) {
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
    const kT = frame.floats(kvRow * ldk).fill(0);
    const kAt = frame.place(k, S * kvRow);
    kern.transpose(kAt, kvRow, kT.byteOffset, ldk, S, kvRow, 0, 0);
    const vPad = frame.floats((S + 3) * kvRow);
    vPad.set(v.subarray(0, S * kvRow));
    vPad.fill(0, S * kvRow);
    const fs = frame.floats(T);
    for (let t = 0; t < T; t++) fs[t] = scale * (queryScale ? queryScale[t] : 1);
    const qAt = frame.place(q, T * qRow);
    const o = frame.output(out, T * qRow);
    // the probabilities straight into `probs` when it lives in wasm memory (training's)
    const pOut = probs ? frame.output(probs, nHeads * T * S) : null;
    if (pOut) floatsAt(pOut.at, nHeads * T * S).fill(0);
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
        pOut ? pOut.at : 0,
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
    pOut?.done();
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
    S * kvRow + // K when it is not in wasm memory
    (S + 3) * kvRow + // v padded
    T + // factors
    2 * T * nHeads * hd + // q and out when they are not in wasm memory
    nHeads * (BLOCK_ROWS * ldk + BLOCK_ROWS) + // scores and row sums
    (probs ? nHeads * T * S : 0);
  return floats * 4 + 16 * 8; // each allocation rounds up to 16 bytes
}

/**
 * Causal GQA backward on the SIMD matmul, the contract of attention.ts `attentionBackward`:
 * dout, q: (T, nHeads·hd), k, v: (S, nKvHeads·hd), probs: (nHeads, T, S), queryScale (T) or null
 * → dq: (T, nHeads·hd) written; dk, dv: (S, nKvHeads·hd) accumulated (zero them first).
 *
 * Per query head h (KV head g), with f_t = scale · logn_t (the scores were f_t · q_t · k_s):
 *   dP   = dO_h · V_gᵀ                     (T, S)   product, Vᵀ (hd, S) transposed once per g
 *   dS   = f ⊙ P ⊙ (dP − rowsum(P ⊙ dP))   (T, S)   training.wat softmaxBackward, per row
 *                                                   over its visible keys, 0 elsewhere
 *   dq_h = dS · K_g                        (T, hd)  product, K_g read in place (row stride)
 *   dK_gᵀ += Q_hᵀ · dS                     (hd, S)  product, Qᵀ (hd, T) transposed per head
 *   dV_gᵀ += dO_hᵀ · P                     (hd, S)  product, dOᵀ (hd, T) transposed per head
 * (f in dS gives both dq = f ⊙ (dS₀ · K) and dK += (f ⊙ Q)ᵀ · dS₀ of the unscaled dS₀.)
 * Transposes run on the kernel's `transpose`, which also adds dKᵀ, dVᵀ back into dk, dv.
 * Each product runs per block of 32 queries (or keys) over only the keys (queries) that block
 * can see, as the forward does, so causal attention skips most of the masked triangle; the
 * masked entries of P and dS inside a block are zero, so they add nothing. Only (T, hd) and
 * (hd, S) blocks are transposed, never a (T, S) one.
 * Runs on the calling thread (training has one kernel thread per data-parallel worker).
 */
export function attentionBackwardSimd(
  dq: Float32Array,
  dk: Float32Array,
  dv: Float32Array,
  dout: Float32Array,
  probs: Float32Array,
  q: Float32Array,
  k: Float32Array,
  v: Float32Array,
  shape: AttentionShape,
  queryScale: ArrayLike<number> | null = null,
): void {
  const { T, pastLength, nHeads, nKvHeads, headDim: hd } = shape;
  const kern = T >= MIN_ROWS ? wasmKernels() : null;
  const train = kern ? trainingKernels() : null;
  if (!kern || !train || nKvHeads <= 0 || nHeads % nKvHeads !== 0) {
    return attentionBackward(dq, dk, dv, dout, probs, q, k, v, shape, queryScale);
  }
  const window = shape.window ?? Infinity;
  if (!(window >= 1)) throw new Error(`attention: window must be ≥ 1, got ${window}`);
  const windowArg = window === Infinity ? NO_WINDOW : Math.min(window, NO_WINDOW);
  const S = pastLength + T;
  const group = nHeads / nKvHeads;
  const kvRow = nKvHeads * hd;
  const qRow = nHeads * hd;
  if (
    q.length < T * qRow ||
    dout.length < T * qRow ||
    dq.length < T * qRow ||
    probs.length < nHeads * T * S ||
    k.length < S * kvRow ||
    v.length < S * kvRow ||
    dk.length < S * kvRow ||
    dv.length < S * kvRow
  ) {
    throw new Error('attention: buffers too small for the shape');
  }
  const scale = 1 / Math.sqrt(hd);
  // out (M, N; ldc) = a (M, K; lda) · bT (K, N; ldb), added to out when acc
  const { matmul: mm, transpose } = kern.exports;
  // dst (cols, rows; ldd) = src (rows, cols; lds)ᵀ, added to dst when acc
  const tr = (
    src: number,
    lds: number,
    dst: number,
    ldd: number,
    rows: number,
    cols: number,
    acc = 0,
  ) => transpose(src, lds, dst, ldd, rows, cols, 0, acc);
  withFrame((frame) => {
    frame.reserve(
      4 * (4 * T * qRow + 5 * S * kvRow + nHeads * T * S + 4 * hd * S + 2 * hd * T + T * S + T) +
        512,
    );
    const doAt = frame.place(dout, T * qRow);
    const qAt = frame.place(q, T * qRow);
    const kAt = frame.place(k, S * kvRow);
    const vAt = frame.place(v, S * kvRow);
    const pAt = frame.place(probs, nHeads * T * S);
    const o = frame.output(dq, T * qRow);
    const dkO = frame.output(dk, S * kvRow, true);
    const dvO = frame.output(dv, S * kvRow, true);
    const f = frame.floats(T);
    for (let t = 0; t < T; t++) f[t] = scale * (queryScale ? queryScale[t] : 1);
    const vT = frame.floats(hd * S);
    const dKT = frame.floats(hd * S);
    const dVT = frame.floats(hd * S);
    const qT = frame.floats(hd * T);
    const doT = frame.floats(hd * T);
    const dS = frame.floats(T * S);
    for (let h = 0; h < nHeads; h++) {
      const g = Math.floor(h / group);
      if (h % group === 0) {
        tr(vAt + g * hd * 4, kvRow, vT.byteOffset, S, S, hd);
        dKT.fill(0);
        dVT.fill(0);
      }
      const pH = pAt + h * T * S * 4;
      // dP = dO_h · V_gᵀ for the keys each block of queries sees
      for (let t0 = 0; t0 < T; t0 += BLOCK_ROWS) {
        const t1 = Math.min(T, t0 + BLOCK_ROWS);
        const sLo = firstVisibleKey(t0, pastLength, window);
        const sHi = pastLength + t1;
        const aAt = doAt + (t0 * qRow + h * hd) * 4;
        mm(
          aAt,
          qRow,
          vT.byteOffset + sLo * 4,
          S,
          0,
          0,
          dS.byteOffset + (t0 * S + sLo) * 4,
          S,
          t1 - t0,
          sHi - sLo,
          hd,
        );
      }
      // dS = f ⊙ P ⊙ (dP − rowsum(P ⊙ dP)) in place, 0 where a row sees no key
      train.softmaxBackward(pH, dS.byteOffset, f.byteOffset, T, S, pastLength, windowArg);
      // dq_h = dS · K_g, over the same visible keys (dS is 0 outside them)
      for (let t0 = 0; t0 < T; t0 += BLOCK_ROWS) {
        const t1 = Math.min(T, t0 + BLOCK_ROWS);
        const sLo = firstVisibleKey(t0, pastLength, window);
        const sHi = pastLength + t1;
        const aAt = dS.byteOffset + (t0 * S + sLo) * 4;
        const bAt = kAt + (sLo * kvRow + g * hd) * 4;
        mm(aAt, S, bAt, kvRow, 0, 0, o.at + (t0 * qRow + h * hd) * 4, qRow, t1 - t0, hd, sHi - sLo);
      }
      // dK_gᵀ += Q_hᵀ · dS (f is in dS);  dV_gᵀ += dO_hᵀ · P_h
      tr(qAt + h * hd * 4, qRow, qT.byteOffset, T, T, hd);
      tr(doAt + h * hd * 4, qRow, doT.byteOffset, T, T, hd);
      // per block of keys [c0, c1), only the queries that see one of them: t in [tLo, tHi)
      for (let c0 = 0; c0 < S; c0 += BLOCK_ROWS) {
        const c1 = Math.min(S, c0 + BLOCK_ROWS);
        const tLo = Math.max(0, c0 - pastLength);
        const tHi = Math.min(T, c1 - 1 - pastLength + window);
        if (tLo >= tHi) continue;
        const bOff = (tLo * S + c0) * 4;
        const n = c1 - c0;
        mm(
          qT.byteOffset + tLo * 4,
          T,
          dS.byteOffset + bOff,
          S,
          0,
          1,
          dKT.byteOffset + c0 * 4,
          S,
          hd,
          n,
          tHi - tLo,
        );
        mm(
          doT.byteOffset + tLo * 4,
          T,
          pH + bOff,
          S,
          0,
          1,
          dVT.byteOffset + c0 * 4,
          S,
          hd,
          n,
          tHi - tLo,
        );
      }
      if (h % group === group - 1) {
        // dk, dv (S, kvRow) += dKᵀ, dVᵀ (hd, S)ᵀ in head g's columns
        tr(dKT.byteOffset, S, dkO.at + g * hd * 4, kvRow, hd, S, 1);
        tr(dVT.byteOffset, S, dvO.at + g * hd * 4, kvRow, hd, S, 1);
      }
    }
    o.done();
    dkO.done();
    dvO.done();
  });
}
