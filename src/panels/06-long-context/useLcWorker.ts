/**
 * One worker per open lab (longContext.worker.ts), started with the lab, with the tiny model
 * sent to it once. Sections that need the model call `worker(tiny)` before their job; a failed
 * worker rejects their calls, and `restart` (Retry) starts a fresh one, which gives `worker` a
 * new identity so the sections' effects run their jobs again.
 */
import { useCallback } from 'react';
import type { Remote } from 'comlink';
import { useModelOnce } from '../../runtime/modelOnce.ts';
import type { TinyModel } from '../../runtime/tinyModel.ts';
import { startWorker, useWorker } from '../../ui/useComlinkWorker.ts';
import type { LongContextApi } from './longContext.worker.ts';

export type LcWorker = Remote<LongContextApi>;

export function useLcWorker(): {
  worker: (tiny: TinyModel) => Promise<LcWorker>;
  restart: () => void;
} {
  const { remote, restart } = useWorker<LongContextApi>(
    () => new Worker(new URL('./longContext.worker.ts', import.meta.url), { type: 'module' }),
  );
  const sendModel = useModelOnce<LcWorker>();
  const worker = useCallback(
    async (tiny: TinyModel) => {
      // Before the worker is up a job waits: this callback changes once it is, and the effects
      // that call it run again.
      if (!remote) return new Promise<never>(() => {});
      return sendModel(remote, tiny.model);
    },
    [remote, sendModel],
  );
  return { worker, restart };
}

/**
 * A worker of its own for one long job (the ablation): `stop()` terminates it, so a job whose
 * settings changed stops at once instead of queueing behind the shared worker.
 */
export function startLcWorker(): { remote: LcWorker; stop: () => void } {
  const worker = new Worker(new URL('./longContext.worker.ts', import.meta.url), {
    type: 'module',
  });
  return startWorker<LongContextApi>(worker);
}
