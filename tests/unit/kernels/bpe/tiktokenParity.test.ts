/**
 * Our BPE with tiktoken's cl100k_base and o200k_base ranks against js-tiktoken: identical ids
 * on the fixture corpus and on 10,000 random Unicode strings, with special tokens allowed and
 * not allowed; the `.tiktoken` file format gives the same ranks as js-tiktoken's module.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cl100kData from 'js-tiktoken/ranks/cl100k_base';
import { describe, expect, it } from 'vitest';
import {
  BpeTokenizer,
  base64ToBytes,
  buildVocab,
  parseJsTiktokenRanks,
  parseTiktokenFile,
} from '../../../../src/kernels/bpe/index.ts';
import { BPE_FIXTURE, BPE_FIXTURE_TEXT } from '../../../fixtures/bpeCorpus.ts';
import { randomUnicodeStrings } from '../../../fixtures/randomText.ts';
import { loadTiktokenPair } from './references.ts';

const RANDOM = randomUnicodeStrings(7, 10_000);

function sameIds(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

for (const name of ['cl100k', 'o200k'] as const) {
  describe(`${name}_base vs js-tiktoken`, () => {
    const { ours, referenceAll, referenceNone } = loadTiktokenPair(name);
    const texts = [...BPE_FIXTURE, BPE_FIXTURE_TEXT, ...RANDOM];

    it('gives identical ids with special tokens allowed', () => {
      const bad = texts.find(
        (t) => !sameIds(ours.encode(t, { allowedSpecial: 'all' }), referenceAll(t)),
      );
      expect(bad).toBeUndefined();
    });

    it('gives identical ids with special-token text treated as plain text', () => {
      const bad = texts.find((t) => !sameIds(ours.encode(t), referenceNone(t)));
      expect(bad).toBeUndefined();
    });

    it('encodes lone surrogates as U+FFFD, as js-tiktoken does', () => {
      for (const t of ['a\uD800b', '\uDC00x', 'x\uD83D', '\uDE00\uD83D']) {
        expect(ours.encode(t)).toEqual(referenceNone(t));
      }
    });

    it('decodes back to the exact text (tiktoken does not normalize)', () => {
      for (const t of texts.slice(0, 3000)) expect(ours.decode(ours.encode(t))).toBe(t);
    });

    it('answers pairs on demand exactly as the full merge list does', () => {
      const v = ours.vocab;
      const listed = new BpeTokenizer(buildVocab({ ...v, merges: v.merges }));
      expect(v.merges.left.length).toBeGreaterThan(v.size); // several cuts per token
      for (const t of [...BPE_FIXTURE, ...RANDOM.slice(0, 3000)]) {
        expect(listed.encode(t)).toEqual(ours.encode(t));
      }
      const m = v.merges;
      for (let k = 0; k < m.left.length; k += 101) {
        const slot = v.pairs.find(m.left[k], m.right[k]);
        expect(v.pairs.mergedAt(slot)).toBe(m.merged[k]);
      }
    });

    it('splits digits in runs of up to three', () => {
      const ids = ours.encode('1234567');
      expect(ids.map((id) => ours.decode([id]))).toEqual(['123', '456', '7']);
    });
  });
}

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
