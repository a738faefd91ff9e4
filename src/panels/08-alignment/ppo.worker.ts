/**
 * Runs the toy PPO bandit off the main thread: with many epochs and big batches a 400-step run
 * takes longer than a frame. The panel asks for the longest run once per setting and scrubs it.
 */
import { expose } from 'comlink';
import {
  simulateBanditPpo,
  type BanditPpoConfig,
  type BanditPpoResult,
} from '../../kernels/reference/rl.ts';

const api = {
  run(cfg: BanditPpoConfig): BanditPpoResult {
    return simulateBanditPpo(cfg);
  },
};
export type PpoApi = typeof api;
expose(api);
