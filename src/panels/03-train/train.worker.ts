/**
 * The Train lab's worker: trains one run (src/train/labRun.ts) in slices of about 200 ms,
 * posting progress after each slice, so the page never waits on a step; between slices it
 * answers the page (pause, stop, talk, export). It saves the run to IndexedDB every few
 * seconds and whenever it pauses, stops or finishes (runStore.ts). Pause and stop take effect
 * after the step in progress, so a step is never cut in half.
 *
 * Deliberately left out: more than one run at a time (one worker trains one run).
 */
import { expose } from 'comlink';
import { BpeTokenizer, loadHfTokenizerJson } from '../../kernels/bpe/index.ts';
import { labFolderFiles, zipFolder } from '../../train/labExport.ts';
import { generate } from '../../model/sampling.ts';
import { renderChatML } from '../../corpus/build.ts';
import { startKernelThreads } from '../../runtime/kernelThreads.ts';
import { fetchWithProgress } from '../../runtime/fetchWithProgress.ts';
import type { SpecialIds } from '../../train/data.ts';
import { TrainRun, type TrainSetup } from '../../train/labRun.ts';
import { fitsDevice, PRESETS, trainBytes } from '../../train/presets.ts';
import { tinyConfig } from '../../model/tiny.ts';
import { loadRun, saveRun, storageError, type RunMeta, type RunStatus } from './runStore.ts';
import type { TrainUpdate } from './trainTypes.ts';

/** Milliseconds of training between two progress messages, and between two saves. */
const SLICE_MS = 200;
const SAVE_MS = 4000;

interface Tok {
  tok: BpeTokenizer;
  sp: SpecialIds;
  vocabSize: number;
  json: unknown;
  config: Record<string, unknown>;
}
let tokPromise: Promise<Tok> | null = null;
/** The committed model's folder as an absolute URL (the page knows the site's base path). */
let modelBase = '';
let threads = 1;
let run: TrainRun | null = null;
let meta: RunMeta | null = null;
let request: 'pause' | 'stop' | null = null;
let training = false;
let emaStep = 0;
let lastSaved: number | null = null;
let saveError: string | null = null;
let notify: ((u: TrainUpdate) => void) | null = null;

async function fetchJson(url: string): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await fetchWithProgress(url)));
}

/** The committed tiny model's tokenizer (every run shares its vocabulary). */
function tokenizer(): Promise<Tok> {
  tokPromise ??= (async () => {
    const base = modelBase;
    if (!base) throw new Error('the worker was not told where the tokenizer is (init first)');
    const [json, config] = await Promise.all([
      fetchJson(base + 'tokenizer.json'),
      fetchJson(base + 'tokenizer_config.json'),
    ]);
    const vocab = loadHfTokenizerJson(json);
    const tok = new BpeTokenizer(vocab);
    const id = (t: string) => tok.encode(t, { allowedSpecial: 'all' })[0];
    const sp = {
      endOfText: id('<|endoftext|>'),
      imStart: id('<|im_start|>'),
      imEnd: id('<|im_end|>'),
    };
    return { tok, sp, vocabSize: vocab.size, json, config: config as Record<string, unknown> };
  })().catch((e) => {
    tokPromise = null;
    throw e;
  });
  return tokPromise;
}

function update(status: RunStatus): TrainUpdate {
  const r = run!;
  return {
    runId: meta!.id,
    setup: r.setup,
    status,
    step: r.stepsDone,
    total: r.total,
    phase: r.phase,
    seconds: r.seconds,
    tokensPerSecond: emaStep > 0 ? r.tokensPerStep / emaStep : null,
    etaSeconds: emaStep > 0 ? emaStep * (r.total - r.stepsDone) : null,
    hash: r.weightsHash(),
    ...r.curves,
    counts: r.data.counts,
    params: r.trainer.params.length,
    threads,
    savedAt: lastSaved,
    saveError,
  };
}

async function save(status: RunStatus): Promise<void> {
  const r = run!;
  const last = r.curves.curve[r.curves.curve.length - 1];
  meta = {
    ...meta!,
    savedAt: Date.now(),
    step: r.stepsDone,
    status,
    lastLoss: last ? last.loss : null,
    hash: r.weightsHash(),
  };
  try {
    await saveRun(meta, r.snapshot());
    lastSaved = meta.savedAt;
    saveError = null;
  } catch (e) {
    saveError = storageError(e);
  }
}

function memoryCheck(setup: TrainSetup, vocabSize: number): void {
  const p = PRESETS[setup.preset];
  const config = tinyConfig(p.sizes, vocabSize, 0);
  const bytes = trainBytes(config, p.batch, p.sizes.context);
  const deviceGiB = (navigator as { deviceMemory?: number }).deviceMemory;
  if (!fitsDevice(bytes, deviceGiB))
    throw new Error(
      `this preset needs about ${Math.round(bytes / 2 ** 20)} MB, more than this device can spare (${deviceGiB} GB in all); pick a smaller preset`,
    );
}

function create(setup: TrainSetup, t: Tok, saved?: Parameters<typeof TrainRun.create>[4]) {
  memoryCheck(setup, t.vocabSize);
  try {
    return TrainRun.create(setup, t.tok, t.sp, t.vocabSize, saved);
  } catch (e) {
    if (e instanceof RangeError)
      throw new Error('the browser could not give this run enough memory; pick a smaller preset', {
        cause: e,
      });
    throw e;
  }
}

