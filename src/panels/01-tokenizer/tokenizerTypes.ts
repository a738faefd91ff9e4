/**
 * What the Tokenizer lab's worker (tokenizer.worker.ts) sends the page: plain data only, never a
 * tokenizer instance. Counts, at most `maxTokens` drawn cells, merge traces, training rows and
 * compression tables.
 */
import type { SplitScheme } from '../../kernels/bpe/index.ts';
import type { VocabId } from './vocabs.ts';

export interface VocabInfo {
  id: VocabId;
  name: string;
  size: number;
  /** Added tokens (special or not), at most 32. */
  added: { id: number; text: string; special: boolean }[];
  addedCount: number;
  scheme: SplitScheme;
  loadMs: number;
}

/** One drawn token. */
export interface TokenCell {
  id: number;
  label: string;
  /** Its bytes are only part of a character (shown as hex). */
  fragment: boolean;
  special: boolean;
}

export interface EncodeResult {
  tokens: number;
  /** Unicode characters of the (well-formed) text. */
  chars: number;
  bytes: number;
  cells: TokenCell[];
  /** Fewer cells than tokens were sent. */
  capped: boolean;
  ms: number;
}

export interface TokenDetail {
  id: number;
  hex: string;
  text: string | null;
  vocabString: string;
  special: boolean;
  /** The merges that build the token, lowest rank first. */
  merges: { left: string; right: string; merged: string; rank: number }[];
}

export interface ChunkView {
  text: string;
  start: number;
  end: number;
}
export interface PretokResult {
  count: number;
  chunks: ChunkView[];
  capped: boolean;
}

export interface TraceResult {
  states: TokenCell[][];
  steps: { position: number; left: string; right: string; merged: string; rank: number }[];
  /** What encode() gives for the chunk (differs from the last state only for tiktoken's whole-chunk shortcut). */
  encoded: TokenCell[];
}

export interface TrainRow {
  rank: number;
  left: string;
  right: string;
  merged: string;
  id: number;
  isNew: boolean;
  count: number;
  tokens: number;
}
export interface TrainSummary {
  merges: number;
  initialTokens: number;
  finalTokens: number;
  size: number;
  /** Training stopped because no pair occurs twice… or the visitor pressed stop. */
  stoppedEarly: boolean;
  cancelled: boolean;
  /** The new 'trained' vocabulary (absent when cancelled). */
  info?: VocabInfo;
}

export interface CompressionResult {
  /** Sample codes, then 'own' for the visitor's text (if any). */
  codes: string[];
  counts: Record<string, number[]>;
}
