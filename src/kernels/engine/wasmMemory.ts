/**
 * The memory the WebAssembly SIMD kernels (wasm/inference.wat, and training.wat's on the same
 * memory) work in, and how TypeScript puts numbers there. A kernel reads and writes only its own
 * linear memory, so everything it touches must live in it:
 *
 *   pinned   weight matrices copied in once (`pinFloats`), kept for good
 *   kept     a trainer's buffers (`keepFloats`: parameters, gradients, AdamW moments, the
 *            step's activations), which kernels then read and write in place, until
 *            `releaseFloats` gives them back for the next `keepFloats` to reuse
 *   frames   scratch for one computation (`withFrame`): the forward pass allocates its
 *            activations here as Float32Array views, so products read and write them in place
 *
 *   [ reserved | pinned weights, kept buffers and holes … | frame | nested frame | … free ]
 *     pointer 0 = "none"; the thread pool's control words (wasmThreads.ts) live in the reserved part
 *
 * The memory is shared (a SharedArrayBuffer) where the platform allows it — Node, and browser
 * pages that are cross-origin isolated — so helper threads can work in it; elsewhere it is a
 * plain one and everything runs on the calling thread.
 *
 * subtle: growing a plain memory detaches every view of it. A frame therefore reserves what it
 * will need up front (`frame.reserve`), and a growth inside an open frame of a plain memory
 * throws instead of leaving dead views behind. A shared memory's views survive growth.
 *
 * Deliberately left out: freeing pinned matrices; keeping buffers in a plain memory (its growth
 * would detach them: `keepFloats` hands out ordinary arrays there); more than one memory.
 *
 *   withFrame((frame) => { const x = frame.floats(4); x.set([1, 2, 3, 4]); offsetOf(x) }) → a byte offset
 */
import { INFERENCE_WASM, inferenceWasmUnshared } from './wasm/inferenceWasm.ts';
import { TRAINING_WASM, trainingWasmUnshared } from './wasm/trainingWasm.ts';

/** The exports of wasm/inference.wat (pointers are byte offsets, 0 = none). */
export interface InferenceExports {
  matmul(
    a: number,
    lda: number,
    b: number,
    ldb: number,
    bias: number,
    acc: number,
    out: number,
    ldc: number,
    M: number,
    N: number,
    K: number,
  ): void;
  swiglu(gate: number, up: number, out: number, n: number): void;
  rmsnorm(
    x: number,
    w: number,
    out: number,
    rms: number,
    rows: number,
    C: number,
    eps: number,
  ): void;
  rope(x: number, cos: number, sin: number, rows: number, heads: number, hd: number): void;
  transpose(
    src: number,
    lds: number,
    dst: number,
    ldd: number,
    rows: number,
    cols: number,
    scale: number,
    acc: number,
  ): void;
  attention(
    q: number,
    k: number,
    vT: number,
    ldv: number,
    out: number,
    fs: number,
    scores: number,
    probs: number,
    T: number,
    past: number,
    window: number,
    hd: number,
    nHeads: number,
    nKv: number,
    h0: number,
    h1: number,
  ): void;
}

/**
 * The exports of wasm/training.wat: the training step's kernels besides the products
 * (backwardSimd.ts, adamwSimd.ts). Pointers are byte offsets; acc is 0 or 1.
 */
export interface TrainingExports {
  rmsnormBackward(
    dy: number,
    x: number,
    w: number,
    rms: number,
    dx: number,
    dw: number,
    rows: number,
    C: number,
    acc: number,
  ): void;
  swigluBackward(
    dout: number,
    gate: number,
    up: number,
    dgate: number,
    dup: number,
    n: number,
  ): void;
  softmaxRows(x: number, out: number, stats: number, rows: number, n: number): void;
  softmaxBackward(
    p: number,
    ds: number,
    f: number,
    rows: number,
    S: number,
    past: number,
    window: number,
  ): void;
  sumSquares(g: number, n: number): number;
  addInto(dst: number, src: number, n: number): void;
  scaleRows(x: number, out: number, w: number, rows: number, n: number): void;
  adamw(
    p: number,
    g: number,
    m: number,
    v: number,
    n: number,
    decay: number,
    b1: number,
    c1: number,
    b2: number,
    c2: number,
    a: number,
    ib2: number,
    eps: number,
  ): void;
}

export interface WasmMemoryLike {
  buffer: ArrayBufferLike;
  grow(pages: number): number;
}

