/**
 * tiktoken vocabularies (cl100k_base, o200k_base) → BpeVocab.
 *
 * tiktoken ships no merge list: only "ranks", the bytes of every token in the order they were
 * learned. Its BPE merges the adjacent pair whose concatenation has the lowest rank. So the
 * pair (left, right) is a merge exactly when left·right is a token, with that token's rank:
 * TiktokenPairs answers this on demand for the merge loop, and tiktokenMerges lists every such
 * pair (every way to cut every token in two) for display. tiktoken also emits a chunk that is
 * itself a token directly (wholeTokens).
 *
 * Data the browser loads lazily: the `js-tiktoken/ranks/cl100k_base` and `…/o200k_base`
 * modules (1.1 MB and 2.3 MB of JS; `{ pat_str, special_tokens, bpe_ranks }`, where bpe_ranks
 * is "! <first rank> <base64 token> <base64 token> …" lines). The plain `.tiktoken` text
 * format ("<base64 token> <rank>" per line, as in gpt-tokenizer/data) is read too.
 * Deliberately left out: r50k/p50k (GPT-2/3 era), the pattern shipped in pat_str (we use our
 * own rewrite, see pretokenize.ts).
 */
import { ByteTable, HASH_P } from './byteTable.ts';
import { bytesToTokenString } from './byteUnicode.ts';
import { encodeUtf8 } from './utf8.ts';
import { TiktokenPairs } from './tiktokenPairs.ts';
import {
  buildVocab,
  emptyMerges,
  type AddedToken,
  type BpeVocab,
  type MergeList,
} from './vocab.ts';

/** The object exported by `js-tiktoken/ranks/<name>`. */
export interface JsTiktokenRanks {
  pat_str: string;
  special_tokens: Record<string, number>;
  bpe_ranks: string;
}

export type TiktokenScheme = 'cl100k' | 'o200k';

/** Standard base64 → bytes (no DOM atob in the kernels).  base64ToBytes('IQ==') → [0x21] */
export function base64ToBytes(s: string): Uint8Array {
  const out = new Uint8Array(Math.ceil((s.length * 3) / 4));
  return out.subarray(0, decodeBase64Into(out, 0, s, 0, s.length));
}

/** Decodes base64 s[start, end) into out from `at`; returns the new end. Padding '=' ends it. */
function decodeBase64Into(
  out: Uint8Array,
  at: number,
  s: string,
  start: number,
  end: number,
): number {
  let acc = 0;
  let bits = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d) break; // '='
    const v = c < 128 ? B64_VALUE[c] : -1;
    if (v < 0) throw new Error(`base64: bad character '${s[i]}'`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  return at;
}

const B64_VALUE = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  .split('')
  .forEach((ch, i) => (B64_VALUE[ch.charCodeAt(0)] = i));

/**
 * Ranks from a js-tiktoken ranks module: index = rank, value = token bytes. All tokens are
 * decoded into one buffer (views into it), without splitting the 1 MB string.
 */
export function parseJsTiktokenRanks(data: JsTiktokenRanks): Uint8Array[] {
  const text = data?.bpe_ranks;
  if (typeof text !== 'string') throw new Error('parseJsTiktokenRanks: missing bpe_ranks');
  const buf = new Uint8Array(Math.ceil((text.length * 3) / 4));
  let used = 0;
  const ranks: Uint8Array[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // "<anything> <first rank> <base64> <base64> …"
    const sp1 = text.indexOf(' ', lineStart);
    if (sp1 < 0 || sp1 >= lineEnd) {
      lineStart = lineEnd + 1;
      continue;
    }
    let sp2 = text.indexOf(' ', sp1 + 1);
    if (sp2 < 0 || sp2 > lineEnd) sp2 = lineEnd;
    let rank = Number.parseInt(text.slice(sp1 + 1, sp2), 10);
    if (!Number.isInteger(rank)) throw new Error('parseJsTiktokenRanks: bad line offset');
    let i = sp2 + 1;
    while (i < lineEnd) {
      let j = text.indexOf(' ', i);
      if (j < 0 || j > lineEnd) j = lineEnd;
      const start = used;
      used = decodeBase64Into(buf, used, text, i, j);
      ranks[rank++] = buf.subarray(start, used);
      i = j + 1;
    }
    lineStart = lineEnd + 1;
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
  const present: Uint8Array[] = new Array(ranks.length);
  for (let r = 0; r < ranks.length; r++) {
    const b = ranks[r];
    present[r] = b ?? new Uint8Array(0);
    if (b === undefined) continue;
    tokenBytes[r] = b;
    tokenStrings[r] = bytesToTokenString(b);
  }
  const table = new ByteTable(present);
  const byteIds = new Int32Array(256).fill(-1);
  for (let x = 0; x < 256; x++) byteIds[x] = table.find([x], 0, 1);

  const addedTokens: AddedToken[] = Object.entries(specialTokens).map(([text, id]) => ({
    id,
    text,
    special: true,
  }));
  for (const t of addedTokens) {
    tokenBytes[t.id] = encodeUtf8(t.text);
    tokenStrings[t.id] = t.text;
  }
  const vocab = buildVocab(
    {
      name,
      scheme,
      size,
      tokenBytes,
      tokenStrings,
      byteIds,
      charIds: null,
      merges: emptyMerges(),
      wholeTokens: table,
      addedTokens,
      decoder: 'byte-level',
      unkId: -1,
    },
    new TiktokenPairs(present, table),
  );
  // The merge list is for display only: derive it on first access.
  let merges: MergeList | null = null;
  Object.defineProperty(vocab, 'merges', {
    enumerable: true,
    get: () => (merges ??= tiktokenMerges(present, table)),
  });
  return vocab;
}

/**
 * Every cut of every token into two tokens, as a merge list sorted by rank (the rank of a pair
 * is the rank of the token it makes; ties merge leftmost first). Prefix hashes grow forwards,
 * suffix hashes backwards: h(b[k..n)) = b[k]·P^(n−1−k) + h(b[k+1..n)).
 */
export function tiktokenMerges(tokens: readonly Uint8Array[], table: ByteTable): MergeList {
  const left: number[] = [];
  const right: number[] = [];
  const merged: number[] = [];
  let prefixHash = new Int32Array(64);
  for (let r = 0; r < tokens.length; r++) {
    const b = tokens[r];
    const n = b.length;
    if (n < 2) continue;
    if (prefixHash.length < n) prefixHash = new Int32Array(n);
    let h = 0;
    for (let k = 0; k < n; k++) prefixHash[k] = h = (Math.imul(h, HASH_P) + b[k]) | 0;
    let suffix = 0;
    let pow = 1;
    for (let k = n - 1; k >= 1; k--) {
      suffix = (Math.imul(b[k], pow) + suffix) | 0;
      pow = Math.imul(pow, HASH_P);
      const rr = table.find(b, k, n, suffix);
      if (rr < 0) continue;
      const l = table.find(b, 0, k, prefixHash[k - 1]);
      if (l < 0) continue;
      left.push(l);
      right.push(rr);
      merged.push(r);
    }
  }
  return {
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    merged: Int32Array.from(merged),
    rank: Int32Array.from(merged),
  };
}

/** Convenience: a js-tiktoken ranks module object → BpeVocab. */
export function loadJsTiktokenRanks(
  data: JsTiktokenRanks,
  scheme: TiktokenScheme,
  name: string,
): BpeVocab {
  return tiktokenVocab(parseJsTiktokenRanks(data), data.special_tokens, scheme, name);
}
