/**
 * ByteTable: byte sequence → token id, as an open-addressing hash table over typed arrays.
 *
 * Loading a tiktoken vocabulary asks "is this byte string a token?" for every way of cutting
 * every token in two (about a million questions for cl100k). Building a JS string per question
 * would allocate a million strings; here the question is a polynomial hash of the bytes
 * (computed incrementally, forwards for prefixes and backwards for suffixes) and a byte compare.
 * Deliberately left out: deletion, resizing.
 */

/** Multiplier of the polynomial hash h(s) = Σ s[i] · P^(len−1−i) mod 2^32. */
export const HASH_P = 0x01000193;

/** h(bytes[start, end)). */
export function hashBytes(bytes: ArrayLike<number>, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, HASH_P) + bytes[i]) | 0;
  return h;
}

export class ByteTable {
  private readonly mask: number;
  private readonly slots: Int32Array; // token id + 1, 0 = empty
  private readonly hashes: Int32Array;
  private readonly tokens: readonly Uint8Array[];

  /** Indexes tokens[id] for every included id with non-empty bytes (first id wins on duplicates). */
  constructor(tokens: readonly Uint8Array[], include: (id: number) => boolean = () => true) {
    this.tokens = tokens;
    let cap = 16;
    while (cap < tokens.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap);
    this.hashes = new Int32Array(cap);
    for (let id = 0; id < tokens.length; id++) {
      const b = tokens[id];
      if (b === undefined || b.length === 0 || !include(id)) continue;
      const h = hashBytes(b, 0, b.length);
      if (this.find(b, 0, b.length, h) >= 0) continue;
      let s = mix(h) & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = id + 1;
      this.hashes[s] = h;
    }
  }

  /** Id of the token equal to the concatenation x·y, or −1. `h` is hash(x·y). */
  findConcat(x: Uint8Array, y: Uint8Array, h: number): number {
    let s = mix(h) & this.mask;
    const nx = x.length;
    const len = nx + y.length;
    for (;;) {
      const slot = this.slots[s];
      if (slot === 0) return -1;
      if (this.hashes[s] === h) {
        const t = this.tokens[slot - 1];
        if (t.length === len) {
          let same = true;
          for (let i = 0; i < len; i++) {
            if (t[i] !== (i < nx ? x[i] : y[i - nx])) {
              same = false;
              break;
            }
          }
          if (same) return slot - 1;
        }
      }
      s = (s + 1) & this.mask;
    }
  }

  /**
   * Id of the token equal to bytes[start, end), or −1. `h` is hashBytes of that range when
   * the caller already has it.
   */
  find(
    bytes: ArrayLike<number>,
    start: number,
    end: number,
    h = hashBytes(bytes, start, end),
  ): number {
    let s = mix(h) & this.mask;
    const len = end - start;
    for (;;) {
      const slot = this.slots[s];
      if (slot === 0) return -1;
      if (this.hashes[s] === h) {
        const t = this.tokens[slot - 1];
        if (t.length === len) {
          let same = true;
          for (let i = 0; i < len; i++) {
            if (t[i] !== bytes[start + i]) {
              same = false;
              break;
            }
          }
          if (same) return slot - 1;
        }
      }
      s = (s + 1) & this.mask;
    }
  }
}

/** P^len mod 2^32: h(x·y) = h(x)·P^len(y) + h(y). */
export function hashPower(len: number): number {
  let p = 1;
  for (let i = 0; i < len; i++) p = Math.imul(p, HASH_P);
  return p;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}
