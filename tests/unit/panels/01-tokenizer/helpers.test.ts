/** The Tokenizer lab's pure helpers: the vocabulary list codec, token labels, ratios, sample codes. */
import { describe, expect, it } from 'vitest';
import { LANGUAGE_SAMPLES } from '../../../../src/data/languageSamples.ts';
import {
  BpeTokenizer,
  loadHfTokenizerJson,
  exportTokenizerJson,
  trainBpe,
} from '../../../../src/kernels/bpe/index.ts';
import { meanFinite, relativeTokens } from '../../../../src/panels/01-tokenizer/compression.ts';
import {
  countCodePoints,
  hasLoneSurrogate,
  tokenLabel,
  visibleWhitespace,
} from '../../../../src/panels/01-tokenizer/display.ts';
import { EXAMPLES } from '../../../../src/panels/01-tokenizer/examples.ts';
import { SAMPLE_CODES, tokenizerSchema } from '../../../../src/panels/01-tokenizer/schema.ts';
import { parseVocabList, serializeVocabList } from '../../../../src/panels/01-tokenizer/vocabs.ts';

describe('vocabulary list codec', () => {
  it('keeps known ids once, in order, at most four', () => {
    expect(parseVocabList('qwen, cl100k,qwen,nope', ['qwen'])).toEqual(['qwen', 'cl100k']);
    expect(parseVocabList('qwen,cl100k,o200k,llama2,tiny', ['qwen'])).toEqual([
      'qwen',
      'cl100k',
      'o200k',
      'llama2',
    ]);
  });
  it('falls back when nothing is usable, and round-trips', () => {
    expect(parseVocabList('', ['qwen', 'cl100k'])).toEqual(['qwen', 'cl100k']);
    expect(parseVocabList('x'.repeat(1000), ['llama2'])).toEqual(['llama2']);
    const ids = parseVocabList('llama2,tiny,custom', []);
    expect(parseVocabList(serializeVocabList(ids), [])).toEqual(ids);
  });
  it('the schema default parses to two vocabularies', () => {
    expect(parseVocabList(tokenizerSchema.vocabs.default, [])).toEqual(['qwen', 'cl100k']);
  });
});

describe('token labels', () => {
  it('makes whitespace visible and shows fragments as hex', () => {
    expect(tokenLabel({ text: ' the', hex: '20 74 68 65' })).toBe('·the');
    expect(tokenLabel({ text: null, hex: 'E4 BD' })).toBe('⟨E4 BD⟩');
    expect(tokenLabel({ text: '', hex: '' })).toBe('∅');
    expect(visibleWhitespace('a\tb\r\n')).toBe('a⇥b␍↵');
  });
  it('labels the byte fragments of a character as hex, never U+FFFD', () => {
    // A vocabulary with only the 256 byte tokens: '你' (E4 BD A0) is three fragments.
    const { vocab } = trainBpe('abc', 256);
    const tok = new BpeTokenizer(loadHfTokenizerJson(exportTokenizerJson(vocab)));
    const labels = tok.encode('你').map((id) => tokenLabel(tok.tokenView(id)));
    expect(labels).toEqual(['⟨E4⟩', '⟨BD⟩', '⟨A0⟩']);
  });
  it('counts code points and finds lone surrogates', () => {
    expect(countCodePoints('a你🙂')).toBe(3);
    expect(countCodePoints('\uD800x')).toBe(2);
    expect(hasLoneSurrogate('a🙂b')).toBe(false);
    expect(hasLoneSurrogate('a\uD800b')).toBe(true);
    expect(hasLoneSurrogate('a\uDC00')).toBe(true);
    expect(hasLoneSurrogate('\uD83D')).toBe(true);
  });
});

describe('compression relative to a base', () => {
  it('divides by the base counts (base = 1)', () => {
    const r = relativeTokens({ cl100k: [100, 50], qwen: [80, 50] }, 'cl100k');
    expect(r.cl100k).toEqual([1, 1]);
    expect(r.qwen).toBeCloseToArray([0.8, 1], 1e-12);
  });
  it('gives NaN for an empty text and skips it in the mean', () => {
    const r = relativeTokens({ a: [0, 10], b: [0, 5] }, 'a');
    expect(Number.isNaN(r.b[0])).toBe(true);
    expect(meanFinite(r.b)).toBe(0.5);
    expect(Number.isNaN(meanFinite([]))).toBe(true);
  });
  it('throws on a missing base or mismatched lengths', () => {
    expect(() => relativeTokens({ a: [1] }, 'b')).toThrow(/base 'b'/);
    expect(() => relativeTokens({ a: [1], b: [1, 2] }, 'a')).toThrow(/2 counts/);
  });
});

describe('samples and examples', () => {
  it("meta's sample codes are the language samples' codes (at least 12 languages + code)", () => {
    expect([...SAMPLE_CODES]).toEqual(LANGUAGE_SAMPLES.map((s) => s.code));
    expect(SAMPLE_CODES.length).toBeGreaterThanOrEqual(13);
    expect(SAMPLE_CODES).toContain('code');
  });
  it('every example fits the link and is not empty', () => {
    for (const ex of EXAMPLES) {
      expect(ex.text.length).toBeGreaterThan(0);
      expect(ex.text.length).toBeLessThanOrEqual(tokenizerSchema.text.maxLength);
    }
  });
});
