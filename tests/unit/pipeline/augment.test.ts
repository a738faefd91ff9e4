import { mulberry32 } from '../../../src/kernels/reference/random.ts';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/corpus/build.ts';
import { encodeDialogue } from '../../../src/train/data.ts';
import { noiseForEpoch, userTurnNoise } from '../../../src/train/augment.ts';
import { trainTinyTokenizer } from '../../../scripts/train/tokenizer.ts';

describe('noise on SFT user turns', () => {
  const corpus = buildCorpus(1);
  const { tokenizer: tok, special: sp } = trainTinyTokenizer(corpus, 2000);
  const dialogues = corpus.sft.slice(0, 400).map((d) => d.messages);
  /** Learned tokens of the 2,000-token test tokenizer: merges, no bytes, no special tokens. */
  const range = { firstId: 256, endId: 2000 };

  it('changes user tokens only: the learned tokens and their loss mask stay exactly as written', () => {
    const noise = userTurnNoise(mulberry32(5), { ...range, rate: 0.3, share: 1, insertShare: 0.5 });
    let changed = 0;
    for (const messages of dialogues) {
      const clean = encodeDialogue(tok, sp, messages);
      const noisy = encodeDialogue(tok, sp, messages, noise);
      if (noisy.ids.join() !== clean.ids.join()) changed++;
      const learned = (e: typeof clean) => e.ids.filter((_, i) => e.target[i] === 1);
      expect(learned(noisy)).toEqual(learned(clean));
      // the system turn and every assistant turn are still there, token for token
      for (const m of messages.filter((x) => x.role !== 'user')) {
        const piece = tok.encode(`${m.role}\n${m.content}`);
        expect(noisy.ids.join(',')).toContain(piece.join(','));
      }
    }
    expect(changed).toBeGreaterThan(dialogues.length * 0.9);
  });

  it('inserts or replaces about `rate` of the tokens in `share` of the turns, with learned tokens only', () => {
    const ids = Array.from({ length: 50 }, (_, i) => 300 + i);
    const noise = userTurnNoise(mulberry32(9), {
      ...range,
      rate: 0.2,
      share: 0.5,
      insertShare: 0.5,
    });
    let untouched = 0;
    let inserted = 0;
    let replaced = 0;
    const turns = 2000;
    for (let k = 0; k < turns; k++) {
      const out = noise(ids);
      if (out === ids) {
        untouched++;
        continue;
      }
      for (const id of out) expect(id >= 256 && id < 2000).toBe(true);
      inserted += out.length - ids.length;
      // kept tokens appear in order; what is left over after insertions are replacements
      const kept = out.filter((id) => id >= 300 && id < 350);
      replaced += ids.length - kept.length;
    }
    expect(untouched / turns).toBeGreaterThan(0.45);
    expect(untouched / turns).toBeLessThan(0.55);
    const edited = (turns - untouched) * ids.length;
    // half the rate each; a random token can land in 300…349 by chance (50 of 1,744 ids)
    expect(inserted / edited).toBeGreaterThan(0.08);
    expect(inserted / edited).toBeLessThan(0.12);
    expect(replaced / edited).toBeGreaterThan(0.07);
    expect(replaced / edited).toBeLessThan(0.12);
  });

  it('is the identity at rate 0 and repeats itself for the same seed', () => {
    const ids = [400, 401, 402, 403];
    const off = userTurnNoise(mulberry32(1), { ...range, rate: 0, share: 1, insertShare: 0.5 });
    expect(off(ids)).toBe(ids);
    const a = userTurnNoise(mulberry32(3), { ...range, rate: 0.5, share: 1, insertShare: 0.5 });
    const b = userTurnNoise(mulberry32(3), { ...range, rate: 0.5, share: 1, insertShare: 0.5 });
    for (let k = 0; k < 20; k++) expect(a(ids)).toEqual(b(ids));
  });

  it('with insertions only, keeps every token of the question in order and adds about `rate`', () => {
    const ids = Array.from({ length: 50 }, (_, i) => 2100 + i); // outside the drawn range
    const noise = userTurnNoise(mulberry32(4), { ...range, rate: 0.12, share: 1, insertShare: 1 });
    let inserted = 0;
    const turns = 1000;
    for (let k = 0; k < turns; k++) {
      const out = noise(ids);
      expect(out.filter((id) => id >= 2100)).toEqual(ids);
      inserted += out.length - ids.length;
    }
    expect(inserted / (turns * ids.length)).toBeGreaterThan(0.1);
    expect(inserted / (turns * ids.length)).toBeLessThan(0.14);
  });

  it('refuses a rate, share or insertion share outside [0, 1]', () => {
    const ok = { ...range, rate: 0.1, share: 1, insertShare: 0.5 };
    expect(() => userTurnNoise(mulberry32(1), { ...ok, rate: 1.5 })).toThrow(/rate in \[0, 1\]/);
    expect(() => userTurnNoise(mulberry32(1), { ...ok, share: -1 })).toThrow(/share in \[0, 1\]/);
    expect(() => userTurnNoise(mulberry32(1), { ...ok, insertShare: NaN })).toThrow(
      /insertShare in \[0, 1\]/,
    );
  });

  it('with `epochs`, noises only the first SFT epochs; without it, every epoch', () => {
    const every = { rate: 0.12, share: 0.5, insertShare: 1 };
    const first3 = { ...every, epochs: 3 };
    const ids = Array.from({ length: 400 }, (_, i) => 300 + i);
    const edited = (e: number, s: typeof every) =>
      userTurnNoise(mulberry32(9), { ...noiseForEpoch(s, e), firstId: 256, endId: 3000 })(ids)
        .length - ids.length;
    for (const e of [0, 2]) expect(edited(e, first3)).toBeGreaterThan(20);
    for (const e of [3, 4]) expect(edited(e, first3)).toBe(0);
    expect(edited(4, every)).toBeGreaterThan(20);
  });
});
