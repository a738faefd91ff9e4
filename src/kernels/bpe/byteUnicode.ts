/**
 * GPT-2's byte ↔ unicode mapping, used by byte-level BPE vocabularies (GPT-2, Qwen, our own).
 *
 * A byte-level vocabulary stores tokens as strings, but a token is really a byte sequence and
 * some bytes (controls, space) would be invisible or ambiguous in a JSON file. GPT-2 maps each
 * of the 256 bytes to one printable character: the 188 printable Latin-1 bytes map to
 * themselves, the other 68 to U+0100, U+0101, … in byte order. So a space (0x20) is shown as
 * 'Ġ' (U+0120) and a newline (0x0A) as 'Ċ' (U+010A): "Ġthe" is the token " the".
 * Deliberately left out: SentencePiece's "▁" convention (see hfTokenizerJson.ts).
 */

/** BYTE_TO_UNICODE[b] is the character standing for byte b.  BYTE_TO_UNICODE[0x20] → 'Ġ' */
export const BYTE_TO_UNICODE: readonly string[] = buildByteToUnicode();

/** The inverse: character → byte.  UNICODE_TO_BYTE.get('Ġ') → 0x20 */
export const UNICODE_TO_BYTE: ReadonlyMap<string, number> = new Map(
  BYTE_TO_UNICODE.map((ch, b) => [ch, b]),
);

function buildByteToUnicode(): string[] {
  const printable = (b: number): boolean =>
    (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  const table: string[] = new Array(256);
  let next = 0;
  for (let b = 0; b < 256; b++) {
    // subtle: the non-printable bytes are numbered in byte order, starting at U+0100
    table[b] = String.fromCharCode(printable(b) ? b : 256 + next++);
  }
  return table;
}

/** Bytes → byte-level token string.  bytesToTokenString([0x20, 0x68, 0x69]) → 'Ġhi' */
export function bytesToTokenString(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += BYTE_TO_UNICODE[bytes[i]];
  return s;
}

/** Char code → byte (−1 for characters that stand for no byte); all 256 codes are < 0x144. */
const CODE_TO_BYTE: Int16Array = (() => {
  const t = new Int16Array(0x200).fill(-1);
  BYTE_TO_UNICODE.forEach((ch, b) => (t[ch.charCodeAt(0)] = b));
  return t;
})();

/**
 * Byte-level token string → bytes. Throws on a character that is not one of the 256 byte
 * characters (such a string is not a byte-level token).  tokenStringToBytes('Ċ') → [0x0A]
 */
export function tokenStringToBytes(token: string): Uint8Array {
  const out = new Uint8Array(token.length);
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    const b = c < 0x200 ? CODE_TO_BYTE[c] : -1;
    if (b < 0) {
      throw new Error(`tokenStringToBytes: '${token}' is not a byte-level token (char ${i})`);
    }
    out[i] = b;
  }
  return out;
}
