/**
 * BpeTokenizer: encodes text with any BpeVocab (Qwen, LLaMA-2, cl100k, o200k, our own).
 *
 * Pipeline: lone surrogates → U+FFFD; cut out added tokens (special ones only if allowed);
 * normalize each remaining segment; split it into chunks; BPE inside each chunk (merge.ts),
 * with a cache from chunk text to ids (natural text repeats its words a lot).
 * Initial symbols of a chunk: one token per UTF-8 byte (byte-level), or one per character
 * that is a token, else one `<0xXX>` token per byte (byte fallback, LLaMA-2).
 * Deliberately left out: truncation, padding, BOS/EOS insertion (ChatML builds its own ids).
 */
import type { ByteTable } from './byteTable.ts';
import { decode, decodeBytes, tokenView, type TokenView } from './decode.ts';
import { mergeSymbols, traceMerges, type MergeTrace } from './merge.ts';
import { normalizeText, splitRegex, type Chunk } from './pretokenize.ts';
import {
  addedTokenMatcher,
  matchableTokens,
  splitOnAddedTokens,
  type AddedTokenMatcher,
  type AllowedSpecial,
} from './specialTokens.ts';
import { encodeUtf8Into, toWellFormed } from './utf8.ts';
import type { BpeVocab } from './vocab.ts';

export interface EncodeOptions {
  /** Which special tokens typed in the text become special ids. Default 'none'. */
  allowedSpecial?: AllowedSpecial;
}

/** One token of a detailed encoding. Offsets are UTF-16 indices into `normalized`. */
export interface EncodedToken {
  id: number;
  bytes: Uint8Array;
  /**
   * The characters the token covers. A token holding part of a character (a byte fragment)
   * covers that whole character, so neighbouring fragments share it.
   */
  start: number;
  end: number;
  /** Index into `chunks`, or −1 for an added token. */
  chunk: number;
  special: boolean;
}

export interface DetailedEncoding {
  /** The text the offsets refer to: normalized segments and added-token texts, joined. */
  normalized: string;
  ids: number[];
  tokens: EncodedToken[];
  /** The pre-tokenizer's chunks (added tokens are not chunks). */
  chunks: Chunk[];
}

/** The chunk cache is emptied when it holds this many chunks or characters. */
const CACHE_LIMIT = 200_000;
const CACHE_CHARS = 8_000_000;
/** Chunks longer than this are not cached (LLaMA-2's single chunk is the whole text). */
const CACHE_MAX_CHUNK = 4096;

export class BpeTokenizer {
  readonly vocab: BpeVocab;
  private readonly cache = new Map<string, Int32Array>();
  private cacheChars = 0;
  private out = new Int32Array(4096);
  private outLength = 0;
  private readonly matchers = new Map<string, AddedTokenMatcher | null>();
  private readonly split: RegExp | null;
  private bytes = new Uint8Array(1024);
  private symbols = new Int32Array(1024);

  constructor(vocab: BpeVocab) {
    this.vocab = vocab;
    this.split = splitRegex(vocab.scheme);
  }

  /**
   * Text → token ids.
   *   new BpeTokenizer(qwen).encode('Hello world') → [9707, 1879]
   *   encode('<|im_end|>') → the ids of its characters; with { allowedSpecial: 'all' } → [151645]
   */
  encode(text: string, options: EncodeOptions = {}): number[] {
    this.outLength = 0;
    const clean = toWellFormed(text);
    for (const seg of splitOnAddedTokens(clean, this.matcher(options.allowedSpecial ?? 'none'))) {
      if (seg.id >= 0) this.append(Int32Array.of(seg.id));
      else this.encodeSegment(clean.slice(seg.start, seg.end));
    }
    return Array.from(this.out.subarray(0, this.outLength));
  }

  /** Text without added tokens → ids (special-token text is always plain text here). */
  encodeOrdinary(text: string): number[] {
    this.outLength = 0;
    this.encodeSegment(toWellFormed(text));
    return Array.from(this.out.subarray(0, this.outLength));
  }

