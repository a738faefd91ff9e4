/**
 * tiktoken vocabularies (cl100k_base, o200k_base) → BpeVocab.
 *
 * tiktoken ships no merge list: only "ranks", the bytes of every token in the order they were
 * learned. Its BPE merges the adjacent pair whose concatenation has the lowest rank. We turn
 * that into our merge table: for every token and every way to cut it into two tokens, the pair
 * (left, right) merges into it with the token's rank. That is exactly tiktoken's rule, since
 * a pair can merge only into the token equal to its concatenation. tiktoken also emits a chunk
 * that is itself a token directly (wholeChunkIds).
 *
 * Data the browser loads lazily: the `js-tiktoken/ranks/cl100k_base` and `…/o200k_base`
 * modules (1.1 MB and 2.3 MB of JS; `{ pat_str, special_tokens, bpe_ranks }`, where bpe_ranks
 * is "! <first rank> <base64 token> <base64 token> …" lines). The plain `.tiktoken` text
 * format ("<base64 token> <rank>" per line, as in gpt-tokenizer/data) is read too.
 * Deliberately left out: r50k/p50k (GPT-2/3 era), the pattern shipped in pat_str (we use our
 * own rewrite, see pretokenize.ts).
 */
import { bytesToTokenString } from './byteUnicode.ts';
import { decodeUtf8, encodeUtf8, isValidUtf8 } from './utf8.ts';
import { buildVocab, type AddedToken, type BpeVocab } from './vocab.ts';

/** The object exported by `js-tiktoken/ranks/<name>`. */
export interface JsTiktokenRanks {
  pat_str: string;
  special_tokens: Record<string, number>;
  bpe_ranks: string;
}

export type TiktokenScheme = 'cl100k' | 'o200k';

/** Standard base64 → bytes (no DOM atob in the kernels).  base64ToBytes('IQ==') → [0x21] */
export function base64ToBytes(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64.indexOf(clean[i]);
    if (v < 0) throw new Error(`base64ToBytes: bad character '${clean[i]}'`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Ranks from a js-tiktoken ranks module: index = rank, value = token bytes. */
export function parseJsTiktokenRanks(data: JsTiktokenRanks): Uint8Array[] {
  if (typeof data?.bpe_ranks !== 'string')
    throw new Error('parseJsTiktokenRanks: missing bpe_ranks');
  const ranks: Uint8Array[] = [];
  for (const line of data.bpe_ranks.split('\n')) {
    if (line.length === 0) continue;
    const parts = line.split(' ');
    const offset = Number.parseInt(parts[1], 10);
    if (!Number.isInteger(offset)) throw new Error('parseJsTiktokenRanks: bad line offset');
    for (let i = 2; i < parts.length; i++) ranks[offset + i - 2] = base64ToBytes(parts[i]);
  }
  return ranks;
}

/** Ranks from a `.tiktoken` file ("<base64> <rank>" per line). */
export function parseTiktokenFile(text: string): Uint8Array[] {
  const ranks: Uint8Array[] = [];
  for (const line of text.split('\n')) {
    if (line.length === 0) continue;
    const [b64, r] = line.split(' ');
    const rank = Number.parseInt(r, 10);
    if (!Number.isInteger(rank))
      throw new Error(`parseTiktokenFile: bad line '${line.slice(0, 40)}'`);
    ranks[rank] = base64ToBytes(b64);
  }
  return ranks;
}

/**
 * tiktoken ranks + special tokens → BpeVocab.
 *   tiktokenVocab(parseJsTiktokenRanks(cl100k), cl100k.special_tokens, 'cl100k', 'cl100k_base')
 */
export function tiktokenVocab(
  ranks: readonly (Uint8Array | undefined)[],
  specialTokens: Record<string, number>,
  scheme: TiktokenScheme,
  name: string,
): BpeVocab {
  let size = ranks.length;
  for (const id of Object.values(specialTokens)) if (id + 1 > size) size = id + 1;
  const tokenBytes: Uint8Array[] = new Array(size).fill(new Uint8Array(0));
  const tokenStrings: string[] = new Array(size).fill('');
  const idOf = new Map<string, number>(); // latin-1 string of the bytes → rank
  for (let r = 0; r < ranks.length; r++) {
    const b = ranks[r];
    if (b === undefined) continue;
    tokenBytes[r] = b;
    tokenStrings[r] = bytesToTokenString(b);
    idOf.set(latin1(b, 0, b.length), r);
  }
  const byteIds = new Int32Array(256).fill(-1);
  for (let x = 0; x < 256; x++) byteIds[x] = idOf.get(String.fromCharCode(x)) ?? -1;

  const left: number[] = [];
  const right: number[] = [];
  const merged: number[] = [];
  const wholeChunkIds = new Map<string, number>();
  for (let r = 0; r < ranks.length; r++) {
    const b = ranks[r];
    if (b === undefined) continue;
    if (isValidUtf8(b)) wholeChunkIds.set(decodeUtf8(b), r);
    for (let k = 1; k < b.length; k++) {
      const l = idOf.get(latin1(b, 0, k));
      if (l === undefined) continue;
      const rr = idOf.get(latin1(b, k, b.length));
      if (rr === undefined) continue;
      left.push(l);
      right.push(rr);
      merged.push(r);
    }
  }
  const addedTokens: AddedToken[] = Object.entries(specialTokens).map(([text, id]) => ({
    id,
    text,
    special: true,
  }));
  for (const t of addedTokens) {
    tokenBytes[t.id] = encodeUtf8(t.text);
    tokenStrings[t.id] = t.text;
  }
  return buildVocab({
    name,
    scheme,
    size,
    tokenBytes,
    tokenStrings,
    byteIds,
    charIds: null,
    // subtle: the rank of a pair is the rank of the token it makes (ties: leftmost first)
    merges: {
      left: Int32Array.from(left),
      right: Int32Array.from(right),
      merged: Int32Array.from(merged),
      rank: Int32Array.from(merged),
    },
    wholeChunkIds,
    addedTokens,
    decoder: 'byte-level',
    unkId: -1,
  });
}

/** Convenience: a js-tiktoken ranks module object → BpeVocab. */
export function loadJsTiktokenRanks(
  data: JsTiktokenRanks,
  scheme: TiktokenScheme,
  name: string,
): BpeVocab {
  return tiktokenVocab(parseJsTiktokenRanks(data), data.special_tokens, scheme, name);
}

function latin1(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]);
  return s;
}
