/**
 * The tiny model's weights cross to a lab's worker once: the first job for a (worker, model)
 * pair sends them with `setModel`, later jobs send only token ids. A new worker (Retry, a crash)
 * or a new model sends them again.
 *
 *   const once = useModelOnce<NormApi>();
 *   const job = async () => (await once(worker, tiny.model)).inspect(ids, near);
 */
import { useState } from 'react';
import type { QwenModel } from '../model/params.ts';

/** A worker that can hold the tiny model (resolves to whatever its setModel resolves to). */
export interface ModelWorker {
  setModel(m: QwenModel): Promise<unknown>;
}

/** Sends the model unless this worker already has it; resolves to the worker. */
export type SendModelOnce<W extends ModelWorker> = (worker: W, model: QwenModel) => Promise<W>;

export function modelOnce<W extends ModelWorker>(): SendModelOnce<W> {
  let sent: { worker: W; model: QwenModel } | null = null;
  return async (worker, model) => {
    if (sent?.worker !== worker || sent.model !== model) {
      await worker.setModel(model);
      sent = { worker, model };
    }
    return worker;
  };
}

/** `modelOnce` kept for the life of a component. */
export function useModelOnce<W extends ModelWorker>(): SendModelOnce<W> {
  const [send] = useState(() => modelOnce<W>());
  return send;
}
