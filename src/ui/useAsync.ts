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

export function useAsync<T>(
  key: string | null,
  job: (() => Promise<T>) | null,
  delay = DEBOUNCE_MS,
): AsyncJob<T> {
  // A job that only answers is a run without progress reports.
  const { value, key: valueKey, error, busy, retry } = useRun<T>(key, job, delay);
  return { value, key: valueKey, error, busy, retry };
}
