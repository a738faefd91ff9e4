/**
 * The tiny Qwen, TS forward vs ONNX Runtime on the same weights (a goal of `npm run bench`: TS within 2× of
 * ONNX Runtime for a 256-token prefill and for decoding; transformers.js generation ≥ 50% of
 * the bare ONNX Runtime decode loop).
 *
 * The goal rows compare with ONNX Runtime as transformers.js runs it in Node: native
 * onnxruntime-node (AVX2 kernels, its default thread pool: one thread per core). The TS model
 * gets the same cores: one helper thread per further core (wasmThreads.ts). Further rows run
 * both on one thread: the TS model against ONNX Runtime Web's wasm SIMD build (the runtime
 * transformers.js uses in the tab) and against native onnxruntime-node.
 *
 * Uses the committed public/<TINY_MODEL_PATH> when it exists (the TS model reads its weights
 * out of that model.onnx), else random weights at the target sizes exported to a temp folder.
 * The TS model is pinned (pinForInference), as the panels' workers use it. Cold = first pass
 * of a fresh instance (for the prefill the median over COLD_RUNS fresh instances of each side,
 * interleaved), warm = best of a few further passes. Each side is timed after the other's
 * threads have gone quiet (`settle`).
 *
 * Deliberately left out: batch > 1 and other ONNX Runtime session options.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AutoModelForCausalLM, env, Tensor, type PreTrainedModel } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import type { QwenConfig } from '../../src/model/config.ts';
import { forward, pinForInference } from '../../src/model/forward.ts';
import { initModel } from '../../src/model/init.ts';
import type { QwenModel } from '../../src/model/params.ts';
import { readOnnxWeights } from '../../src/runtime/onnxWeights.ts';
import { TINY_MODEL_PATH, TINY_MODEL_VERSION } from '../../src/runtime/tinyModel.ts';
import { useThreads } from '../../src/kernels/engine/wasmThreads.ts';
import { writeHfFolder } from '../export/hf.ts';
import { startNodeKernelThreads } from '../wasm/nodeThreads.ts';
import { benchIds, measureDecode, measurePrefill, benchConfig } from './model.bench.ts';
import { median, settle, time } from './stats.ts';
import type { BenchRow } from './types.ts';

const COMMITTED = `public/${TINY_MODEL_PATH}`;
const PROMPT = 32;
/** Fresh instances whose first call is timed for the cold prefill figures. */
const COLD_RUNS = 3;
const STEPS = 64;

const i64 = (ids: ArrayLike<number>, dims: number[]) =>
  new Tensor('int64', BigInt64Array.from(Array.from(ids, (x) => BigInt(x))), dims);

/** The model folder (root, id) and the same weights as a TS model. */
function setup(): { root: string; id: string; model: QwenModel; note: string } {
  if (existsSync(`${COMMITTED}/onnx/model.onnx`)) {
    const config = JSON.parse(readFileSync(`${COMMITTED}/config.json`, 'utf8')) as QwenConfig;
    const weights = readOnnxWeights(readFileSync(`${COMMITTED}/onnx/model.onnx`), config);
    return {
      root: dirname(COMMITTED),
      id: TINY_MODEL_VERSION,
      model: { config, weights },
      note: `committed ${TINY_MODEL_VERSION} weights`,
    };
  }
  const model = initModel(benchConfig(), 1);
  const root = mkdtempSync(join(tmpdir(), 'tinyqwen-bench-'));
  writeHfFolder(join(root, 'rand'), { config: model.config, weights: model.weights, imEndId: 1 });
  return { root, id: 'rand', model, note: 'random weights (no committed model yet)' };
}

/** A new TS model instance on copies of the weights, pinned (loaded) now. */
function freshInstance(model: QwenModel): QwenModel {
  const weights = Object.fromEntries(
    Object.entries(model.weights).map(([name, values]) => [name, values.slice()]),
  );
  return pinForInference({ config: model.config, weights });
}

async function loadTjs(root: string, id: string): Promise<PreTrainedModel> {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = root + '/';
  return AutoModelForCausalLM.from_pretrained(id, { device: 'cpu', dtype: 'fp32' });
}

