/**
 * Training: minbpe's worked example, and the incremental trainer against a plain
 * recount-everything reference (minbpe's algorithm written out below) on real text.
 */
import { describe, expect, it } from 'vitest';
import {
  BpeTokenizer,
  encodeUtf8,
  splitRegex,
  trainBpe,
  trainBpeSteps,
} from '../../../../src/kernels/bpe/index.ts';
import { LANGUAGE_SAMPLES } from '../../../../src/data/languageSamples.ts';

/** minbpe's RegexTokenizer.train: full recount per merge, ties by first occurrence. */
function referenceTrain(
  text: string,
  merges: number,
): { pair: [number, number]; id: number; tokens: number }[] {
  const re = splitRegex('qwen') as RegExp;
  const chunks = Array.from(text.normalize('NFC').matchAll(re), (m) =>
    Array.from(encodeUtf8(m[0])),
  );
  const bytesOf: number[][] = Array.from({ length: 256 }, (_, b) => [b]);
  const out: { pair: [number, number]; id: number; tokens: number }[] = [];
  for (let k = 0; k < merges; k++) {
    const stats = new Map<string, number>(); // insertion order = first occurrence
    for (const c of chunks) {
      for (let i = 0; i + 1 < c.length; i++) {
        const key = `${c[i]},${c[i + 1]}`;
        stats.set(key, (stats.get(key) ?? 0) + 1);
      }
    }
    let best = '';
    let bestCount = 0;
    for (const [key, n] of stats) if (n > bestCount) [best, bestCount] = [key, n];
    if (bestCount === 0) break;
    const [a, b] = best.split(',').map(Number) as [number, number];
    const id = bytesOf.length;
    bytesOf.push([...bytesOf[a], ...bytesOf[b]]);
    for (const c of chunks) {
      for (let i = 0; i + 1 < c.length; i++) if (c[i] === a && c[i + 1] === b) c.splice(i, 2, id);
    }
    out.push({ pair: [a, b], id, tokens: chunks.reduce((s, c) => s + c.length, 0) });
  }
  return out;
}

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
    const tok = new BpeTokenizer(r.vocab);
    expect(tok.encode('aaabdaaabac')).toEqual([258, 100, 258, 97, 99]);
    expect(tok.decode(tok.encode('aaabdaaabac'))).toBe('aaabdaaabac');
  });

  it('learns the same merges, counts and lengths as a full recount every merge', () => {
    const text = LANGUAGE_SAMPLES.map((s) => s.text).join('\n');
    const ref = referenceTrain(text, 300);
    const ours = trainBpe(text, 256 + 300);
    expect(ours.merges.every((m) => m.isNew)).toBe(true);
    expect(ours.merges.map((m) => [m.left, m.right, m.id, m.tokens])).toEqual(
      ref.map((m) => [m.pair[0], m.pair[1], m.id, m.tokens]),
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
