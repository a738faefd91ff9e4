/**
 * A data-parallel helper thread (see parallel.ts): holds a copy of the model, reads the shared
 * parameters before every batch, computes the gradient of its rows with the whole batch's loss
 * divisor and writes it to its shared gradient buffer.
 *
 * Deliberately left out: the optimizer (only the main thread updates parameters).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { QwenConfig } from '../../src/model/config.ts';
import { paramLayout, viewsOf } from '../../src/model/params.ts';
import { computeGradients, createTrainer, type TrainBatch } from '../../src/model/train.ts';
import { defaultTrainKernels, type TrainKernels } from '../../src/model/trainKernels.ts';

const { config, params, grads, kernels } = workerData as {
  config: QwenConfig;
  params: Float32Array;
  grads: Float32Array;
  kernels?: TrainKernels;
};
const trainer = createTrainer(
  { config, weights: viewsOf(paramLayout(config), new Float32Array(params.length)) },
  { maxLr: 0, warmupSteps: 0, totalSteps: 1, kernels },
);
parentPort!.on('message', (msg: { batch: TrainBatch; divisor: number }) => {
  trainer.params.set(params);
  const r = computeGradients(trainer, msg.batch, { lossDivisor: msg.divisor });
  grads.set(trainer.grads);
  parentPort!.postMessage(r);
});
// this thread's own wasm instance (no kernel helper threads: one core per data-parallel worker)
parentPort!.postMessage({ kernels: kernels ?? defaultTrainKernels() });
