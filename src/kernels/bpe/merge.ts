/**
 * Applying learned merges to one chunk: the heart of BPE encoding.
 *
 * Rule (GPT-2, tiktoken, Hugging Face): among all adjacent pairs that are merges, merge the
 * one with the lowest rank (learned earliest); on a tie, the leftmost. Repeat until no adjacent
 * pair is a merge.
 *
 * Two implementations of the same rule:
 * - traceMerges: the textbook loop (scan all pairs, merge the best, repeat), O(n²) per chunk,
 *   recording every state for the "merge by merge" view;
 * - mergeSymbols: the fast one, O(n log n): symbols in a linked list over typed arrays and a
 *   min-heap of candidate pairs keyed by (rank, position), with lazy deletion (an entry whose
 *   pair has changed since it was pushed is skipped when popped). Short chunks (most chunks
 *   are a few bytes) use the textbook loop in place, which is faster for them.
 * Deliberately left out: dropout, the word cache (see tokenizer.ts).
 */
import type { PairLookup } from './pairTable.ts';

/** One merge applied to a chunk: symbols[position] and symbols[position+1] became `merged`. */
export interface MergeStep {
  position: number;
  left: number;
  right: number;
  merged: number;
  rank: number;
}

/** A chunk's merge history: states[0] are the initial symbols, states[k+1] follow steps[k]. */
export interface MergeTrace {
  states: number[][];
  steps: MergeStep[];
}

/**
 * Below this many symbols the O(n²) scan is used. Measured on the bench text (cl100k, no
 * cache): thresholds 6…24 are equally fast; the heap alone is ~40% slower.
 */
const SMALL_CHUNK = 16;

// Scratch buffers shared by all calls (grown on demand; encoding is single-threaded).
let nextBuf = new Int32Array(1024);
let prevBuf = new Int32Array(1024);
let heap = new Float64Array(4096);

/**
 * Merges `symbols[0, n)` in place by rank and returns the new length.
 *   pairs: (97,97)→256 rank 0, (256,97)→257 rank 1
 *   mergeSymbols([97, 97, 97, 98], 4, pairs) → 2, symbols starts with [257, 98]
 */
export function mergeSymbols(symbols: Int32Array, n: number, pairs: PairLookup): number {
  if (n < 2) return n;
  if (n <= SMALL_CHUNK) return mergeSmall(symbols, n, pairs);
  if (nextBuf.length < n) {
    nextBuf = new Int32Array(n * 2);
    prevBuf = new Int32Array(n * 2);
  }
  if (heap.length < 3 * n) heap = new Float64Array(6 * n);
  const next = nextBuf;
  const prev = prevBuf;
  let h = heap;
  let hn = 0;
  for (let i = 0; i < n; i++) {
    next[i] = i + 1;
    prev[i] = i - 1;
  }
  // Keys: rank · n + position, so the smallest key is the lowest rank, then the leftmost pair.
  for (let i = 0; i + 1 < n; i++) {
    const slot = pairs.find(symbols[i], symbols[i + 1]);
    if (slot >= 0) hn = heapPush(h, hn, pairs.rankAt(slot) * n + i);
  }
  while (hn > 0) {
    const key = h[0];
    hn = heapPop(h, hn);
    const rank = Math.floor(key / n);
    const pos = key - rank * n;
    const a = symbols[pos];
    if (a < 0) continue; // the left symbol was swallowed by an earlier merge
    const j = next[pos];
    if (j >= n) continue;
    const slot = pairs.find(a, symbols[j]);
    if (slot < 0 || pairs.rankAt(slot) !== rank) continue; // stale entry
    const merged = pairs.mergedAt(slot);
    symbols[pos] = merged;
    symbols[j] = -1;
    const k = next[j];
    next[pos] = k;
    if (k < n) prev[k] = pos;
    if (hn + 2 > h.length) {
      const bigger = new Float64Array(h.length * 2);
      bigger.set(h.subarray(0, hn));
      heap = h = bigger;
    }
    const p = prev[pos];
    if (p >= 0) {
      const s = pairs.find(symbols[p], merged);
      if (s >= 0) hn = heapPush(h, hn, pairs.rankAt(s) * n + p);
    }
    if (k < n) {
      const s = pairs.find(merged, symbols[k]);
      if (s >= 0) hn = heapPush(h, hn, pairs.rankAt(s) * n + pos);
    }
  }
  // Compact the survivors (position 0 always survives: a merge keeps its left position).
  let w = 0;
  for (let i = 0; i < n; i = next[i]) symbols[w++] = symbols[i];
  return w;
}

/** The textbook loop, in place: scan every pair, merge the lowest rank (leftmost on ties). */
function mergeSmall(symbols: Int32Array, n: number, pairs: PairLookup): number {
  for (;;) {
    let bestRank = 0x7fffffff;
    let bestPos = -1;
    let bestMerged = -1;
    for (let i = 0; i + 1 < n; i++) {
      const slot = pairs.find(symbols[i], symbols[i + 1]);
      if (slot >= 0) {
        const r = pairs.rankAt(slot);
        if (r < bestRank) {
          bestRank = r;
          bestPos = i;
          bestMerged = pairs.mergedAt(slot);
        }
      }
    }
    if (bestPos < 0) return n;
    symbols[bestPos] = bestMerged;
    for (let i = bestPos + 1; i + 1 < n; i++) symbols[i] = symbols[i + 1];
    n--;
  }
}

/**
 * The merge-by-merge history of one chunk, lowest rank first (the textbook loop, O(n²): meant
 * for showing one chunk, not for bulk encoding).
 *   traceMerges([97, 97, 97], pairs).states → [[97, 97, 97], [256, 97], [257]]
 */
export function traceMerges(initial: ArrayLike<number>, pairs: PairLookup): MergeTrace {
  let cur = Array.from(initial);
  const states: number[][] = [cur.slice()];
  const steps: MergeStep[] = [];
  for (;;) {
    let best: MergeStep | null = null;
    for (let i = 0; i + 1 < cur.length; i++) {
      const slot = pairs.find(cur[i], cur[i + 1]);
      if (slot >= 0 && (best === null || pairs.rankAt(slot) < best.rank)) {
        best = {
          position: i,
          left: cur[i],
          right: cur[i + 1],
          merged: pairs.mergedAt(slot),
          rank: pairs.rankAt(slot),
        };
      }
    }
    if (best === null) return { states, steps };
    cur = [...cur.slice(0, best.position), best.merged, ...cur.slice(best.position + 2)];
    steps.push(best);
    states.push(cur.slice());
  }
}

function heapPush(h: Float64Array, n: number, key: number): number {
  let i = n;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (h[parent] <= key) break;
    h[i] = h[parent];
    i = parent;
  }
  h[i] = key;
  return n + 1;
}

/** Removes the minimum (h[0]) and returns the new size. */
function heapPop(h: Float64Array, n: number): number {
  const last = h[--n];
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && h[c + 1] < h[c]) c++;
    if (h[c] >= last) break;
    h[i] = h[c];
    i = c;
  }
  h[i] = last;
  return n;
}
