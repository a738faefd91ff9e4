/**
 * The chat worker's lifecycle: one worker per loaded model, its download progress (summed over
 * files), and a readable error with a retry when a file is missing or damaged.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { proxy, wrap, type Remote } from 'comlink';
import type { ChatEngine, LoadProgress, LoadRequest, LoadResult } from '../../runtime/chatTypes.ts';

export type EngineState =
  | { status: 'idle' }
  | { status: 'loading'; loaded: number; total: number; file: string }
  | { status: 'ready'; info: LoadResult }
  | { status: 'error'; message: string };

export function useChatEngine(request: LoadRequest | null) {
  const [state, setState] = useState<EngineState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const remote = useRef<Remote<ChatEngine> | null>(null);
  const key = request ? JSON.stringify(request) : '';

  useEffect(() => {
    if (!key) return;
    const req = JSON.parse(key) as LoadRequest;
    const worker = new Worker(new URL('../../runtime/chat.worker.ts', import.meta.url), {
      type: 'module',
    });
    const api = wrap<ChatEngine>(worker);
    let live = true;
    const files = new Map<string, { loaded: number; total: number }>();
    setState({ status: 'loading', loaded: 0, total: 0, file: '' });
    worker.onerror = (e) =>
      live && setState({ status: 'error', message: e.message || 'the chat worker crashed' });
    api
      .load(
        req,
        proxy((p: LoadProgress) => {
          if (!live || !p.file) return;
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
          if (!live) return;
          remote.current = api;
          setState({ status: 'ready', info });
        },
        (e: Error) => live && setState({ status: 'error', message: e.message }),
      );
    return () => {
      live = false;
      remote.current = null;
      worker.terminate();
    };
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { state, remote, retry };
}
