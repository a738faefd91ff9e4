/**
 * Training: minbpe's worked example for both trainers, and the incremental trainer (train.ts)
 * against the readable recount-everything reference (trainReference.ts) on real text.
 */
import { describe, expect, it } from 'vitest';
import {
  BpeTokenizer,
  encodeUtf8,
  trainBpe,
  trainBpeSteps,
} from '../../../../src/kernels/bpe/index.ts';
import { trainBpeReference } from '../../../../src/kernels/bpe/trainReference.ts';
import { LANGUAGE_SAMPLES } from '../../../../src/data/languageSamples.ts';

describe('trainBpe', () => {
  it("reproduces minbpe's example: aaabdaaabac with 3 merges", () => {
    const r = trainBpe('aaabdaaabac', 259);
    expect(r.merges.map((m) => [m.left, m.right, m.id])).toEqual([
      [97, 97, 256],
      [256, 97, 257],
      [257, 98, 258],
    ]);
    expect(r.merges.map((m) => m.count)).toEqual([4, 2, 2]);
    expect(r.merges.map((m) => m.tokens)).toEqual([9, 7, 5]);
    const ref = trainBpeReference('aaabdaaabac', 3);
    expect(ref.map((m) => [...m.pair, m.id, m.count, m.tokens])).toEqual([
      [97, 97, 256, 4, 9],
      [256, 97, 257, 2, 7],
      [257, 98, 258, 2, 5],
    ]);
    const tok = new BpeTokenizer(r.vocab);
    expect(tok.encode('aaabdaaabac')).toEqual([258, 100, 258, 97, 99]);
    expect(tok.decode(tok.encode('aaabdaaabac'))).toBe('aaabdaaabac');
  });

  it('learns the same merges, counts and lengths as a full recount every merge', () => {
    const text = LANGUAGE_SAMPLES.map((s) => s.text).join('\n');
    const ref = trainBpeReference(text, 300);
    const ours = trainBpe(text, 256 + 300);
    expect(ours.merges.every((m) => m.isNew)).toBe(true);
    expect(ours.merges.map((m) => [m.left, m.right, m.id, m.count, m.tokens])).toEqual(
      ref.map((m) => [m.pair[0], m.pair[1], m.id, m.count, m.tokens]),
    );
  });

  it('encodes its own training text to the length it reports', () => {
    const text = LANGUAGE_SAMPLES.map((s) => s.text).join('\n');
    const r = trainBpe(text, 700);
    const tok = new BpeTokenizer(r.vocab);
    expect(tok.encode(text).length).toBe(r.finalTokens);
    expect(r.initialTokens).toBe(encodeUtf8(text.normalize('NFC')).length);
    expect(tok.decode(tok.encode(text))).toBe(text.normalize('NFC'));
  });

  it('adds special tokens after the merges and never learns from their text', () => {
    const text = '<|im_start|>user\nhello hello<|im_end|>\n'.repeat(20);
    const r = trainBpe(text, 280, {
      specialTokens: ['<|endoftext|>', '<|im_start|>', '<|im_end|>'],
    });
    const size = r.vocab.size;
    expect(r.vocab.addedTokens.map((t) => t.id)).toEqual([size - 3, size - 2, size - 1]);
    const learned = r.vocab.tokenStrings.slice(256, size - 3);
    expect(learned.some((s) => s.includes('im_'))).toBe(false);
    const tok = new BpeTokenizer(r.vocab);
    expect(tok.encode('<|im_end|>', { allowedSpecial: 'all' })).toEqual([size - 1]);
  });

  it('yields merges one by one and calls onMerge for each', () => {
    const seen: number[] = [];
    trainBpe('abababab cdcdcd', 260, { onMerge: (m) => seen.push(m.rank) });
    expect(seen).toEqual([0, 1, 2, 3]);
    const gen = trainBpeSteps('abababab cdcdcd', 260);
    const first = gen.next();
    expect(first.done).toBe(false);
    expect(first.value).toMatchObject({ left: 97, right: 98, id: 256, count: 4 });
  });

  it('stops early when no pair is left, and rejects bad sizes', () => {
    expect(trainBpe('ab', 300).merges.length).toBe(1);
    expect(() => trainBpe('ab', 100)).toThrow(/vocabSize/);
    expect(() => trainBpe('ab', 256.5)).toThrow(/vocabSize/);
  });
});
