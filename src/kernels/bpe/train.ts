/**
 * Training a byte-level BPE vocabulary fast: minbpe's RegexTokenizer made incremental (its
 * readable form, a full recount per merge, is trainReference.ts; a unit test holds the two equal).
 *
 * 1. Cut the text into chunks with the vocabulary's pre-tokenizer (Qwen's by default) and
 *    count identical chunks: "the" appearing 900 times is one word with count 900.
 * 2. Start from the 256 byte tokens; count every adjacent pair, weighted by word counts.
 * 3. Repeatedly merge the most frequent pair into a new token, until the vocabulary has
 *    `vocabSize` tokens. Only the words containing the pair are rewritten, and only their
 *    pair counts change (no full recount): the cost of a merge is the size of those words.
 *
 * Tie-breaking (deterministic): the highest count wins; on equal counts, the pair that occurs
 * first in the training text (exactly minbpe's choice, whose counts dict keeps first-seen
 * order). A lazy max-heap keeps candidates; counts and first occurrences of a pair only get
 * worse after the pair appears, so a popped entry that is still exact is the true best.
 * Subtle: if a merge produces bytes that are already a token (reached by another path), the
 * merge reuses that token's id and does not grow the vocabulary (as Hugging Face's trainer).
 * Special tokens are removed from the training text and added after the merges.
 * Deliberately left out: min_frequency, limit_alphabet, dropout, parallelism.
 */
import { bytesToTokenString } from './byteUnicode.ts';
import { normalizeText, splitRegex, type SplitScheme } from './pretokenize.ts';
import { encodeUtf8, toWellFormed } from './utf8.ts';
import { buildVocab, type AddedToken, type BpeVocab } from './vocab.ts';

export interface TrainOptions {
  /** Pre-tokenizer and normalizer; default 'qwen' (the only one exportTokenizerJson writes). */
  scheme?: Exclude<SplitScheme, 'llama2'>;
  /** Added after the merges, in this order, e.g. ['<|endoftext|>', '<|im_start|>', '<|im_end|>']. */
  specialTokens?: readonly string[];
  /** Called after every merge (for a panel that shows merges appear one by one). */
  onMerge?: (merge: TrainMerge) => void;
  name?: string;
}

/** One learned merge. */
export interface TrainMerge {
  /** Merge number, 0-based: the merge's rank. */
  rank: number;
  left: number;
  right: number;
  /** The token it produces (a new id, or an existing one, see `isNew`). */
  id: number;
  isNew: boolean;
  /** How often the pair occurred in the (chunked) training text when it was merged. */
  count: number;
  /** Length of the training text in tokens after this merge. */
  tokens: number;
}

export interface TrainResult {
  vocab: BpeVocab;
  merges: TrainMerge[];
  /** Training text length in bytes = tokens before any merge. */
  initialTokens: number;
  finalTokens: number;
}

interface Candidate {
  key: number;
  count: number;
  /** First occurrence: word index · 2^24 + byte offset in the word. */
  first: number;
}

const KEY = 65536; // pair key = left · KEY + right (ids < 65536)
const FIRST = 16777216; // 2^24

/** Trains and returns the vocabulary (see trainBpeSteps for one merge at a time). */
export function trainBpe(text: string, vocabSize: number, options: TrainOptions = {}): TrainResult {
  const steps = trainBpeSteps(text, vocabSize, options);
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
    options.onMerge?.(r.value);
  }
}

/**
 * The training as a generator: yields every merge as it is learned, returns the result.
 * vocabSize counts the 256 byte tokens and the merged tokens, not the special tokens.
 * minbpe's example: trainBpe('aaabdaaabac', 259) learns (97,97)→256, (256,97)→257,
 * (257,98)→258, and the text becomes [258, 100, 258, 97, 99].
 */
