/** Our UTF-8 loops against the platform's TextEncoder / TextDecoder. */
import { describe, expect, it } from 'vitest';
import {
  decodeUtf8,
  encodeUtf8,
  isValidUtf8,
  toWellFormed,
  utf8Length,
} from '../../../../src/kernels/bpe/index.ts';
import { randomUnicodeStrings } from '../../../fixtures/randomText.ts';
import { mulberry32 } from '../../../../src/kernels/reference/random.ts';

describe('utf8', () => {
  it('encodes hand cases', () => {
    expect(Array.from(encodeUtf8('€'))).toEqual([0xe2, 0x82, 0xac]);
    expect(Array.from(encodeUtf8('a\uD800b'))).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62]);
    expect(utf8Length('你好😀')).toBe(10);
  });

  it('encodes like TextEncoder, lone surrogates included', () => {
    const enc = new TextEncoder();
    const texts = [...randomUnicodeStrings(1, 2000), 'x\uDC00y', '\uD83D', '\uDE00\uD83D'];
    for (const t of texts) {
      expect(Array.from(encodeUtf8(t))).toEqual(Array.from(enc.encode(t)));
      expect(utf8Length(t)).toBe(enc.encode(t).length);
    }
  });

  it('decodes random bytes like TextDecoder (one U+FFFD per maximal invalid subpart)', () => {
    const dec = new TextDecoder();
    const rnd = mulberry32(5);
    for (let k = 0; k < 5000; k++) {
      const n = Math.floor(rnd() * 12);
      const bytes = new Uint8Array(n);
      // Bias towards interesting bytes: ASCII, continuation, lead bytes, invalid ones.
      const pool = [
        0x41, 0x80, 0xbf, 0xc2, 0xc0, 0xe0, 0xe4, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0,
        0x90,
      ];
      for (let i = 0; i < n; i++)
        bytes[i] = rnd() < 0.5 ? pool[Math.floor(rnd() * pool.length)] : Math.floor(rnd() * 256);
      expect(decodeUtf8(bytes)).toBe(dec.decode(bytes));
      expect(isValidUtf8(bytes)).toBe(
        !dec.decode(bytes).includes('\ufffd') ||
          sameBytes(bytes, new TextEncoder().encode(dec.decode(bytes))),
      );
    }
  });

  it('shows a cut CJK character as one replacement character', () => {
    expect(decodeUtf8([0xe4, 0xbd])).toBe('\ufffd');
    expect(isValidUtf8([0xe4, 0xbd])).toBe(false);
    expect(isValidUtf8([0xef, 0xbf, 0xbd])).toBe(true); // U+FFFD itself is valid
  });

  it('replaces lone surrogates and keeps offsets', () => {
    expect(toWellFormed('a\uD800b\uDC00c😀')).toBe('a\uFFFDb\uFFFDc😀');
    expect(toWellFormed('plain')).toBe('plain');
  });
});

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
