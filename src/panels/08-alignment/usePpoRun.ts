/** A toy PPO run for the given settings, computed in a worker; the last finished run meanwhile. */
import { useCallback } from 'react';
import { useAsync } from '../../ui/useAsync.ts';
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
  // A failed worker rejects the run with the reason (useComlinkWorker.ts).
  const { remote: api, restart } = useWorker<PpoApi>(
    () => new Worker(new URL('./ppo.worker.ts', import.meta.url), { type: 'module' }),
  );
  const key = JSON.stringify(cfg);
  const res = useAsync(
    api ? key : null,
    api ? () => api.run(JSON.parse(key) as BanditPpoConfig) : null,
    30, // let a dragged slider settle
  );
  const again = res.retry;
  const retry = useCallback(() => {
    restart();
    again();
  }, [restart, again]);
  return { run: res.value, current: res.key === key, error: res.error, retry };
}
