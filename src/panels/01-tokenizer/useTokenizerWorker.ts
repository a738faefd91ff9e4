/**
 * The page side of tokenizer.worker.ts: one worker per visit of the lab (a fresh one when
 * `restart` follows a crash), and the load state of each vocabulary (idle → loading with byte
 * progress → ready, or an error). Components call `ensure(id)` when a vocabulary is chosen;
 * nothing loads before that.
 * Deliberately left out: retries with back-off (the visitor retries by choosing again).
 */
import { tinyModelBase } from '../../runtime/tinyModel.ts';
import { useCallback, useRef, useState } from 'react';
import { proxy, type Remote } from 'comlink';
import type { Progress } from '../../runtime/fetchWithProgress.ts';
import { useComlinkWorker, workerFailure } from '../../ui/useComlinkWorker.ts';
import type { VocabInfo } from './tokenizerTypes.ts';
import type { TokenizerApi } from './tokenizer.worker.ts';
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
  /** Why the worker itself failed (its script did not load, it threw); `restart` starts a fresh one. */
  crashed: string | null;
  restart: () => void;
}

export function useTokenizerWorker(): TokenizerWorker {
  const [vocabs, setVocabs] = useState<Partial<Record<VocabId, VocabState>>>({});
  const [crashed, setCrashed] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const api = useComlinkWorker<TokenizerApi>(
    () => new Worker(new URL('./tokenizer.worker.ts', import.meta.url), { type: 'module' }),
    {
      key: String(generation),
      // A crashed worker never answers: say so instead of spinning forever.
      onError: (e) => {
        e.preventDefault();
        setCrashed(workerFailure(e));
      },
    },
  );
  // What the current worker was told: the tiny model's address (sent with its first load, the
  // only call that needs it) and the vocabularies loading or loaded in it. A new worker (after a
  // restart) starts with none.
  const sent = useRef<{
    api: Remote<TokenizerApi>;
    pending: Map<VocabId, Promise<VocabInfo>>;
  } | null>(null);
  const pendingOf = useCallback((remote: Remote<TokenizerApi>) => {
    if (sent.current?.api !== remote) {
      const tinyUrl = new URL(tinyModelBase() + 'tokenizer.json', document.baseURI).href;
      remote.setTinyUrl(tinyUrl).catch(() => undefined); // a failed worker shows as `crashed`
      sent.current = { api: remote, pending: new Map() };
    }
    return sent.current.pending;
  }, []);

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
      if (!api) return Promise.reject(new Error('The tokenizer worker has not started.'));
      const pending = pendingOf(api);
      const known = pending.get(id);
      if (known) return known;
      set(id, { status: 'loading', progress: null });
      let lastPaint = 0;
      const p = api
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
            pending.delete(id);
            set(id, { status: 'error', error: e.message });
            throw e;
          },
        );
      pending.set(id, p);
      return p;
    },
    [api, pendingOf, set],
  );

  const markReady = useCallback(
    (info: VocabInfo) => {
      if (api) pendingOf(api).set(info.id, Promise.resolve(info));
      set(info.id, { status: 'ready', info });
    },
    [api, pendingOf, set],
  );
  const markError = useCallback(
    (id: VocabId, error: string) => {
      if (api) pendingOf(api).delete(id);
      set(id, { status: 'error', error });
    },
    [api, pendingOf, set],
  );

  return { api, vocabs, ensure, markReady, markError, crashed, restart };
}
