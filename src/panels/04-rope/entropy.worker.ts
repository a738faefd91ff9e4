/**
 * Runs the LogN entropy experiment off the main thread: it depends only on the training length
 * and alone can take longer than a frame, so dragging other sliders never waits for it.
 */
import { expose } from 'comlink';
import { lognEntropyDemo, type EntropyDemo } from '../../kernels/reference/logn.ts';

const api = {
  entropy(trainLength: number): EntropyDemo {
    return lognEntropyDemo({ trainLength });
  },
};
export type EntropyApi = typeof api;
expose(api);
