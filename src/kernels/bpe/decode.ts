/**
 * Decoding: ids → bytes → text.
 *
 * Every token is a byte sequence; a token may hold only part of a character (a CJK character
 * is 3 UTF-8 bytes, an emoji 4, and a vocabulary may split them). So decoding concatenates the
 * bytes of all tokens first and decodes UTF-8 once at the end; a single token is shown by its
 * bytes (hex for fragments), never as "�".
 * Deliberately left out: skipping special tokens (filter the ids first if you want that).
 */
import { decodeUtf8, isValidUtf8 } from './utf8.ts';
import type { BpeVocab } from './vocab.ts';

function checkId(vocab: BpeVocab, id: number): void {
  if (!Number.isInteger(id) || id < 0 || id >= vocab.size) {
    throw new Error(`decode: id ${id} is not in the vocabulary (0 … ${vocab.size - 1})`);
  }
}

/** The concatenated bytes of the tokens.  decodeBytes(qwen, [9707]) → bytes of "Hello" */
export function decodeBytes(vocab: BpeVocab, ids: ArrayLike<number>): Uint8Array {
  let total = 0;
  for (let i = 0; i < ids.length; i++) {
    checkId(vocab, ids[i]);
    total += vocab.tokenBytes[ids[i]].length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < ids.length; i++) {
    const b = vocab.tokenBytes[ids[i]];
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/**
 * ids → text: bytes, then UTF-8 (invalid sequences become U+FFFD, as TextDecoder does).
 * SentencePiece vocabularies (LLaMA-2) drop the one leading space their normalizer added.
 *   decode(qwen, encode(qwen, 'héllo')) → 'héllo'
 */
export function decode(vocab: BpeVocab, ids: ArrayLike<number>): string {
  const text = decodeUtf8(decodeBytes(vocab, ids));
  if (vocab.decoder === 'sentencepiece' && text.startsWith(' ')) return text.slice(1);
  return text;
}

/** How one token looks on its own: its text if its bytes are whole characters, else hex. */
export interface TokenView {
  id: number;
  bytes: Uint8Array;
  /** The decoded text, or null when the bytes are not valid UTF-8 on their own. */
  text: string | null;
  /** The bytes as hex, e.g. "E4 BD". */
  hex: string;
  /** The vocabulary's own spelling of the token ('Ġthe', '▁the', '<0xE4>'). */
  vocabString: string;
  special: boolean;
}

/** A token holding the first two bytes of '你' (E4 BD A0): text null, hex 'E4 BD'. */
export function tokenView(vocab: BpeVocab, id: number): TokenView {
  checkId(vocab, id);
  const bytes = vocab.tokenBytes[id];
  let hex = '';
  for (let i = 0; i < bytes.length; i++) {
    hex += (i > 0 ? ' ' : '') + bytes[i].toString(16).toUpperCase().padStart(2, '0');
  }
  return {
    id,
    bytes,
    text: isValidUtf8(bytes) ? decodeUtf8(bytes) : null,
    hex,
    vocabString: vocab.tokenStrings[id],
    special: vocab.addedTokens.some((t) => t.id === id && t.special),
  };
}
