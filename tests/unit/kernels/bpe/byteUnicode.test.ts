/** GPT-2's byte ↔ unicode table: hand cases and agreement with Qwen's shipped vocabulary. */
import { describe, expect, it } from 'vitest';
import {
  BYTE_TO_UNICODE,
  UNICODE_TO_BYTE,
  bytesToTokenString,
  tokenStringToBytes,
} from '../../../../src/kernels/bpe/index.ts';
import { readFileSync } from 'node:fs';
import { hfPaths } from './references.ts';

describe('byteUnicode', () => {
  it('maps printable bytes to themselves and the rest from U+0100 up', () => {
    expect(BYTE_TO_UNICODE[0x41]).toBe('A');
    expect(BYTE_TO_UNICODE[0x20]).toBe('Ġ');
    expect(BYTE_TO_UNICODE[0x0a]).toBe('Ċ');
    expect(BYTE_TO_UNICODE[0x00]).toBe('Ā');
    expect(BYTE_TO_UNICODE[0xad]).toBe('Ń');
    expect(new Set(BYTE_TO_UNICODE).size).toBe(256);
  });

  it('has an exact inverse', () => {
    for (let b = 0; b < 256; b++) expect(UNICODE_TO_BYTE.get(BYTE_TO_UNICODE[b])).toBe(b);
    expect(bytesToTokenString([0x20, 0x68, 0x69])).toBe('Ġhi');
    expect(Array.from(tokenStringToBytes('Ġhi'))).toEqual([0x20, 0x68, 0x69]);
    expect(() => tokenStringToBytes('▁')).toThrow(/not a byte-level token/);
  });

  it("agrees with Qwen's vocabulary: ids 0…255 are the 256 byte characters", () => {
    const json = JSON.parse(readFileSync(hfPaths('qwen3').tokenizer, 'utf8')) as {
      model: { vocab: Record<string, number> };
    };
    const vocab = json.model.vocab;
    const singles = Object.entries(vocab).filter(([, id]) => id < 256);
    expect(new Set(singles.map(([s]) => s))).toEqual(new Set(BYTE_TO_UNICODE));
  });
});
