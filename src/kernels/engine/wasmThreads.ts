/**
 * Helper threads for the WebAssembly kernels: the calling thread and N helpers split one
 * kernel call — a product's rows, attention's heads — and each runs the same export on its own
 * part of the shared memory (wasmMemory.ts). On this project's 2-core machines one helper
 * nearly halves a 256-token prefill, as ONNX Runtime's own thread pool does.
 *
 *   caller                                     helper i (a Worker, runs threadMain)
 *   write export + args into i's control slot   waits on its slot's job word
 *   job word += 1, notify            ───────▶   runs exports[name](...args)
 *   runs part 0 itself                          done word = job word
 *   spins until every done word has caught up ◀──
 *
 * The control slots live in the memory's reserved first bytes, so both sides read them with
 * Atomics on the same SharedArrayBuffer. Without shared memory, or before `startThreads`,
 * `runParts` runs every part on the calling thread: the results are the same either way
 * (each part writes disjoint outputs; no sum is split across threads).
 *
 * subtle: the caller spins (it cannot Atomics.wait on a browser's main thread) and a helper
 * spins briefly before it sleeps, because a kernel call lasts tens of microseconds and waking
 * a sleeping thread costs about as much.
 *
 * Deliberately left out: work stealing, more parts than threads, stopping helpers.
 */
import { RESERVED_BYTES, wasmKernels, type InferenceExports } from './wasmMemory.ts';

const NAMES = ['matmul', 'swiglu', 'attention', 'rmsnorm', 'rope'] as const;
export type KernelName = (typeof NAMES)[number];

/** Per helper: Int32 words [job, done, export index, arg count, ready, failed], then Float64 args. */
const SLOT_BYTES = 256;
const ARGS_OFFSET = 32;
const MAX_ARGS = 16;
const [JOB, DONE, FN, NARGS, READY, FAILED] = [0, 1, 2, 3, 4, 5];
/** Slot 0 is never used (helper indices start at 1): at most this many helpers. */
export const MAX_THREADS = RESERVED_BYTES / SLOT_BYTES - 1;
/** How long a helper spins for its next part before it sleeps: longer than the gaps between
 * kernel calls inside one forward pass (norms, RoPE in JavaScript), short enough not to burn a
 * core when inference is idle. */
const SPIN_MS = 2;

interface Slot {
  words: Int32Array;
  args: Float64Array;
}

function slot(buffer: ArrayBufferLike, index: number): Slot {
  const base = index * SLOT_BYTES;
  return {
    words: new Int32Array(buffer, base, ARGS_OFFSET / 4),
    args: new Float64Array(buffer, base + ARGS_OFFSET, MAX_ARGS),
  };
}

/** What a helper receives once: the shared memory, the compiled module and its slot. */
export interface ThreadStart {
  memory: { buffer: ArrayBufferLike };
  module: object;
  index: number;
}

/** Something that runs threadMain in another thread when posted a ThreadStart (a Worker). */
export interface ThreadPort {
  postMessage(message: ThreadStart): void;
}

let helpers: Slot[] = [];

const sleep = (ms: number) =>
  new Promise((resolve) =>
    (globalThis as unknown as { setTimeout(f: () => void, ms: number): void }).setTimeout(
      () => resolve(undefined),
      ms,
    ),
  );

let limit = Infinity;

/** Helper threads kernel calls use: the started ones, up to the limit set by useThreads. */
export function threadCount(): number {
  return Math.min(helpers.length, limit);
}

/** Lets kernel calls use at most n helpers (0: everything on the calling thread). */
export function useThreads(n: number): void {
  limit = Math.max(0, n);
}

/**
 * Starts `count` helpers (each spawned by `spawn`) and resolves when all are ready. Does
 * nothing without shared memory. Returns the number of helpers running.
 */
export async function startThreads(spawn: () => ThreadPort, count: number): Promise<number> {
  const k = wasmKernels();
  if (!k || !k.shared) return 0;
  const want = Math.min(count, MAX_THREADS);
  const started: Slot[] = [];
  for (let i = helpers.length + 1; i <= want; i++) {
    const s = slot(k.memory.buffer, i);
    s.words.fill(0);
    spawn().postMessage({ memory: k.memory, module: k.module, index: i });
    started.push(s);
  }
  while (started.some((s) => Atomics.load(s.words, READY) === 0)) {
    await sleep(1);
  }
  helpers = helpers.concat(started);
  return helpers.length;
}

