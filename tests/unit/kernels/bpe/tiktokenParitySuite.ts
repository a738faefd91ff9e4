/**
 * The parity suite shared by the cl100k and o200k test files (one file each, so they run in
 * parallel): identical ids to js-tiktoken on the fixture corpus and 10,000 random strings,
 * with special tokens allowed and not, round trips, on-demand pairs vs the full merge list.
 */
import { describe, expect, it } from 'vitest';
import { BpeTokenizer, buildVocab } from '../../../../src/kernels/bpe/index.ts';
import { BPE_FIXTURE, BPE_FIXTURE_TEXT } from '../../../fixtures/bpeCorpus.ts';
import { randomUnicodeStrings } from '../../../fixtures/randomText.ts';
import { loadTiktokenPair } from './references.ts';

function sameIds(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function tiktokenParitySuite(name: 'cl100k' | 'o200k'): void {
  const RANDOM = randomUnicodeStrings(name === 'cl100k' ? 7 : 8, 10_000);
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
