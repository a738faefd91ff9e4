/** The entropy experiment for a training length, computed in a worker; null while it runs. */
import { useEffect, useState } from 'react';
import { useWorker } from '../../ui/useComlinkWorker.ts';
import type { EntropyDemo } from '../../kernels/reference/logn.ts';
import type { EntropyApi } from './entropy.worker.ts';

export function useEntropy(trainLength: number): {
  demo: EntropyDemo | null;
  error: string | null;
  /** Starts a fresh worker and computes again (after an error). */
  retry: () => void;
} {
  const [result, setResult] = useState<{ L: number; demo: EntropyDemo } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A failed worker rejects the call with the reason (useComlinkWorker.ts).
  const { remote: api, restart } = useWorker<EntropyApi>(
    () => new Worker(new URL('./entropy.worker.ts', import.meta.url), { type: 'module' }),
  );

  useEffect(() => {
    if (!api) return;
    let live = true;
    const t = setTimeout(() => {
      api.entropy(trainLength).then(
        (demo) => {
          if (live) {
            setResult({ L: trainLength, demo });
            setError(null);
          }
        },
        (e: Error) => live && setError(e.message),
      );
    }, 120); // wait for the slider to settle
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [api, trainLength]);

  const retry = () => {
    setError(null);
    restart();
  };
  return { demo: result && result.L === trainLength ? result.demo : null, error, retry };
}
