/**
 * A linear layer written out, in the Hugging Face layout of linear weights: W is (out, in)
 * row-major and y = x · Wᵀ + b. These are the textbook loops: `matmulNaive` is the reference the
 * register-blocked products of engine/matmul.ts and the WebAssembly ones of engine/matmulSimd.ts
 * are tested against; the embedding gather, the bias gradient and the transpose are cheap enough
 * that the model runs them as written.
 *
 *   matmulNaive(out, [1,2, 3,4], [1,0, 0,1, 1,1], 2, 3, 2) → out = [1,2,3, 3,4,7]
 *
 * Deliberately left out: blocking, SIMD, threads (engine/ has them).
 */
import type { FloatArray } from './types.ts';

/**
 * The naive triple loop, the textbook definition (the reference of every fast product, and the bench's baseline).
 * a: (M, K), b: (N, K) → out: (M, N) = a · bᵀ
 */
export function matmulNaive(
  out: FloatArray,
  a: FloatArray,
  b: FloatArray,
  M: number,
  N: number,
  K: number,
): void {
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let c = 0;
      for (let k = 0; k < K; k++) c += a[i * K + k] * b[j * K + k];
      out[i * N + j] = c;
    }
  }
}

/** a: (rows, cols) → out: (cols, rows). */
export function transpose(out: FloatArray, a: FloatArray, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let c = 0; c < cols; c++) out[c * rows + r] = a[base + c];
  }
}

/** Bias gradient. dy: (M, N) → db: (N) += column sums of dy. */
export function biasBackward(db: FloatArray, dy: FloatArray, M: number, N: number): void {
  for (let i = 0; i < M; i++) {
    const base = i * N;
    for (let j = 0; j < N; j++) db[j] += dy[base + j];
  }
}

/**
 * Embedding lookup: row ids[t] of the table. It is the product onehot(ids) · table, so its
 * backward is the transposed product: each output row's gradient is added to the table row it
 * came from (a token that appears twice collects both).
 * table: (V, C), ids: (T) → out: (T, C)
 *   embeddingForward(out, [[1,2],[3,4]], [1, 1], 2) → out = [3,4, 3,4]
 */
export function embeddingForward(
  out: FloatArray,
  table: FloatArray,
  ids: ArrayLike<number>,
  C: number,
): void {
  const V = table.length / C;
  for (let t = 0; t < ids.length; t++) {
    const id = ids[t];
    if (!(id >= 0 && id < V)) throw new Error(`embedding: id ${id} at ${t} is outside [0, ${V})`);
    out.set(table.subarray(id * C, id * C + C), t * C);
  }
}

/** Embedding backward: dtable[ids[t]] += dout[t]. dout: (T, C) → dtable: (V, C) accumulated */
export function embeddingBackward(
  dtable: FloatArray,
  dout: FloatArray,
  ids: ArrayLike<number>,
  C: number,
): void {
  for (let t = 0; t < ids.length; t++) {
    const off = ids[t] * C;
    for (let j = 0; j < C; j++) dtable[off + j] += dout[t * C + j];
  }
}
