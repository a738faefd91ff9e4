/** React access to the shared tiny model: status, byte progress, the model, and a retry. */
import { useCallback, useEffect, useState } from 'react';
import type { Progress } from './fetchWithProgress.ts';
import { loadTinyModel, type TinyModel } from './tinyModel.ts';

export type TinyModelState =
  | { status: 'loading'; progress: Progress }
  | { status: 'ready'; tiny: TinyModel }
  | { status: 'error'; error: Error };

export function useTinyModel(): TinyModelState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<TinyModelState>({
    status: 'loading',
    progress: { loaded: 0 },
  });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading', progress: { loaded: 0 } });
    loadTinyModel((progress) => live && setState({ status: 'loading', progress })).then(
      (tiny) => live && setState({ status: 'ready', tiny }),
      (error: Error) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, retry };
}
