/** The ChatML explorer's tokens from the worker (toy BPE or Qwen's vocabulary): progress, result or error. */
import { useState } from 'react';
import { proxy } from 'comlink';
import type { ChatMessage } from '../../kernels/reference/chatml.ts';
import type { Progress } from '../../runtime/fetchWithProgress.ts';
import { useComlinkWorker } from '../../ui/useComlinkWorker.ts';
import { useRun } from '../../ui/useRun.ts';
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
  // One worker for the explorer's lifetime; a retry asks it again, or a new one after a crash.
  const [crashes, setCrashes] = useState(0);
  /** Why the current worker stopped, or null. */
  const [crashed, setCrashed] = useState<string | null>(null);
  const api = useComlinkWorker<ChatmlTokensApi>(
    () => new Worker(new URL('./chatmlTokens.worker.ts', import.meta.url), { type: 'module' }),
    {
      key: String(crashes),
      onError: (e) => {
        e.preventDefault();
        setCrashed(e.message || 'the worker stopped');
      },
    },
  );

  // The worker's download progress is shown only until the first tokens are there; later
  // edits keep the last tokens on screen while the next ones are encoded.
  const run = useRun<WorkerTokens, Progress>(
    api ? JSON.stringify([crashes, vocab, messages, gen]) : null,
    api
      ? ({ report }) =>
          api.encode(
            vocab,
            messages,
            gen,
            proxy((p: Progress) => report(p)),
          )
      : null,
    60,
  );

  const again = run.retry;
  const retry = () => {
    if (crashed !== null) {
      setCrashed(null);
      setCrashes((c) => c + 1);
    }
    again();
  };
  // A call that was waiting on a crashed worker rejects with the reason, which then wins.
  const error = run.error ?? crashed;
  if (error !== null) return { status: 'error', error, retry };
  if (run.value) return { status: 'ready', result: run.value, retry };
  return { status: 'loading', progress: run.progress ?? { loaded: 0 }, retry };
}
