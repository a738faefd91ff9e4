/**
 * Starts helper threads for the WebAssembly kernels in Node (benches, tests, the ablation):
 * worker_threads running kernelThread.worker.ts, one fewer than the machine's cores by default
 * (the calling thread works too). A worker does not inherit tsx's TypeScript loader, so a
 * two-line bootstrap loads the file through tsx's API. The workers are unref'd, so they never
 * keep the process alive.
 *
 *   await startNodeKernelThreads()   // → 1 on a 2-core machine
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { startThreads } from '../../src/kernels/engine/wasmThreads.ts';

export async function startNodeKernelThreads(count = availableParallelism() - 1): Promise<number> {
  return startThreads(() => {
    const api = import.meta.resolve('tsx/esm/api');
    const file = new URL('./kernelThread.worker.ts', import.meta.url).href;
    const bootstrap = `import(${JSON.stringify(api)}).then(({ tsImport }) =>
      tsImport(${JSON.stringify(file)}, ${JSON.stringify(import.meta.url)}))`;
    const worker = new Worker(bootstrap, { eval: true });
    worker.unref();
    return worker as unknown as { postMessage(m: unknown): void };
  }, count);
}
