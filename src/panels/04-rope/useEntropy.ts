/** The entropy experiment for a training length, computed in a worker; null while it runs. */
import { useCallback } from 'react';
import { useAsync } from '../../ui/useAsync.ts';
import { useWorker } from '../../ui/useComlinkWorker.ts';
import type { EntropyDemo } from '../../kernels/reference/logn.ts';
import type { EntropyApi } from './entropy.worker.ts';

export function useEntropy(trainLength: number): {
  demo: EntropyDemo | null;
  error: string | null;
  /** Starts a fresh worker and computes again (after an error). */
  retry: () => void;
} {
  // A failed worker rejects the call with the reason (useComlinkWorker.ts).
  const { remote: api, restart } = useWorker<EntropyApi>(
    () => new Worker(new URL('./entropy.worker.ts', import.meta.url), { type: 'module' }),
  );
  const key = api ? String(trainLength) : null;
  const res = useAsync(key, api ? () => api.entropy(trainLength) : null);
  const again = res.retry;
  const retry = useCallback(() => {
    restart();
    again();
  }, [restart, again]);
  const fresh = res.key === String(trainLength);
  return { demo: fresh ? res.value : null, error: res.error, retry };
}