  /** Normalizes, splits and encodes one segment, appending to this.out. */
  private encodeSegment(text: string): void {
    const normalized = normalizeText(text, this.vocab.scheme);
    const re = this.split;
    if (re === null) {
      if (normalized.length > 0) this.append(this.encodeChunk(normalized));
      return;
    }
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(normalized)) !== null) this.append(this.encodeChunk(m[0]));
  }

  private append(ids: Int32Array): void {
    const need = this.outLength + ids.length;
    if (need > this.out.length) {
      const bigger = new Int32Array(Math.max(need, this.out.length * 2));
      bigger.set(this.out.subarray(0, this.outLength));
      this.out = bigger;
    }
    if (ids.length === 1) this.out[this.outLength] = ids[0];
    else this.out.set(ids, this.outLength);
    this.outLength = need;
  }

  /** One chunk → ids (cached). Subtle: the returned array is shared with the cache. */
  encodeChunk(chunk: string): Int32Array {
    const cached = this.cache.get(chunk);
    if (cached !== undefined) return cached;
    const n = this.initialSymbols(chunk);
    const whole = this.vocab.wholeTokens === null ? -1 : this.wholeTokenOf(chunk, n);
    const ids =
      whole >= 0
        ? Int32Array.of(whole)
        : this.symbols.slice(0, mergeSymbols(this.symbols, n, this.vocab.pairs));
    if (chunk.length <= CACHE_MAX_CHUNK) {
      if (this.cache.size >= CACHE_LIMIT || this.cacheChars > CACHE_CHARS) {
        this.cache.clear();
        this.cacheChars = 0;
      }
      this.cache.set(chunk, ids);
      this.cacheChars += chunk.length;
    }
    return ids;
  }

  /** Text → ids with, per token, its bytes and where it sits in the normalized text. */
  encodeDetailed(text: string, options: EncodeOptions = {}): DetailedEncoding {
    const clean = toWellFormed(text);
    const result: DetailedEncoding = { normalized: '', ids: [], tokens: [], chunks: [] };
    const re = this.split;
    for (const seg of splitOnAddedTokens(clean, this.matcher(options.allowedSpecial ?? 'none'))) {
      const base = result.normalized.length;
      if (seg.id >= 0) {
        result.normalized += clean.slice(seg.start, seg.end);
        result.ids.push(seg.id);
        result.tokens.push({
          id: seg.id,
          bytes: this.vocab.tokenBytes[seg.id],
          start: base,
          end: result.normalized.length,
          chunk: -1,
          special: true,
        });
        continue;
      }
      const normalized = normalizeText(clean.slice(seg.start, seg.end), this.vocab.scheme);
      result.normalized += normalized;
      const visit = (start: number, end: number): void => {
        const chunk: Chunk = {
          text: normalized.slice(start, end),
          start: base + start,
          end: base + end,
        };
        result.chunks.push(chunk);
        this.addChunkTokens(result, chunk, this.encodeChunk(chunk.text));
      };
      if (re === null) {
        if (normalized.length > 0) visit(0, normalized.length);
      } else {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(normalized)) !== null) visit(m.index, m.index + m[0].length);
      }
    }
    return result;
  }

  /**
   * The merge-by-merge history of one chunk (lowest rank first), from its initial symbols
   * (bytes, or characters with byte fallback) to its final tokens. The chunk is taken as is:
   * pass a chunk from pretokenize(). Subtle: for tiktoken vocabularies a chunk that is itself
   * a token is emitted whole by encode() even if the merges would not reach it; the trace shows
   * the merges only.
   */
  traceChunk(chunk: string): MergeTrace {
    const n = this.initialSymbols(toWellFormed(chunk));
    return traceMerges(this.symbols.subarray(0, n), this.vocab.pairs);
  }

  /** The merges that build token `id` from its initial symbols (its own trace), lowest rank first. */
  mergeStepsOf(id: number): MergeTrace {
    const v = this.vocab;
    const bytes = tokenView(v, id).bytes;
    if (v.charIds !== null) {
      // Byte fallback: a `<0xXX>` token is its own start; other tokens trace their spelling.
      if (bytes.length === 1 && v.byteIds[bytes[0]] === id) return traceMerges([id], v.pairs);
      return this.traceChunk(v.tokenStrings[id]);
    }
    return traceMerges(
      Array.from(bytes, (b) => v.byteIds[b]),
      v.pairs,
    );
  }

  decode(ids: ArrayLike<number>): string {
    return decode(this.vocab, ids);
  }

  decodeBytes(ids: ArrayLike<number>): Uint8Array {
    return decodeBytes(this.vocab, ids);
  }

  tokenView(id: number): TokenView {
    return tokenView(this.vocab, id);
  }

  /** Forgets cached chunks (memory only; results never change). */
  clearCache(): void {
    this.cache.clear();
    this.cacheChars = 0;
  }

  private matcher(allowed: AllowedSpecial): AddedTokenMatcher | null {
    const key = typeof allowed === 'string' ? allowed : `list:${allowed.join('\u0000')}`;
    let m = this.matchers.get(key);
    if (m === undefined) {
      m = addedTokenMatcher(matchableTokens(this.vocab.addedTokens, allowed));
      this.matchers.set(key, m);
    }
    return m;
  }

  /** The token whose bytes are the whole chunk, or −1 (right after initialSymbols). */
  private wholeTokenOf(chunk: string, symbolCount: number): number {
    const table = this.vocab.wholeTokens as ByteTable;
    // Byte-level: initialSymbols left the chunk's UTF-8 in this.bytes, one byte per symbol.
    if (this.vocab.charIds === null) return table.find(this.bytes, 0, symbolCount);
    return table.find(this.bytes, 0, encodeUtf8Into(this.bytes, chunk));
  }

  /** Fills this.symbols with the chunk's initial symbols and returns their count. */
  private initialSymbols(chunk: string): number {
    const v = this.vocab;
    if (this.bytes.length < chunk.length * 3) {
      this.bytes = new Uint8Array(chunk.length * 6);
      this.symbols = new Int32Array(chunk.length * 6);
    }
    const bytes = this.bytes;
    const symbols = this.symbols;
    if (v.charIds === null) {
      const n = encodeUtf8Into(bytes, chunk);
      for (let i = 0; i < n; i++) {
        const id = v.byteIds[bytes[i]];
        if (id < 0)
          throw new Error(`encode: vocabulary '${v.name}' has no token for byte ${bytes[i]}`);
        symbols[i] = id;
      }
      return n;
    }
    // Byte fallback: a character that is a token stays one symbol, else its bytes.
    let n = 0;
    for (let i = 0; i < chunk.length;) {
      const cp = chunk.codePointAt(i) as number;
      const width = cp > 0xffff ? 2 : 1;
      const id = v.charIds.get(chunk.slice(i, i + width));
      if (id !== undefined) symbols[n++] = id;
      else {
        const k = encodeUtf8Into(bytes, chunk, i, i + width);
        let missing = false;
        for (let j = 0; j < k; j++) if (v.byteIds[bytes[j]] < 0) missing = true;
        if (missing) {
          if (v.unkId < 0)
            throw new Error(`encode: '${v.name}' cannot encode U+${cp.toString(16)}`);
          symbols[n++] = v.unkId;
        } else for (let j = 0; j < k; j++) symbols[n++] = v.byteIds[bytes[j]];
      }
      i += width;
    }
    return n;
  }

  private addChunkTokens(result: DetailedEncoding, chunk: Chunk, ids: Int32Array): void {
    // Map each UTF-8 byte offset of the chunk to the UTF-16 range of its character.
    const text = chunk.text;
    const charStartOfByte: number[] = [];
    const charEndOfByte: number[] = [];
    const tmp = new Uint8Array(4);
    for (let i = 0; i < text.length;) {
      const width = (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
      const k = encodeUtf8Into(tmp, text, i, i + width);
      for (let j = 0; j < k; j++) {
        charStartOfByte.push(chunk.start + i);
        charEndOfByte.push(chunk.start + i + width);
      }
      i += width;
    }
    let byteAt = 0;
    const chunkIndex = result.chunks.length - 1;
    for (const id of ids) {
      const bytes = this.vocab.tokenBytes[id];
      // subtle: with the SentencePiece normalizer, "▁" (3 bytes in the normalized text) is a
      // space (1 byte) in the token's bytes, so such a token covers 2 more bytes per space.
      const extra = this.vocab.decoder === 'sentencepiece' ? spaceFix(bytes) : 0;
      const len = Math.max(1, bytes.length + extra);
      const first = Math.min(byteAt, charStartOfByte.length - 1);
      const last = Math.min(byteAt + len - 1, charEndOfByte.length - 1);
      result.ids.push(id);
      result.tokens.push({
        id,
        bytes,
        start: charStartOfByte[first],
        end: charEndOfByte[last],
        chunk: chunkIndex,
        special: false,
      });
      byteAt += len;
    }
  }
}

/** Extra normalized bytes of a SentencePiece token: each space was a 3-byte "▁". */
function spaceFix(bytes: Uint8Array): number {
  let extra = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x20) extra += 2;
  return extra;
}
