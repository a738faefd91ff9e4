/**
 * Training the tiny Qwen (B = 4, T = 256): tokens/s and achieved GFLOP/s of a whole step
 * (forward, backward, AdamW) on the WebAssembly SIMD kernels (products, attention, norms,
 * SwiGLU, RoPE, cross-entropy, AdamW: trainKernels.ts, kernels 'simd') against the plain
 * JavaScript kernels, in the same run, on 1 thread and on 2 data-parallel threads (the
 * main thread and one worker, as `npm run train` does). Each data-parallel thread runs its
 * kernels on its own wasm instance with no kernel helper threads. The 1-thread SIMD step is
 * also compared with the SIMD matmul's own 1-thread GFLOP/s (issue 15: ≥ 40%), and the
 * 2-thread SIMD step with the JS one (issue 15: ≥ 8×).
 *
 * Warm = best of a few steps after the first, the JS and SIMD steps interleaved so that other
 * jobs on the machine weigh on both alike; every configuration gets the same batch.
 */
import { matmulSimd, pinMatrix } from '../../src/kernels/engine/matmulSimd.ts';
import { threadCount, useThreads } from '../../src/kernels/engine/wasmThreads.ts';
import type { TrainKernels } from '../../src/model/trainKernels.ts';
import { initModel } from '../../src/model/init.ts';
import { createTrainer, trainFlopsPerToken, trainStep } from '../../src/model/train.ts';
import { DataParallel } from '../train/parallel.ts';
import { measureGflops } from './matmul.bench.ts';
import { benchIds, benchConfig } from './model.bench.ts';
import type { BenchRow } from './types.ts';

const B = 4;
const T = 256;

/**
 * A trainer on `threads` data-parallel threads; `step()` times one training step in ms. With
 * `sftMask` the loss mask is an SFT one: 51 of every 100 positions carry loss, about the share of
 * assistant tokens in the tiny Qwen's packed SFT windows, so the LM head skips the rest. With
 * `padding` the last 18% of each window carries no loss, as the <|endoftext|> padding of the
 * tiny Qwen's SFT windows does (82% filled by dialogues), and `liveRowsOnly` says whether the
 * step leaves those rows out (src/model/liveRows.ts). With `dropout` every step draws and
 * applies dropout masks at that rate (`npm run train -- --dropout`).
 */
async function stepper(
  kernels: TrainKernels,
  threads: number,
  { sftMask = false, padding = false, liveRowsOnly = true, dropout = 0 } = {},
) {
  const config = { ...benchConfig(), max_position_embeddings: T };
  const trainer = createTrainer(initModel(config, 1), {
    maxLr: 1e-3,
    warmupSteps: 10,
    totalSteps: 100,
    seqLen: T,
    kernels,
    liveRowsOnly,
  });
  const ids = benchIds(B * T, config.vocab_size);
  const targets = ids.map((v) => (v * 31 + 7) % config.vocab_size);
  const filled = Math.round(0.82 * T);
  const lossMask = Uint8Array.from({ length: B * T }, (_, i) =>
    (!sftMask || i % 100 < 51) && (!padding || i % T < filled) ? 1 : 0,
  );
  const batch = { ids, targets, lossMask, seqLen: T, dropout: { rate: dropout, seed: 1 } };
  const dp = threads > 1 ? await DataParallel.start(trainer, threads - 1) : null;
  return {
    async step() {
      const t0 = performance.now();
      if (dp) await dp.step(batch, T);
      else trainStep(trainer, batch);
      return performance.now() - t0;
    },
    stop: async () => dp?.stop(),
  };
}

/**
 * First-step and best warm milliseconds of the JS and SIMD steps on `threads` threads, their
 * warm steps interleaved (JS, then SIMD `perJs` times) so that both see the same machine load.
 */
async function compare(threads: number, jsSteps: number, perJs: number) {
  const js = await stepper('js', threads);
  const simd = await stepper('simd', threads);
  try {
    const r = {
      js: { cold: await js.step(), warm: Infinity },
      simd: { cold: await simd.step(), warm: Infinity },
    };
    for (let s = 0; s < jsSteps; s++) {
      r.js.warm = Math.min(r.js.warm, await js.step());
      for (let k = 0; k < perJs; k++) r.simd.warm = Math.min(r.simd.warm, await simd.step());
    }
    return r;
  } finally {
    await js.stop();
    await simd.stop();
  }
}

/**
 * Best warm ms of a 1-thread SIMD step with every row carrying loss, with an SFT mask, with an
 * SFT mask and padding (live rows only, and every row), and with dropout 0.1, interleaved.
 */
