/**
 * The tiny Qwen's forward pass for the Model lab, off the main thread: the prompt's ids go in,
 * the logits of the next token come out (the last row, over the whole vocabulary). The page
 * applies the temperature itself (useNextToken.ts), so moving the temperature slider never
 * waits for the worker.
 *
 * Deliberately left out: sampling and generation (the Chat lab does that).
 */
import { expose, transfer } from 'comlink';
import { forward, pinForInference } from '../../model/forward.ts';
import type { QwenModel } from '../../model/params.ts';
import { startKernelThreads } from '../../runtime/kernelThreads.ts';

export interface NextTokenLogits {
  /** (vocab) logits of the token after the prompt. */
  logits: Float32Array;
  /** The forward pass: milliseconds, and the threads its kernels ran on. */
  ms: number;
  threads: number;
}

let model: QwenModel | null = null;
let threads = 1;

const api = {
  /** Loads the model (pinned for the SIMD kernels); resolves to the threads they run on. */
  async setModel(m: QwenModel): Promise<number> {
    threads = await startKernelThreads();
    model = pinForInference(m);
    return threads;
  },

  logits(ids: number[]): NextTokenLogits {
    if (!model) throw new Error('the tiny model is not loaded in the worker yet');
    const t0 = performance.now();
    const { logits } = forward(model, ids, null, { lastOnly: true });
    const ms = performance.now() - t0;
    return transfer({ logits, ms, threads }, [logits.buffer]);
  },
};

export type NextTokenApi = typeof api;
expose(api);
