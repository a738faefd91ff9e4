/**
 * A debounced async job for a panel: it runs when `key` changes (after the sliders or typing
 * settle for `delay` ms), keeps the last value on screen while the next one computes, and
 * drops the answers of jobs that were superseded. A null key or job runs nothing. A failed job
 * ends in `error` (never a spinner forever: a failed worker rejects, see useComlinkWorker.ts),
 * and `retry()` runs it again.
 *
 * Deliberately left out: cancelling the work itself (a worker finishes what it started).
 *
 *   const res = useAsync(`${n}`, () => worker.compute(n)); // res.value for res.key
 *   {res.error && <PanelError error={res.error} onRetry={res.retry} />}
 */
import { useCallback, useEffect, useRef, useState } from 'react';

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

export function useAsync<T>(
  key: string | null,
  job: (() => Promise<T>) | null,
  delay = DEBOUNCE_MS,
): AsyncJob<T> {
  const [state, setState] = useState<AsyncState<T>>({
    value: null,
    key: null,
    error: null,
    busy: false,
  });
  const [attempt, setAttempt] = useState(0);
  const jobRef = useRef(job);
  jobRef.current = job;
  useEffect(() => {
    if (key === null || !jobRef.current) return;
    let live = true;
    const run = jobRef.current;
    setState((s) => ({ ...s, busy: true }));
    const t = setTimeout(() => {
      run().then(
        (value) => live && setState({ value, key, error: null, busy: false }),
        (e: unknown) =>
          live &&
          setState((s) => ({
            ...s,
            error: e instanceof Error ? e.message : String(e),
            busy: false,
          })),
      );
    }, delay);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [key, delay, attempt]);
  const retry = useCallback(() => {
    setState((s) => ({ ...s, error: null }));
    setAttempt((a) => a + 1);
  }, []);
  return { ...state, retry };
}