async function variantSteps(steps: number) {
  const variants = {
    all: await stepper('simd', 1),
    sft: await stepper('simd', 1, { sftMask: true }),
    padded: await stepper('simd', 1, { sftMask: true, padding: true }),
    paddedAll: await stepper('simd', 1, { sftMask: true, padding: true, liveRowsOnly: false }),
    dropout: await stepper('simd', 1, { dropout: 0.1 }),
  };
  const r = {
    all: Infinity,
    sft: Infinity,
    padded: Infinity,
    paddedAll: Infinity,
    dropout: Infinity,
  };
  for (const v of Object.values(variants)) await v.step();
  for (let s = 0; s < steps; s++) {
    for (const [k, v] of Object.entries(variants)) {
      r[k as keyof typeof r] = Math.min(r[k as keyof typeof r], await v.step());
    }
  }
  return r;
}

/** The SIMD kernel's own warm GFLOP/s on one thread, x · Wᵀ 1024×352×128 with W pinned. */
function simdMatmulPeak(): number {
  const [M, N, K] = [1024, 352, 128];
  const a = Float32Array.from({ length: M * K }, (_, i) => ((i * 37) % 101) / 101 - 0.5);
  const b = Float32Array.from({ length: N * K }, (_, i) => ((i * 53) % 103) / 103 - 0.5);
  pinMatrix(b, K);
  const out = new Float32Array(M * N);
  return measureGflops(2 * M * N * K, () => matmulSimd(out, a, b, M, N, K), 8).warm;
}

export async function run(): Promise<BenchRow[]> {
  const group = `tiny Qwen, training step ${B}×${T}`;
  const flops = trainFlopsPerToken({ ...benchConfig(), max_position_embeddings: T }, T) * B * T;
  const tokS = (ms: number) => ((B * T) / ms) * 1000;
  const gflops = (ms: number) => flops / (ms * 1e6);
  const limit = threadCount();
  useThreads(0); // one kernel thread per data-parallel thread
  try {
    const one = await compare(1, 2, 3);
    const two = await compare(2, 2, 3);
    const [js1, simd1, js2, simd2] = [one.js, one.simd, two.js, two.simd];
    const peak = simdMatmulPeak();
    const rows: BenchRow[] = [];
    for (const [threads, js, simd] of [
      [1, js1, simd1],
      [2, js2, simd2],
    ] as const) {
      const label = threads === 1 ? '1 thread' : `${threads} data-parallel threads`;
      rows.push(
        {
          group,
          name: `JS kernels, ${label}, warm`,
          value: tokS(js.warm),
          unit: 'tok/s',
          note: `${js.warm.toFixed(0)} ms/step, ${gflops(js.warm).toFixed(2)} GFLOP/s`,
        },
        {
          group,
          name: `SIMD kernels, ${label}, warm`,
          value: tokS(simd.warm),
          unit: 'tok/s',
          peer: `JS kernels, ${label}`,
          ratio: js.warm / simd.warm,
          ...(threads === 2 ? { goal: '≥ 8×', met: js.warm / simd.warm >= 8 } : {}),
          note: `${simd.warm.toFixed(0)} ms/step (first ${simd.cold.toFixed(0)} ms)`,
        },
        {
          group,
          name: `SIMD kernels, ${label}, achieved FLOP rate`,
          value: gflops(simd.warm),
          unit: 'GFLOP/s',
          ...(threads === 1
            ? {
                peer: `SIMD matmul x·Wᵀ 1024×352×128, 1 thread (${peak.toFixed(1)} GFLOP/s)`,
                ratio: gflops(simd.warm) / peak,
                goal: '≥ 0.4×',
                met: gflops(simd.warm) / peak >= 0.4,
              }
            : { peer: 'the same on 1 thread', ratio: simd1.warm / simd.warm }),
          note: 'FLOPs = 3 × forward (matmuls + causal attention)',
        },
      );
    }
    const v = await variantSteps(4);
    rows.push(
      {
        group,
        name: 'SIMD kernels, 1 thread, SFT loss mask (51% of rows), warm',
        value: tokS(v.sft),
        unit: 'tok/s',
        peer: 'the same step with loss on every row',
        ratio: v.all / v.sft,
        note: `${v.sft.toFixed(0)} vs ${v.all.toFixed(0)} ms/step: the LM head runs on the rows that carry loss only`,
      },
      {
        group,
        name: 'SIMD kernels, 1 thread, SFT mask and 18% padding, live rows only, warm',
        value: tokS(v.padded),
        unit: 'tok/s',
        peer: 'the same step computing every row',
        ratio: v.paddedAll / v.padded,
        note: `${v.padded.toFixed(0)} vs ${v.paddedAll.toFixed(0)} ms/step: the rows after a window's last loss row are left out (liveRows.ts); tok/s counts every window position`,
      },
      {
        group,
        name: 'SIMD kernels, 1 thread, dropout 0.1, warm',
        value: tokS(v.dropout),
        unit: 'tok/s',
        peer: 'the same step without dropout',
        ratio: v.all / v.dropout,
        note: `${v.dropout.toFixed(0)} vs ${v.all.toFixed(0)} ms/step: drawing and applying the masks (dropout.ts)`,
      },
    );
    return rows;
  } finally {
    useThreads(limit === 0 ? Infinity : limit);
  }
}
