/** A toy PPO run for the given settings, computed in a worker; the last finished run meanwhile. */
import { useEffect, useRef, useState } from 'react';
import { wrap, type Remote } from 'comlink';
import type { BanditPpoConfig, BanditPpoResult } from '../../kernels/rl.ts';
import type { PpoApi } from './ppo.worker.ts';

export function usePpoRun(cfg: BanditPpoConfig): {
  run: BanditPpoResult | null;
  /** The run shown belongs to the current settings. */
  current: boolean;
  error: string | null;
} {
  const api = useRef<Remote<PpoApi> | null>(null);
  const [result, setResult] = useState<{ key: string; run: BanditPpoResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(cfg);

  useEffect(() => {
    const worker = new Worker(new URL('./ppo.worker.ts', import.meta.url), { type: 'module' });
    api.current = wrap<PpoApi>(worker);
    return () => {
      worker.terminate();
      api.current = null;
    };
  }, []);

  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      api.current?.run(JSON.parse(key) as BanditPpoConfig).then(
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
  }, [key]);

  return { run: result?.run ?? null, current: result?.key === key, error };
}
