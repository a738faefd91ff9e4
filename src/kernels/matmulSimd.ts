/**
 * out = a · bᵀ (+ bias) on the WebAssembly SIMD kernel of wasm/matmul.wat: the same contract as
 * matmul.ts `matmulABt`, for float32 operands, about ten times faster than the JavaScript loop
 * because each instruction works on four floats. The tiny model's inference (prefill, the
 * panels) runs its products here; training keeps the JavaScript kernel, whose float64 sums make
 * the committed run reproducible bit for bit.
 *
 * Each call copies a and b into the module's memory, runs the kernel and copies the product out
 * (O(MK + NK + MN) beside the O(MNK) product), so it pays off from a few rows up; with fewer
 * than MIN_ROWS rows, no WebAssembly, or K not a multiple of 4, the JavaScript kernel runs.
 *
 * Deliberately left out: keeping weights resident in wasm memory, threads.
 *
 *   matmulSimd(out, [1,2,3,4, 5,6,7,8], [1,0,0,0, 0,1,0,0, 1,1,1,1], 2, 3, 4) → out = [1,2,10, 5,6,26]
 */
import { matmulABt, type FloatArray } from './matmul.ts';
import { MATMUL_WASM } from './wasm/matmulWasm.ts';

/** Below this many rows of a, the copy in and out costs as much as the product itself. */
export const MIN_ROWS = 4;

/** The slice of the WebAssembly API this file uses (the kernels compile without DOM types). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
interface Kernel {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  matmulABt(a: number, b: number, out: number, M: number, N: number, K: number): void;
}

let kernel: Kernel | null | undefined;

/** The instantiated module, or null where WebAssembly SIMD is unavailable. Compiled once. */
function load(): Kernel | null {
  if (kernel !== undefined) return kernel;
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  kernel = null;
  if (wasm?.validate(MATMUL_WASM)) {
    kernel = new wasm.Instance(new wasm.Module(MATMUL_WASM)).exports as unknown as Kernel;
  }
  return kernel;
}

/** True when the SIMD kernel can run here (a browser or Node with WebAssembly SIMD). */
export function simdAvailable(): boolean {
  return load() !== null;
}

/**
 * out = a · bᵀ (+ bias); a: (M, K), b: (N, K), bias: (N) or null → out: (M, N).
 * Float32 in, float32 sums; `accumulate` adds to out. Falls back to matmulABt (see above).
 */
export function matmulSimd(
  out: Float32Array,
  a: Float32Array,
  b: Float32Array,
  M: number,
  N: number,
  K: number,
  bias: FloatArray | null = null,
  accumulate = false,
): void {
  const k = M >= MIN_ROWS && K % 4 === 0 ? load() : null;
  if (!k) return matmulABt(out, a, b, M, N, K, bias, accumulate);
  if (a.length < M * K || b.length < N * K || out.length < M * N) {
    throw new Error(`matmul: buffers too small for (${M}×${K}) · (${N}×${K})ᵀ`);
  }
  if (bias && bias.length < N) throw new Error(`matmul: bias has ${bias.length} values, need ${N}`);
  // Memory layout: a, then b, then the product; every offset is a multiple of 16 bytes.
  const aBytes = M * K * 4;
  const bBytes = N * K * 4;
  const need = aBytes + bBytes + M * N * 4;
  const have = k.memory.buffer.byteLength;
  if (need > have) k.memory.grow(Math.ceil((need - have) / 65536));
  const buffer = k.memory.buffer; // a fresh view: growing detaches the old buffer
  new Float32Array(buffer, 0, M * K).set(a.subarray(0, M * K));
  new Float32Array(buffer, aBytes, N * K).set(b.subarray(0, N * K));
  k.matmulABt(0, aBytes, aBytes + bBytes, M, N, K);
  const product = new Float32Array(buffer, aBytes + bBytes, M * N);
  if (!bias && !accumulate) {
    out.set(product);
    return;
  }
  for (let i = 0; i < M; i++) {
    const row = i * N;
    for (let j = 0; j < N; j++) {
      const v = product[row + j] + (bias ? bias[j] : 0);
      out[row + j] = accumulate ? out[row + j] + v : v;
    }
  }
}
