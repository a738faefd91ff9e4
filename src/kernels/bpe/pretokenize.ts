/**
 * Normalizers and pre-tokenizers: how each vocabulary cleans the text and cuts it into chunks
 * before BPE runs inside each chunk (a merge never crosses a chunk boundary).
 *
 * - qwen   NFC, then Qwen2's regex: letters in runs (with one leading non-letter such as a
 *          space), every digit alone, punctuation runs, whitespace runs.
 * - cl100k no normalization; like Qwen but digits in runs of up to three.
 * - o200k  no normalization; splits camelCase-ish runs of upper/lower case letters,
 *          digits in runs of up to three.
 * - llama2 SentencePiece style: prepend "▁" and replace every space by "▁"; no split at all,
 *          the whole text is one chunk (BPE then works on characters, with byte fallback).
 *
 * The original patterns (Rust regex / Oniguruma) differ from JavaScript's in two places,
 * rewritten here: the case-insensitive group `(?i:'s|'t|…)` (not supported before V8 12.5)
 * becomes explicit ASCII case classes `'(?:[sS]|[tT]|…)`, and `\s` / `\S` become
 * `\p{White_Space}` / `\P{White_Space}`, because JavaScript's `\s` adds U+FEFF and misses
 * U+0085 compared with Unicode's White_Space used by the originals (and by
 * @huggingface/tokenizers' own rewrite). Subtle: js-tiktoken and gpt-tokenizer keep JS `\s`,
 * so on text containing U+FEFF or U+0085 they cut differently from tiktoken and from us.
 * Deliberately left out: lone surrogates (see utf8.ts: the tokenizer replaces them by U+FFFD
 * first), offsets into the raw text when normalization changed it (offsets here are into the
 * normalized text, which is returned alongside).
 */

export type SplitScheme = 'qwen' | 'cl100k' | 'o200k' | 'llama2';

/** One piece of the normalized text; BPE runs inside it. Offsets are UTF-16 indices. */
export interface Chunk {
  text: string;
  start: number;
  end: number;
}

export interface Pretokenized {
  /** The text after the vocabulary's normalizer (NFC, SentencePiece "▁" …). */
  normalized: string;
  chunks: Chunk[];
}

const WS = '\\p{White_Space}';
const NOT_WS = '\\P{White_Space}';
const CONTRACTION = "'(?:[sS]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD])";

/** The split patterns, as JavaScript regex sources (flags 'gu'). */
export const SPLIT_PATTERNS: Readonly<Record<Exclude<SplitScheme, 'llama2'>, string>> = {
  // Qwen2 (the Qwen report and Hugging Face Qwen2 code), written for JS: see QWEN_SPLIT_REGEX in hfTokenizerJson.ts
  qwen:
    `${CONTRACTION}|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^${WS}\\p{L}\\p{N}]+[\\r\\n]*` +
    `|${WS}*[\\r\\n]+|${WS}+(?!${NOT_WS})|${WS}+`,
  // tiktoken cl100k_base: the same with \p{N}{1,3}
  cl100k:
    `${CONTRACTION}|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^${WS}\\p{L}\\p{N}]+[\\r\\n]*` +
    `|${WS}*[\\r\\n]+|${WS}+(?!${NOT_WS})|${WS}+`,
  // tiktoken o200k_base
  o200k:
    `[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+(?:${CONTRACTION})?` +
    `|[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*(?:${CONTRACTION})?` +
    `|\\p{N}{1,3}| ?[^${WS}\\p{L}\\p{N}]+[\\r\\n/]*|${WS}*[\\r\\n]+|${WS}+(?!${NOT_WS})|${WS}+`,
};

/** A fresh global regex for the scheme's split, or null for 'llama2' (no split). */
export function splitRegex(scheme: SplitScheme): RegExp | null {
  if (scheme === 'llama2') return null;
  const source = SPLIT_PATTERNS[scheme];
  if (source === undefined) throw new Error(`splitRegex: unknown scheme '${String(scheme)}'`);
  return new RegExp(source, 'gu');
}

/**
 * The scheme's normalizer.  normalizeText('a b', 'llama2') → '▁a▁b'
 * Subtle: for llama2 an empty text stays empty (SentencePiece's Prepend skips empty input).
 */
export function normalizeText(text: string, scheme: SplitScheme): string {
  switch (scheme) {
    case 'qwen':
      return text.normalize('NFC');
    case 'cl100k':
    case 'o200k':
      return text;
    case 'llama2':
      return text.length === 0 ? '' : '\u2581' + text.replace(/ /g, '\u2581');
    default:
      throw new Error(`normalizeText: unknown scheme '${String(scheme)}'`);
  }
}

/**
 * Normalizes `text` and cuts it into chunks, with offsets into the normalized text.
 *   pretokenize("It's 2024!", 'qwen').chunks.map(c => c.text)
 *     → ['It', "'s", ' ', '2', '0', '2', '4', '!']
 * Special-token text is not treated specially here (see specialTokens.ts).
 */
export function pretokenize(text: string, scheme: SplitScheme): Pretokenized {
  const normalized = normalizeText(text, scheme);
  const chunks: Chunk[] = [];
  forEachChunk(normalized, scheme, (start, end) => {
    chunks.push({ text: normalized.slice(start, end), start, end });
  });
  return { normalized, chunks };
}

/**
 * Calls `visit(start, end)` for every chunk of an already normalized text, in order.
 * The chunks tile the text exactly (the patterns match every character).
 */
export function forEachChunk(
  normalized: string,
  scheme: SplitScheme,
  visit: (start: number, end: number) => void,
): void {
  const re = splitRegex(scheme);
  if (re === null) {
    if (normalized.length > 0) visit(0, normalized.length);
    return;
  }
  let m: RegExpExecArray | null;
  while ((m = re.exec(normalized)) !== null) {
    visit(m.index, m.index + m[0].length);
  }
}
