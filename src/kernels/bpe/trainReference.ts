/**
 * Training a byte-level BPE vocabulary, the readable way: minbpe's `RegexTokenizer.train`
 * written out, with a full recount of every pair before every merge.
 *
 * 1. Cut the text into chunks with Qwen's pre-tokenizer (merges never cross a chunk boundary)
 *    and write every chunk as its UTF-8 bytes: the 256 byte tokens are the starting vocabulary.
 * 2. Count every adjacent pair of tokens in every chunk.
 * 3. The most frequent pair becomes a new token; ties go to the pair seen first in the text
 *    (a Map keeps insertion order, as minbpe's dict does). Replace the pair everywhere.
 * 4. Repeat `merges` times, or until no pair is left.
 *
 * Each merge costs a pass over the whole text, so this is for reading and for checking:
 * train.ts `trainBpe` is the incremental trainer the tokenizer lab and `npm run train` use, and
 * a unit test holds its merges, ids and token counts to this function.
 *
 * Deliberately left out: special tokens, other pre-tokenizers, reusing an id when a merge
 * produces bytes that are already a token (train.ts handles all three).
 *
 *   trainBpeReference('aaabdaaabac', 3) → merges (97,97)→256, (256,97)→257, (257,98)→258,
 *   with 9, 7, 5 tokens left after each (minbpe's example)
 */
import { splitRegex } from './pretokenize.ts';
import { encodeUtf8 } from './utf8.ts';

export interface ReferenceMerge {
  /** The two token ids merged, left then right. */
  pair: [number, number];
  /** The new token's id (256, 257, …). */
  id: number;
  /** How often the pair occurred when it was chosen. */
  count: number;
  /** Tokens in the whole text after this merge. */
  tokens: number;
}

export function trainBpeReference(text: string, merges: number): ReferenceMerge[] {
  const re = splitRegex('qwen') as RegExp;
  const chunks = Array.from(text.normalize('NFC').matchAll(re), (m) =>
    Array.from(encodeUtf8(m[0])),
  );
  const out: ReferenceMerge[] = [];
  for (let k = 0; k < merges; k++) {
    // 2. count pairs; the Map's insertion order is the order of first occurrence
    const stats = new Map<string, number>();
    for (const c of chunks) {
      for (let i = 0; i + 1 < c.length; i++) {
        const key = `${c[i]},${c[i + 1]}`;
        stats.set(key, (stats.get(key) ?? 0) + 1);
      }
    }
    // 3. the most frequent pair (strictly greater: the first seen wins a tie)
    let best = '';
    let bestCount = 0;
    for (const [key, n] of stats) if (n > bestCount) [best, bestCount] = [key, n];
    if (bestCount === 0) break;
    const [a, b] = best.split(',').map(Number) as [number, number];
    const id = 256 + k;
    for (const c of chunks) {
      for (let i = 0; i + 1 < c.length; i++) if (c[i] === a && c[i + 1] === b) c.splice(i, 2, id);
    }
    out.push({
      pair: [a, b],
      id,
      count: bestCount,
      tokens: chunks.reduce((s, c) => s + c.length, 0),
    });
  }
  return out;
}
