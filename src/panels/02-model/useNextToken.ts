/**
 * The lab's worker (nextToken.worker.ts) and the next-token job: it runs when the ids or the
 * temperature change (after typing settles), sends the model to the worker once, and keeps the
 * last result on screen while the next one computes.
 */
import { useCallback } from 'react';
import type { Remote } from 'comlink';
import type { QwenModel } from '../../model/params.ts';
import { useModelOnce } from '../../runtime/modelOnce.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { useWorker } from '../../ui/useComlinkWorker.ts';
import type { NextTokenApi, NextTokenResult } from './nextToken.worker.ts';

type Api = Remote<NextTokenApi>;

export interface NextTokenState {
  result: NextTokenResult | null;
  /** The job the result belongs to (ids and temperature). */
  key: string | null;
  error: string | null;
  busy: boolean;
  /** Starts a fresh worker and runs the job again (after an error). */
  retry: () => void;
}

export function useNextToken(model: QwenModel, ids: number[], temperature: number): NextTokenState {
  // A worker that cannot start (its script missing, a crash) rejects the job with the reason.
  const { remote: api, restart } = useWorker<NextTokenApi>(
    () => new Worker(new URL('./nextToken.worker.ts', import.meta.url), { type: 'module' }),
  );
  const sendModel = useModelOnce<Api>();
  const key = api && ids.length > 0 ? `${ids.join(',')}|${temperature}` : null;
  const job = api ? async () => (await sendModel(api, model)).next(ids, temperature) : null;
  const res = useAsync<NextTokenResult>(key, job);
  const again = res.retry;
  const retry = useCallback(() => {
    restart();
    again();
  }, [restart, again]);
  return { result: res.value, key: res.key, error: res.error, busy: res.busy, retry };
}
