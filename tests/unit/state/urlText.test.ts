/**
 * Text in links: measuring and cutting between characters (src/state/urlText.ts), the schema's
 * link room for text fields, the `cut=` marker, and the whole texts put back over a link's part
 * (src/state/urlSchema.ts). URLSearchParams, which writes and reads the hash, is the oracle.
 */
import { describe, expect, it } from 'vitest';
import {
  cutEncoded,
  encodedLength,
  fitLength,
  sliceCodePoints,
  wellFormed,
} from '../../../src/state/urlText.ts';
import {
  applyPatch,
  linkedPart,
  parseState,
  serializeState,
  str,
  withFullTexts,
} from '../../../src/state/urlSchema.ts';
import { MAX_HASH_LENGTH, parseHash } from '../../../src/state/route.ts';
import { PANELS } from '../../../src/panels/registry.ts';

const urlencoded = (s: string) => new URLSearchParams({ k: s }).toString().slice(2);
const SAMPLES = [
  '',
  'hello world',
  "a*-._~!'()+&=%#?/",
  '词元🙂 👩‍💻 é ß',
  'tab\there\r\nnew line',
  'ab\uD800cd', // a lone high surrogate
  '\uDC00x', // a lone low surrogate
  '🇨🇳🇬🇧' + '你'.repeat(50),
];

