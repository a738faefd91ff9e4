/**
 * A debounced async job for a panel: it runs when `key` changes (after the sliders or typing
 * settle for `delay` ms), keeps the last value on screen while the next one computes, and
 * drops the answers of jobs that were superseded. A null key or job runs nothing. A failed job
 * ends in `error` for its key (never a spinner forever: a failed worker rejects, see useComlinkWorker.ts),
 * and `retry()` runs it again.
 *
 * It is useRun.ts without progress reports, with the labs' debounce as its default delay.
 *
 * Deliberately left out: cancelling the work itself (a worker finishes what it started).
 *
 *   const res = useAsync(`${n}`, () => worker.compute(n)); // res.value for res.key
 *   {res.error && <PanelError error={res.error} onRetry={res.retry} />}
 */
import { useRun } from './useRun.ts';

export interface AsyncState<T> {
  value: T | null;
  /** The key the value belongs to (a stale value is shown while the next one computes). */
  key: string | null;
  error: string | null;
  busy: boolean;
}

export interface AsyncJob<T> extends AsyncState<T> {
  /** Runs the job again (after an error). */
  retry: () => void;
}

/**
 * How long a job waits for the input to settle (a slider dragged, text typed) before it runs:
 * chosen here once for every lab. Long enough to skip the values a drag passes through, short
 * enough that the answer feels immediate.
 */
export const DEBOUNCE_MS = 120;

const identities = new WeakMap<object, number>();
let lastIdentity = 0;

/**
 * A number for an object's identity (a worker, the model, a vocabulary's info), for the key of
 * a job that must run again when the object is replaced by another one that looks the same:
 * `${identityKey(info)}|${text}`.
 */
export function identityKey(o: object): string {
  let n = identities.get(o);
  if (n === undefined) {
    n = ++lastIdentity;
    identities.set(o, n);
  }
  return String(n);
}

/** Texts keyed lately by `textKey`, newest last, and their numbers. */
const keyedTexts: { text: string; n: number }[] = [];
const KEYED_TEXTS = 16;
let lastText = 0;

/**
 * A short stand-in for a text in a job's key: `${scheme}|${textKey(text)}`. A key holding a
 * megabyte of text is joined, copied and compared over its whole length on every render; the
 * stand-in is a few characters. The same text gets the same stand-in while it is among the last
 * 16 keyed (the same string is found at once, without reading it); short texts stand for
 * themselves.
 */
export function textKey(text: string): string {
  if (text.length <= 64) return `=${text}`;
  for (let i = keyedTexts.length - 1; i >= 0; i--) {
    if (keyedTexts[i].text === text) return `#${keyedTexts[i].n}`;
  }
  const n = ++lastText;
  keyedTexts.push({ text, n });
  if (keyedTexts.length > KEYED_TEXTS) keyedTexts.shift();
  return `#${n}`;
}

export function useAsync<T>(
  key: string | null,
  job: (() => Promise<T>) | null,
  delay = DEBOUNCE_MS,
): AsyncJob<T> {
  // A job that only answers is a run without progress reports.
  const { value, key: valueKey, error, busy, retry } = useRun<T>(key, job, delay);
  return { value, key: valueKey, error, busy, retry };
}
