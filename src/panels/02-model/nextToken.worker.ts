/**
 * The tiny Qwen's forward pass for the Model lab, off the main thread: the prompt's ids go in,
 * the probabilities of the next token come out (after temperature, over the whole vocabulary,
 * with the shared softmax), and the 10 most probable tokens are picked. The logits of the last
 * prompt are kept, so moving the temperature slider does not run the model again.
 *
 * Deliberately left out: sampling and generation (the Chat lab does that).
 */
import { expose } from 'comlink';
import { forward, pinForInference } from '../../model/forward.ts';
import type { QwenModel } from '../../model/params.ts';
import { startKernelThreads } from '../../runtime/kernelThreads.ts';
import { temperedProbs, topEntries, type TokenChoice } from '../../model/sampling.ts';

export interface NextTokenResult {
  /** The 10 most probable next tokens, most probable first. */
  top: TokenChoice[];
  /** Their probabilities summed. */
  topMass: number;
  vocab: number;
  /** The forward pass: milliseconds, and the threads its kernels ran on. */
  ms: number;
  threads: number;
}

let model: QwenModel | null = null;
let last: { key: string; logits: Float32Array; ms: number } | null = null;
let threads = 1;

const api = {
  /** Loads the model (pinned for the SIMD kernels); resolves to the threads they run on. */
  async setModel(m: QwenModel): Promise<number> {
    threads = await startKernelThreads();
    model = pinForInference(m);
    last = null;
    return threads;
  },

  next(ids: number[], temperature: number, k = 10): NextTokenResult {
    if (!model) throw new Error('the tiny model is not loaded in the worker yet');
    const key = ids.join(',');
    if (!last || last.key !== key) {
      const t0 = performance.now();
      const { logits } = forward(model, ids, null, { lastOnly: true });
      last = { key, logits, ms: performance.now() - t0 };
    }
    const probs = temperedProbs(last.logits, { temperature });
    const top = topEntries(probs, k);
    let topMass = 0;
    for (const t of top) topMass += t.prob;
    return { top, topMass, vocab: probs.length, ms: last.ms, threads };
  },
};

export type NextTokenApi = typeof api;
expose(api);
