/**
 * A helper thread for the WebAssembly kernels in the browser: its first message carries the
 * shared memory and the compiled module, then it serves kernel parts for good
 * (src/kernels/engine/wasmThreads.ts `threadMain`). Started by kernelThreads.ts.
 */
import { threadMain, type ThreadStart } from '../kernels/engine/wasmThreads.ts';

self.addEventListener('message', (e: MessageEvent<ThreadStart>) => threadMain(e.data), {
  once: true,
});
