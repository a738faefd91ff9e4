/**
 * A job's key holds a short stand-in for its text (src/ui/useAsync.ts `textKey`): equal texts
 * give equal stand-ins, different texts different ones, and a megabyte gives a few characters.
 */
import { describe, expect, it } from 'vitest';
import { textKey } from '../../../src/ui/useAsync.ts';

describe('textKey', () => {
  it('is short for a long text, the same for the same text, and differs for another', () => {
    const text = 'The quick brown fox. '.repeat(50_000);
    const k = textKey(text);
    expect(k.length).toBeLessThan(12);
    expect(textKey(text)).toBe(k);
    // An equal text built anew (another string) gets the same stand-in.
    expect(textKey(text.slice(0, -1) + ' ')).toBe(k);
    expect(textKey(text + 'x')).not.toBe(k);
    expect(textKey(text.slice(1))).not.toBe(k);
  });

  it('short texts stand for themselves, never equal to a long text’s stand-in', () => {
    expect(textKey('hello')).toBe('=hello');
    expect(textKey('')).toBe('=');
    const long = 'a'.repeat(100);
    expect(textKey(long)).not.toBe(textKey('#1'));
  });

  it('a text keyed again after 16 others gets a new stand-in (its job simply runs again)', () => {
    const text = 'y'.repeat(1000);
    const first = textKey(text);
    for (let i = 0; i < 16; i++) textKey(`${i}`.padEnd(100, 'z'));
    const again = textKey(text);
    expect(again).not.toBe(first);
    expect(textKey(text)).toBe(again);
  });
});
