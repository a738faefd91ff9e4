/**
 * The lab's worker (nextToken.worker.ts) and the next-token table. The forward pass runs in the
 * worker when the ids change (after typing settles; the model crosses to the worker once); the
 * temperature is applied here to the logits it returned, so a temperature change redraws the
 * table in the same frame. The last table stays on screen while the next forward pass runs.
 *
 *   nextTokenTable(logits, 0.7) → { top: 10 tokens, most probable first, topMass, vocab }
 */
import { useCallback, useMemo } from 'react';
import type { Remote } from 'comlink';
import type { QwenModel } from '../../model/params.ts';
import { temperedProbs, topEntries, type TokenChoice } from '../../model/sampling.ts';
import { useModelOnce } from '../../runtime/modelOnce.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { useWorker } from '../../ui/useComlinkWorker.ts';
import type { NextTokenApi, NextTokenLogits } from './nextToken.worker.ts';

type Api = Remote<NextTokenApi>;

export interface NextTokenResult {
  /** The 10 most probable next tokens, most probable first. */
  top: TokenChoice[];
  /** Their probabilities summed. */
  topMass: number;
  vocab: number;
  /** The forward pass: milliseconds, and the threads its kernels ran on. */
  ms: number;
  threads: number;
}

/** The k most probable next tokens after temperature (softmax over the whole vocabulary). */
export function nextTokenTable(
  { logits, ms, threads }: NextTokenLogits,
  temperature: number,
  k = 10,
): NextTokenResult {
  const probs = temperedProbs(logits, { temperature });
  const top = topEntries(probs, k);
  let topMass = 0;
  for (const t of top) topMass += t.prob;
  return { top, topMass, vocab: probs.length, ms, threads };
}

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
  const key = api && ids.length > 0 ? ids.join(',') : null;
  const job = api ? async () => (await sendModel(api, model)).logits(ids) : null;
  const res = useAsync<NextTokenLogits>(key, job);
  const result = useMemo(
    () => (res.value ? nextTokenTable(res.value, temperature) : null),
    [res.value, temperature],
  );
  const again = res.retry;
  const retry = useCallback(() => {
    restart();
    again();
  }, [restart, again]);
  const resultKey = res.key === null ? null : `${res.key}|${temperature}`;
  return { result, key: resultKey, error: res.error, busy: res.busy, retry };
}