/** transformers.js forward: 256-token prefill, tokens/s warm (best of 5 after one call). */
async function tjsPrefillWarm(m: PreTrainedModel, V: number, T = 256): Promise<number> {
  const ids = benchIds(T, V);
  const feed = () =>
    m({ input_ids: i64(ids, [1, T]), attention_mask: i64(new Array(T).fill(1), [1, T]) });
  await feed();
  let warm = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    await feed();
    warm = Math.min(warm, performance.now() - t0);
  }
  return (T / warm) * 1000;
}

/** Decode loop through transformers.js' forward, feeding present.* back as past_key_values. */
async function tjsDecode(m: PreTrainedModel, V: number) {
  const ids = benchIds(PROMPT + STEPS, V);
  const run = async () => {
    let out = await m({
      input_ids: i64(ids.subarray(0, PROMPT), [1, PROMPT]),
      attention_mask: i64(new Array(PROMPT).fill(1), [1, PROMPT]),
    });
    const t0 = performance.now();
    for (let t = PROMPT; t < PROMPT + STEPS; t++) {
      const past: Record<string, Tensor> = {};
      for (const [k, v] of Object.entries(out))
        if (k.startsWith('present.')) past[k.replace('present.', 'past_key_values.')] = v as Tensor;
      out = await m({
        input_ids: i64([ids[t]], [1, 1]),
        attention_mask: i64(new Array(t + 1).fill(1), [1, t + 1]),
        position_ids: i64([t], [1, 1]),
        past_key_values: past,
      });
    }
    return performance.now() - t0;
  };
  const cold = await run();
  let warm = Infinity;
  for (let r = 0; r < 3; r++) warm = Math.min(warm, await run());
  return { cold: (STEPS / cold) * 1000, warm: (STEPS / warm) * 1000 };
}

/** An empty KV cache as ONNX Runtime inputs: past_key_values.<l>.key/value of shape (1, KV, 0, hd). */
function emptyPast(L: number, KV: number, hd: number): Record<string, ort.Tensor> {
  const feeds: Record<string, ort.Tensor> = {};
  for (let l = 0; l < L; l++) {
    for (const kv of ['key', 'value']) {
      feeds[`past_key_values.${l}.${kv}`] = new ort.Tensor('float32', new Float32Array(0), [
        1,
        KV,
        0,
        hd,
      ]);
    }
  }
  return feeds;
}

/**
 * The runtimes the TS model is compared with, straight on an ONNX Runtime session (no
 * transformers.js): native onnxruntime-node with its default threads or one thread, and ONNX
 * Runtime Web's wasm build (SIMD, one thread) — what transformers.js runs in the tab, under the
 * same constraints as our kernels. Tensors are onnxruntime-common's, shared by both packages.
 */
async function sessions(path: string) {
  ortWeb.env.wasm.numThreads = 1;
  return {
    native: await ort.InferenceSession.create(path),
    nativeOneThread: await ort.InferenceSession.create(path, { intraOpNumThreads: 1 }),
    web: await ortWeb.InferenceSession.create(readFileSync(path), { executionProviders: ['wasm'] }),
  };
}

/** A 256-token prefill on a bare session, tokens/s (best of 5 after one warm-up). */
async function barePrefill(session: ort.InferenceSession, c: QwenConfig, T = 256) {
  const L = c.num_hidden_layers;
  const KV = c.num_key_value_heads;
  const hd = c.hidden_size / c.num_attention_heads;
  const ids = benchIds(T, c.vocab_size);
  const t64 = (xs: ArrayLike<number>) =>
    new ort.Tensor('int64', BigInt64Array.from(Array.from(xs, (x) => BigInt(x))), [1, T]);
  const feeds: Record<string, ort.Tensor> = {
    input_ids: t64(ids),
    attention_mask: t64(new Array(T).fill(1)),
    position_ids: t64(Array.from({ length: T }, (_, i) => i)),
  };
  Object.assign(feeds, emptyPast(L, KV, hd));
  await session.run(feeds);
  let warm = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    await session.run(feeds);
    warm = Math.min(warm, performance.now() - t0);
  }
  return (T / warm) * 1000;
}

