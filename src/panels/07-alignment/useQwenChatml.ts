/** The ChatML explorer's tokens with Qwen's vocabulary, from a worker: progress, result or error. */
import { useEffect, useRef, useState } from 'react';
import { proxy, wrap, type Remote } from 'comlink';
import type { ChatMessage } from '../../kernels/chatml.ts';
import type { Progress } from '../../runtime/fetchWithProgress.ts';
import type { QwenChatml, QwenChatmlApi } from './qwenChatml.worker.ts';

export type QwenChatmlState =
  | { status: 'loading'; progress: Progress }
  | { status: 'ready'; result: QwenChatml }
  | { status: 'error'; error: string };

export function useQwenChatml(
  messages: ChatMessage[],
  gen: boolean,
): QwenChatmlState & { retry: () => void } {
  const api = useRef<Remote<QwenChatmlApi> | null>(null);
  const [state, setState] = useState<QwenChatmlState>({
    status: 'loading',
    progress: { loaded: 0 },
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const worker = new Worker(new URL('./qwenChatml.worker.ts', import.meta.url), {
      type: 'module',
    });
    api.current = wrap<QwenChatmlApi>(worker);
    return () => {
      worker.terminate();
      api.current = null;
    };
  }, []);

  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      api.current
        ?.encode(
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
  }, [messages, gen, attempt]);

  const retry = () => {
    setState({ status: 'loading', progress: { loaded: 0 } });
    setAttempt((a) => a + 1);
  };
  return { ...state, retry };
}
