/** A toy PPO run for the given settings, computed in a worker; the last finished run meanwhile. */
import { useEffect, useState } from 'react';
import { useWorker } from '../../ui/useComlinkWorker.ts';
import type { BanditPpoConfig, BanditPpoResult } from '../../kernels/reference/rl.ts';
import type { PpoApi } from './ppo.worker.ts';

export function usePpoRun(cfg: BanditPpoConfig): {
  run: BanditPpoResult | null;
  /** The run shown belongs to the current settings. */
  current: boolean;
  error: string | null;
  /** Starts a fresh worker and runs again (after an error). */
  retry: () => void;
} {
  const [result, setResult] = useState<{ key: string; run: BanditPpoResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A failed worker rejects the run with the reason (useComlinkWorker.ts).
  const { remote: api, restart } = useWorker<PpoApi>(
    () => new Worker(new URL('./ppo.worker.ts', import.meta.url), { type: 'module' }),
  );
  const key = JSON.stringify(cfg);

  useEffect(() => {
    if (!api) return;
    let live = true;
    const t = setTimeout(() => {
      api.run(JSON.parse(key) as BanditPpoConfig).then(
        (run) => {
          if (live) {
            setResult({ key, run });
            setError(null);
          }
        },
        (e: Error) => live && setError(e.message),
      );
    }, 30); // let a dragged slider settle
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [api, key]);

  const retry = () => {
    setError(null);
    restart();
  };
  return { run: result?.run ?? null, current: result?.key === key, error, retry };
}
