/** The stored chat's checks: what the app writes reads back; anything else is refused whole. */
import { describe, expect, it } from 'vitest';
import {
  MAX_STORED_TURNS,
  parseStored,
  serializeStored,
  type ChatTurn,
} from '../../../../src/panels/07-chat/chatStorage.ts';

const tok = { id: 7, text: 'Hi', hex: '48 69', special: false, partial: false };
const step = {
  token: tok,
  prob: 0.5,
  alternatives: [{ ...tok, prob: 0.5 }],
  textDelta: 'Hi',
  elapsedMs: 4,
};
const stats = {
  stopReason: 'stop',
  promptTokens: 30,
  newTokens: 1,
  ttftMs: 4,
  tokensPerSecond: 0,
  modelMs: 3,
  totalMs: 4,
  seed: 123,
};
const reply = { role: 'assistant', content: 'Hi', steps: [step], stats };
const stored = (turns: unknown[], extra = {}) =>
  JSON.stringify({ version: 1, system: null, turns, ...extra });

describe('parseStored', () => {
  it('reads back what serializeStored writes, and keeps the newest turns only', () => {
    const turns = [{ role: 'user', content: 'hello' }, reply] as ChatTurn[];
    expect(parseStored(serializeStored({ system: 'sys', turns }))).toEqual({
      system: 'sys',
      turns,
    });
    const many = Array.from({ length: 70 }, (_, i) => ({ role: 'user' as const, content: `${i}` }));
    const back = parseStored(serializeStored({ system: null, turns: many }))!;
    expect(back.turns).toHaveLength(MAX_STORED_TURNS);
    expect(back.turns[0].content).toBe('10');
  });

  it.each(['stop', 'length', 'abort', 'left', 'unloaded'])(
    'accepts a reply that ended by %s',
    (r) => {
      expect(
        parseStored(stored([{ ...reply, stats: { ...stats, stopReason: r } }])),
      ).not.toBeNull();
    },
  );

  it('accepts a reply without a seed (greedy, or saved before seeds were recorded)', () => {
    const old: Partial<typeof stats> = { ...stats };
    delete old.seed;
    expect(parseStored(stored([{ ...reply, stats: old }]))).not.toBeNull();
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', stored([], { version: 2 })],
    ['a system prompt that is a number', stored([], { system: 5 })],
    ['turns that are not an array', JSON.stringify({ version: 1, system: null, turns: {} })],
    [
      'more turns than the app writes',
      stored(Array.from({ length: 61 }, () => ({ role: 'user', content: 'x' }))),
    ],
    ['an unknown role', stored([{ role: 'tool', content: 'x' }])],
    ['content that is not text', stored([{ role: 'user', content: 3 }])],
    ['steps that are not an array', stored([{ ...reply, steps: 'x' }])],
    ['a step with no fields', stored([{ ...reply, steps: [{}] }])],
    [
      'a step whose token lacks `special`',
      stored([{ ...reply, steps: [{ ...step, token: { ...tok, special: undefined } }] }]),
    ],
    ['a probability above 1', stored([{ ...reply, steps: [{ ...step, prob: 1.5 }] }])],
    [
      'eleven alternatives',
      stored([
        { ...reply, steps: [{ ...step, alternatives: Array(11).fill({ ...tok, prob: 0.1 }) }] },
      ]),
    ],
    ['empty stats', stored([{ ...reply, stats: {} }])],
    ['a stats number that is a string', stored([{ ...reply, stats: { ...stats, ttftMs: '4' } }])],
    ['an unknown stop reason', stored([{ ...reply, stats: { ...stats, stopReason: 'crash' } }])],
    ['a negative seed', stored([{ ...reply, stats: { ...stats, seed: -1 } }])],
    ['steps on a user turn', stored([{ role: 'user', content: 'x', steps: [] }])],
  ])('refuses %s', (_name, raw) => {
    expect(parseStored(raw)).toBeNull();
  });
});
