/** Pre-tokenizers: hand-checked cuts, offsets that tile the text, normalizers. */
import { describe, expect, it } from 'vitest';
import { normalizeText, pretokenize } from '../../../../src/kernels/bpe/index.ts';
import { BPE_FIXTURE } from '../../../fixtures/bpeCorpus.ts';

const cut = (t: string, s: 'qwen' | 'cl100k' | 'o200k' | 'llama2'): string[] =>
  pretokenize(t, s).chunks.map((c) => c.text);

describe('pretokenize', () => {
  it("cuts Qwen's way: digits alone, contractions, one leading space on words", () => {
    expect(cut("It's 2024!", 'qwen')).toEqual(['It', "'s", ' ', '2', '0', '2', '4', '!']);
    expect(cut("I'LL go  now\n\n", 'qwen')).toEqual(['I', "'LL", ' go', ' ', ' now', '\n\n']);
  });

  it('cuts cl100k digits in runs of three and o200k by case', () => {
    expect(cut('x 1234567', 'cl100k')).toEqual(['x', ' ', '123', '456', '7']);
    expect(cut('helloWorld HTTPServer', 'o200k')).toEqual(['hello', 'World', ' HTTPServer']);
  });

  it('gives chunks that tile the normalized text exactly', () => {
    for (const scheme of ['qwen', 'cl100k', 'o200k', 'llama2'] as const) {
      for (const text of BPE_FIXTURE) {
        const { normalized, chunks } = pretokenize(text, scheme);
        let at = 0;
        for (const c of chunks) {
          expect(c.start).toBe(at);
          expect(normalized.slice(c.start, c.end)).toBe(c.text);
          at = c.end;
        }
        expect(at).toBe(normalized.length);
      }
    }
  });

  it('normalizes: NFC for Qwen, none for tiktoken, "▁" for LLaMA-2', () => {
    expect(normalizeText('e\u0301', 'qwen')).toBe('é');
    expect(normalizeText('e\u0301', 'cl100k')).toBe('e\u0301');
    expect(normalizeText('a b', 'llama2')).toBe('▁a▁b');
    expect(normalizeText('', 'llama2')).toBe('');
    expect(cut('a b', 'llama2')).toEqual(['▁a▁b']);
  });
});
