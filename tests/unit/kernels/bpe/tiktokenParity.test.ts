/**
 * Our BPE with tiktoken's cl100k_base ranks against js-tiktoken (the suite is shared with
 * o200kParity.test.ts); the `.tiktoken` file format gives the same ranks as js-tiktoken's
 * module; the whitespace class is Unicode's White_Space.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cl100kData from 'js-tiktoken/ranks/cl100k_base';
import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  parseJsTiktokenRanks,
  parseTiktokenFile,
} from '../../../../src/kernels/bpe/index.ts';
import { loadTiktokenPair } from './references.ts';
import { tiktokenParitySuite } from './tiktokenParitySuite.ts';

tiktokenParitySuite('cl100k');

describe('tiktoken rank files', () => {
  it('base64ToBytes matches Buffer', () => {
    for (const s of ['', 'IQ==', 'IHRoZQ==', 'ICAgICAgICA=', '4oCZcw==', '/+8=']) {
      expect(Array.from(base64ToBytes(s))).toEqual(Array.from(Buffer.from(s, 'base64')));
    }
  });

  it('the .tiktoken text file and the js-tiktoken module hold the same ranks', () => {
    const path = fileURLToPath(
      new URL('../../../../node_modules/gpt-tokenizer/data/cl100k_base.tiktoken', import.meta.url),
    );
    const fromFile = parseTiktokenFile(readFileSync(path, 'utf8'));
    const fromModule = parseJsTiktokenRanks(cl100kData);
    expect(fromFile.length).toBe(100_256);
    expect(fromModule.length).toBe(fromFile.length);
    for (let r = 0; r < fromFile.length; r += 97) {
      expect(Array.from(fromModule[r])).toEqual(Array.from(fromFile[r]));
    }
  });
});

describe('whitespace: Unicode White_Space, not JavaScript \\s', () => {
  const { ours } = loadTiktokenPair('cl100k');
  it('treats U+0085 (NEL) as whitespace and U+FEFF (BOM) as a symbol, like tiktoken', () => {
    // tiktoken (Rust) and @huggingface/tokenizers use White_Space; js-tiktoken uses JS \s,
    // which has U+FEFF and lacks U+0085, so it cuts these differently (documented divergence).
    const chunks = (t: string): string[] => ours.encodeDetailed(t).chunks.map((c) => c.text);
    expect(chunks('a\u0085\u0085b')).toEqual(['a', '\u0085', '\u0085b']);
    expect(chunks('a \ufeffb')).toEqual(['a', ' \ufeff', 'b']);
  });
});
