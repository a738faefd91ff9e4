/**
 * The Inspect view's worker (inspect.worker.ts) and its one job: load the model folder once,
 * then trace a sequence and read one position of it. The transformers.js logits the agreement
 * figure compares with are fetched once per sequence (and not at all when none are offered).
 */
import { useCallback, useRef } from 'react';
import { useAsync } from '../useAsync.ts';
import { useWorker } from '../useComlinkWorker.ts';
import type {
  InspectApi,
  InspectModelInfo,
  InspectResult,
  InspectSource,
  ReferenceLogits,
} from '../../runtime/inspect.worker.ts';

/** A stable key for a source: its URL, or the names and sizes of its files. */
export function sourceKey(s: InspectSource): string {
  return s.kind === 'url'
    ? `url:${s.base}`
    : `files:${Object.entries(s.files)
        .map(([n, f]) => `${n}=${f.size}`)
        .join(',')}`;
}

export interface InspectJob {
  /** The traced sequence. */
  ids: number[];
  position: number;
  /** The first position whose logits are read (positions before it are only traced). */
  logitsFrom: number;
  /** transformers.js' logits for this sequence, when the caller has them. */
  reference?: () => Promise<ReferenceLogits>;
}

export interface InspectState {
  model: InspectModelInfo | null;
  result: InspectResult | null;
  /** Why the transformers.js logits could not be had (the view says so instead of a figure). */
  referenceError: string | null;
  error: string | null;
  busy: boolean;
  retry: () => void;
}

export function useInspect(source: InspectSource | null, job: InspectJob | null): InspectState {
  const key = source ? sourceKey(source) : null;
  const worker = useWorker<InspectApi>(
    () =>
      new Worker(new URL('../../runtime/inspect.worker.ts', import.meta.url), { type: 'module' }),
    { key },
  );
  const api = worker.remote;
  // Each worker gets a number, so a restarted worker loads the model again.
  const numbers = useRef(new WeakMap<object, number>());
  const count = useRef(0);
  let apiNumber = 0;
  if (api) {
    if (!numbers.current.has(api)) numbers.current.set(api, ++count.current);
    apiNumber = numbers.current.get(api)!;
  }
  const loaded = useAsync<InspectModelInfo>(
    api && key ? `${apiNumber}|${key}` : null,
    api && source ? () => api.load(source) : null,
    0,
  );
  const model = loaded.value && loaded.key === `${apiNumber}|${key}` ? loaded.value : null;
  /** The sequence whose agreement the worker holds, per worker, and why it has none. */
  const compared = useRef<{ api: unknown; ids: string; error: string | null } | null>(null);
  const idsKey = job ? job.ids.join(',') : '';
  const jobKey =
    model && job ? `${apiNumber}|${key}|${job.logitsFrom}|${idsKey}|${job.position}` : null;
  const run =
    api && model && job
      ? async () => {
          let reference: ReferenceLogits | null = null;
          let error = compared.current?.error ?? null;
          // a failed fetch (the chat model busy writing) is tried again on the next token
          const fresh =
            compared.current?.api !== api ||
            compared.current.ids !== `${job.logitsFrom}|${idsKey}` ||
            compared.current.error !== null;
          if (fresh) {
            error = null;
            if (job.reference) {
              try {
                reference = await job.reference();
              } catch (e) {
                error = (e as Error).message;
              }
            }
          }
          const result = await api.inspect(job.ids, job.position, reference, job.logitsFrom);
          compared.current = { api, ids: `${job.logitsFrom}|${idsKey}`, error };
          return { result, referenceError: error };
        }
      : null;
  const res = useAsync<{ result: InspectResult; referenceError: string | null }>(jobKey, run, 0);
  const { restart } = worker;
  const again = res.retry;
  const retryLoad = loaded.retry;
  const retry = useCallback(() => {
    compared.current = null;
    restart();
    retryLoad();
    again();
  }, [restart, retryLoad, again]);
  const error = worker.failure ?? loaded.error ?? res.error;
  return {
    model,
    result: res.value?.result ?? null,
    referenceError: res.value?.referenceError ?? null,
    error,
    busy: loaded.busy || res.busy || (!!job && !res.value && !error),
    retry,
  };
}
