/**
 * The vocabularies the Tokenizer lab offers, and the codec of the comma-separated list that
 * keeps the chosen ones in the URL ("qwen,cl100k"). Pure: no loading happens here (see
 * tokenizer.worker.ts). Deliberately left out: vocabularies from the Hub (no network access).
 */
import type { SplitScheme } from '../../kernels/bpe/index.ts';

/** Vocabularies a link can name; 'trained' and 'custom' live only in the visitor's tab. */
export const VOCAB_IDS = [
  'qwen',
  'cl100k',
  'o200k',
  'llama2',
  'tiny',
  'trained',
  'custom',
] as const;
export type VocabId = (typeof VOCAB_IDS)[number];

/** Vocabularies that load from a bundled file (no visitor action needed). */
export const BUNDLED_VOCABS = ['qwen', 'cl100k', 'o200k', 'llama2', 'tiny'] as const;
export type BundledVocab = (typeof BUNDLED_VOCABS)[number];

/** Pre-tokenizer schemes the lab can show side by side. */
export const SCHEMES = [
  'qwen',
  'cl100k',
  'o200k',
  'llama2',
] as const satisfies readonly SplitScheme[];

export const MIN_SIDE_BY_SIDE = 1;
export const MAX_SIDE_BY_SIDE = 4;

export function isVocabId(s: string): s is VocabId {
  return (VOCAB_IDS as readonly string[]).includes(s);
}

/**
 * "qwen, cl100k,qwen,nope" → ['qwen', 'cl100k']: known ids, first occurrence kept, at most
 * `max`. An empty result falls back to `fallback`.
 */
export function parseVocabList(
  raw: string,
  fallback: readonly VocabId[],
  max = MAX_SIDE_BY_SIDE,
): VocabId[] {
  const out: VocabId[] = [];
  for (const part of raw.split(',')) {
    const id = part.trim();
    if (isVocabId(id) && !out.includes(id) && out.length < max) out.push(id);
  }
  return out.length > 0 ? out : [...fallback];
}

/** ['qwen', 'cl100k'] → "qwen,cl100k" */
export function serializeVocabList(ids: readonly VocabId[]): string {
  return ids.join(',');
}
