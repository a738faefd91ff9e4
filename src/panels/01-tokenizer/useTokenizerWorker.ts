/**
 * The page side of tokenizer.worker.ts: one worker per visit of the lab, and the load state of
 * each vocabulary (idle → loading with byte progress → ready, or an error). Components call
 * `ensure(id)` when a vocabulary is chosen; nothing loads before that.
 * Deliberately left out: retries with back-off (the visitor retries by choosing again).
 */
import { tinyModelBase } from '../../runtime/tinyModel.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { proxy, wrap, type Remote } from 'comlink';
import type { Progress } from '../../runtime/fetchWithProgress.ts';
import type { TokenizerApi, VocabInfo } from './tokenizer.worker.ts';
import type { VocabId } from './vocabs.ts';

export type VocabState =
  | { status: 'idle' }
  | { status: 'loading'; progress: Progress | null }
  | { status: 'ready'; info: VocabInfo }
  | { status: 'error'; error: string };

export interface TokenizerWorker {
  api: Remote<TokenizerApi> | null;
  vocabs: Partial<Record<VocabId, VocabState>>;
  /** Starts loading a vocabulary (once); resolves when it is ready or rejects. */
  ensure: (id: VocabId) => Promise<VocabInfo>;
  /** Marks a vocabulary as ready after it was made in the worker (trained, uploaded). */
  markReady: (info: VocabInfo) => void;
  markError: (id: VocabId, error: string) => void;
  /** Set when the worker itself failed (e.g. out of memory); `restart` starts a fresh one. */
  crashed: string | null;
  restart: () => void;
}

export function useTokenizerWorker(): TokenizerWorker {
  const [api, setApi] = useState<Remote<TokenizerApi> | null>(null);
  const [vocabs, setVocabs] = useState<Partial<Record<VocabId, VocabState>>>({});
  const pending = useRef(new Map<VocabId, Promise<VocabInfo>>());
  const apiRef = useRef<Remote<TokenizerApi> | null>(null);
  const [crashed, setCrashed] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const worker = new Worker(new URL('./tokenizer.worker.ts', import.meta.url), {
      type: 'module',
    });
    // A crashed worker never answers: say so instead of spinning forever.
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      setCrashed(e.message || 'the worker stopped');
    });
    const remote = wrap<TokenizerApi>(worker);
    const tinyUrl = new URL(tinyModelBase() + 'tokenizer.json', document.baseURI).href;
    void remote.setTinyUrl(tinyUrl);
    apiRef.current = remote;
    setApi(() => remote);
    const map = pending.current;
    return () => {
      worker.terminate();
      apiRef.current = null;
      map.clear();
    };
  }, [generation]);

  const restart = useCallback(() => {
    setCrashed(null);
    setVocabs({});
    setGeneration((g) => g + 1);
  }, []);

  const set = useCallback((id: VocabId, s: VocabState) => {
    setVocabs((v) => ({ ...v, [id]: s }));
  }, []);

  const ensure = useCallback(
    (id: VocabId): Promise<VocabInfo> => {
      const remote = apiRef.current;
      if (!remote) return Promise.reject(new Error('The tokenizer worker has not started.'));
      const known = pending.current.get(id);
      if (known) return known;
      set(id, { status: 'loading', progress: null });
      let lastPaint = 0;
      const p = remote
        .load(
          id,
          proxy((progress: Progress) => {
            // At most ~20 updates a second: an 11 MB file sends thousands of chunks.
            const now = performance.now();
            if (now - lastPaint < 50 && progress.loaded !== progress.total) return;
            lastPaint = now;
            set(id, { status: 'loading', progress });
          }),
        )
        .then(
          (info) => {
            set(id, { status: 'ready', info });
            return info;
          },
          (e: Error) => {
            pending.current.delete(id);
            set(id, { status: 'error', error: e.message });
            throw e;
          },
        );
      pending.current.set(id, p);
      return p;
    },
    [set],
  );

  const markReady = useCallback(
    (info: VocabInfo) => {
      pending.current.set(info.id, Promise.resolve(info));
      set(info.id, { status: 'ready', info });
    },
    [set],
  );
  const markError = useCallback(
    (id: VocabId, error: string) => {
      pending.current.delete(id);
      set(id, { status: 'error', error });
    },
    [set],
  );

  return { api, vocabs, ensure, markReady, markError, crashed, restart };
}
