/**
 * The whole texts kept in sessionStorage (src/state/fullTexts.ts): stored in parts, one part per
 * task while the visitor stays, so a megabyte is never one long setItem; a save cut short or
 * refused by a full storage leaves the previous save whole; the first version is still read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PART,
  loadFullTexts,
  saveFullTexts,
  saveFullTextsInSteps,
  splitParts,
} from '../../../src/state/fullTexts.ts';

/** A Storage in memory; `room` code units in all (keys and values), like a quota. */
class MemoryStorage implements Storage {
  items = new Map<string, string>();
  writes: number[] = [];
  constructor(public room = Infinity) {}
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    let used = k.length + v.length;
    for (const [key, value] of this.items) if (key !== k) used += key.length + value.length;
    if (used > this.room) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, v);
    this.writes.push(v.length);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  clear() {
    this.items.clear();
  }
}

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
  (globalThis as { sessionStorage?: Storage }).sessionStorage = store;
});
afterEach(() => {
  delete (globalThis as { sessionStorage?: Storage }).sessionStorage;
});

/** A step queue run by hand: `later` of saveFullTextsInSteps. */
function queue() {
  const q: (() => void)[] = [];
  return {
    later: (f: () => void) => q.push(f),
    step: () => q.shift()?.(),
    drain: () => {
      while (q.length) q.shift()!();
    },
    get size() {
      return q.length;
    },
  };
}

const big = (n: number, base = '词元🙂 tokens ') =>
  base.repeat(Math.ceil(n / base.length)).slice(0, n);

describe('splitParts', () => {
  it('cuts at PART code units, never between the halves of a pair, and joins back exactly', () => {
    const text = 'a'.repeat(PART - 1) + '🙂' + 'b'.repeat(10) + '\uD800'; // a pair across the cut
    const parts = splitParts(text);
    expect(parts.join('')).toBe(text);
    expect(parts[0]).toHaveLength(PART - 1);
    expect(parts.every((p) => p.length <= PART)).toBe(true);
    expect(splitParts('')).toEqual([]);
  });
});

describe('kept texts', () => {
  it('round-trip a megabyte with emoji in parts, never one write of more than PART', () => {
    const text = big(1_048_576);
    saveFullTexts('tokenizer', { text, vocabs: 'qwen' });
    expect(loadFullTexts('tokenizer')).toEqual({ text, vocabs: 'qwen' });
    expect(Math.max(...store.writes)).toBeLessThanOrEqual(PART);
  });

  it('in steps: one write a task, the previous save until the index is written', () => {
    saveFullTexts('model', { prompt: 'old' });
    const q = queue();
    const text = big(5 * PART);
    saveFullTextsInSteps('model', { prompt: text }, q.later);
    for (let i = 0; i < 5; i++) {
      const before = store.writes.length;
      q.step();
      expect(store.writes.length - before).toBe(1);
      expect(loadFullTexts('model')).toEqual({ prompt: 'old' });
    }
    q.step(); // the index
    expect(loadFullTexts('model')).toEqual({ prompt: text });
    q.drain(); // the old parts go
    expect([...store.items.keys()].filter((k) => k.includes('#'))).toHaveLength(5);
  });

  it('a save stopped half way leaves the previous one whole, and the next save tidies up', () => {
    saveFullTexts('norm', { prompt: 'first' });
    const q = queue();
    const stop = saveFullTextsInSteps('norm', { prompt: big(3 * PART) }, q.later);
    q.step();
    expect(stop()).toBe(false);
    q.drain();
    expect(loadFullTexts('norm')).toEqual({ prompt: 'first' });
    saveFullTexts('norm', { prompt: 'third' });
    expect(loadFullTexts('norm')).toEqual({ prompt: 'third' });
    expect([...store.items.keys()].filter((k) => k.includes('#'))).toHaveLength(1);
    const done = saveFullTextsInSteps('norm', { prompt: 'fourth' }, q.later);
    q.drain();
    expect(done()).toBe(true);
  });

  it('a full storage keeps the previous save and leaves no stray parts', () => {
    saveFullTexts('alignment', { conv: 'small' });
    store.room = 3 * PART;
    const q = queue();
    saveFullTextsInSteps('alignment', { conv: big(5 * PART) }, q.later);
    q.drain();
    expect(loadFullTexts('alignment')).toEqual({ conv: 'small' });
    expect([...store.items.keys()].filter((k) => k.includes('#'))).toHaveLength(1);
    expect(() => saveFullTexts('alignment', { conv: big(5 * PART) })).not.toThrow();
    expect(loadFullTexts('alignment')).toEqual({ conv: 'small' });
  });

  it('no texts, or more than a panel may keep, remove the entry', () => {
    saveFullTexts('chat', { a: 'x' });
    saveFullTexts('chat', {});
    expect(loadFullTexts('chat')).toEqual({});
    saveFullTexts('chat', { a: 'x' });
    saveFullTexts('chat', { a: big(1_500_000), b: big(1_500_000) });
    expect(loadFullTexts('chat')).toEqual({});
    expect(store.length).toBe(0);
  });

  it('reads the first version, and anything unreadable as nothing', () => {
    store.setItem('qip.fullText.rope', JSON.stringify({ text: 'whole', n: 3 }));
    expect(loadFullTexts('rope')).toEqual({ text: 'whole' });
    store.setItem('qip.fullText.rope', '{not json');
    expect(loadFullTexts('rope')).toEqual({});
    store.setItem('qip.fullText.rope', JSON.stringify({ v: 2, gen: 'g', parts: { text: 2 } }));
    store.setItem('qip.fullText.rope#g.text.0', 'only one part');
    expect(loadFullTexts('rope')).toEqual({});
  });

  it('other panels’ texts are left alone', () => {
    saveFullTexts('tokenizer', { text: 'tok' });
    saveFullTexts('tokenizer-x', { text: 'other' });
    saveFullTexts('tokenizer', { text: 'tok 2' });
    expect(loadFullTexts('tokenizer-x')).toEqual({ text: 'other' });
  });
});
