/**
 * A panel's worker, wrapped with comlink: started in an effect, terminated on unmount, and
 * started afresh whenever `key` changes (a new model, a retry). The remote is null until the
 * worker is up and during a change of key, so no call reaches a worker that is being replaced.
 * It takes a factory because Vite bundles a worker only when `new Worker(new URL(…,
 * import.meta.url))` is written in the panel's own file. Left to the caller on purpose: what a
 * crash means (`onError` receives the event, so the caller decides about `preventDefault`),
 * what was already sent to the worker, cancelling calls in flight, and one-shot workers that a
 * job starts and stops itself (the long-context ablation).
 */
import { useEffect, useEffectEvent, useState } from 'react';
import { wrap, type Remote } from 'comlink';

export interface ComlinkWorkerOptions {
  /** The worker belongs to this key: a new key replaces it, null stops it. Default: one worker. */
  key?: string | null;
  /** An error event of the current worker (its script failed to load, it crashed). */
  onError?: (e: ErrorEvent) => void;
}

export function useComlinkWorker<Api>(
  create: () => Worker,
  { key = '', onError }: ComlinkWorkerOptions = {},
): Remote<Api> | null {
  const [current, setCurrent] = useState<{ key: string; remote: Remote<Api> } | null>(null);
  const start = useEffectEvent(create);
  const failed = useEffectEvent((e: ErrorEvent) => onError?.(e));

  useEffect(() => {
    if (key === null) return;
    const worker = start();
    let live = true;
    worker.addEventListener('error', (e) => {
      if (live) failed(e);
    });
    setCurrent({ key, remote: wrap<Api>(worker) });
    return () => {
      live = false;
      worker.terminate();
      setCurrent(null);
    };
  }, [key]);

  // Until the effect runs for a new key, the state still holds the old worker.
  return current && current.key === key ? current.remote : null;
}