/** The slice of the WebAssembly API this file uses (the kernels compile without DOM types). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (d: { initial: number; maximum: number; shared: boolean }) => WasmMemoryLike;
}

export interface Kernels {
  exports: InferenceExports;
  memory: WasmMemoryLike;
  /** The compiled module, for helper threads to instantiate on the same memory. */
  module: object;
  shared: boolean;
}

const PAGE = 65536;
const MAX_PAGES = 16384; // 1 GiB
/** Bytes at the start never handed out: pointer 0 means "none"; wasmThreads.ts uses them. */
export const RESERVED_BYTES = 4096;

let kernels: Kernels | null | undefined;
/** Every buffer object the memory has had (growing a memory gives it a new one), and the newest. */
const buffers = new Set<ArrayBufferLike>();
let buffer: ArrayBufferLike | null = null;
let top = RESERVED_BYTES;
let openFrames = 0;
const pinned = new WeakMap<Float32Array, number>();

/** The instantiated kernels, or null where WebAssembly SIMD is unavailable. Made once. */
export function wasmKernels(): Kernels | null {
  if (kernels !== undefined) return kernels;
  kernels = null;
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  // Browsers expose SharedArrayBuffer only to cross-origin isolated pages.
  const shared = typeof SharedArrayBuffer !== 'undefined';
  const bytes = shared ? INFERENCE_WASM : inferenceWasmUnshared();
  if (!wasm?.validate(bytes)) return null;
  try {
    const memory = new wasm.Memory({ initial: 16, maximum: MAX_PAGES, shared });
    const module = new wasm.Module(bytes);
    const { exports } = new wasm.Instance(module, { env: { memory } });
    buffer = memory.buffer;
    buffers.add(buffer);
    kernels = { exports: exports as unknown as InferenceExports, memory, module, shared };
  } catch {
    kernels = null;
  }
  return kernels;
}

let training: TrainingExports | null | undefined;

/**
 * The training kernels (wasm/training.wat) on the same memory, instantiated the first time
 * training asks (inference never compiles them), with inference.wat's eˣ as their import; null
 * where WebAssembly SIMD is unavailable. Helper threads do not run them.
 */
export function trainingKernels(): TrainingExports | null {
  if (training !== undefined) return training;
  training = null;
  const k = wasmKernels();
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!k || !wasm) return null;
  try {
    const module = new wasm.Module(k.shared ? TRAINING_WASM : trainingWasmUnshared());
    const exp = (k.exports as unknown as Record<string, unknown>).exp;
    const imports = { env: { memory: k.memory }, inference: { exp } };
    training = new wasm.Instance(module, imports).exports as unknown as TrainingExports;
  } catch {
    training = null;
  }
  return training;
}

/** True when the SIMD kernels can run here (a browser or Node with WebAssembly SIMD). */
export function simdAvailable(): boolean {
  return wasmKernels() !== null;
}

/** Makes the memory at least `end` bytes long. */
function ensure(k: Kernels, end: number): void {
  if (end <= buffer!.byteLength) return;
  const have = k.memory.buffer.byteLength;
  if (openFrames > 0 && !k.shared) {
    throw new Error('wasm memory: a frame outgrew its reservation (views would be detached)');
  }
  k.memory.grow(Math.ceil((end - have) / PAGE));
  buffer = k.memory.buffer;
  buffers.add(buffer);
}

/** Takes `bytes` (rounded up to 16, the v128 size) from the top. */
function take(k: Kernels, bytes: number): number {
  const at = top;
  const end = at + Math.ceil(bytes / 16) * 16;
  ensure(k, end);
  top = end;
  return at;
}

/** A view of `n` floats at byte offset `at`. */
export function floatsAt(at: number, n: number): Float32Array {
  return new Float32Array(buffer!, at, n);
}

/** The byte offset of a view that lives in the kernels' memory, or -1. */
export function offsetOf(view: ArrayBufferView): number {
  return view.buffer === buffer || buffers.has(view.buffer) ? view.byteOffset : -1;
}

/** `bytes` of memory for good (pinned weights); its offset, or -1 where the kernels cannot run. */
export function pinBytes(bytes: number): number {
  const k = wasmKernels();
  if (!k) return -1;
  if (openFrames > 0) throw new Error('wasm memory: pin outside a frame');
  return take(k, bytes);
}

/**
 * Copies values into the memory for good (once per array); returns the offset, or -1 where
 * the kernels cannot run. They must not change afterwards: the copy would not see it.
 */
export function pinFloats(values: Float32Array): number {
  const known = pinned.get(values);
  if (known !== undefined) return known;
  const at = pinBytes(values.length * 4);
  if (at < 0) return -1;
  floatsAt(at, values.length).set(values);
  pinned.set(values, at);
  return at;
}

