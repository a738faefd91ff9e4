/**
 * out = a · bᵀ (+ bias) on the WebAssembly SIMD kernel of wasm/matmul.wat: the same contract as
 * matmul.ts `matmulABt`, for float32 operands, about ten times faster than the JavaScript loop
 * because each instruction works on four floats. The tiny model's inference (prefill, the
 * panels) runs its products here; training keeps the JavaScript kernel, whose float64 sums make
 * the committed run reproducible bit for bit.
 *
 * Each call copies a and b into the module's memory, runs the kernel and copies the product out
 * (O(MK + NK + MN) beside the O(MNK) product), so it pays off from a few rows up. A weight
 * matrix can instead be pinned once (`pinMatrix`): it then lives in wasm memory and is never
 * copied again, which makes even one-row products (decoding) worth it. With fewer than
 * MIN_ROWS rows of an unpinned b, no WebAssembly, or K not a multiple of 4, the JavaScript
 * kernel runs.
 *
 * subtle: a pinned matrix is a snapshot: changing its values afterwards is not seen (pin only
 * weights that inference reads and nothing writes). Pinned memory is never released.
 *
 * Deliberately left out: threads; unpinning.
 *
 *   matmulSimd(out, [1,2,3,4, 5,6,7,8], [1,0,0,0, 0,1,0,0, 1,1,1,1], 2, 3, 4) → out = [1,2,10, 5,6,26]
 */
import { checkProductShapes, matmulABt, type FloatArray } from './matmul.ts';
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
/** Byte offsets of pinned matrices; everything from `pinnedEnd` on is per-call scratch. */
const pinned = new WeakMap<Float32Array, number>();
let pinnedEnd = 0;

/** Grows the module's memory to at least `bytes`. */
function reserve(k: Kernel, bytes: number): void {
  const have = k.memory.buffer.byteLength;
  if (bytes > have) k.memory.grow(Math.ceil((bytes - have) / 65536));
}

/**
 * Copies b into wasm memory for good, so products with it skip the copy. Returns false (and
 * does nothing) where the SIMD kernel cannot run. b's values must not change afterwards.
 */
export function pinMatrix(b: Float32Array): boolean {
  const k = load();
  if (!k) return false;
  if (pinned.has(b)) return true;
  const offset = pinnedEnd;
  reserve(k, offset + b.length * 4);
  new Float32Array(k.memory.buffer, offset, b.length).set(b);
  pinned.set(b, offset);
  pinnedEnd = offset + Math.ceil((b.length * 4) / 16) * 16;
  return true;
}

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
  const bPinned = pinned.get(b);
  const worth = M >= MIN_ROWS || bPinned !== undefined;
  const k = worth && K % 4 === 0 ? load() : null;
  if (!k) return matmulABt(out, a, b, M, N, K, bias, accumulate);
  checkProductShapes(out, a, b, M, N, K, bias);
  // Scratch after the pinned matrices: a, then b (unless pinned), then the product; every
  // offset is a multiple of 16 bytes.
  const aOff = pinnedEnd;
  const bOff = bPinned ?? aOff + M * K * 4;
  const outOff = bPinned === undefined ? bOff + N * K * 4 : aOff + M * K * 4;
  reserve(k, outOff + M * N * 4);
  const buffer = k.memory.buffer; // a fresh view: growing detaches the old buffer
  new Float32Array(buffer, aOff, M * K).set(a.subarray(0, M * K));
  if (bPinned === undefined) new Float32Array(buffer, bOff, N * K).set(b.subarray(0, N * K));
  k.matmulABt(aOff, bOff, outOff, M, N, K);
  const product = new Float32Array(buffer, outOff, M * N);
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
