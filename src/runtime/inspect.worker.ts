/**
 * The Inspect view's worker: our TS model, loaded from the same model folder the chat runs
 * (its model.onnx, read by onnxWeights.ts), traces one forward pass over a conversation and
 * reads the logit lens, attention, logit attribution and residual norms at a position
 * (model/inspect.ts, model/inspectPosition.ts). The trace of the last sequence is kept, so
 * moving to another token of the same reply does not run the model again. Given the logits transformers.js produced for the
 * reply, it states the largest difference from its own.
 *
 * Deliberately left out: models bigger than a page can hold (the tiny model is a few MB).
 */
import { expose } from 'comlink';
import { pinForInference } from '../model/forward.ts';
import { maxAbsDiff, traceForward, type Trace } from '../model/inspect.ts';
import { inspectPosition, type PositionView } from '../model/inspectPosition.ts';
import { startKernelThreads } from './kernelThreads.ts';
import type { TokenInfo } from './chatTypes.ts';
import { loadModelFolder, modelFromFiles, type TinyModel } from './tinyModel.ts';
import type { QwenConfig } from '../model/config.ts';

/**
 * Where the model's files are: a folder URL ending in '/' (the committed model, a served
 * folder), or the files themselves by their path in the folder (a folder opened from disk).
 */
export type InspectSource =
  { kind: 'url'; base: string } | { kind: 'files'; files: Record<string, Blob> };

export interface InspectModelInfo {
  layers: number;
  heads: number;
  vocab: number;
  contextLength: number;
}

/** The logits transformers.js produced for rows from … from+k−1 of the traced sequence. */
export interface ReferenceLogits {
  from: number;
  /** (k, vocab) */
  rows: Float32Array;
  /** Written while generating the reply, or from one pass over the finished conversation. */
  source: 'generation' | 'prefill';
}

export interface Agreement {
  maxDiff: number;
  rows: number;
  source: ReferenceLogits['source'];
}

export interface InspectResult extends PositionView {
  /** Every token of the sequence, as the page shows it. */
  tokens: TokenInfo[];
  /** The tokens the lens names (and the target), by id. */
  names: Record<number, TokenInfo>;
  agreement: Agreement | null;
  /** The traced forward pass (0 when it was kept from before) and the whole call. */
  traceMs: number;
  totalMs: number;
}

let tiny: TinyModel | null = null;
let kept: { key: string; trace: Trace; agreement: Agreement | null } | null = null;

function tokenInfo(id: number): TokenInfo {
  const v = tiny!.tokenizer.tokenView(id);
  return { id, text: v.text ?? '', hex: v.hex, special: v.special, partial: v.text === null };
}

async function readFolderFiles(files: Record<string, Blob>): Promise<TinyModel> {
  const need = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`the model folder has no ${name}`);
    return f;
  };
  const json = async (name: string) => {
    try {
      return JSON.parse(await need(name).text()) as unknown;
    } catch (e) {
      throw new Error(`${name} is not valid JSON (the file may be damaged)`, { cause: e });
    }
  };
  const onnx = new Uint8Array(await need('onnx/model.onnx').arrayBuffer());
  return modelFromFiles(
    (await json('config.json')) as QwenConfig,
    await json('tokenizer.json'),
    onnx,
  );
}

const api = {
  async load(source: InspectSource): Promise<InspectModelInfo> {
    tiny = null;
    kept = null;
    await startKernelThreads();
    const t =
      source.kind === 'url'
        ? await loadModelFolder(source.base)
        : await readFolderFiles(source.files);
    pinForInference(t.model);
    warmUp(t);
    tiny = t;
    const c = t.config;
    return {
      layers: c.num_hidden_layers,
      heads: c.num_attention_heads,
      vocab: c.vocab_size,
      contextLength: c.max_position_embeddings,
    };
  },

  /**
   * Position `position` of `ids` (the row that predicts ids[position+1]). `reference` is only
   * needed once per sequence: the agreement is kept with the trace.
   */
  inspect(
    ids: number[],
    position: number,
    reference: ReferenceLogits | null = null,
    /** The first position whose logits anyone reads (a reply's first row). */
    logitsFrom = 0,
    around = 3,
  ): InspectResult {
    if (!tiny) throw new Error('the model is not loaded in the Inspect worker yet');
    const t0 = performance.now();
    const key = `${logitsFrom}|${ids.join(',')}`;
    let traceMs = 0;
    if (!kept || kept.key !== key) {
      const trace = traceForward(tiny.model, ids, logitsFrom > 0 ? { logitsFrom } : {});
      traceMs = performance.now() - t0;
      kept = { key, trace, agreement: null };
    }
    const { trace } = kept;
    if (reference) kept.agreement = agreementOf(trace, reference, tiny.config.vocab_size);
    const view = inspectPosition(tiny.model, trace, ids, position, around);
    const names: Record<number, TokenInfo> = {};
    const name = (id: number) => (names[id] ??= tokenInfo(id));
    name(view.target);
    for (const cells of view.lens) for (const c of cells) for (const e of c.top) name(e.id);
    return {
      ...view,
      tokens: ids.map(tokenInfo),
      names,
      agreement: kept.agreement,
      traceMs,
      totalMs: performance.now() - t0,
    };
  },
};

/**
 * One traced pass at the longest length a chat sends (the context, at most 256 tokens), so the
 * first Inspect a visitor opens does not pay for compiling the kernels or growing memory.
 */
function warmUp(t: TinyModel): void {
  const n = Math.min(256, t.config.max_position_embeddings);
  const ids = Array.from({ length: n }, (_, i) => (i * 7919 + 13) % t.config.vocab_size);
  const trace = traceForward(t.model, ids, { logitsFrom: n - 1 });
  inspectPosition(t.model, trace, ids, n - 1);
}

function agreementOf(trace: Trace, ref: ReferenceLogits, V: number): Agreement {
  const k = ref.rows.length / V;
  const i = ref.from - trace.logitsFrom;
  if (!Number.isInteger(k) || i < 0 || ref.from + k > trace.T) {
    throw new Error(`the reference logits (${k} rows from ${ref.from}) do not fit the sequence`);
  }
  const ours = trace.logits.subarray(i * V, (i + k) * V);
  return { maxDiff: maxAbsDiff(ours, ref.rows), rows: k, source: ref.source };
}

export type InspectApi = typeof api;
expose(api);
