/**
 * The lab's heavy work, off the main thread, on the tiny model the page sends once: generation
 * timed with and without the KV cache, the Table 3 ablation (src/kernels/labdata/ablation.ts with
 * src/model/evaluate.ts), and attention probabilities for the heatmaps, read from the model's
 * per-layer trace (src/model/inspect.ts; kept here, the page asks for one layer and head at a
 * time).
 */
import { expose } from 'comlink';
import {
  runAblation,
  type AblationCell,
  type LongContextOptions,
} from '../../kernels/labdata/ablation.ts';
import { headDim } from '../../model/config.ts';
import { evaluateLoss } from '../../model/evaluate.ts';
import { createKVCache, forward, pinForInference } from '../../model/forward.ts';
import { attentionMap, traceForward, type Trace } from '../../model/inspect.ts';
import type { QwenModel } from '../../model/params.ts';
import { startKernelThreads } from '../../runtime/kernelThreads.ts';

let model: QwenModel | null = null;
let lastTrace: { key: string; trace: Trace } | null = null;

function need(): QwenModel {
  if (!model) throw new Error('the tiny model has not reached the worker yet');
  return model;
}

export interface KvTiming {
  /** Tokens already in the sequence when the timed tokens are generated. */
  n: number;
  /** Milliseconds per generated token: the median of the repeats. */
  cachedMs: number;
  uncachedMs: number;
  /** Fastest and slowest repeat, milliseconds per token (the spread). */
  cachedRange: [number, number];
  uncachedRange: [number, number];
  /** How many times each was measured. */
  repeats: number;
}

/** Median of a few numbers. */
/** Fastest and slowest of the repeats (a loop: no spread into Math.min/max). */
function span(xs: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return [lo, hi];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

/** A deterministic token sequence of length n (ids cycle through the prompt). */
function sequence(prompt: number[], n: number): number[] {
  return Array.from({ length: n }, (_, i) => prompt[i % prompt.length]);
}

const api = {
  /** Loads the model (pinned for the SIMD kernels); resolves to the threads they run on. */
  async setModel(m: QwenModel): Promise<number> {
    const threads = await startKernelThreads();
    model = pinForInference(m);
    lastTrace = null;
    return threads;
  },

  /**
   * For each n: prefill n tokens, then time next-token forward passes with the cache (`steps`
   * passes, one new token each) and without it (one pass over the whole prefix again, as
   * generation without a cache must), `repeats` times, alternating, so both see the same load.
   * Each figure is the median of its repeats, with the fastest and slowest beside it. Greedy
   * choice is irrelevant to the time, so the next ids come from the prompt.
   */
  timeKv(
    prompt: number[],
    lengths: number[],
    steps: number,
    onRow: (row: KvTiming, done: number) => void,
    repeats = 5,
  ): KvTiming[] {
    const m = need();
    // Warm-up (JIT, allocations), on short sequences so it stays cheap.
    const warm = sequence(prompt, 24);
    const wc = createKVCache(m.config, 24);
    forward(m, warm.slice(0, 16), wc, { lastOnly: true });
    for (let i = 16; i < 24; i++) {
      forward(m, [warm[i]], wc, { lastOnly: true });
      forward(m, warm.slice(0, i + 1), null, { lastOnly: true });
    }
    const out: KvTiming[] = [];
    for (const n of lengths) {
      const ids = sequence(prompt, n + steps + 1);
      const cached: number[] = [];
      const uncached: number[] = [];
      for (let r = 0; r < repeats; r++) {
        const cache = createKVCache(m.config, n + steps);
        forward(m, ids.slice(0, n), cache, { lastOnly: true });
        let t0 = performance.now();
        for (let i = 0; i < steps; i++) forward(m, [ids[n + i]], cache, { lastOnly: true });
        cached.push((performance.now() - t0) / steps);
        t0 = performance.now();
        forward(m, ids.slice(0, n + 1), null, { lastOnly: true });
        uncached.push(performance.now() - t0);
      }
      const row: KvTiming = {
        n,
        cachedMs: median(cached),
        uncachedMs: median(uncached),
        cachedRange: span(cached),
        uncachedRange: span(uncached),
        repeats,
      };
      out.push(row);
      onRow(row, out.length);
    }
    return out;
  },

  ablation(
    stream: Int32Array,
    multiples: number[],
    windows: number[],
    onProgress: (done: number, total: number) => void,
  ): AblationCell[] {
    const m = need();
    const c = m.config;
    const L = c.max_position_embeddings;
    return runAblation(
      {
        stream,
        multiples,
        totalTokens: L * multiples.reduce((a, b) => Math.max(a, b), 1),
        trainLength: L,
        headDim: headDim(c),
        base: c.rope_theta,
        windows,
      },
      (ids, opts) => {
        const r = evaluateLoss(m, ids, { ...opts, chunkSize: L });
        return { meanLoss: r.meanLoss, predictions: ids.length - 1 };
      },
      onProgress,
    );
  },

  /** Attention probabilities of one layer and head: (T, T) row-major. */
  attention(ids: number[], options: LongContextOptions, layer: number, head: number): Float32Array {
    const m = need();
    const key = JSON.stringify([ids, options]);
    if (!lastTrace || lastTrace.key !== key) {
      const trace = traceForward(m, ids, {
        ...options,
        collect: { attentionProbs: true },
        lastOnly: true,
      });
      lastTrace = { key, trace };
    }
    const l = Math.min(layer, m.config.num_hidden_layers - 1);
    const h = Math.min(head, m.config.num_attention_heads - 1);
    return attentionMap(m, lastTrace.trace, l, h).slice();
  },
};

export type LongContextApi = typeof api;
expose(api);