export function* trainBpeSteps(
  text: string,
  vocabSize: number,
  options: TrainOptions = {},
): Generator<TrainMerge, TrainResult, void> {
  if (!Number.isInteger(vocabSize) || vocabSize < 256 || vocabSize > KEY) {
    throw new Error(`trainBpe: vocabSize must be an integer in 256 … ${KEY}, got ${vocabSize}`);
  }
  const scheme = options.scheme ?? 'qwen';
  const specials = options.specialTokens ?? [];
  if (new Set(specials).size !== specials.length || specials.some((s) => s.length === 0)) {
    throw new Error('trainBpe: special tokens must be distinct, non-empty strings');
  }

  // 1. Unique chunks with counts, in order of first appearance.
  const chunkCounts = new Map<string, number>();
  const re = splitRegex(scheme) as RegExp;
  for (const segment of splitOnTexts(toWellFormed(text), specials)) {
    const normalized = normalizeText(segment, scheme);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(normalized)) !== null) {
      chunkCounts.set(m[0], (chunkCounts.get(m[0]) ?? 0) + 1);
    }
  }
  const words: Int32Array[] = [];
  const wordLen: number[] = [];
  const wordCount: number[] = [];
  let tokens = 0;
  for (const [chunk, count] of chunkCounts) {
    const bytes = encodeUtf8(chunk);
    words.push(Int32Array.from(bytes));
    wordLen.push(bytes.length);
    wordCount.push(count);
    tokens += bytes.length * count;
  }
  const initialTokens = tokens;

  // Tokens: bytes of each id, and bytes → id to detect a merge that re-creates a token.
  const tokenBytes: Uint8Array[] = [];
  const idOfBytes = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    tokenBytes.push(Uint8Array.of(b));
    idOfBytes.set(String.fromCharCode(b), b);
  }

  // 2. Pair counts and, per pair, the words it may occur in.
  const counts = new Map<number, number>();
  const wordsOf = new Map<number, Set<number>>();
  const addPairs = (w: number, sign: number): void => {
    const s = words[w];
    const c = wordCount[w] * sign;
    for (let i = 0; i + 1 < wordLen[w]; i++) {
      const key = s[i] * KEY + s[i + 1];
      const n = (counts.get(key) ?? 0) + c;
      if (n === 0) counts.delete(key);
      else counts.set(key, n);
      if (sign > 0) {
        let set = wordsOf.get(key);
        if (set === undefined) wordsOf.set(key, (set = new Set()));
        set.add(w);
      }
    }
  };
  for (let w = 0; w < words.length; w++) addPairs(w, 1);

  const heap: Candidate[] = [];
  for (const [key, count] of counts) heapPush(heap, { key, count, first: firstOccurrence(key) });

  function firstOccurrence(key: number): number {
    const a = Math.floor(key / KEY);
    const b = key - a * KEY;
    let best = Infinity;
    const set = wordsOf.get(key);
    if (set === undefined) return best;
    for (const w of set) {
      if (w * FIRST >= best) continue;
      const s = words[w];
      let offset = 0;
      let found = -1;
      for (let i = 0; i + 1 < wordLen[w]; i++) {
        if (s[i] === a && s[i + 1] === b) {
          found = offset;
          break;
        }
        offset += tokenBytes[s[i]].length;
      }
      if (found < 0)
        set.delete(w); // the pair left this word in an earlier merge
      else best = w * FIRST + found;
    }
    return best;
  }

  // 3. Merge until the vocabulary is full or no pair is left.
  const mergesOut: TrainMerge[] = [];
  while (tokenBytes.length < vocabSize) {
    const best = popBest();
    if (best === null) break;
    const a = Math.floor(best.key / KEY);
    const b = best.key - a * KEY;
    const bytes = concat(tokenBytes[a], tokenBytes[b]);
    const bytesKey = latin1(bytes);
    let id = idOfBytes.get(bytesKey);
    const isNew = id === undefined;
    if (id === undefined) {
      id = tokenBytes.length;
      tokenBytes.push(bytes);
      idOfBytes.set(bytesKey, id);
    }
    const touched = Array.from(wordsOf.get(best.key) ?? []);
    for (const w of touched) {
      const s = words[w];
      const n = wordLen[w];
      let has = false;
      for (let i = 0; i + 1 < n; i++) {
        if (s[i] === a && s[i + 1] === b) {
          has = true;
          break;
        }
      }
      if (!has) continue;
      addPairs(w, -1);
      // merge([1,2,3,1,2], (1,2), 4) → [4,3,4]: left to right, non-overlapping
      let out = 0;
      for (let i = 0; i < n; i++) {
        if (i + 1 < n && s[i] === a && s[i + 1] === b) {
          s[out++] = id;
          i++;
        } else s[out++] = s[i];
      }
      tokens -= (n - out) * wordCount[w];
      wordLen[w] = out;
      addPairs(w, 1);
    }
    wordsOf.delete(best.key);
    counts.delete(best.key);
    // New pairs all contain the new token: push them once with their exact priority.
    const fresh = new Set<number>();
    for (const w of touched) {
      const s = words[w];
      for (let i = 0; i + 1 < wordLen[w]; i++) {
        if (s[i] === id || s[i + 1] === id) fresh.add(s[i] * KEY + s[i + 1]);
      }
    }
    for (const key of fresh) {
      heapPush(heap, { key, count: counts.get(key) ?? 0, first: firstOccurrence(key) });
    }
    const merge: TrainMerge = {
      rank: mergesOut.length,
      left: a,
      right: b,
      id,
      isNew,
      count: best.count,
      tokens,
    };
    mergesOut.push(merge);
    yield merge;
  }

  function popBest(): Candidate | null {
    while (heap.length > 0) {
      const top = heapPop(heap);
      const count = counts.get(top.key) ?? 0;
      if (count <= 0) continue;
      if (count !== top.count) {
        // Still optimistic: the old first occurrence can only have moved later.
        heapPush(heap, { key: top.key, count, first: top.first });
        continue;
      }
      const first = firstOccurrence(top.key);
      if (first === top.first) return top;
      heapPush(heap, { key: top.key, count, first });
    }
    return null;
  }

  // Special tokens after the merges.
  const base = tokenBytes.length;
  const addedTokens: AddedToken[] = specials.map((s, i) => ({
    id: base + i,
    text: s,
    special: true,
  }));
  for (const s of specials) tokenBytes.push(encodeUtf8(s));
  const size = tokenBytes.length;
  const tokenStrings = tokenBytes.map((bytes, id) =>
    id >= base ? specials[id - base] : bytesToTokenString(bytes),
  );
  const byteIds = new Int32Array(256);
  for (let b = 0; b < 256; b++) byteIds[b] = b;
  const vocab = buildVocab({
    name: options.name ?? `trained (${size})`,
    scheme,
    size,
    tokenBytes,
    tokenStrings,
    byteIds,
    charIds: null,
    merges: {
      left: Int32Array.from(mergesOut, (m) => m.left),
      right: Int32Array.from(mergesOut, (m) => m.right),
      merged: Int32Array.from(mergesOut, (m) => m.id),
      rank: Int32Array.from(mergesOut, (m) => m.rank),
    },
    wholeTokens: null,
    addedTokens,
    decoder: 'byte-level',
    unkId: -1,
  });
  return { vocab, merges: mergesOut, initialTokens, finalTokens: tokens };
}

