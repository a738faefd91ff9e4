/**
 * React access to the shared tiny model: status, byte progress, the model, and a retry. The
 * download runs once per page (loadTinyModel caches it); a failed one ends in an error that
 * Retry runs again.
 *
 *   const model = useTinyModel(); // { status: 'loading', progress } | 'ready', tiny | 'error', error
 *   <ModelGate state={model}>{(tiny) => …}</ModelGate>
 */
import type { Progress } from '../runtime/fetchWithProgress.ts';
import { loadTinyModel, type TinyModel } from '../runtime/tinyModel.ts';
import { useRun } from './useRun.ts';

export type TinyModelState =
  | { status: 'loading'; progress: Progress }
  | { status: 'ready'; tiny: TinyModel }
  | { status: 'error'; error: Error };

const NOT_STARTED: Progress = { loaded: 0 };

export function useTinyModel(): TinyModelState & { retry: () => void } {
  const run = useRun<TinyModel, Progress>('tiny', ({ report }) => loadTinyModel(report));
  const { retry } = run;
  if (run.value) return { status: 'ready', tiny: run.value, retry };
  if (run.error) return { status: 'error', error: new Error(run.error), retry };
  return { status: 'loading', progress: run.progress ?? NOT_STARTED, retry };
}
