/**
 * Helper threads for the TS model's WebAssembly kernels, started from the worker that runs the
 * model: one per further core (at most 3), when the page is cross-origin isolated — the only
 * pages where browsers allow shared memory (served with `Cross-Origin-Opener-Policy:
 * same-origin` and `Cross-Origin-Embedder-Policy: require-corp`). Elsewhere the kernels run on
 * the worker's own thread with the same results.
 *
 * Deliberately left out: stopping the helpers (they sleep when idle and end with the page).
 *
 *   await startKernelThreads()   // → 2 on a 2-core isolated page, 1 elsewhere
 */
import { startThreads, threadCount } from '../kernels/engine/wasmThreads.ts';

let starting: Promise<number> | null = null;

/** Starts the helpers once; resolves to the number of threads kernel calls use. */
export function startKernelThreads(): Promise<number> {
  const scope = globalThis as { crossOriginIsolated?: boolean; navigator?: Navigator };
  if (!scope.crossOriginIsolated) return Promise.resolve(1);
  const helpers = Math.min(3, (scope.navigator?.hardwareConcurrency ?? 1) - 1);
  starting ??= startThreads(
    () => new Worker(new URL('./kernelThread.worker.ts', import.meta.url), { type: 'module' }),
    helpers,
  ).catch(() => 0);
  return starting.then(() => 1 + threadCount());
}
