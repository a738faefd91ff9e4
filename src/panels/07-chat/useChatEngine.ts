/**
 * The chat worker's lifecycle: one worker per loaded model, its download progress (summed over
 * files), and a readable error with a retry when a file is missing or damaged. A load that
 * makes no progress for STALL_MS ends with an error too (the worker is stopped), since a
 * library can wait forever on a file it does not understand.
 */
import { useCallback, useRef, useState } from 'react';
import { proxy, type Remote } from 'comlink';
import type { ChatEngine, LoadProgress, LoadRequest, LoadResult } from '../../runtime/chatTypes.ts';
import { useComlinkWorker } from '../../ui/useComlinkWorker.ts';
import { useRun, type RunControl } from '../../ui/useRun.ts';

export type EngineState =
  | { status: 'idle' }
  | { status: 'loading'; loaded: number; total: number; file: string }
  | { status: 'ready'; info: LoadResult }
  | { status: 'error'; message: string };

/** A load that reports no progress for this long has stalled. */
export const STALL_MS = 90_000;

const STALLED =
  `loading made no progress for ${STALL_MS / 1000} s, so it was stopped (a model file may be ` +
  'damaged or the connection may have stalled)';

/** How far a load is: bytes summed over its files, and the file heard from last. */
type Loaded = { loaded: number; total: number; file: string };

/**
 * Loads `req` in the worker, with its progress summed over the files. A load that reports no
 * progress for STALL_MS fails, and `halt` stops its worker.
 */
function loadModel(
  api: Remote<ChatEngine>,
  req: LoadRequest,
  run: RunControl<Loaded>,
  halt: () => void,
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    let watchdog = 0;
    const watch = () => {
      clearTimeout(watchdog);
      watchdog = window.setTimeout(() => {
        if (!run.live()) return;
        halt();
        reject(new Error(STALLED));
      }, STALL_MS);
    };
    run.onStop(() => clearTimeout(watchdog));
    watch();
    const files = new Map<string, { loaded: number; total: number }>();
    api
      .load(
        req,
        proxy((p: LoadProgress) => {
          if (!run.live() || !p.file) return;
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
          run.report({ loaded, total, file: p.file });
        }),
      )
      .then(
        (info) => {
          clearTimeout(watchdog);
          resolve(info);
        },
        (e: unknown) => {
          clearTimeout(watchdog);
          reject(e);
        },
      );
  });
}

export function useChatEngine(request: LoadRequest | null) {
  const [attempt, setAttempt] = useState(0);
  /** Set when a load stalled: its worker is stopped until Retry. */
  const [halted, setHalted] = useState(false);
  /** Why a worker crashed, and which one (a crash after the load has no call to reject). */
  const [crash, setCrash] = useState<{ worker: string | null; message: string } | null>(null);
  const remote = useRef<Remote<ChatEngine> | null>(null);
  // A model held in memory is named by its id (its files are not JSON).
  const key = request
    ? request.kind === 'files'
      ? `files:${request.id}:${request.dtype}`
      : JSON.stringify(request)
    : '';
  // A fresh worker for every model and every retry.
  const workerKey = key && !halted ? `${attempt}|${key}` : null;
  const api = useComlinkWorker<ChatEngine>(
    () => new Worker(new URL('../../runtime/chat.worker.ts', import.meta.url), { type: 'module' }),
    {
      key: workerKey,
      onError: (e) =>
        setCrash({ worker: workerKey, message: e.message || 'the chat worker crashed' }),
    },
  );

  // The model in the current worker; the ref is set before the ready state shows.
  const load = useRun<LoadResult, Loaded>(
    api ? workerKey : null,
    api && request
      ? (run) => {
          setCrash(null); // a crash of an earlier worker (this model's key may come back)
          run.onStop(() => {
            remote.current = null;
          });
          return loadModel(api, request, run, () => setHalted(true)).then((info) => {
            if (run.live()) remote.current = api;
            return info;
          });
        }
      : null,
  );

  const failure =
    load.error ?? (crash !== null && crash.worker === workerKey ? crash.message : null);
  let state: EngineState;
  if (!key) state = { status: 'idle' };
  else if (halted) state = { status: 'error', message: STALLED };
  else if (failure !== null) state = { status: 'error', message: failure };
  // Not while a load runs: a model loaded before in another worker may have the same key.
  else if (load.value && api && load.key === workerKey && !load.busy)
    state = { status: 'ready', info: load.value };
  // Until the worker for this model (or retry) is up, and while it loads.
  else state = { status: 'loading', ...(load.progress ?? { loaded: 0, total: 0, file: '' }) };

  const retry = useCallback(() => {
    setHalted(false);
    setAttempt((a) => a + 1);
  }, []);
  return { state, remote, retry };
}
