/**
 * The merge table: (left id, right id) → (rank, merged id), as an open-addressing hash table
 * over typed arrays.
 *
 * BPE asks "is this adjacent pair a merge, and how early was it learned?" millions of times.
 * A Map keyed by strings like "Ġt h" would allocate a string per question; here the key is the
 * two integer ids, hashed with two multiplications, and probing walks flat Int32Arrays.
 * Deliberately left out: deletion and resizing (the table is built once from a full list).
 */

/**
 * What the merge loop asks of a merge table. `find` returns a slot (or −1 when (a, b) is not a
 * merge); read the slot with rankAt / mergedAt before the next `find`.
 */
export interface PairLookup {
  find(a: number, b: number): number;
  rankAt(slot: number): number;
  mergedAt(slot: number): number;
}

export class PairTable implements PairLookup {
  /** Number of stored pairs. */
  readonly size: number;
  private readonly mask: number;
  private readonly lefts: Int32Array;
  private readonly rights: Int32Array;
  private readonly ranks: Int32Array;
  private readonly mergedIds: Int32Array;

  /**
   * Builds the table from parallel arrays: pair i is (left[i], right[i]) with rank[i], merging
   * into merged[i]. When a pair appears twice, the lowest rank wins.
   *   new PairTable([97], [97], [0], [256]).rankOf(97, 97) → 0
   */
  constructor(
    left: ArrayLike<number>,
    right: ArrayLike<number>,
    rank: ArrayLike<number>,
    merged: ArrayLike<number>,
  ) {
    const n = left.length;
    if (right.length !== n || rank.length !== n || merged.length !== n) {
      throw new Error('PairTable: left, right, rank and merged must have the same length');
    }
    let cap = 16;
    while (cap < n * 2) cap *= 2;
    this.mask = cap - 1;
    this.lefts = new Int32Array(cap).fill(-1);
    this.rights = new Int32Array(cap);
    this.ranks = new Int32Array(cap);
    this.mergedIds = new Int32Array(cap);
    let size = 0;
    for (let i = 0; i < n; i++) {
      const a = left[i];
      const b = right[i];
      if (a < 0 || b < 0) throw new Error(`PairTable: negative id in pair ${i}`);
      let h = hash(a, b) & this.mask;
      while (this.lefts[h] !== -1 && (this.lefts[h] !== a || this.rights[h] !== b)) {
        h = (h + 1) & this.mask;
      }
      if (this.lefts[h] === -1) {
        this.lefts[h] = a;
        this.rights[h] = b;
        this.ranks[h] = rank[i];
        this.mergedIds[h] = merged[i];
        size++;
      } else if (rank[i] < this.ranks[h]) {
        this.ranks[h] = rank[i];
        this.mergedIds[h] = merged[i];
      }
    }
    this.size = size;
  }

  /** Slot of the pair, or -1 when (a, b) is not a merge. */
  find(a: number, b: number): number {
    let h = hash(a, b) & this.mask;
    for (;;) {
      const l = this.lefts[h];
      if (l === -1) return -1;
      if (l === a && this.rights[h] === b) return h;
      h = (h + 1) & this.mask;
    }
  }

  /** Rank of the merge (a, b) (lower merges first), or -1 when it is not a merge. */
  rankOf(a: number, b: number): number {
    const h = this.find(a, b);
    return h < 0 ? -1 : this.ranks[h];
  }

  /** Rank stored in a slot returned by find(). */
  rankAt(slot: number): number {
    return this.ranks[slot];
  }

  /** Merged id stored in a slot returned by find(). */
  mergedAt(slot: number): number {
    return this.mergedIds[slot];
  }
}

function hash(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  return h ^ (h >>> 15);
}