/** The body of a helper thread: instantiates the kernels on the shared memory, then serves. */
export function threadMain(start: ThreadStart): void {
  const WA = (
    globalThis as unknown as {
      WebAssembly: { Instance: new (m: object, i: object) => { exports: unknown } };
    }
  ).WebAssembly;
  const exports = new WA.Instance(start.module, { env: { memory: start.memory } })
    .exports as InferenceExports;
  const { words, args } = slot(start.memory.buffer, start.index);
  Atomics.store(words, READY, 1);
  let seen = Atomics.load(words, JOB);
  for (;;) {
    let since = Date.now();
    for (let spin = 1; Atomics.load(words, JOB) === seen; spin++) {
      if (spin % 1024 === 0 && Date.now() - since > SPIN_MS) {
        Atomics.wait(words, JOB, seen);
        since = Date.now(); // woken (a job, or wakeThreads): spin again before sleeping
      }
    }
    seen = Atomics.load(words, JOB);
    try {
      // FN −1: no work (syncThreads); the helper has caught up with the memory's size
      if (words[FN] >= 0) {
        const fn = exports[NAMES[words[FN]]] as (...a: number[]) => void;
        fn(...Array.from(args.subarray(0, words[NARGS])));
      }
    } catch {
      Atomics.store(words, FAILED, 1);
    }
    Atomics.store(words, DONE, seen);
  }
}

/**
 * Gives every helper an empty part and waits until all have run it. After the memory has grown
 * (pinning a model), a helper has to catch up with the new size the next time it runs, which
 * costs milliseconds: this pays it at load time instead of in the first forward pass.
 */
export function syncThreads(): void {
  const slots = helpers.slice(0, threadCount());
  for (const { words } of slots) {
    words[FN] = -1;
    Atomics.add(words, JOB, 1);
    Atomics.notify(words, JOB);
  }
  for (const { words } of slots) {
    const job = Atomics.load(words, JOB);
    while (Atomics.load(words, DONE) !== job) {
      /* spin: an empty part */
    }
  }
}

/**
 * Wakes sleeping helpers without giving them work, so they are spinning when the first kernel
 * call of a forward pass arrives: the wake-up overlaps the caller's own preparations.
 */
export function wakeThreads(): void {
  for (let i = 0; i < threadCount(); i++) Atomics.notify(helpers[i].words, JOB);
}

/**
 * Runs export `name` once per argument list: the first on this thread, the others on helpers
 * (if there are more parts than helpers, the rest also here). Returns when all are done.
 */
export function runParts(name: KernelName, parts: number[][]): void {
  const k = wasmKernels()!;
  const fn = k.exports[name] as (...a: number[]) => void;
  const remote = Math.min(parts.length - 1, threadCount());
  for (let p = 1; p <= remote; p++) {
    const { words, args } = helpers[p - 1];
    args.set(parts[p]);
    words[FN] = NAMES.indexOf(name);
    words[NARGS] = parts[p].length;
    Atomics.add(words, JOB, 1);
    Atomics.notify(words, JOB);
  }
  let error: unknown = null;
  try {
    fn(...parts[0]);
    for (let p = remote + 1; p < parts.length; p++) fn(...parts[p]);
  } catch (e) {
    error = e; // still wait below: a helper must not be handed a new part while it works
  }
  let failed = false;
  for (let p = 1; p <= remote; p++) {
    const { words } = helpers[p - 1];
    const job = Atomics.load(words, JOB);
    while (Atomics.load(words, DONE) !== job) {
      /* spin: the part takes microseconds */
    }
    if (Atomics.exchange(words, FAILED, 0)) failed = true;
  }
  if (error) throw error;
  if (failed) throw new Error(`wasm threads: a helper failed in ${name}`);
}

/** How many parts a job of `work` multiply-adds over `units` splittable units is worth. */
export function partsFor(work: number, units: number): number {
  if (threadCount() === 0 || work < 1 << 18) return 1;
  return Math.max(1, Math.min(threadCount() + 1, units));
}