/** The bare decode loop on a session: 32-token prompt, then 64 single tokens; tokens/s. */
async function bareDecode(session: ort.InferenceSession, c: QwenConfig): Promise<number> {
  const L = c.num_hidden_layers;
  const KV = c.num_key_value_heads;
  const hd = c.hidden_size / c.num_attention_heads;
  const ids = benchIds(PROMPT + STEPS, c.vocab_size);
  const t64 = (xs: ArrayLike<number>, dims: number[]) =>
    new ort.Tensor('int64', BigInt64Array.from(Array.from(xs, (x) => BigInt(x))), dims);
  const run = async () => {
    const feeds: Record<string, ort.Tensor> = emptyPast(L, KV, hd);
    let t0 = 0;
    for (let t = 0, n = PROMPT; t < PROMPT + STEPS; t += n, n = 1) {
      if (t === PROMPT) t0 = performance.now();
      feeds.input_ids = t64(ids.subarray(t, t + n), [1, n]);
      feeds.attention_mask = t64(new Array(t + n).fill(1), [1, t + n]);
      feeds.position_ids = t64(
        Array.from({ length: n }, (_, i) => t + i),
        [1, n],
      );
      const out = await session.run(feeds);
      for (let l = 0; l < L; l++) {
        feeds[`past_key_values.${l}.key`] = out[`present.${l}.key`];
        feeds[`past_key_values.${l}.value`] = out[`present.${l}.value`];
      }
    }
    return performance.now() - t0;
  };
  await run();
  let warm = Infinity;
  for (let r = 0; r < 3; r++) warm = Math.min(warm, await run());
  return (STEPS / warm) * 1000;
}

/** transformers.js generate(): greedy, STEPS new tokens (no eos in generation_config hits). */
async function tjsGenerate(m: PreTrainedModel, V: number): Promise<number> {
  const ids = benchIds(PROMPT, V);
  const gen = async () => {
    const t0 = performance.now();
    const out = (await m.generate({
      input_ids: i64(ids, [1, PROMPT]),
      attention_mask: i64(new Array(PROMPT).fill(1), [1, PROMPT]),
      max_new_tokens: STEPS,
      min_new_tokens: STEPS,
      do_sample: false,
    })) as Tensor;
    return { ms: performance.now() - t0, n: out.dims[1] - PROMPT };
  };
  await gen();
  let best = 0;
  for (let r = 0; r < 3; r++) {
    const g = await gen();
    best = Math.max(best, (g.n / g.ms) * 1000);
  }
  return best;
}

