/**
 * The Train lab's worker: trains one run (src/train/labRun.ts) in slices of about 200 ms,
 * posting progress after each slice, so the page never waits on a step; between slices it
 * answers the page (pause, stop, talk, export). It saves the run to IndexedDB every few
 * seconds and whenever it pauses, stops or finishes (runStore.ts). Pause and stop take effect
 * after the step in progress, so a step is never cut in half. Every error it throws is a
 * TrainError (failures.ts): a code the page translates, not English text.
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
import { loadRun, saveRun, type RunMeta, type RunStatus } from './runStore.ts';
import { storageFailure, toFailure, TrainError, type Failure } from './failures.ts';
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
let saveError: Failure | null = null;
let notify: ((u: TrainUpdate) => void) | null = null;

async function fetchJson(url: string): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await fetchWithProgress(url)));
}

/** The committed tiny model's tokenizer (every run shares its vocabulary). */
function tokenizer(): Promise<Tok> {
  tokPromise ??= (async () => {
    const base = modelBase;
    if (!base)
      throw new TrainError({
        code: 'unknown',
        detail: 'the worker was not told where the tokenizer is (init first)',
      });
    const [json, config] = await Promise.all([
      fetchJson(base + 'tokenizer.json'),
      fetchJson(base + 'tokenizer_config.json'),
    ]).catch((e: unknown) => {
      throw new TrainError({ code: 'tokenizer', detail: toFailure(e).detail }, { cause: e });
    });
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

/** The run's record as it is now. */
function metaNow(r: TrainRun, m: RunMeta, status: RunStatus): RunMeta {
  const last = r.curves.curve[r.curves.curve.length - 1];
  return {
    ...m,
    savedAt: Date.now(),
    step: r.stepsDone,
    status,
    lastLoss: last ? last.loss : null,
    hash: r.weightsHash(),
  };
}

/** Saves the open run; a failure is kept in `saveError` (the previous save stays whole). */
async function save(status: RunStatus): Promise<void> {
  const r = run!;
  meta = metaNow(r, meta!, status);
  try {
    await saveRun(meta, r.snapshot());
    lastSaved = meta.savedAt;
    saveError = null;
  } catch (e) {
    saveError = storageFailure(e);
  }
}

/** An allocation that failed (a RangeError) is the browser running out of memory. */
function memoryFailure(e: unknown): unknown {
  return e instanceof RangeError
    ? new TrainError({ code: 'outOfMemory', detail: `${e.name}: ${e.message}` }, { cause: e })
    : e;
}

function memoryCheck(setup: TrainSetup, vocabSize: number): void {
  const p = PRESETS[setup.preset];
  const config = tinyConfig(p.sizes, vocabSize, 0);
  const bytes = trainBytes(config, p.batch, p.sizes.context);
  const deviceGiB = (navigator as { deviceMemory?: number }).deviceMemory;
  if (!fitsDevice(bytes, deviceGiB))
    throw new TrainError({
      code: 'presetMemory',
      params: { mb: Math.round(bytes / 2 ** 20), gb: deviceGiB! },
    });
}

function create(setup: TrainSetup, t: Tok, saved?: Parameters<typeof TrainRun.create>[4]) {
  memoryCheck(setup, t.vocabSize);
  try {
    return TrainRun.create(setup, t.tok, t.sp, t.vocabSize, saved);
  } catch (e) {
    throw memoryFailure(e);
  }
}

const noRun = () => new TrainError({ code: 'noRun' });

/**
 * Makes `next` the open run and gives the previous one's buffers in wasm memory back
 * (labRun.ts `release`), unless a training loop may still be using it.
 */
function setRun(next: TrainRun | null): void {
  if (run && run !== next && !training) run.release();
  run = next;
}

const api = {
  /** Starts the kernel helper threads; resolves to the thread count and isolation. */
  async init(base: string): Promise<{ threads: number; isolated: boolean }> {
    modelBase = base;
    threads = await startKernelThreads();
    return { threads, isolated: !!globalThis.crossOriginIsolated };
  },

  /**
   * A new run: prepares its data and saves step 0. It becomes the open run only once saved:
   * when it is refused (memory) or cannot be saved (quota), the open run stays as it was.
   */
  async create(
    id: string,
    setup: TrainSetup,
    onUpdate: (u: TrainUpdate) => void,
  ): Promise<TrainUpdate> {
    const t = await tokenizer();
    const r = create(setup, t);
    const now = Date.now();
    const m = metaNow(
      r,
      {
        id,
        createdAt: now,
        savedAt: now,
        setup,
        step: 0,
        total: r.total,
        status: 'paused',
        lastLoss: null,
        hash: '',
      },
      'paused',
    );
    try {
      await saveRun(m, r.snapshot());
    } catch (e) {
      r.release();
      throw new TrainError(storageFailure(e), { cause: e });
    }
    setRun(r);
    meta = m;
    notify = onUpdate;
    emaStep = 0;
    lastSaved = m.savedAt;
    saveError = null;
    return update('paused');
  },

  /** Opens a saved run where it stopped (not training until `train`). */
  async open(id: string, onUpdate: (u: TrainUpdate) => void): Promise<TrainUpdate> {
    const t = await tokenizer();
    let saved;
    try {
      saved = await loadRun(id);
    } catch (e) {
      throw new TrainError(storageFailure(e), { cause: e });
    }
    if (!saved) throw new TrainError({ code: 'runGone' });
    setRun(create(saved.meta.setup, t, saved.state));
    meta = saved.meta;
    notify = onUpdate;
    emaStep = 0;
    lastSaved = saved.meta.savedAt;
    saveError = null;
    return update(saved.meta.status === 'training' ? 'paused' : saved.meta.status);
  },

  /** Trains until done, paused or stopped; resolves to the final update. */
  async train(): Promise<TrainUpdate> {
    if (!run || !meta) throw noRun();
    if (training) throw new TrainError({ code: 'alreadyTraining' });
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
    } catch (e) {
      // A step that failed half-way may have left the weights half-updated: the run is closed,
      // so it is never saved like that; its last save stays as it was, to be opened again.
      training = false;
      setRun(null);
      meta = null;
      const f = memoryFailure(e);
      throw f instanceof TrainError ? f : new TrainError(toFailure(e), { cause: e });
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
    if (!run) throw noRun();
    await save('stopped');
    return update('stopped');
  },

  /**
   * The model as it is now, sampled: `chat` wraps the prompt as a user turn (ChatML) and
   * stops at <|im_end|>; `text` continues the text as pretraining taught.
   */
  async talk(prompt: string, mode: 'chat' | 'text', temperature: number, seed: number) {
    if (!run) throw noRun();
    const { tok, sp } = await tokenizer();
    const text = mode === 'chat' ? renderChatML([{ role: 'user', content: prompt }], true) : prompt;
    const ids = tok.encode(text, { allowedSpecial: mode === 'chat' ? 'all' : ([] as string[]) });
    if (ids.length === 0) throw new TrainError({ code: 'emptyPrompt' });
    const room = run.config.max_position_embeddings - ids.length;
    if (room < 1)
      throw new TrainError({
        code: 'promptTooLong',
        params: { max: run.config.max_position_embeddings },
      });
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
    if (!run) throw noRun();
    const t = await tokenizer();
    return Object.fromEntries(labFolderFiles(run, t.sp.imEnd, t.json, t.config));
  },

  /** The same folder as one zip (stored under `folder/`). */
  async exportZip(folder: string): Promise<Uint8Array> {
    if (!run) throw noRun();
    const t = await tokenizer();
    return zipFolder(labFolderFiles(run, t.sp.imEnd, t.json, t.config), folder);
  },
};

export type TrainApi = typeof api;
expose(api);
