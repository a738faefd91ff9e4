/** The entropy experiment for a training length, computed in a worker; null while it runs. */
import { useEffect, useRef, useState } from 'react';
import { wrap, type Remote } from 'comlink';
import type { EntropyDemo } from '../../kernels/logn.ts';
import type { EntropyApi } from './entropy.worker.ts';

export function useEntropy(trainLength: number): {
  demo: EntropyDemo | null;
  error: string | null;
} {
  const api = useRef<{ worker: Worker; remote: Remote<EntropyApi> } | null>(null);
  const [result, setResult] = useState<{ L: number; demo: EntropyDemo } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const worker = new Worker(new URL('./entropy.worker.ts', import.meta.url), { type: 'module' });
    api.current = { worker, remote: wrap<EntropyApi>(worker) };
    return () => {
      worker.terminate();
      api.current = null;
    };
  }, []);

  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      api.current?.remote.entropy(trainLength).then(
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
  }, [trainLength]);

  return { demo: result && result.L === trainLength ? result.demo : null, error };
}