/** Byte ranges of released kept buffers, by address; `keepFloats` reuses them first-fit. */
const holes: { at: number; bytes: number }[] = [];
/** The size in bytes of every kept buffer still in use, by offset. */
const keptBytes = new Map<number, number>();

/**
 * n zeroed floats that live in the kernels' memory until `releaseFloats` (a trainer's
 * buffers: kernels then use them in place instead of copying them in and out every call). Where
 * the memory is plain, or the kernels cannot run, an ordinary Float32Array: same values, the
 * kernels copy it as before. Call outside frames.
 */
export function keepFloats(n: number): Float32Array {
  const k = wasmKernels();
  if (!k?.shared) return new Float32Array(n);
  if (openFrames > 0) throw new Error('wasm memory: keep outside a frame');
  const bytes = Math.max(16, Math.ceil((n * 4) / 16) * 16);
  const i = holes.findIndex((h) => h.bytes >= bytes);
  let at: number;
  if (i >= 0) {
    at = holes[i].at;
    if (holes[i].bytes === bytes) holes.splice(i, 1);
    else holes[i] = { at: at + bytes, bytes: holes[i].bytes - bytes };
  } else at = take(k, bytes);
  keptBytes.set(at, bytes);
  return floatsAt(at, n).fill(0);
}

/**
 * Gives a `keepFloats` buffer back (anything else is left alone). Every view of it, subarrays
 * included, must be dropped: the next `keepFloats` may hand the same bytes out again.
 */
export function releaseFloats(view: Float32Array): void {
  const at = offsetOf(view);
  const bytes = keptBytes.get(at);
  if (bytes === undefined) return;
  keptBytes.delete(at);
  let hole = { at, bytes };
  let i = holes.findIndex((h) => h.at > at);
  if (i < 0) i = holes.length;
  // merge with the hole after, then the one before
  if (i < holes.length && holes[i].at === at + bytes) {
    hole = { at, bytes: bytes + holes[i].bytes };
    holes.splice(i, 1);
  }
  if (i > 0 && holes[i - 1].at + holes[i - 1].bytes === at) {
    hole = { at: holes[i - 1].at, bytes: holes[i - 1].bytes + hole.bytes };
    holes.splice(--i, 1);
  }
  if (hole.at + hole.bytes === top && openFrames === 0) top = hole.at;
  else holes.splice(i, 0, hole);
}

export interface Frame {
  /** Makes room for `bytes` more without growing later (needed before making plain views). */
  reserve(bytes: number): void;
  /** n floats of scratch (contents undefined). */
  floats(n: number): Float32Array;
  /** The offset of `values` in memory: where it already lives, else a scratch copy. */
  place(values: ArrayLike<number> & { length: number }, n: number): number;
  /**
   * Where a kernel should write `out` (n floats): in place when it lives in memory, else in
   * scratch (holding out's values when `copyIn`) that `done()` copies back to out.
   */
  output(out: Float32Array, n: number, copyIn?: boolean): { at: number; done(): void };
}

/** The one Frame: frames nest like a stack, so it needs no state of its own. */
const frame: Frame = {
  reserve(bytes) {
    openFrames--; // the caller has made no views in this frame yet
    try {
      ensure(kernels!, top + bytes);
    } finally {
      openFrames++;
    }
  },
  floats: (n) => floatsAt(take(kernels!, n * 4), n),
  place(values, n) {
    if (values instanceof Float32Array) {
      const at = offsetOf(values);
      if (at >= 0) return at;
      const pin = pinned.get(values);
      if (pin !== undefined) return pin;
    }
    const at = take(kernels!, n * 4);
    const view = floatsAt(at, n);
    if (values instanceof Float32Array || values instanceof Float64Array) {
      view.set(values.subarray(0, n));
    } else {
      for (let i = 0; i < n; i++) view[i] = values[i];
    }
    return at;
  },
  output(out, n, copyIn = false) {
    const at = offsetOf(out);
    if (at >= 0) return { at, done: () => {} };
    const scratch = frame.floats(n);
    if (copyIn) scratch.set(out.subarray(0, n));
    return { at: scratch.byteOffset, done: () => out.set(scratch) };
  },
};

/** Runs fn with scratch memory that is released when it returns. Frames nest. */
export function withFrame<T>(fn: (frame: Frame) => T): T {
  if (!wasmKernels()) throw new Error('wasm memory: WebAssembly SIMD is not available');
  const mark = top;
  openFrames++;
  try {
    return fn(frame);
  } finally {
    openFrames--;
    top = mark;
  }
}