export async function run(): Promise<BenchRow[]> {
  const { root, id, model, note } = setup();
  pinForInference(model); // as the panels' workers do
  const threads = 1 + (await startNodeKernelThreads());
  const ts = `TS forward (WebAssembly SIMD kernels, ${threads} threads)`;
  const V = model.config.vocab_size;
  const tjs = await loadTjs(root, id);
  const rows: BenchRow[] = [];
  const goal = '≥ 0.5× (within 2×)';
  const compare = (
    group: string,
    what: string,
    ours: { cold: number; warm: number },
    theirs: { cold: number; warm: number },
  ) => {
    for (const k of ['cold', 'warm'] as const) {
      rows.push({
        group,
        name: `ONNX Runtime via transformers.js, ${k}`,
        value: theirs[k],
        unit: 'tok/s',
        note,
      });
      const ratio = ours[k] / theirs[k];
      rows.push({
        group,
        name: `${ts}, ${k}`,
        value: ours[k],
        unit: 'tok/s',
        peer: `ONNX Runtime via transformers.js, ${k} (${what})`,
        ratio,
        goal,
        met: ratio >= 0.5,
      });
    }
  };
  // Cold = the first call of an instance loaded just before (transformers.js: from_pretrained,
  // TS: weights pinned), the median over COLD_RUNS fresh instances of each, interleaved.
  const prefillIds = benchIds(256, V);
  const coldTheirs: number[] = [];
  const coldOurs: number[] = [];
  for (let r = 0; r < COLD_RUNS; r++) {
    const fresh = await loadTjs(root, id);
    const t0 = performance.now();
    await fresh({
      input_ids: i64(prefillIds, [1, 256]),
      attention_mask: i64(new Array(256).fill(1), [1, 256]),
    });
    coldTheirs.push(performance.now() - t0);
    await fresh.dispose();
    await settle();
    const ours = freshInstance(model);
    coldOurs.push(time(() => forward(ours, prefillIds)));
    await settle();
  }
  const theirsPrefill = {
    cold: 256_000 / median(coldTheirs),
    warm: await tjsPrefillWarm(tjs, V),
  };
  await settle();
  const prefillGroup = 'tiny Qwen vs ONNX Runtime: 256-token prefill';
  compare(
    prefillGroup,
    `prefill; cold: median of ${COLD_RUNS} fresh instances`,
    { cold: 256_000 / median(coldOurs), warm: measurePrefill(model, 256).warm },
    theirsPrefill,
  );
  const path = join(root, id, 'onnx', 'model.onnx');
  const bareSessions = await sessions(path);
  // The same TS forward against each bare runtime, measured right after it, on as many threads.
  const peers: [string, ort.InferenceSession, number][] = [
    ['onnxruntime-node, native, default threads', bareSessions.native, threads],
    ['ONNX Runtime Web, wasm SIMD, 1 thread (the runtime in the tab)', bareSessions.web, 1],
    ['onnxruntime-node, native, 1 intra-op thread', bareSessions.nativeOneThread, 1],
  ];
  for (const [name, session, n] of peers) {
    await settle();
    const theirs = await barePrefill(session, model.config);
    await settle();
    useThreads(n - 1);
    const ours = measurePrefill(model, 256).warm;
    useThreads(Infinity);
    rows.push({
      group: prefillGroup,
      name: `TS forward (WebAssembly SIMD kernels, ${n} thread${n > 1 ? 's' : ''}), warm, vs ${name.split(',')[0]}`,
      value: ours,
      unit: 'tok/s',
      peer: `${name}, warm (${theirs.toFixed(0)} tok/s)`,
      ratio: ours / theirs,
    });
  }
  // The same forward with the plain JavaScript matmul and attention (what training uses).
  const js = measurePrefill(model, 256, 'js');
  rows.push({
    group: prefillGroup,
    name: 'TS forward, warm, plain JS kernels',
    value: js.warm,
    unit: 'tok/s',
    peer: 'ONNX Runtime via transformers.js, warm (prefill)',
    ratio: js.warm / theirsPrefill.warm,
  });
  await settle();
  const theirsDecode = await tjsDecode(tjs, V);
  await settle();
  const decodeGroup = 'tiny Qwen vs ONNX Runtime: decode';
  compare(
    decodeGroup,
    `${PROMPT}-token prompt, ${STEPS} steps`,
    measureDecode(model, PROMPT, STEPS),
    theirsDecode,
  );
  const webDecode = await bareDecode(bareSessions.web, model.config);
  await settle();
  const oursDecode = measureDecode(model, PROMPT, STEPS).warm;
  rows.push({
    group: decodeGroup,
    name: `${ts}, warm, vs ONNX Runtime Web`,
    value: oursDecode,
    unit: 'tok/s',
    peer: `ONNX Runtime Web, wasm SIMD, 1 thread, bare loop, warm (${webDecode.toFixed(0)} tok/s)`,
    ratio: oursDecode / webDecode,
  });
  const bare = await bareDecode(bareSessions.native, model.config);
  for (const session of Object.values(bareSessions)) await session.release();
  const generate = await tjsGenerate(tjs, V);
  const group = 'transformers.js generate vs bare ONNX Runtime';
  rows.push({
    group,
    name: 'bare onnxruntime-node decode loop, warm',
    value: bare,
    unit: 'tok/s',
    note,
  });
  rows.push({
    group,
    name: 'transformers.js generate(), greedy, warm',
    value: generate,
    unit: 'tok/s',
    peer: 'bare onnxruntime-node decode loop, warm',
    ratio: generate / bare,
    goal: '≥ 0.5×',
    met: generate / bare >= 0.5,
  });
  await tjs.dispose();
  return rows;
}
