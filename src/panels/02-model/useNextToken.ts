/**
 * The lab's worker (nextToken.worker.ts) and the next-token job: it runs when the ids or the
 * temperature change (after typing settles), sends the model to the worker once, and keeps the
 * last result on screen while the next one computes.
 */
import { useEffect, useRef, useState } from 'react';
import type { Remote } from 'comlink';
import type { QwenModel } from '../../model/params.ts';
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
  const [state, setState] = useState<NextTokenState>({
    result: null,
    key: null,
    error: null,
    busy: false,
  });
  const api = useComlinkWorker<NextTokenApi>(
    () => new Worker(new URL('./nextToken.worker.ts', import.meta.url), { type: 'module' }),
    {
      // A worker that cannot start (its script missing, a crash) answers nothing: say so.
      onError: (e) => {
        e.preventDefault();
        setState((s) => ({
          ...s,
          busy: false,
          error: `the model's worker stopped${e.message ? `: ${e.message}` : ''}`,
        }));
      },
    },
  );
  const sent = useRef<{ api: Api; model: QwenModel } | null>(null);

  const key = api && ids.length > 0 ? `${ids.join(',')}|${temperature}` : null;
  const idsRef = useRef(ids);
  idsRef.current = ids;

  useEffect(() => {
    if (!api || key === null) return;
    let live = true;
    const run = async () => {
      if (!sent.current || sent.current.api !== api || sent.current.model !== model) {
        await api.setModel(model);
        sent.current = { api, model };
      }
      return api.next(idsRef.current, temperature);
    };
    setState((s) => ({ ...s, busy: true }));
    const t = setTimeout(() => {
      run().then(
        (result) => live && setState({ result, key, error: null, busy: false }),
        (e: unknown) =>
          live &&
          setState((s) => ({
            ...s,
            error: e instanceof Error ? e.message : String(e),
            busy: false,
          })),
      );
    }, delay);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [api, key, model, temperature, delay]);

  return state;
}
