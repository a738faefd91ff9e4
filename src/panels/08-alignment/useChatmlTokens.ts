/** The ChatML explorer's tokens from the worker (toy BPE or Qwen's vocabulary): progress, result or error. */
import { useEffect, useState } from 'react';
import { proxy } from 'comlink';
import type { ChatMessage } from '../../kernels/reference/chatml.ts';
import type { Progress } from '../../runtime/fetchWithProgress.ts';
import { useComlinkWorker } from '../../ui/useComlinkWorker.ts';
import type { ChatmlTokensApi, WorkerTokens, WorkerVocab } from './chatmlTokens.worker.ts';

export type ChatmlTokensState =
  | { status: 'loading'; progress: Progress }
  | { status: 'ready'; result: WorkerTokens }
  | { status: 'error'; error: string };

export function useChatmlTokens(
  vocab: WorkerVocab,
  messages: ChatMessage[],
  gen: boolean,
): ChatmlTokensState & { retry: () => void } {
  const [state, setState] = useState<ChatmlTokensState>({
    status: 'loading',
    progress: { loaded: 0 },
  });
  const [attempt, setAttempt] = useState(0);
  // One worker for the explorer's lifetime; a retry asks it again, or a new one after a crash.
  const [crashes, setCrashes] = useState(0);
  const [crashed, setCrashed] = useState(false);
  const api = useComlinkWorker<ChatmlTokensApi>(
    () => new Worker(new URL('./chatmlTokens.worker.ts', import.meta.url), { type: 'module' }),
    {
      key: String(crashes),
      onError: (e) => {
        e.preventDefault();
        setCrashed(true);
        setState({ status: 'error', error: e.message || 'the worker stopped' });
      },
    },
  );

  useEffect(() => {
    if (!api) return;
    let live = true;
    const t = setTimeout(() => {
      api
        .encode(
          vocab,
          messages,
          gen,
          proxy((progress: Progress) => {
            if (live) setState((s) => (s.status === 'ready' ? s : { status: 'loading', progress }));
          }),
        )
        .then(
          (result) => live && setState({ status: 'ready', result }),
          (e: Error) => live && setState({ status: 'error', error: e.message }),
        );
    }, 60);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [api, vocab, messages, gen, attempt]);

  const retry = () => {
    setState({ status: 'loading', progress: { loaded: 0 } });
    if (crashed) {
      setCrashed(false);
      setCrashes((c) => c + 1);
    }
    setAttempt((a) => a + 1);
  };
  return { ...state, retry };
}
