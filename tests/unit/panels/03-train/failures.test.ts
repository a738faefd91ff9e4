/**
 * The Train lab's failures: a code and its numbers survive the trip from the worker (comlink
 * keeps only an error's name and message), IndexedDB's errors are told apart, anything else
 * keeps its own words as the detail, and every code and action has its text in both languages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FAILURE_ACTIONS,
  FAILURE_CODES,
  storageFailure,
  toFailure,
  TrainError,
} from '../../../../src/panels/03-train/failures.ts';

/** What comlink gives the page for an error thrown in the worker. */
const throughComlink = (e: Error) =>
  Object.assign(new Error(e.message), { name: e.name, message: e.message, stack: e.stack });

describe('Train lab failures', () => {
  it('carries a code and its numbers from the worker to the page', () => {
    const f = { code: 'presetMemory' as const, params: { mb: 90, gb: 0.25 } };
    expect(toFailure(throughComlink(new TrainError(f)))).toEqual(f);
    expect(toFailure(new TrainError({ code: 'runGone' }))).toEqual({ code: 'runGone' });
  });

  it('tells the quota, blocked storage and other storage errors apart', () => {
    expect(
      storageFailure(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    ).toEqual({ code: 'quota' });
    expect(storageFailure(new DOMException('no', 'SecurityError'))).toEqual({
      code: 'storageBlocked',
      detail: 'SecurityError: no',
    });
    expect(storageFailure(new DOMException('disk', 'UnknownError'))).toEqual({
      code: 'storage',
      detail: 'UnknownError: disk',
    });
    // a TrainError passes through as it is
    expect(storageFailure(throughComlink(new TrainError({ code: 'quota' })))).toEqual({
      code: 'quota',
    });
  });

  it('keeps the words of anything else as the detail', () => {
    expect(toFailure(new Error('simulated crash'))).toEqual({
      code: 'unknown',
      detail: 'Error: simulated crash',
    });
    expect(toFailure('plain')).toEqual({ code: 'unknown', detail: 'plain' });
    const notOurs = Object.assign(new Error('{bad json'), { name: 'TrainError' });
    expect(toFailure(notOurs).code).toBe('unknown');
  });

  it.each(['en', 'zh-CN'])('has a text for every code and action in %s', (lang) => {
    const texts = JSON.parse(readFileSync(`src/panels/03-train/locales/${lang}.json`, 'utf8')) as {
      failures: Record<string, string>;
      reasons: Record<string, string>;
    };
    for (const code of FAILURE_CODES) expect(texts.reasons[code], code).toMatch(/\S/);
    for (const action of FAILURE_ACTIONS)
      expect(texts.failures[action], action).toContain('{{reason}}');
    expect(texts.reasons.presetMemory).toContain('{{mb}}');
    expect(texts.reasons.presetMemory).toContain('{{gb}}');
    expect(texts.reasons.maxRuns).toContain('{{n}}');
    expect(texts.reasons.promptTooLong).toContain('{{max}}');
  });
});