describe('encodedLength and fitLength', () => {
  it('count URL characters exactly as URLSearchParams writes them', () => {
    for (const s of SAMPLES) expect(encodedLength(s), s).toBe(urlencoded(s).length);
  });

  it('hand case: a = 1, 词 = 9, 🙂 = 12 URL characters', () => {
    expect(fitLength('a词🙂', 10)).toBe(2);
    expect(fitLength('a词🙂', 21)).toBe(2);
    expect(fitLength('a词🙂', 22)).toBe(4);
    expect(fitLength('a词🙂', 0)).toBe(0);
  });

  it('keeps the longest prefix that fits, never splitting a surrogate pair', () => {
    for (const s of SAMPLES) {
      for (let budget = 0; budget <= urlencoded(s).length + 2; budget++) {
        const n = fitLength(s, budget);
        const part = s.slice(0, n);
        expect(urlencoded(part).length).toBeLessThanOrEqual(budget);
        if (n < s.length) {
          const next = s.codePointAt(n)! > 0xffff && s.charCodeAt(n) >= 0xd800 ? 2 : 1;
          expect(urlencoded(s.slice(0, n + next)).length).toBeGreaterThan(budget);
        }
        const last = part.charCodeAt(part.length - 1);
        if (n < s.length && last >= 0xd800 && last <= 0xdbff) {
          // only a lone high surrogate may end the part
          expect(s.charCodeAt(n) >= 0xdc00 && s.charCodeAt(n) <= 0xdfff).toBe(false);
        }
      }
    }
  });

  it('reads no further than the budget reaches (a megabyte costs what the link costs)', () => {
    const big = 'x'.repeat(5_000_000);
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) fitLength(big, 6000);
    expect(fitLength(big, 6000)).toBe(6000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('sliceCodePoints and wellFormed', () => {
  it('cuts before a surrogate pair instead of inside it', () => {
    expect(sliceCodePoints('a🙂b', 2)).toBe('a');
    expect(sliceCodePoints('a🙂b', 3)).toBe('a🙂');
    expect(sliceCodePoints('abc', 5)).toBe('abc');
  });
  it('replaces lone surrogates as a URL stores them', () => {
    for (const s of SAMPLES) {
      expect(wellFormed(s)).toBe(new URLSearchParams('k=' + urlencoded(s)).get('k'));
    }
  });
});

describe('cutEncoded', () => {
  it('hand cases: inside an escape and inside a UTF-8 sequence', () => {
    expect(cutEncoded('x%E8%AF%8D%E8%AF%8D', 12)).toBe('x%E8%AF%8D'); // "%E8%A" → dropped
    expect(cutEncoded('x%E8%AF%8D%E8%AF%8D', 14)).toBe('x%E8%AF%8D'); // "%E8%AF" incomplete
    expect(cutEncoded('x%E8%AF%8D%E8%AF%8D', 19)).toBe('x%E8%AF%8D%E8%AF%8D');
    expect(cutEncoded('ab%2', 3)).toBe('ab');
    expect(cutEncoded('ab%F0%9F%99%82', 13)).toBe('ab');
  });

  it('every cut of an encoded text decodes, to a prefix of the text', () => {
    const text = 'x' + SAMPLES.join('|');
    const q = urlencoded(text);
    for (let max = 0; max <= q.length; max++) {
      const cut = cutEncoded(q, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      const decoded = decodeURIComponent(cut.replaceAll('+', ' '));
      expect(wellFormed(text).startsWith(decoded), `cut at ${max}`).toBe(true);
    }
  });

  it('parseHash cuts a hostile hash between characters', () => {
    const hash = '#/tokenizer?text=' + encodeURIComponent('x' + '词'.repeat(2000));
    expect(hash.length).toBeGreaterThan(MAX_HASH_LENGTH);
    const text = parseHash(hash).params.get('text')!;
    expect(text).toMatch(/^x词+$/);
    expect(text.length).toBeGreaterThan(1800);
  });
});

describe('text fields in the URL schema', () => {
  const schema = { text: str('hi', 1000, 30), n: str('', 10) };

  it('a link holds the part that fits and names the field in cut=', () => {
    const text = '你好'.repeat(10); // 20 characters, 180 URL characters
    const q = serializeState(schema, { text, n: '' });
    const params = new URLSearchParams(q);
    expect(params.get('text')).toBe('你好你'); // 27 ≤ 30
    expect(params.get('cut')).toBe('text');
    const { state, notices, partial } = parseState(schema, params);
    expect(state.text).toBe('你好你');
    expect(partial).toEqual(['text']);
    expect(notices).toEqual([{ key: 'text', kind: 'partial', value: '', used: '3' }]);
  });

  it('a text that fits is linked whole, without cut=', () => {
    const q = serializeState(schema, { text: 'short', n: '' });
    expect(q).toBe('text=short');
    expect(linkedPart(schema.text, 'short')).toBe('short');
  });

  it('the page gets its whole text back over the link part, and a different link wins', () => {
    const full = { text: '你好'.repeat(10) };
    const fromOwnLink = parseState(
      schema,
      new URLSearchParams(serializeState(schema, { text: full.text, n: '' })),
    );
    const merged = withFullTexts(schema, fromOwnLink.state, full);
    expect(merged.state.text).toBe(full.text);
    expect(merged.kept).toEqual(['text']);
    const other = withFullTexts(schema, { text: 'another', n: '' }, full);
    expect(other.state.text).toBe('another');
    expect(other.kept).toEqual([]);
    // A lone surrogate is stored as U+FFFD in the URL: the page keeps its own text.
    const lone = { text: 'ab\uD800cd' };
    const q = serializeState(schema, { text: lone.text, n: '' });
    const back = parseState(schema, new URLSearchParams(q)).state;
    expect(withFullTexts(schema, back, lone).state.text).toBe(lone.text);
  });

  it('the box limit cuts between characters; a hostile cut= names nothing unknown', () => {
    const s = { t: str('', 3) };
    expect(applyPatch(s, { t: '' }, { t: 'ab🙂' }).t).toBe('ab');
    expect(parseState(s, new URLSearchParams('t=ab%F0%9F%99%82&cut=t,zz,t')).state.t).toBe('ab');
    expect(parseState(s, new URLSearchParams('cut=t,zz')).partial).toEqual([]);
  });

  it("every panel's links fit in the hash the page reads", () => {
    for (const p of PANELS) {
      let room = `#/${p.id}?`.length + '&embed=1'.length;
      for (const [k, f] of Object.entries(p.schema)) {
        room += k.length + 2;
        if (f.kind === 'string') room += f.link;
        else if (f.kind === 'enum') room += Math.max(...f.values.map((v) => urlencoded(v).length));
        else room += 24; // a number or a boolean
      }
      room += 'cut='.length + Object.keys(p.schema).join(',').length;
      expect(room, p.id).toBeLessThanOrEqual(MAX_HASH_LENGTH);
    }
  });
});
