/**
 * One worker per open lab (longContext.worker.ts), started with the lab, with the tiny model
 * sent to it once. Sections that need the model call `ensure(tiny)` before their job.
 */
import { useCallback, useRef } from 'react';
import { wrap, type Remote } from 'comlink';
import type { TinyModel } from '../../runtime/tinyModel.ts';
import { useComlinkWorker } from '../../ui/useComlinkWorker.ts';
import type { LongContextApi } from './longContext.worker.ts';

export type LcWorker = Remote<LongContextApi>;

export function useLcWorker(): (tiny: TinyModel) => Promise<LcWorker> {
  const remote = useComlinkWorker<LongContextApi>(
    () => new Worker(new URL('./longContext.worker.ts', import.meta.url), { type: 'module' }),
  );
  const sent = useRef<{ remote: LcWorker; tiny: TinyModel } | null>(null);
  return useCallback(
    async (tiny: TinyModel) => {
      // Before the worker is up a job waits: this callback changes once it is, and the effects
      // that call it run again.
      if (!remote) return new Promise<never>(() => {});
      if (sent.current?.remote !== remote || sent.current.tiny !== tiny) {
        await remote.setModel(tiny.model);
        sent.current = { remote, tiny };
      }
      return remote;
    },
    [remote],
  );
}

/**
 * A worker of its own for one long job (the ablation): `stop()` terminates it, so a job whose
 * settings changed stops at once instead of queueing behind the shared worker.
 */
export function startLcWorker(): { remote: LcWorker; stop: () => void } {
  const worker = new Worker(new URL('./longContext.worker.ts', import.meta.url), {
    type: 'module',
  });
  return { remote: wrap<LongContextApi>(worker), stop: () => worker.terminate() };
}
