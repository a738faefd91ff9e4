/**
 * The chat engine, in a Web Worker so the page never freezes: transformers.js runs the model
 * (ONNX Runtime Web, wasm or WebGPU), and our own kernels do everything we want to show —
 * the ChatML prompt and its SFT mask (kernels/reference/chatml.ts over our BPE), and each step's
 * probabilities, top-10 alternatives and the sampled token (model/sampling.ts). transformers.js
 * then simply takes the token we chose: our logits processor leaves only that one finite.
 *
 * Deliberately left out: batching, beam search, and transformers.js' own sampler (it has no
 * top-k / top-p yet, and one implementation of sampling keeps what we show honest).
 */
import { expose, transfer } from 'comlink';
import {
  AutoModelForCausalLM,
  AutoTokenizer,
  InterruptableStoppingCriteria,
  LogitsProcessor,
  LogitsProcessorList,
  StoppingCriteriaList,
  Tensor,
  env,
  type PreTrainedModel,
  type PreTrainedTokenizer,
} from '@huggingface/transformers';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import mjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import asyncifyWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import asyncifyMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import { BpeTokenizer, loadHfTokenizerJson } from '../kernels/bpe/index.ts';
import { sftLossMask, type ChatMessage } from '../kernels/reference/chatml.ts';
import { createRng, type Rng } from '../kernels/reference/random.ts';
import { sampleNext, type SamplingOptions, type TokenChoice } from '../model/sampling.ts';
import { inspectLocalModel } from './localModels.ts';
import {
  checkLocalFiles,
  FILES_ROOT,
  readLocalTokenizer,
  readTokenizer,
  serveFiles,
} from './modelFolder.ts';
import type {
  ChatEngine,
  LoadRequest,
  LoadResult,
  LoadProgress,
  PreparedPrompt,
  StepEvent,
  GenerateRequest,
  GenerateResult,
  ReplyLogits,
  TokenInfo,
} from './chatTypes.ts';

/**
 * ONNX Runtime's wasm files are served by the app itself (never a CDN). The plain build runs
 * the wasm device: it is half the size of the asyncify build and decodes the tiny model about
 * 1.5× faster, since asyncify instruments every function so that it can pause for the GPU.
 * WebGPU needs that build. Set once per worker, before the first session (a new model gets a
 * new worker). Mutate env.backends.onnx.wasm, don't replace it.
 */
function selectOrtBuild(device: 'wasm' | 'webgpu'): void {
  const gpu = device === 'webgpu';
  env.backends.onnx.wasm!.wasmPaths = {
    wasm: new URL(gpu ? asyncifyWasmUrl : wasmUrl, self.location.href).href,
    mjs: new URL(gpu ? asyncifyMjsUrl : mjsUrl, self.location.href).href,
  };
}

interface Loaded {
  model: PreTrainedModel;
  tokenizer: PreTrainedTokenizer;
  bpe: BpeTokenizer;
  special: { imStart: number; imEnd: number; eos: number[] };
  contextLength: number;
}

let loaded: Loaded | null = null;

/**
 * Lets the worker's event loop run. ONNX Runtime's wasm backend can finish a step without ever
 * returning to the event loop, so a Stop message would wait until generation ends; a message
 * on our own channel is a macrotask with no timer clamping.
 */
const yieldChannel = new MessageChannel();
const YIELD_EVERY_MS = 8;
const yieldWaiters: (() => void)[] = [];
yieldChannel.port1.onmessage = () => yieldWaiters.shift()?.();

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    yieldWaiters.push(resolve);
    yieldChannel.port2.postMessage(null);
  });
}
let stopper: InterruptableStoppingCriteria | null = null;
/** Milliseconds inside model.forward during the current generation. */
let modelMs = 0;

/** Streamed steps are sent in batches at most this often: one message, not one per token. */
const STREAM_EVERY_MS = 16;

