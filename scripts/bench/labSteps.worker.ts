/**
 * The Train lab's run in a fresh Node thread, for training-ui.bench.ts: the same TrainRun
 * (src/train/labRun.ts) the lab's worker trains, on the same setup, kernels and number of
 * kernel threads, from a module state of its own — so its first steps pay the training kernels'
 * WebAssembly compile as the page's do. Posts the milliseconds of each of its first `steps`
 * steps (held-out evaluations and probes included, as the lab's step does them).
 *
 * Spawned through tsx's API (a worker does not inherit tsx's loader); see runLabSteps below.
 */
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { BpeTokenizer, loadHfTokenizerJson } from '../../src/kernels/bpe/index.ts';
import { threadCount, useThreads } from '../../src/kernels/engine/wasmThreads.ts';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';
import { TrainRun, type TrainSetup } from '../../src/train/labRun.ts';
import { startNodeKernelThreads } from '../wasm/nodeThreads.ts';

export interface LabStepsJob {
  setup: TrainSetup;
  /** Kernel threads in all (the calling thread and threads − 1 helpers). */
  threads: number;
  steps: number;
}

export interface LabStepsResult {
  threads: number;
  stepMs: number[];
}

async function main(job: LabStepsJob): Promise<LabStepsResult> {
  const vocab = loadHfTokenizerJson(
    JSON.parse(readFileSync(`public/${TINY_MODEL_PATH}/tokenizer.json`, 'utf8')),
  );
  const tok = new BpeTokenizer(vocab);
  const id = (t: string) => tok.encode(t, { allowedSpecial: 'all' })[0];
  const sp = {
    endOfText: id('<|endoftext|>'),
    imStart: id('<|im_start|>'),
    imEnd: id('<|im_end|>'),
  };
  // As the lab's worker does before its first run: start the helpers (this compiles the
  // inference kernels); the training kernels compile in the first step.
  if (job.threads > 1) await startNodeKernelThreads(job.threads - 1);
  useThreads(job.threads - 1);
  const run = TrainRun.create(job.setup, tok, sp, vocab.size);
  const stepMs: number[] = [];
  for (let s = 0; s < job.steps && !run.done; s++) {
    const t0 = performance.now();
    run.step();
    stepMs.push(performance.now() - t0);
  }
  return { threads: 1 + threadCount(), stepMs };
}

if (!isMainThread && (workerData as { labSteps?: LabStepsJob } | null)?.labSteps) {
  const job = (workerData as { labSteps: LabStepsJob }).labSteps;
  main(job).then(
    (r) => parentPort!.postMessage({ ok: r }),
    (e: unknown) => parentPort!.postMessage({ error: (e as Error).stack ?? String(e) }),
  );
}

/** Runs `job` in a new worker thread; rejects after `timeoutMs` (the thread is ended). */
export function runLabSteps(job: LabStepsJob, timeoutMs: number): Promise<LabStepsResult> {
  const api = import.meta.resolve('tsx/esm/api');
  const file = import.meta.url;
  const bootstrap = `import(${JSON.stringify(api)}).then(({ tsImport }) =>
    tsImport(${JSON.stringify(file)}, ${JSON.stringify(file)}))`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { labSteps: job } });
  return new Promise<LabStepsResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the Node run took over ${timeoutMs / 1000} s`));
      void worker.terminate();
    }, timeoutMs);
    worker.once('message', (m: { ok?: LabStepsResult; error?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (m.ok) resolve(m.ok);
      else reject(new Error(`the Node run failed: ${m.error}`));
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Node run's thread exited (code ${code}) before answering`));
    });
  });
}