/** Splits text on any of the given strings (removing them). */
function splitOnTexts(text: string, cuts: readonly string[]): string[] {
  if (cuts.length === 0) return [text];
  const sorted = [...cuts].sort((x, y) => y.length - x.length);
  const re = new RegExp(
    sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'gu',
  );
  return text.split(re);
}

function concat(x: Uint8Array, y: Uint8Array): Uint8Array {
  const out = new Uint8Array(x.length + y.length);
  out.set(x, 0);
  out.set(y, x.length);
  return out;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

// Max-heap on (count, then earliest first occurrence).
function better(x: Candidate, y: Candidate): boolean {
  return x.count > y.count || (x.count === y.count && x.first < y.first);
}

function heapPush(h: Candidate[], c: Candidate): void {
  let i = h.length;
  h.push(c);
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!better(c, h[p])) break;
    h[i] = h[p];
    i = p;
  }
  h[i] = c;
}

function heapPop(h: Candidate[]): Candidate {
  const top = h[0];
  const last = h.pop() as Candidate;
  if (h.length > 0) {
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= h.length) break;
      if (c + 1 < h.length && better(h[c + 1], h[c])) c++;
      if (!better(h[c], last)) break;
      h[i] = h[c];
      i = c;
    }
    h[i] = last;
  }
  return top;
}
