/** The merge loop: a hand case, and the heap version against the textbook loop. */
import { describe, expect, it } from 'vitest';
import { PairTable, mergeSymbols, traceMerges } from '../../../../src/kernels/bpe/index.ts';
import { mulberry32 } from '../../../../src/kernels/reference/random.ts';

describe('merge', () => {
  // (97,97)→256 rank 0, (256,97)→257 rank 1, (257,98)→258 rank 2
  const pairs = new PairTable([97, 256, 257], [97, 97, 98], [0, 1, 2], [256, 257, 258]);

  it('merges the lowest rank first, leftmost on ties (hand case)', () => {
    const s = Int32Array.from([97, 97, 97, 98, 100, 97, 97]);
    const n = mergeSymbols(s, s.length, pairs);
    expect(Array.from(s.subarray(0, n))).toEqual([258, 100, 256]);
    expect(traceMerges([97, 97, 97], pairs).states).toEqual([[97, 97, 97], [256, 97], [257]]);
    expect(traceMerges([97, 97, 97, 98], pairs).states).toEqual([
      [97, 97, 97, 98],
      [256, 97, 98],
      [257, 98],
      [258],
    ]);
  });

  it('looks pairs up in the table', () => {
    expect(pairs.rankOf(256, 97)).toBe(1);
    expect(pairs.rankOf(97, 256)).toBe(-1);
    expect(pairs.size).toBe(3);
  });

  it('heap version equals the textbook loop on random merges and long chunks', () => {
    const rnd = mulberry32(99);
    for (let trial = 0; trial < 40; trial++) {
      // A random merge list over a 6-symbol alphabet, built the way training builds it.
      const alphabet = 6;
      const left: number[] = [];
      const right: number[] = [];
      let next = alphabet;
      for (let k = 0; k < 30; k++) {
        left.push(Math.floor(rnd() * next));
        right.push(Math.floor(rnd() * next));
        next++;
      }
      const ranks = left.map((_, k) => k);
      const merged = left.map((_, k) => alphabet + k);
      const table = new PairTable(left, right, ranks, merged);
      for (const len of [3, 11, 13, 40, 400]) {
        const input = Array.from({ length: len }, () => Math.floor(rnd() * alphabet));
        const fast = Int32Array.from(input);
        const n = mergeSymbols(fast, len, table);
        const states = traceMerges(input, table).states;
        expect(Array.from(fast.subarray(0, n))).toEqual(states[states.length - 1]);
      }
    }
  });
});
