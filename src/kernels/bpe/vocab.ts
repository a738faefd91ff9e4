/**
 * The one vocabulary format every BPE function here works on, whatever the source
 * (a Hugging Face tokenizer.json, tiktoken ranks, or our own training).
 *
 * A vocabulary is: the bytes of every token; the initial symbols (one token per byte, or for
 * SentencePiece-style vocabularies one per character with byte fallback); the merges in rank
 * order; the added (special) tokens; and how to normalize, split and decode text.
 * Subtle: a vocabulary holds class instances (PairTable, ByteTable) and typed arrays; build it
 * in the worker that encodes with it (it does not survive structured cloning to another one).
 * Deliberately left out: WordPiece / Unigram models, dropout, added-token flags (lstrip,
 * rstrip, single_word: none of the shipped vocabularies sets them).
 */
import type { ByteTable } from './byteTable.ts';
import { PairTable, type PairLookup } from './pairTable.ts';
import type { SplitScheme } from './pretokenize.ts';

/** A token matched on its text before any BPE (e.g. `<|im_end|>`). */
export interface AddedToken {
  id: number;
  text: string;
  /**
   * Special tokens are matched only when the caller allows them (see EncodeOptions); a
   * non-special added token (e.g. Qwen3's `<think>`) is always matched, as Hugging Face does.
   */
  special: boolean;
}

/** The merges in rank order: merge k turns (left[k], right[k]) into merged[k], with rank[k]. */
export interface MergeList {
  left: Int32Array;
  right: Int32Array;
  merged: Int32Array;
  /** Usually k; for tiktoken vocabularies the rank of the merged token (its id). */
  rank: Int32Array;
}

export interface BpeVocab {
  /** Shown in the UI, e.g. "Qwen (151,643)". */
  name: string;
  scheme: SplitScheme;
  /** Ids are 0 … size−1 (unused ids, if any, have empty bytes). */
  size: number;
  /** id → the token's bytes (added tokens: UTF-8 of their text). */
  tokenBytes: Uint8Array[];
  /** id → the token in its vocabulary's own spelling: 'Ġthe', '▁the', '<0x0A>', '<|im_end|>'. */
  tokenStrings: string[];
  /** byte → id of its one-byte token (byte-level) or its `<0xXX>` token (byte fallback); −1 if none. */
  byteIds: Int32Array;
  /** Byte-fallback vocabularies only: characters that are tokens (the initial symbols). */
  charIds: Map<string, number> | null;
  /**
   * For tiktoken vocabularies this list is derived from the ranks on first access (it is not
   * needed for encoding, see tiktokenPairs.ts).
   */
  merges: MergeList;
  /** (left, right) → (rank, merged): what the merge loop uses. */
  pairs: PairLookup;
  /**
   * tiktoken's shortcut (and Hugging Face's ignore_merges): a chunk whose UTF-8 bytes are a
   * token is emitted as that token, even if the merges would not build it. Null: no shortcut.
   */
  wholeTokens: ByteTable | null;
  addedTokens: AddedToken[];
  /** 'sentencepiece' decoders drop one leading space (the "▁" the normalizer prepended). */
  decoder: 'byte-level' | 'sentencepiece';
  /** Id of `<unk>` for characters with neither a token nor byte tokens; −1 if none. */
  unkId: number;
}

/** Everything but the derived pair table. */
export type BpeVocabParts = Omit<BpeVocab, 'pairs'>;

/**
 * Checks the parts fit together and builds the pair table from the merges, unless a ready
 * lookup is given (tiktoken vocabularies compute pairs on demand).
 */
export function buildVocab(parts: BpeVocabParts, lookup?: PairLookup): BpeVocab {
  const { merges, size } = parts;
  const m = merges.left.length;
  if (merges.right.length !== m || merges.merged.length !== m || merges.rank.length !== m) {
    throw new Error('buildVocab: merge arrays must have the same length');
  }
  if (parts.tokenBytes.length !== size || parts.tokenStrings.length !== size) {
    throw new Error(`buildVocab: tokenBytes and tokenStrings must have ${size} entries`);
  }
  if (parts.byteIds.length !== 256) throw new Error('buildVocab: byteIds must have 256 entries');
  for (let k = 0; k < m; k++) {
    const ids = [merges.left[k], merges.right[k], merges.merged[k]];
    for (const id of ids) {
      if (!(id >= 0 && id < size))
        throw new Error(`buildVocab: merge ${k} uses id ${id} ≥ ${size}`);
    }
  }
  for (const t of parts.addedTokens) {
    if (!(t.id >= 0 && t.id < size))
      throw new Error(`buildVocab: added token id ${t.id} out of range`);
  }
  const pairs = lookup ?? new PairTable(merges.left, merges.right, merges.rank, merges.merged);
  return { ...parts, pairs };
}

/** An empty merge list. */
export function emptyMerges(): MergeList {
  return {
    left: new Int32Array(0),
    right: new Int32Array(0),
    merged: new Int32Array(0),
    rank: new Int32Array(0),
  };
}