/** What the page shows for a token id, built once per id and model. */
const tokenInfos = new WeakMap<BpeTokenizer, Map<number, TokenInfo>>();
function tokenInfo(bpe: BpeTokenizer, id: number): TokenInfo {
  let cache = tokenInfos.get(bpe);
  if (!cache) tokenInfos.set(bpe, (cache = new Map()));
  let info = cache.get(id);
  if (!info) {
    const v = bpe.tokenView(id);
    info = { id, text: v.text ?? '', hex: v.hex, special: v.special, partial: v.text === null };
    cache.set(id, info);
  }
  return info;
}

/** Our sampler inside transformers.js' loop: picks the token, reports it, masks the rest. */
class ShowAndSample extends LogitsProcessor {
  constructor(
    private opts: SamplingOptions,
    private rng: Rng,
    private history: number[],
    private onStep: (choice: { id: number; prob: number; alternatives: TokenChoice[] }) => void,
    private rows: Float32Array[] = [],
  ) {
    super();
  }
  override _call(_inputIds: bigint[][], logits: Tensor): Tensor {
    const row = (logits as unknown as Tensor[])[0].data as Float32Array;
    this.rows.push(row.slice()); // as the model gave it, for the Inspect view's agreement check
    const r = sampleNext(row, this.rng, this.opts, this.history);
    this.history.push(r.id);
    this.onStep(r);
    row.fill(-Infinity);
    row[r.id] = 0;
    return logits;
  }
}

