/**
 * The tiny Qwen in TypeScript: forward tokens/s for a 256-token prefill and for decoding one
 * token at a time through the KV cache, and training tokens/s with the achieved GFLOP/s
 * compared with the blocked matmul's warm GFLOP/s measured in the same run (a goal of `npm run bench`:
 * training ≥ 60% of it), on the JavaScript kernels (training.bench.ts has the SIMD products
 * against them). Random weights at the target sizes (speed does not depend on values).
 *
 * The helpers are exported so the ONNX Runtime comparison rows can reuse the same shapes
 * and the same measuring code.
 */
import type { QwenConfig } from '../../src/model/config.ts';
import { createKVCache, forward, pinForInference } from '../../src/model/forward.ts';
import { initModel } from '../../src/model/init.ts';
import type { QwenModel } from '../../src/model/params.ts';
import { createTrainer, trainFlopsPerToken, trainStep } from '../../src/model/train.ts';
import { useThreads } from '../../src/kernels/engine/wasmThreads.ts';
import type { TrainKernels } from '../../src/model/trainKernels.ts';
import { startNodeKernelThreads } from '../wasm/nodeThreads.ts';
import { blockedMatmulPeak } from './matmul.bench.ts';
import { tinyConfig, TINY_SIZES, TINY_SPECIAL_TOKENS, TINY_VOCAB } from '../../src/model/tiny.ts';
import type { BenchRow } from './types.ts';

/** The committed tiny model's sizes (src/model/tiny.ts) with random weights, for timing. */
export function benchConfig(vocab = TINY_VOCAB + TINY_SPECIAL_TOKENS): QwenConfig {
  return tinyConfig(TINY_SIZES, vocab, 0);
}

/** Deterministic token ids in [0, vocab). */
export function benchIds(n: number, vocab: number): Int32Array {
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = (i * 7919 + 13) % vocab;
  return ids;
}

/** Milliseconds of fn: the first call (cold) and the best of `reps` further calls (warm). */
export function timeColdWarm(fn: () => void, reps = 5): { coldMs: number; warmMs: number } {
  let t0 = performance.now();
  fn();
  const coldMs = performance.now() - t0;
  let warmMs = Infinity;
  for (let r = 0; r < reps; r++) {
    t0 = performance.now();
    fn();
    warmMs = Math.min(warmMs, performance.now() - t0);
  }
  return { coldMs, warmMs };
}

/** Prefill of T tokens (all logits) on the given matmul kernel, tokens/s cold and warm. */
export function measurePrefill(model: QwenModel, T = 256, kernel: 'wasm' | 'js' = 'wasm') {
  const ids = benchIds(T, model.config.vocab_size);
  const r = timeColdWarm(() => forward(model, ids, null, { kernel }));
  return { cold: (T / r.coldMs) * 1000, warm: (T / r.warmMs) * 1000 };
}

/** Decoding: after a prompt of `prompt` tokens, `steps` single-token forwards; tokens/s. */
export function measureDecode(model: QwenModel, prompt = 32, steps = 64) {
  const ids = benchIds(prompt + steps, model.config.vocab_size);
  const run = () => {
    const cache = createKVCache(model.config, prompt + steps);
    forward(model, ids.subarray(0, prompt), cache, { lastOnly: true });
    const t0 = performance.now();
    for (let i = prompt; i < prompt + steps; i++) {
      forward(model, ids.subarray(i, i + 1), cache, { lastOnly: true });
    }
    return performance.now() - t0;
  };
  const cold = run();
  let warm = Infinity;
  for (let r = 0; r < 3; r++) warm = Math.min(warm, run());
  return { cold: (steps / cold) * 1000, warm: (steps / warm) * 1000 };
}

/**
 * Training steps on B × T tokens: tokens/s and achieved GFLOP/s (cold = first step). When
 * `between` is given it runs after every warm step, so a peer measured there (the matmul peak)
 * sees the same machine load as the steps: with other jobs on the machine, the best of
 * interleaved runs is a fairer ratio than two separate best-ofs minutes apart.
 */
