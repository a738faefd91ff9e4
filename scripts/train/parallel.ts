/**
 * Data-parallel gradients over worker threads: the batch's rows are split between the main
 * thread and `workers` helper threads; each computes the gradient of its rows with the same
 * loss divisor (the whole batch's mask sum), the main thread sums them in a fixed order and
 * takes the AdamW step, then shares the new parameters.
 *
 *   const dp = await DataParallel.start(trainer, 1);   // main + 1 worker = 2 cores
 *   const { loss } = await dp.step(batch);             // same result as trainStep, ≈ 2× faster
 *
 * Parameters and gradients travel through SharedArrayBuffers (one copy each way per step).
 * With dropout each thread draws the masks of its own rows (dropout.ts `rowSeed`), so a run is
 * reproducible for a given thread count but differs from a one-thread run.
 * Deliberately left out: gradient all-reduce trees (two cores need none), async updates.
 */
import { Worker } from 'node:worker_threads';
import {
  addGradients,
  applyUpdate,
  computeGradients,
  type TrainBatch,
  type Trainer,
} from '../../src/model/train.ts';
import { rowSeed } from '../../src/model/dropout.ts';
import { defaultTrainKernels } from '../../src/model/trainKernels.ts';

export interface StepResult {
  loss: number;
  gradNorm: number;
  lr: number;
  tokens: number;
}

const WORKER_URL = new URL('./worker.ts', import.meta.url).href;

interface WorkerSlot {
  worker: Worker;
  grads: Float32Array;
  /** The step this worker is computing: settled by its next message or error. */
  pending: {
    resolve: (r: { loss: number; maskSum: number }) => void;
    reject: (e: Error) => void;
  } | null;
}

function sliceRows(batch: TrainBatch, T: number, from: number, to: number): TrainBatch {
  return {
    ids: batch.ids.slice(from * T, to * T),
    targets: batch.targets.slice(from * T, to * T),
    lossMask: batch.lossMask.slice(from * T, to * T),
    seqStarts: batch.seqStarts?.slice(from * T, to * T) ?? null,
    seqLen: T,
    dropout: batch.dropout ? { ...batch.dropout, seed: rowSeed(batch.dropout.seed, from) } : null,
  };
}

export class DataParallel {
  private constructor(
    private readonly trainer: Trainer,
    private readonly params: Float32Array,
    private readonly slots: WorkerSlot[],
  ) {}

  /** Starts `workers` helper threads holding a copy of the trainer's model. */
  static async start(trainer: Trainer, workers: number): Promise<DataParallel> {
    const n = trainer.params.length;
    const params = new Float32Array(new SharedArrayBuffer(n * 4));
    params.set(trainer.params);
    const slots: WorkerSlot[] = [];
    for (let i = 0; i < workers; i++) {
      const grads = new Float32Array(new SharedArrayBuffer(n * 4));
      // subtle: a worker does not inherit tsx's loader; register it before importing worker.ts.
      const boot =
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
        `.then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL)}); })`;
      const worker = new Worker(boot, {
        eval: true,
        workerData: {
          config: trainer.model.config,
          params,
          grads,
          kernels: trainer.options.kernels,
        },
      });
      // the worker answers with the kernels its products run on (its own wasm instance)
      const ready = await new Promise<{ kernels: string }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      const want = trainer.options.kernels ?? defaultTrainKernels();
      if (ready.kernels !== want) {
        await worker.terminate();
        throw new Error(`data-parallel worker runs the '${ready.kernels}' products, not '${want}'`);
      }
      worker.removeAllListeners('error');
      const slot: WorkerSlot = { worker, grads, pending: null };
      worker.on('message', (r: { loss: number; maskSum: number }) => slot.pending?.resolve(r));
      worker.on('error', (e: Error) => slot.pending?.reject(e));
      slots.push(slot);
    }
    return new DataParallel(trainer, params, slots);
  }

  /** One optimizer step over the whole batch (B rows of T), split across the threads. */
  async step(batch: TrainBatch, T: number): Promise<StepResult> {
    const B = batch.ids.length / T;
    const parts = this.slots.length + 1;
    if (B < parts) throw new Error(`batch of ${B} rows cannot be split over ${parts} threads`);
    let maskSum = 0;
    for (let i = 0; i < batch.lossMask.length; i++) maskSum += batch.lossMask[i];
    const divisor = Math.max(1, maskSum);
    const bounds = Array.from({ length: parts + 1 }, (_, i) => Math.round((i * B) / parts));

    const pending = this.slots.map(
      (slot, i) =>
        new Promise<{ loss: number; maskSum: number }>((resolve, reject) => {
          slot.pending = { resolve, reject };
          slot.worker.postMessage({
            batch: sliceRows(batch, T, bounds[i + 1], bounds[i + 2]),
            divisor,
          });
        }),
    );
    const own = computeGradients(this.trainer, sliceRows(batch, T, 0, bounds[1]), {
      lossDivisor: divisor,
    });
    const results = await Promise.all(pending);
    let lossSum = own.loss * own.maskSum;
    results.forEach((r, i) => {
      lossSum += r.loss * r.maskSum;
      addGradients(this.trainer, this.slots[i].grads);
    });
    const u = applyUpdate(this.trainer);
    this.params.set(this.trainer.params);
    return { loss: lossSum / divisor, gradNorm: u.gradNorm, lr: u.lr, tokens: maskSum };
  }

  /** Copies the trainer's parameters to the workers (after loading a checkpoint). */
  syncParams(): void {
    this.params.set(this.trainer.params);
  }

  async stop(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
