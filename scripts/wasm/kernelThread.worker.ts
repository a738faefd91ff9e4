/**
 * A Node helper thread for the WebAssembly kernels: waits for its start message, then serves
 * kernel parts forever (src/kernels/engine/wasmThreads.ts `threadMain`). Spawned by nodeThreads.ts.
 */
import { parentPort } from 'node:worker_threads';
import { threadMain, type ThreadStart } from '../../src/kernels/engine/wasmThreads.ts';

parentPort!.once('message', (start: ThreadStart) => threadMain(start));
