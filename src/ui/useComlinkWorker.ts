/**
 * A panel's worker, wrapped with comlink: started in an effect, terminated on unmount, and
 * started afresh whenever `key` changes (a new model) or `restart()` is called (Retry). The
 * remote is null until the worker is up and during a change, so no call reaches a worker that
 * is being replaced. A worker that fails (its script missing or broken, a crash) never answers
 * on its own: every call on it, pending or later, then rejects with a readable reason, so each
 * spinner ends in an error (shown with Retry through useAsync or the panel's own state).
 * It takes a factory because Vite bundles a worker only when `new Worker(new URL(…,
 * import.meta.url))` is written in the panel's own file. Left to the caller: what was already
 * sent to the worker, cancelling calls in flight.
 *
 *   const w = useWorker<Api>(() => new Worker(new URL('./x.worker.ts', import.meta.url), …));
 *   w.remote?.compute(n); w.failure; w.restart();
 */
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { wrap, type Remote } from 'comlink';
import i18n from '../i18n/index.ts';

export interface ComlinkWorkerOptions {
  /** The worker belongs to this key: a new key replaces it, null stops it. Default: one worker. */
  key?: string | null;
  /** An error event of the current worker (its script failed to load, it crashed). */
  onError?: (e: ErrorEvent) => void;
}

export interface WorkerHandle<Api> {
  remote: Remote<Api> | null;
  /** Why the current worker failed, or null. */
  failure: string | null;
  /** Starts a fresh worker (the failure is forgotten). */
  restart: () => void;
}

/** What a worker's error event says, or what it means when it says nothing. */
export function workerFailure(e: Event): string {
  const message = (e as Partial<ErrorEvent>).message;
  if (message) return message;
  // In the page's language (the browser's own message above is passed on as it is).
  if (e.type === 'messageerror') return i18n.t('worker.messageUnreadable');
  return i18n.t('worker.noStart');
}

/**
 * A comlink remote whose calls reject once `dead` does. Only method calls are wrapped (every
 * worker API here is a set of async methods).
 */
function guarded<Api>(raw: Remote<Api>, dead: Promise<never>): Remote<Api> {
  return new Proxy(raw as object, {
    get(target, prop) {
      if (typeof prop === 'symbol') return Reflect.get(target, prop);
      if (prop === 'then') return undefined; // the remote itself is not a promise
      const method = Reflect.get(target, prop) as (...args: unknown[]) => Promise<unknown>;
      return (...args: unknown[]) => Promise.race([method(...args), dead]);
    },
  }) as Remote<Api>;
}

/**
 * Starts a worker that the caller stops itself (a one-shot job): its calls reject with the
 * reason when it fails, like those of `useWorker`.
 */
export function startWorker<Api>(
  worker: Worker,
  onFailure?: (reason: string, e: Event) => void,
  { preventDefault = true } = {},
): { remote: Remote<Api>; stop: () => void } {
  let fail: (e: Error) => void = () => undefined;
  const dead = new Promise<never>((_, reject) => (fail = reject));
  dead.catch(() => undefined); // nobody may be waiting
  const onError = (e: Event) => {
    if (preventDefault) e.preventDefault();
    const reason = workerFailure(e);
    onFailure?.(reason, e);
    fail(new Error(reason));
  };
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', onError);
  return { remote: guarded(wrap<Api>(worker), dead), stop: () => worker.terminate() };
}

export function useWorker<Api>(
  create: () => Worker,
  { key = '', onError }: ComlinkWorkerOptions = {},
): WorkerHandle<Api> {
  const [generation, setGeneration] = useState(0);
  const [current, setCurrent] = useState<{ id: string; remote: Remote<Api> } | null>(null);
  const [failure, setFailure] = useState<{ id: string; reason: string } | null>(null);
  const start = useEffectEvent(create);
  const failed = useEffectEvent((e: Event) => {
    if (e.type === 'error') onError?.(e as ErrorEvent);
  });
  const id = key === null ? null : `${generation}|${key}`;
  const hasOnError = onError !== undefined;

  useEffect(() => {
    if (id === null) return;
    let live = true;
    // With an onError, the caller decides about preventDefault (as before); else it is handled.
    const { remote, stop } = startWorker<Api>(
      start(),
      (reason, e) => {
        if (!live) return;
        failed(e);
        setFailure({ id, reason });
      },
      { preventDefault: !hasOnError },
    );
    setCurrent({ id, remote });
    return () => {
      live = false;
      stop();
      setCurrent(null);
    };
  }, [id, hasOnError]);

  const restart = useCallback(() => setGeneration((g) => g + 1), []);
  return {
    // Until the effect runs for a new key, the state still holds the old worker.
    remote: current && current.id === id ? current.remote : null,
    failure: failure && failure.id === id ? failure.reason : null,
    restart,
  };
}

/** The remote alone, for callers that handle failures through their calls and `onError`. */
export function useComlinkWorker<Api>(
  create: () => Worker,
  options: ComlinkWorkerOptions = {},
): Remote<Api> | null {
  return useWorker<Api>(create, options).remote;
}
