/**
 * One worker per open lab (longContext.worker.ts), created on first use, with the tiny model
 * sent to it once. Sections that need the model call `ensure(tiny)` before their job.
 */
import { useCallback, useEffect, useRef } from 'react';
import { wrap, type Remote } from 'comlink';
import type { TinyModel } from '../../runtime/tinyModel.ts';
import type { LongContextApi } from './longContext.worker.ts';

export type LcWorker = Remote<LongContextApi>;

export function useLcWorker(): (tiny: TinyModel) => Promise<LcWorker> {
  const ref = useRef<{ worker: Worker; remote: LcWorker; sent: TinyModel | null } | null>(null);
  useEffect(
    () => () => {
      ref.current?.worker.terminate();
      ref.current = null;
    },
    [],
  );
  return useCallback(async (tiny: TinyModel) => {
    if (!ref.current) {
      const worker = new Worker(new URL('./longContext.worker.ts', import.meta.url), {
        type: 'module',
      });
      ref.current = { worker, remote: wrap<LongContextApi>(worker), sent: null };
    }
    const w = ref.current;
    if (w.sent !== tiny) {
      await w.remote.setModel(tiny.model);
      w.sent = tiny;
    }
    return w.remote;
  }, []);
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