const engine: ChatEngine = {
  async load(req: LoadRequest, onProgress: (p: LoadProgress) => void): Promise<LoadResult> {
    loaded = null;
    const files = req.kind === 'files' ? req.files : null;
    env.allowLocalModels = req.kind !== 'hub';
    env.allowRemoteModels = req.kind === 'hub';
    env.useBrowserCache = req.kind === 'hub';
    env.fetch = files ? serveFiles(files) : (input, init) => fetch(input, init);
    if (req.kind === 'local') env.localModelPath = req.modelRoot;
    else if (req.kind === 'files') env.localModelPath = FILES_ROOT;
    else if (req.remoteHost) env.remoteHost = req.remoteHost;
    const progress_callback = (p: {
      status: string;
      file?: string;
      loaded?: number;
      total?: number;
    }) => {
      if (p.status === 'progress' || p.status === 'done' || p.status === 'initiate') {
        onProgress({
          status: p.status,
          file: p.file ?? '',
          loaded: p.loaded ?? 0,
          total: p.total ?? 0,
        });
      }
    };
    // transformers.js names a model folder by its id: under localModelPath for our own files.
    const modelId = req.kind === 'files' ? `local/${req.id}` : req.modelId;
    if (req.kind === 'local') await checkLocalFiles(`${req.modelRoot}${req.modelId}/`);
    if (files) await inspectLocalModel(files);
    const device = req.kind === 'files' ? 'wasm' : (req.device ?? 'wasm');
    selectOrtBuild(device);
    // The tokenizer first: it is small, and its errors (a missing or damaged file) are clearest.
    // A local tokenizer.json is read and checked by our own loader before transformers.js sees
    // it: given a file that is JSON but not a tokenizer, transformers.js can wait forever.
    const localBpe =
      req.kind === 'local'
        ? await readLocalTokenizer(`${req.modelRoot}${req.modelId}/`)
        : files
          ? await readTokenizer('tokenizer.json', () => files.get('tokenizer.json')!.text())
          : null;
    const tokenizer = await AutoTokenizer.from_pretrained(modelId, { progress_callback });
    const model = await AutoModelForCausalLM.from_pretrained(modelId, {
      progress_callback,
      dtype: req.dtype ?? 'fp32',
      device,
    });
    let bpe = localBpe;
    if (!bpe) {
      const json = (tokenizer as unknown as { _tokenizerJSON?: unknown })._tokenizerJSON;
      if (!json) throw new Error('the tokenizer has no tokenizer.json to read');
      bpe = new BpeTokenizer(loadHfTokenizerJson(json));
    }
    const one = (t: string) => {
      const ids = bpe.encode(t, { allowedSpecial: 'all' });
      if (ids.length !== 1) throw new Error(`the tokenizer lacks the ChatML token ${t}`);
      return ids[0];
    };
    const gen = (model as unknown as { generation_config?: { eos_token_id?: number | number[] } })
      .generation_config;
    const eosRaw = gen?.eos_token_id ?? one('<|im_end|>');
    const config = model.config as unknown as {
      max_position_embeddings?: number;
      vocab_size?: number;
    };
    // Decoding yields to the event loop between steps, so stop() is heard within a few
    // milliseconds; at most every YIELD_EVERY_MS, since each yield is a message round trip.
    const forward = model.forward.bind(model);
    let lastYield = 0;
    model.forward = async (inputs: Parameters<typeof forward>[0]) => {
      if (performance.now() - lastYield >= YIELD_EVERY_MS) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
      const t = performance.now();
      try {
        return await forward(inputs);
      } finally {
        modelMs += performance.now() - t;
      }
    };
    loaded = {
      model,
      tokenizer,
      bpe,
      special: {
        imStart: one('<|im_start|>'),
        imEnd: one('<|im_end|>'),
        eos: Array.isArray(eosRaw) ? eosRaw : [eosRaw],
      },
      contextLength: config.max_position_embeddings ?? 32768,
    };
    return { contextLength: loaded.contextLength, vocabSize: config.vocab_size ?? 0, device };
  },

  prepare(messages: ChatMessage[]): PreparedPrompt {
    const l = need();
    const t = sftLossMask(messages, (s) => l.bpe.encode(s), l.special, {
      addGenerationPrompt: true,
    });
    return {
      tokens: t.ids.map((id) => tokenInfo(l.bpe, id)),
      mask: Array.from(t.mask),
      roles: t.roles,
      message: Array.from(t.message),
    };
  },

  async generate(req: GenerateRequest, onSteps: (s: StepEvent[]) => void): Promise<GenerateResult> {
    const l = need();
    const prompt = sftLossMask(req.messages, (s) => l.bpe.encode(s), l.special, {
      addGenerationPrompt: true,
    }).ids;
    const maxNew = Math.max(1, Math.min(req.maxNewTokens, l.contextLength - prompt.length));
    if (prompt.length >= l.contextLength)
      throw new Error(
        `the prompt has ${prompt.length} tokens, more than the model's ${l.contextLength}`,
      );
    stopper = new InterruptableStoppingCriteria();
    modelMs = 0;
    const generated: number[] = [];
    const steps: StepEvent[] = [];
    // Streams whole characters: a token that ends inside a UTF-8 sequence waits for the next one.
    const utf8 = new TextDecoder('utf-8', { fatal: false });
    const t0 = performance.now();
    let tFirst = 0;
    let sent = 0;
    let lastSend = t0;
    const rows: Float32Array[] = [];
    const processor = new ShowAndSample(
      req.sampling,
      createRng(req.seed),
      [...prompt],
      (r) => {
        const now = performance.now();
        if (generated.length === 0) tFirst = now;
        generated.push(r.id);
        const delta = l.special.eos.includes(r.id)
          ? utf8.decode()
          : utf8.decode(l.bpe.decodeBytes([r.id]), { stream: true });
        const step: StepEvent = {
          token: tokenInfo(l.bpe, r.id),
          prob: r.prob,
          alternatives: r.alternatives.map((a) => ({ ...tokenInfo(l.bpe, a.id), prob: a.prob })),
          textDelta: delta,
          elapsedMs: now - t0,
        };
        steps.push(step);
        if (now - lastSend >= STREAM_EVERY_MS) {
          onSteps(steps.slice(sent));
          sent = steps.length;
          lastSend = now;
        }
      },
      rows,
    );
    const logits_processor = new LogitsProcessorList();
    logits_processor.push(processor);
    const stopping_criteria = new StoppingCriteriaList();
    stopping_criteria.push(stopper);
    const n = prompt.length;
    await l.model.generate({
      input_ids: new Tensor('int64', BigInt64Array.from(prompt.map(BigInt)), [1, n]),
      attention_mask: new Tensor('int64', new BigInt64Array(n).fill(1n), [1, n]),
      max_new_tokens: maxNew,
      do_sample: false,
      logits_processor,
      stopping_criteria,
    } as unknown as Parameters<PreTrainedModel['generate']>[0]);
    const t1 = performance.now();
    remember({ ids: [...prompt, ...generated], rows: rows.slice(0, generated.length) });
    const interrupted = stopper.interrupted;
    stopper = null;
    const last = generated[generated.length - 1];
    const stopReason = interrupted ? 'abort' : l.special.eos.includes(last) ? 'stop' : 'length';
    const decodeMs = t1 - tFirst;
    return {
      text: l.bpe.decode(generated.filter((id) => !l.special.eos.includes(id))),
      steps,
      stopReason,
      promptTokens: n,
      ...(req.sampling.temperature === 0 ? {} : { seed: req.seed }),
      newTokens: generated.length,
      ttftMs: tFirst - t0,
      tokensPerSecond:
        generated.length > 1 && decodeMs > 0 ? ((generated.length - 1) * 1000) / decodeMs : 0,
      modelMs,
      totalMs: t1 - t0,
    };
  },

  stop(): void {
    stopper?.interrupt();
  },

  async replyLogits(ids: number[], from: number): Promise<ReplyLogits> {
    const l = need();
    const k = ids.length - 1 - from;
    if (!(from >= 0 && k >= 1)) throw new Error(`no rows from ${from} in ${ids.length} tokens`);
    const recorded = recordedRows(ids, from, k);
    if (recorded) return transfer({ rows: recorded, source: 'generation' }, [recorded.buffer]);
    if (stopper) throw new Error('a reply is being written: the model is busy');
    const n = ids.length - 1;
    const out = (await l.model({
      input_ids: new Tensor('int64', BigInt64Array.from(ids.slice(0, n).map(BigInt)), [1, n]),
      attention_mask: new Tensor('int64', new BigInt64Array(n).fill(1n), [1, n]),
    })) as { logits: Tensor };
    const all = out.logits.data as Float32Array;
    const V = all.length / n;
    const rows = all.slice(from * V, n * V);
    return transfer({ rows, source: 'prefill' }, [rows.buffer]);
  },
};

/** The rows transformers.js wrote the last few replies with: (prompt + reply ids, one row per reply token). */
const recordings: { ids: number[]; rows: Float32Array[] }[] = [];
const RECORDINGS = 8;

function remember(r: { ids: number[]; rows: Float32Array[] }): void {
  recordings.unshift(r);
  recordings.length = Math.min(recordings.length, RECORDINGS);
}

/** Rows from … from+k−1 of `ids` out of a recording whose tokens `ids` begins with. */
function recordedRows(ids: number[], from: number, k: number): Float32Array | null {
  for (const r of recordings) {
    const n = r.ids.length - r.rows.length; // the prompt: row j is position n−1+j
    if (from < n - 1 || from + k > n - 1 + r.rows.length || ids.length > r.ids.length) continue;
    if (!ids.every((id, i) => r.ids[i] === id)) continue;
    const V = r.rows[0].length;
    const out = new Float32Array(k * V);
    for (let j = 0; j < k; j++) out.set(r.rows[from + j - (n - 1)], j * V);
    return out;
  }
  return null;
}

function need(): Loaded {
  if (!loaded) throw new Error('no model is loaded');
  return loaded;
}

expose(engine);