export function measureTraining(
  config: QwenConfig,
  B = 4,
  T = 256,
  steps = 3,
  between?: () => void,
  /** Where the linear layers' products run (default the JS reference, a goal of `npm run bench`'s row). */
  kernels: TrainKernels = 'js',
) {
  const trainer = createTrainer(initModel(config, 1), {
    maxLr: 1e-3,
    warmupSteps: 10,
    totalSteps: 100,
    seqLen: T,
    kernels,
  });
  const ids = benchIds(B * T, config.vocab_size);
  const targets = ids.map((v) => (v * 31 + 7) % config.vocab_size);
  const batch = { ids, targets, lossMask: new Uint8Array(B * T).fill(1) };
  let t0 = performance.now();
  trainStep(trainer, batch);
  const coldMs = performance.now() - t0;
  let warmMs = Infinity;
  for (let r = 0; r < steps; r++) {
    between?.();
    t0 = performance.now();
    trainStep(trainer, batch);
    warmMs = Math.min(warmMs, performance.now() - t0);
  }
  const flops = trainFlopsPerToken(config, T) * B * T;
  return {
    tokensCold: ((B * T) / coldMs) * 1000,
    tokensWarm: ((B * T) / warmMs) * 1000,
    gflopsWarm: flops / (warmMs * 1e6),
  };
}

export async function run(): Promise<BenchRow[]> {
  const config = benchConfig();
  const model = pinForInference(initModel(config, 1)); // as the panels' workers do
  const group = 'tiny Qwen, TS model';
  const threads = 1 + (await startNodeKernelThreads());
  useThreads(0);
  const prefill = measurePrefill(model, 256);
  useThreads(Infinity);
  const prefillThreads = measurePrefill(model, 256);
  const prefillJs = measurePrefill(model, 256, 'js');
  const decode = measureDecode(model, 32, 64);
  let peak = 0;
  const train = measureTraining(config, 4, 256, 5, () => {
    peak = Math.max(peak, blockedMatmulPeak());
  });
  const ratio = train.gflopsWarm / peak;
  return [
    {
      group,
      name: 'forward, 256-token prefill, 1 thread, cold',
      value: prefill.cold,
      unit: 'tok/s',
    },
    {
      group,
      name: 'forward, 256-token prefill, 1 thread, warm',
      value: prefill.warm,
      unit: 'tok/s',
    },
    {
      group,
      name: `forward, 256-token prefill, ${threads} threads, warm`,
      value: prefillThreads.warm,
      unit: 'tok/s',
      peer: 'the same on 1 thread',
      ratio: prefillThreads.warm / prefill.warm,
    },
    {
      group,
      name: 'forward, 256-token prefill, warm, plain JS kernels',
      value: prefillJs.warm,
      unit: 'tok/s',
      peer: 'the same on the WebAssembly SIMD kernels, 1 thread',
      ratio: prefillJs.warm / prefill.warm,
    },
    { group, name: 'decode (KV cache, 32-token prompt), cold', value: decode.cold, unit: 'tok/s' },
    { group, name: 'decode (KV cache, 32-token prompt), warm', value: decode.warm, unit: 'tok/s' },
    {
      group,
      name: 'training 4×256, JS kernels, first step',
      value: train.tokensCold,
      unit: 'tok/s',
    },
    { group, name: 'training 4×256, JS kernels, warm', value: train.tokensWarm, unit: 'tok/s' },
    {
      group,
      name: 'training achieved FLOP rate, JS kernels, warm',
      value: train.gflopsWarm,
      unit: 'GFLOP/s',
      peer: `blocked matmul x·Wᵀ 1024×352×128, warm (${peak.toFixed(2)} GFLOP/s)`,
      ratio,
      goal: '≥ 0.6×',
      met: ratio >= 0.6,
      note: 'FLOPs = 3 × forward (matmuls + causal attention), one core',
    },
  ];
}
