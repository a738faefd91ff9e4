/**
 * A run with progress for a panel: a job that reports as it goes (bytes downloaded, cells
 * computed, rows timed) and may hold what has to be let go when it is replaced (a worker of its
 * own, the lab's turn, a watchdog). It starts when `key` changes (after `delay` ms, at once for
 * 0) or on `retry()`. A new key, a retry or unmounting stops the run in flight: its reports and
 * its answer are dropped, and what it handed to `onStop` is called (also when it had already
 * finished). The last answer stays, with its key, while the next run goes; progress and error
 * belong to the current key's run only, and `busy` is true from the first render of a new key.
 * A null key or job runs nothing. useAsync.ts is this hook for a job that only answers.
 *
 * Deliberately left out: a Stop button of its own (a caller stops a run with a null key), the
 * history of reports (a job that charts its rows so far reports all of them).
 *
 *   const run = useRun(key, async ({ report, onStop }) => {
 *     const job = startLcWorker(); // a worker of its own
 *     onStop(job.stop);
 *     return job.remote.ablation(ids, proxy((done: number, n: number) => report([done, n])));
 *   }, 400);
 *   run.progress; // [done, total] of the run in flight, null before its first report
 *   run.value;    // the last answer, for run.key; run.error, run.busy, run.retry()
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** What a job is handed: where it reports, where it leaves what to stop, whether it counts. */
export interface RunControl<P> {
  /** Shows how far the run is; ignored once it has ended or been replaced. */
  report: (progress: P) => void;
  /** `stop` is called when the run is replaced or unmounted (at once if it already was). */
  onStop: (stop: () => void) => void;
  /** False once the run was replaced or unmounted (for effects outside the hook's state). */
  live: () => boolean;
}

interface RunState<T, P> {
  value: T | null;
  key: string | null;
  /** The key of the latest run started: the progress and the error are its own. */
  started: string | null;
  progress: P | null;
  error: string | null;
  busy: boolean;
}

export interface Run<T, P> {
  /** The last answer (kept while the next run goes)… */
  value: T | null;
  /** …and the key it belongs to. */
  key: string | null;
  /** The last report of the current key's run; null before its first. */
  progress: P | null;
  /** Why the current key's run failed. */
  error: string | null;
  /** A run for the current key is due or going. */
  busy: boolean;
  /** Runs it again (after an error, or to measure again). */
  retry: () => void;
}

export function useRun<T, P = never>(
  key: string | null,
  job: ((run: RunControl<P>) => Promise<T>) | null,
  delay = 0,
): Run<T, P> {
  const [state, setState] = useState<RunState<T, P>>({
    value: null,
    key: null,
    started: null,
    progress: null,
    error: null,
    busy: false,
  });
  const [attempt, setAttempt] = useState(0);
  const jobRef = useRef(job);
  jobRef.current = job;
  useEffect(() => {
    if (key === null || !jobRef.current) return;
    const run = jobRef.current;
    let live = true;
    let ended = false;
    const stops: (() => void)[] = [];
    setState((s) => ({ ...s, started: key, progress: null, error: null, busy: true }));
    const control: RunControl<P> = {
      report: (progress) => {
        if (live && !ended) setState((s) => ({ ...s, progress }));
      },
      onStop: (stop) => {
        if (live) stops.push(stop);
        else stop();
      },
      live: () => live,
    };
    const start = () => {
      // A job that throws before its first await fails like one that rejects.
      new Promise<T>((resolve) => resolve(run(control))).then(
        (value) => {
          ended = true;
          if (live) setState((s) => ({ ...s, value, key, progress: null, busy: false }));
        },
        (e: unknown) => {
          ended = true;
          const error = e instanceof Error ? e.message : String(e);
          if (live) setState((s) => ({ ...s, error, busy: false }));
        },
      );
    };
    const t = delay > 0 ? setTimeout(start, delay) : undefined;
    if (t === undefined) start();
    return () => {
      live = false;
      clearTimeout(t);
      for (const stop of stops) stop();
    };
  }, [key, delay, attempt]);
  const retry = useCallback(() => {
    setState((s) => ({ ...s, error: null }));
    setAttempt((a) => a + 1);
  }, []);
  const current = key !== null && state.started === key;
  return {
    value: state.value,
    key: state.key,
    progress: current ? state.progress : null,
    error: current ? state.error : null,
    busy: key !== null && job !== null && (!current || state.busy),
    retry,
  };
}
