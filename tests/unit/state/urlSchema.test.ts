import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  bool,
  num,
  oneOf,
  parseState,
  serializeState,
  str,
} from '../../../src/state/urlSchema.ts';
import { formatHash, parseHash, MAX_HASH_LENGTH } from '../../../src/state/route.ts';

const schema = {
  base: num({ default: 10000, min: 100, max: 1e8, log: true }),
  dim: num({ default: 128, min: 8, max: 256, even: true }),
  train: num({ default: 2048, min: 1, max: 1_048_576, integer: true }),
  method: oneOf(['none', 'ntk', 'dynamic'] as const, 'none'),
  text: str('hello', 100),
  bf16: bool(false),
};

const parse = (q: string) => parseState(schema, new URLSearchParams(q));

describe('parseState', () => {
  it('returns the defaults for an empty query, with no notices', () => {
    expect(parse('')).toEqual({
      state: { base: 10000, dim: 128, train: 2048, method: 'none', text: 'hello', bf16: false },
      notices: [],
      partial: [],
    });
  });

  it('takes valid values as they are', () => {
    const { state, notices } = parse('base=500000&dim=64&method=ntk&text=abc&bf16=1');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ base: 500000, dim: 64, method: 'ntk', text: 'abc', bf16: true });
  });

  it('clamps out-of-range numbers and says so', () => {
    const { state, notices } = parse('base=1e309&dim=-5&train=0');
    expect(state.base).toBe(1e8); // 1e309 parses as Infinity
    expect(state.dim).toBe(8);
    expect(state.train).toBe(1);
    expect(notices.map((n) => [n.key, n.kind])).toEqual([
      ['base', 'clamped'],
      ['dim', 'clamped'],
      ['train', 'clamped'],
    ]);
  });

  it('drops NaN and non-numbers back to the default', () => {
    const { state, notices } = parse('base=NaN&train=abc&dim=');
    expect(state).toMatchObject({ base: 10000, train: 2048, dim: 128 });
    expect(notices.every((n) => n.kind === 'invalid')).toBe(true);
    expect(notices).toHaveLength(3);
  });

  it('rounds an odd head dimension to an even one', () => {
    expect(parse('dim=63').state.dim).toBe(64);
    expect(parse('dim=255').state.dim).toBe(256);
    expect(parse('dim=257').state.dim).toBe(256);
  });

  it('drops unknown keys and unknown enum values with notices, and ignores the shell key embed', () => {
    const { state, notices } = parse(
      'evil=%3Cscript%3Ealert(1)%3C%2Fscript%3E&method=yarn%3Cb%3E&embed=1',
    );
    expect(state.method).toBe('none');
    expect(notices.map((n) => n.kind)).toEqual(['unknown', 'invalid']);
    expect(notices[0].value.length).toBeLessThanOrEqual(41);
  });

  it('truncates a 10 KB string to the field maximum', () => {
    const { state, notices } = parse('text=' + 'x'.repeat(10_000));
    expect(state.text).toHaveLength(100);
    expect(notices[0]).toMatchObject({ key: 'text', kind: 'truncated' });
  });

  it('rejects boolean garbage', () => {
    const { state, notices } = parse('bf16=maybe');
    expect(state.bf16).toBe(false);
    expect(notices[0].kind).toBe('invalid');
  });
});

describe('serializeState', () => {
  it('writes only non-defaults and round-trips through parseState', () => {
    const s = {
      ...parse('').state,
      base: 30527.7,
      method: 'dynamic' as const,
      bf16: true,
      text: 'a&b=c 中文',
    };
    const q = serializeState(schema, s);
    expect(q).not.toContain('dim=');
    expect(parse(q)).toEqual({ state: s, notices: [], partial: [] });
  });
});

describe('applyPatch', () => {
  it('clamps patched numbers and ignores invalid enum values', () => {
    const s = parse('').state;
    const next = applyPatch(schema, s, { base: 1e12, dim: 33, method: 'bogus' as 'none' });
    expect(next).toMatchObject({ base: 1e8, dim: 34, method: 'none' });
  });
});

describe('hash routes', () => {
  it('parses the panel, the query and embed', () => {
    const r = parseHash('#/rope?base=5e5&embed=1');
    expect(r.panel).toBe('rope');
    expect(r.params.get('base')).toBe('5e5');
    expect(r.embed).toBe(true);
  });
  it('treats an empty hash as home', () => {
    expect(parseHash('').panel).toBe('');
    expect(parseHash('#/').panel).toBe('');
  });
  it('survives malformed percent escapes and huge hashes', () => {
    expect(parseHash('#/%E0%A4%A?x=%ZZ').panel).toBe('%E0%A4%A');
    const r = parseHash('#/rope?text=' + 'y'.repeat(100_000));
    expect(r.params.get('text')!.length).toBeLessThan(MAX_HASH_LENGTH);
  });
  it('formats a hash that parses back', () => {
    const h = formatHash('rope', 'base=5&dim=8', true);
    expect(h).toBe('#/rope?base=5&dim=8&embed=1');
    expect(parseHash(h).embed).toBe(true);
  });
});
