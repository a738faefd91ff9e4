/**
 * One worker per open lab (norm.worker.ts), shared by the Pre-/Post-Norm figure and the
 * tiny-model view. `useAsync` runs a job when its key changes (after the sliders settle) and
 * keeps the last result while the next one runs.
 */
import { useEffect, useRef, useState } from 'react';
import type { Remote } from 'comlink';
import { useComlinkWorker } from '../../ui/useComlinkWorker.ts';
import type { NormWorkerApi } from './norm.worker.ts';

export type NormWorker = Remote<NormWorkerApi>;

export function useNormWorker(): NormWorker | null {
  return useComlinkWorker<NormWorkerApi>(
    () => new Worker(new URL('./norm.worker.ts', import.meta.url), { type: 'module' }),
  );
}

export interface AsyncState<T> {
  value: T | null;
  /** The key the value belongs to (a stale value is shown while the next one computes). */
  key: string | null;
  error: string | null;
  busy: boolean;
}

export function useAsync<T>(
  key: string | null,
  job: (() => Promise<T>) | null,
  delay = 120,
): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({
    value: null,
    key: null,
    error: null,
    busy: false,
  });
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
  }, [key, delay]);
  return state;
}
