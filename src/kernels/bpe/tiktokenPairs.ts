/**
 * tiktoken's merge rule as a pair lookup computed on demand.
 *
 * tiktoken ships ranks, not merges: the pair (a, b) merges exactly when the bytes a·b are a
 * token, with that token's rank. Instead of listing every such pair when the vocabulary loads
 * (about 300,000 for cl100k), we answer "is a·b a token?" when the merge loop first asks it,
 * from the hashes of a and b (h(a·b) = h(a)·P^len(b) + h(b)) and a byte compare, and remember
 * the answer (yes or no) in a small open-addressing table that grows as needed.
 * Deliberately left out: eviction (the memo is emptied when it reaches MEMO_LIMIT entries).
 */
import { hashBytes, hashPower, type ByteTable } from './byteTable.ts';
import type { PairLookup } from './pairTable.ts';

const MEMO_LIMIT = 1 << 22;

export class TiktokenPairs implements PairLookup {
  private readonly tokens: readonly Uint8Array[];
  private readonly table: ByteTable;
  private readonly hashes: Int32Array;
  private readonly powers: Int32Array;
  private mask = 0;
  private lefts = new Int32Array(0);
  private rights = new Int32Array(0);
  private merged = new Int32Array(0);
  private used = 0;

  /** tokens[id] are the mergeable tokens (id = rank); table finds a token by its bytes. */
  constructor(tokens: readonly Uint8Array[], table: ByteTable) {
    this.tokens = tokens;
    this.table = table;
    this.hashes = new Int32Array(tokens.length);
    this.powers = new Int32Array(tokens.length);
    for (let id = 0; id < tokens.length; id++) {
      const t = tokens[id];
      this.hashes[id] = hashBytes(t, 0, t.length);
      this.powers[id] = hashPower(t.length);
    }
    this.reset(1 << 16);
  }

  find(a: number, b: number): number {
    let s = pairHash(a, b) & this.mask;
    for (;;) {
      const l = this.lefts[s];
      if (l === -1) break;
      if (l === a && this.rights[s] === b) return this.merged[s] >= 0 ? s : -1;
      s = (s + 1) & this.mask;
    }
    // First time this pair is asked: is the concatenation a token?
    let id = -1;
    if (a < this.tokens.length && b < this.tokens.length) {
      const h = (Math.imul(this.hashes[a], this.powers[b]) + this.hashes[b]) | 0;
      id = this.table.findConcat(this.tokens[a], this.tokens[b], h);
    }
    if (this.used * 2 >= this.mask) {
      if (this.used >= MEMO_LIMIT) this.reset(this.mask + 1);
      else this.grow();
      return this.find(a, b);
    }
    this.lefts[s] = a;
    this.rights[s] = b;
    this.merged[s] = id;
    this.used++;
    return id >= 0 ? s : -1;
  }

  /** subtle: a token's rank is its id, so the pair's rank is the merged token's id. */
  rankAt(slot: number): number {
    return this.merged[slot];
  }

  mergedAt(slot: number): number {
    return this.merged[slot];
  }

  private reset(capacity: number): void {
    this.mask = capacity - 1;
    this.lefts = new Int32Array(capacity).fill(-1);
    this.rights = new Int32Array(capacity);
    this.merged = new Int32Array(capacity);
    this.used = 0;
  }

  private grow(): void {
    const { lefts, rights, merged } = this;
    this.reset((this.mask + 1) * 2);
    for (let i = 0; i < lefts.length; i++) {
      if (lefts[i] === -1) continue;
      let s = pairHash(lefts[i], rights[i]) & this.mask;
      while (this.lefts[s] !== -1) s = (s + 1) & this.mask;
      this.lefts[s] = lefts[i];
      this.rights[s] = rights[i];
      this.merged[s] = merged[i];
      this.used++;
    }
  }
}

function pairHash(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  return h ^ (h >>> 15);
}
