/** The two hash tables: pairs → (rank, merged) and byte strings → id, against plain Maps. */
import { describe, expect, it } from 'vitest';
import {
  ByteTable,
  HASH_P,
  PairTable,
  TiktokenPairs,
  hashBytes,
} from '../../../../src/kernels/bpe/index.ts';
import { mulberry32 } from '../../../../src/kernels/reference/random.ts';

describe('PairTable', () => {
  it('agrees with a Map on random pairs, keeping the lowest rank of a repeated pair', () => {
    const rnd = mulberry32(17);
    const left: number[] = [];
    const right: number[] = [];
    const rank: number[] = [];
    const merged: number[] = [];
    const ref = new Map<string, [number, number]>();
    for (let k = 0; k < 5000; k++) {
      const a = Math.floor(rnd() * 300);
      const b = Math.floor(rnd() * 300);
      left.push(a);
      right.push(b);
      rank.push(k);
      merged.push(1000 + k);
      if (!ref.has(`${a},${b}`)) ref.set(`${a},${b}`, [k, 1000 + k]);
    }
    const table = new PairTable(left, right, rank, merged);
    expect(table.size).toBe(ref.size);
    for (let a = 0; a < 300; a += 7) {
      for (let b = 0; b < 300; b++) {
        const want = ref.get(`${a},${b}`);
        const slot = table.find(a, b);
        if (want === undefined) expect(slot).toBe(-1);
        else expect([table.rankAt(slot), table.mergedAt(slot)]).toEqual(want);
      }
    }
  });

  it('rejects mismatched arrays', () => {
    expect(() => new PairTable([1], [2, 3], [0], [4])).toThrow(/same length/);
  });
});

describe('ByteTable', () => {
  it('hashes as the polynomial Σ b[i]·P^(n−1−i) mod 2^32', () => {
    const want = (((1 * HASH_P + 2) * HASH_P + 3) % 2 ** 32) | 0;
    expect(hashBytes([1, 2, 3], 0, 3)).toBe(Number(BigInt.asIntN(32, BigInt(want))));
    expect(hashBytes([9, 1, 2, 3], 1, 4)).toBe(hashBytes([1, 2, 3], 0, 3));
  });

  it('finds every token by its bytes and nothing else', () => {
    const rnd = mulberry32(3);
    const tokens: Uint8Array[] = [];
    const ref = new Map<string, number>();
    for (let id = 0; id < 3000; id++) {
      const t = Uint8Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => Math.floor(rnd() * 4));
      tokens.push(t);
      if (!ref.has(t.join(','))) ref.set(t.join(','), id);
    }
    const table = new ByteTable(tokens);
    for (const [key, id] of ref) {
      const bytes = key.split(',').map(Number);
      expect(table.find([7, ...bytes, 7], 1, bytes.length + 1)).toBe(id);
    }
    expect(table.find([5, 5, 5, 5, 5, 5], 0, 6)).toBe(-1);
  });
});

describe('TiktokenPairs', () => {
  it('answers "is a·b a token?" like a brute-force search, also after its memo grows', () => {
    const rnd = mulberry32(8);
    const tokens: Uint8Array[] = [];
    for (let b = 0; b < 256; b++) tokens.push(Uint8Array.of(b));
    const seen = new Set<string>(tokens.map((t) => t.join(',')));
    while (tokens.length < 2000) {
      const t = Uint8Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => Math.floor(rnd() * 8));
      if (!seen.has(t.join(','))) {
        seen.add(t.join(','));
        tokens.push(t);
      }
    }
    const byBytes = new Map(tokens.map((t, id) => [t.join(','), id]));
    const pairs = new TiktokenPairs(tokens, new ByteTable(tokens));
    // 60,000 distinct questions: more than the initial memo holds.
    for (let k = 0; k < 60_000; k++) {
      const a = k % 300;
      const b = Math.floor(k / 300) + (k % 7);
      const want = byBytes.get([...tokens[a], ...tokens[b]].join(',')) ?? -1;
      const slot = pairs.find(a, b);
      expect(slot < 0 ? -1 : pairs.mergedAt(slot)).toBe(want);
      if (slot >= 0) expect(pairs.rankAt(slot)).toBe(want);
    }
  });
});
