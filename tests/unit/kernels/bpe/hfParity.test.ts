/**
 * Our BPE against @huggingface/tokenizers (what transformers.js uses) on Qwen's and LLaMA-2's
 * real tokenizer.json files: identical ids on the multilingual fixture corpus and on 10,000
 * random Unicode strings, plus decode round trips.
 */
import { describe, expect, it } from 'vitest';
import { BPE_FIXTURE, BPE_FIXTURE_TEXT } from '../../../fixtures/bpeCorpus.ts';
import { randomUnicodeStrings } from '../../../fixtures/randomText.ts';
import { loadHfPair } from './references.ts';

const RANDOM = randomUnicodeStrings(20241127, 10_000);

function firstMismatch(
  texts: readonly string[],
  ours: (t: string) => number[],
  ref: (t: string) => number[],
): { text: string; ours: number[]; ref: number[] } | null {
  for (const text of texts) {
    const a = ours(text);
    const b = ref(text);
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) return { text, ours: a, ref: b };
  }
  return null;
}

describe('Qwen vocabulary vs @huggingface/tokenizers', () => {
  const { ours, reference } = loadHfPair('qwen3');
  const encodeAll = (t: string): number[] => ours.encode(t, { allowedSpecial: 'all' });

  it('loads 151,643 BPE tokens and the special tokens at their documented ids', () => {
    expect(ours.vocab.merges.left.length).toBe(151_387);
    expect(ours.encode('<|endoftext|><|im_start|><|im_end|>', { allowedSpecial: 'all' })).toEqual([
      151643, 151644, 151645,
    ]);
  });

  it('gives identical ids on the fixture corpus (each entry and all joined)', () => {
    expect(firstMismatch([...BPE_FIXTURE, BPE_FIXTURE_TEXT], encodeAll, reference)).toBeNull();
  });

  it('gives identical ids on 10,000 random Unicode strings', () => {
    expect(firstMismatch(RANDOM, encodeAll, reference)).toBeNull();
  });

  it('splits every digit on its own (report §2.2)', () => {
    const ids = ours.encode('12345');
    expect(ids.map((id) => ours.decode([id]))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('decodes back to the NFC-normalized text', () => {
    for (const text of [...BPE_FIXTURE, ...RANDOM.slice(0, 2000)]) {
      expect(ours.decode(ours.encode(text))).toBe(text.normalize('NFC'));
    }
  });
});

describe('LLaMA-2 vocabulary (SentencePiece BPE, byte fallback) vs @huggingface/tokenizers', () => {
  const { ours, reference } = loadHfPair('llama2');
  const encodeAll = (t: string): number[] => ours.encode(t, { allowedSpecial: 'all' });

  it('gives identical ids on the fixture corpus', () => {
    expect(firstMismatch([...BPE_FIXTURE, BPE_FIXTURE_TEXT], encodeAll, reference)).toBeNull();
  });

  it('gives identical ids on 10,000 random Unicode strings', () => {
    expect(firstMismatch(RANDOM, encodeAll, reference)).toBeNull();
  });

  it('falls back to byte tokens <0xXX> for characters outside the vocabulary', () => {
    const ids = ours.encode('🫠');
    expect(ids.map((id) => ours.vocab.tokenStrings[id])).toEqual([
      '▁',
      '<0xF0>',
      '<0x9F>',
      '<0xAB>',
      '<0xA0>',
    ]);
  });

  it('decodes back to the exact text: no NFC, the prepended "▁" is dropped again', () => {
    // LLaMA-2 has no Unicode normalizer: decomposed "é" stays decomposed.
    for (const text of [...BPE_FIXTURE.filter((t) => !t.includes('<')), ...RANDOM.slice(0, 2000)]) {
      if (text.includes('<|') || text.includes('<s>') || text.includes('</s>')) continue;
      expect(ours.decode(ours.encode(text))).toBe(text);
    }
  });
});