const api = {
  /** Starts the kernel helper threads; resolves to the thread count and isolation. */
  async init(base: string): Promise<{ threads: number; isolated: boolean }> {
    modelBase = base;
    threads = await startKernelThreads();
    return { threads, isolated: !!globalThis.crossOriginIsolated };
  },

  /** A new run: prepares its data and saves step 0. */
  async create(
    id: string,
    setup: TrainSetup,
    onUpdate: (u: TrainUpdate) => void,
  ): Promise<TrainUpdate> {
    const t = await tokenizer();
    run = create(setup, t);
    const now = Date.now();
    meta = {
      id,
      createdAt: now,
      savedAt: now,
      setup,
      step: 0,
      total: run.total,
      status: 'paused',
      lastLoss: null,
      hash: '',
    };
    notify = onUpdate;
    emaStep = 0;
    lastSaved = null;
    saveError = null;
    await save('paused');
    if (saveError) throw new Error(`the run could not be saved: ${saveError}`);
    return update('paused');
  },

  /** Opens a saved run where it stopped (not training until `train`). */
  async open(id: string, onUpdate: (u: TrainUpdate) => void): Promise<TrainUpdate> {
    const t = await tokenizer();
    let saved;
    try {
      saved = await loadRun(id);
    } catch (e) {
      throw new Error(`the saved run could not be read: ${storageError(e)}`, { cause: e });
    }
    if (!saved) throw new Error('this run is no longer saved in this browser');
    run = create(saved.meta.setup, t, saved.state);
    meta = saved.meta;
    notify = onUpdate;
    emaStep = 0;
    lastSaved = saved.meta.savedAt;
    saveError = null;
    return update(saved.meta.status === 'training' ? 'paused' : saved.meta.status);
  },

  /** Trains until done, paused or stopped; resolves to the final update. */
  async train(): Promise<TrainUpdate> {
    if (!run || !meta) throw new Error('no run is open');
    if (training) throw new Error('the run is already training');
    training = true;
    request = null;
    let lastSave = performance.now();
    try {
      while (!run.done && request === null) {
        const t0 = performance.now();
        const n = run.runFor(SLICE_MS, () => request !== null);
        const dt = (performance.now() - t0) / 1000 / Math.max(1, n);
        emaStep = emaStep === 0 ? dt : 0.8 * emaStep + 0.2 * dt;
        if (performance.now() - lastSave > SAVE_MS) {
          await save('training');
          lastSave = performance.now();
        }
        notify?.(update('training'));
        // let the page's messages (pause, stop, talk) in between slices
        await new Promise((r) => setTimeout(r, 0));
      }
      const status: RunStatus = run.done ? 'done' : request === 'stop' ? 'stopped' : 'paused';
      await save(status);
      const u = update(status);
      notify?.(u);
      return u;
    } finally {
      training = false;
      request = null;
    }
  },

  pause(): void {
    if (training) request = 'pause';
  },
  stop(): void {
    if (training) request = 'stop';
  },

  /** Marks a paused run as stopped (ended early; it can still talk and be exported). */
  async finish(): Promise<TrainUpdate> {
    if (!run) throw new Error('no run is open');
    await save('stopped');
    return update('stopped');
  },

  /**
   * The model as it is now, sampled: `chat` wraps the prompt as a user turn (ChatML) and
   * stops at <|im_end|>; `text` continues the text as pretraining taught.
   */
  async talk(prompt: string, mode: 'chat' | 'text', temperature: number, seed: number) {
    if (!run) throw new Error('no run is open');
    const { tok, sp } = await tokenizer();
    const text = mode === 'chat' ? renderChatML([{ role: 'user', content: prompt }], true) : prompt;
    const ids = tok.encode(text, { allowedSpecial: mode === 'chat' ? 'all' : ([] as string[]) });
    if (ids.length === 0) throw new Error('type a prompt first');
    const room = run.config.max_position_embeddings - ids.length;
    if (room < 1)
      throw new Error(
        `the prompt is longer than this model's context (${run.config.max_position_embeddings} tokens)`,
      );
    const r = generate(run.trainer.model, ids, {
      maxNewTokens: Math.min(80, room),
      temperature,
      seed,
      stopIds: [sp.imEnd, sp.endOfText],
    });
    const out = r.stopReason === 'stop' ? r.ids.slice(0, -1) : r.ids;
    return { reply: tok.decode(out), step: run.stepsDone, stopped: r.stopReason === 'stop' };
  },

  /** The Hugging Face folder of the model as it is now: path → bytes. */
  async exportFiles(): Promise<Record<string, Uint8Array>> {
    if (!run) throw new Error('no run is open');
    const t = await tokenizer();
    return Object.fromEntries(labFolderFiles(run, t.sp.imEnd, t.json, t.config));
  },

  /** The same folder as one zip (stored under `folder/`). */
  async exportZip(folder: string): Promise<Uint8Array> {
    if (!run) throw new Error('no run is open');
    const t = await tokenizer();
    return zipFolder(labFolderFiles(run, t.sp.imEnd, t.json, t.config), folder);
  },
};

export type TrainApi = typeof api;
expose(api);
