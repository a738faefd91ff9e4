/**
 * The lab's worker (nextToken.worker.ts) and the next-token job: it runs when the ids or the
 * temperature change (after typing settles), sends the model to the worker once, and keeps the
 * last result on screen while the next one computes.
 */
import { useRef, useState } from 'react';
import type { Remote } from 'comlink';
import type { QwenModel } from '../../model/params.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { useComlinkWorker } from '../../ui/useComlinkWorker.ts';
import type { NextTokenApi, NextTokenResult } from './nextToken.worker.ts';

type Api = Remote<NextTokenApi>;

export interface NextTokenState {
  result: NextTokenResult | null;
  /** The job the result belongs to (ids and temperature). */
  key: string | null;
  error: string | null;
  busy: boolean;
}

export function useNextToken(
  model: QwenModel,
  ids: number[],
  temperature: number,
  delay = 150,
): NextTokenState {
  const [crash, setCrash] = useState<string | null>(null);
  const api = useComlinkWorker<NextTokenApi>(
    () => new Worker(new URL('./nextToken.worker.ts', import.meta.url), { type: 'module' }),
    {
      // A worker that cannot start (its script missing, a crash) answers nothing: say so.
      onError: (e) => {
        e.preventDefault();
        setCrash(`the model's worker stopped${e.message ? `: ${e.message}` : ''}`);
      },
    },
  );
  const sent = useRef<{ api: Api; model: QwenModel } | null>(null);
  const key = api && ids.length > 0 ? `${ids.join(',')}|${temperature}` : null;
  const job = api
    ? async () => {
        // The model crosses to the worker once (per worker and model), then only ids do.
        if (!sent.current || sent.current.api !== api || sent.current.model !== model) {
          await api.setModel(model);
          sent.current = { api, model };
        }
        return api.next(ids, temperature);
      }
    : null;
  const res = useAsync<NextTokenResult>(key, job, delay);
  return {
    result: res.value,
    key: res.key,
    error: crash ?? res.error,
    busy: crash === null && res.busy,
  };
}
