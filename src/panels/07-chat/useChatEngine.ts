/**
 * The chat worker's lifecycle: one worker per loaded model, its download progress (summed over
 * files), and a readable error with a retry when a file is missing or damaged. A load that
 * makes no progress for STALL_MS ends with an error too (the worker is stopped), since a
 * library can wait forever on a file it does not understand.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { proxy, type Remote } from 'comlink';
import type { ChatEngine, LoadProgress, LoadRequest, LoadResult } from '../../runtime/chatTypes.ts';
import { useComlinkWorker } from '../../ui/useComlinkWorker.ts';

export type EngineState =
  | { status: 'idle' }
  | { status: 'loading'; loaded: number; total: number; file: string }
  | { status: 'ready'; info: LoadResult }
  | { status: 'error'; message: string };

/** A load that reports no progress for this long has stalled. */
export const STALL_MS = 90_000;

export function useChatEngine(request: LoadRequest | null) {
  const [state, setState] = useState<EngineState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  /** Set when a load stalled: its worker is stopped until Retry. */
  const [halted, setHalted] = useState(false);
  const remote = useRef<Remote<ChatEngine> | null>(null);
  // A model held in memory is named by its id (its files are not JSON).
  const key = request
    ? request.kind === 'files'
      ? `files:${request.id}:${request.dtype}`
      : JSON.stringify(request)
    : '';
  const current = useRef(request);
  current.current = request;
  // A fresh worker for every model and every retry.
  const api = useComlinkWorker<ChatEngine>(
    () => new Worker(new URL('../../runtime/chat.worker.ts', import.meta.url), { type: 'module' }),
    {
      key: key && !halted ? `${attempt}|${key}` : null,
      onError: (e) =>
        setState({ status: 'error', message: e.message || 'the chat worker crashed' }),
    },
  );

  useEffect(() => {
    if (!key) return;
    // The worker for this model (or retry) is starting.
    if (!api) {
      setState({ status: 'loading', loaded: 0, total: 0, file: '' });
      return;
    }
    const req = current.current;
    if (!req) return;
    let live = true;
    let watchdog = 0;
    const watch = () => {
      clearTimeout(watchdog);
      watchdog = window.setTimeout(() => {
        if (!live) return;
        live = false;
        setHalted(true);
        setState({
          status: 'error',
          message: `loading made no progress for ${STALL_MS / 1000} s, so it was stopped (a model file may be damaged or the connection may have stalled)`,
        });
      }, STALL_MS);
    };
    watch();
    const files = new Map<string, { loaded: number; total: number }>();
    api
      .load(
        req,
        proxy((p: LoadProgress) => {
          if (!live || !p.file) return;
          watch();
          const prev = files.get(p.file);
          files.set(p.file, {
            loaded: p.loaded || prev?.loaded || 0,
            total: p.total || prev?.total || 0,
          });
          let loaded = 0;
          let total = 0;
          for (const f of files.values()) {
            loaded += f.loaded;
            total += f.total;
          }
          setState({ status: 'loading', loaded, total, file: p.file });
        }),
      )
      .then(
        (info) => {
          clearTimeout(watchdog);
          if (!live) return;
          remote.current = api;
          setState({ status: 'ready', info });
        },
        (e: Error) => {
          clearTimeout(watchdog);
          if (live) setState({ status: 'error', message: e.message });
        },
      );
    return () => {
      live = false;
      clearTimeout(watchdog);
      remote.current = null;
    };
  }, [api, key]);

  const retry = useCallback(() => {
    setHalted(false);
    setAttempt((a) => a + 1);
  }, []);
  return { state, remote, retry };
}
