/**
 * One worker per open lab (norm.worker.ts), shared by the Pre-/Post-Norm figure and the
 * tiny-model view, which run their jobs on it through `useAsync` (src/ui/useAsync.ts).
 */
import type { Remote } from 'comlink';
import { useWorker, type WorkerHandle } from '../../ui/useComlinkWorker.ts';
import type { NormWorkerApi } from './norm.worker.ts';

export type NormWorker = Remote<NormWorkerApi>;

/** The worker; its calls reject when it fails, and `restart` (Retry) starts a fresh one. */
export function useNormWorker(): WorkerHandle<NormWorkerApi> {
  return useWorker<NormWorkerApi>(
    () => new Worker(new URL('./norm.worker.ts', import.meta.url), { type: 'module' }),
  );
}
