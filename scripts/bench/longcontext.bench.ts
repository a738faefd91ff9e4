/**
 * Long-context lab figures: generation on the tiny model's architecture with and without the
 * KV cache at several context lengths (tokens/s, and the cache's speed-up measured in the same
 * run), and the tiled Flash-style attention kernel against the naive one on the same inputs.
 * Cold = the first pass in this process (JIT included); warm = median of repeated passes.
 * The model has the tiny model's sizes with seeded random weights (speed does not depend on
 * the values), so the bench runs whether or not the trained files are committed.
 */
import { attentionForward } from '../../src/kernels/engine/attention.ts';
import { flashAttentionForward } from '../../src/kernels/reference/flashAttention.ts';
import { createRng } from '../../src/kernels/reference/random.ts';
import { createKVCache, forward, pinForInference } from '../../src/model/forward.ts';
import { initModel } from '../../src/model/init.ts';
import type { BenchRow } from './types.ts';
import { benchConfig } from './model.bench.ts';
import { median, time } from './stats.ts';

/** The tiny model's sizes (model.bench.ts), with the committed vocabulary size. */
const CONFIG = benchConfig();

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const model = pinForInference(initModel(CONFIG, 1)); // as the lab's worker does
  const rng = createRng(3);
  const ids = Array.from({ length: 2100 }, () => Math.floor(rng.uniform() * 2000));

  // Decoding one token at context n: with the cache (one row) vs without (the whole prefix).
  const group = 'Long context: next token, tiny model';
  let first = true;
  for (const n of [64, 256, 1024, 2048]) {
    const cache = createKVCache(CONFIG, n + 40);
    forward(model, ids.slice(0, n), cache, { lastOnly: true });
    const cachedTimes: number[] = [];
    for (let i = 0; i < 32; i++) {
      cachedTimes.push(time(() => forward(model, [ids[n + i]], cache, { lastOnly: true })));
    }
    const reps = n >= 1024 ? 3 : 7;
    const uncachedTimes: number[] = [];
    for (let i = 0; i < reps; i++) {
      uncachedTimes.push(time(() => forward(model, ids.slice(0, n + 1), null, { lastOnly: true })));
    }
    const withCache = 1000 / median(cachedTimes);
    const without = 1000 / median(uncachedTimes);
    if (first) {
      rows.push({
        group,
        name: `with KV cache, n = ${n}, cold (first step)`,
        value: 1000 / cachedTimes[0],
        unit: 'tok/s',
      });
      first = false;
    }
    rows.push({ group, name: `without cache, n = ${n}, warm`, value: without, unit: 'tok/s' });
    rows.push({
      group,
      name: `with KV cache, n = ${n}, warm`,
      value: withCache,
      unit: 'tok/s',
      peer: `without cache, n = ${n}`,
      ratio: withCache / without,
      note: 'O(n·d) vs O(n²·d) per token',
    });
  }

  // Attention kernels on one layer's shapes: naive (blocked products) vs tiled online softmax.
  const kgroup = 'Long context: attention kernel (4 heads, 2 KV heads, head dim 32)';
  for (const T of [256, 1024, 2048]) {
    const shape = { T, pastLength: 0, nHeads: 4, nKvHeads: 2, headDim: 32 };
    const q = Float32Array.from({ length: T * 128 }, () => rng.normal());
    const k = Float32Array.from({ length: T * 64 }, () => rng.normal());
    const v = Float32Array.from({ length: T * 64 }, () => rng.normal());
    const out = new Float32Array(T * 128);
    const reps = T >= 2048 ? 3 : 5;
    const flashCold = time(() => flashAttentionForward(out, q, k, v, shape, 64));
    const naiveCold = time(() => attentionForward(out, null, q, k, v, shape));
    const naive: number[] = [];
    const flash: number[] = [];
    for (let i = 0; i < reps; i++) {
      naive.push(time(() => attentionForward(out, null, q, k, v, shape)));
      flash.push(time(() => flashAttentionForward(out, q, k, v, shape, 64)));
    }
    if (T === 256) {
      rows.push({ group: kgroup, name: `naive, T = ${T}, cold`, value: naiveCold, unit: 'ms' });
      rows.push({ group: kgroup, name: `tiled, T = ${T}, cold`, value: flashCold, unit: 'ms' });
    }
    const nw = median(naive);
    const fw = median(flash);
    rows.push({ group: kgroup, name: `naive, T = ${T}, warm`, value: nw, unit: 'ms' });
    rows.push({
      group: kgroup,
      name: `tiled (block 64), T = ${T}, warm`,
      value: fw,
      unit: 'ms',
      peer: `naive, T = ${T}`,
      ratio: nw / fw,
      note: 'tiled keeps one 64×64 tile; naive holds T×T scores',
    });
  }
  return rows;
}
