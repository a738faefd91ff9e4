/**
 * The Train lab's training step in Chromium against Node, in the same run: the built app
 * served cross-origin isolated (so the lab's worker trains on every core, at most 4 kernel
 * threads) and, as a second pair, served without isolation (one thread). In the page the
 * 1-minute preset is started as a visitor starts it; the run's step and training seconds are
 * read from the lab's data- attributes (Live.tsx) after its first steps (cold: including the
 * training kernels' WebAssembly compile) and again some steps later (warm), then the run is
 * stopped. Node trains the same run (labSteps.worker.ts: the same TrainRun, setup, seed,
 * kernels and thread count, in a fresh thread) once before the page and once after; the mean
 * of the two over exactly the page's steps is the peer.
 *
 * Both sides time TrainRun.step() as the lab runs it, held-out evaluations included (every 10
 * steps; the window ends before the first probe at step 40). The page's saves and progress
 * messages fall between slices and are not counted.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { PRESETS } from '../../src/train/presets.ts';
import type { TrainSetup } from '../../src/train/labRun.ts';
import { withBuiltPage } from './browserHarness.ts';
import { runLabSteps } from './labSteps.worker.ts';
import type { BenchRow } from './types.ts';

/** Steps counted as cold (the first), then the end of the warm window. */
const COLD_STEPS = 4;
const WARM_STEPS = 20;
/** Steps Node trains (the page's window ends a slice or so after COLD + WARM; the first probe,
 * far slower than a step, is at step 40). */
const NODE_STEPS = 36;
const PRESET = '1min';
/** What the lab's Start button trains with its defaults (Panel.tsx, meta.ts). */
const SETUP: TrainSetup = {
  preset: PRESET,
  groups: ['architecture'],
  langs: ['en', 'zh'],
  seed: 1,
};
const LOAD_MS = 120_000;
const STEPS_MS = 300_000;

interface Mark {
  step: number;
  seconds: number;
}

interface PageRun {
  isolated: boolean;
  threads: number;
  cold: Mark;
  warm: Mark;
  /** The tokens/s the lab itself shows at the end of the window. */
  shown: number;
}

/** Waits until the lab's run has done at least `n` steps; its step and training seconds then. */
async function markAt(page: Page, n: number): Promise<Mark> {
  const deadline = Date.now() + STEPS_MS;
  for (;;) {
    // A string, not a function: tsx's name helpers do not exist inside the page (and the
    // page's CSP refuses waitForFunction's eval).
    const m = (await page.evaluate(`(() => {
      const d = document.querySelector('[data-testid="train-stats"]')?.dataset;
      return d ? { step: Number(d.step), seconds: Number(d.seconds), status: d.status } : null;
    })()`)) as (Mark & { status: string }) | null;
    if (m && m.step >= n) return { step: m.step, seconds: m.seconds };
    if (m && m.status !== 'training' && m.step > 0)
      throw new Error(`the lab's run stopped training at step ${m.step} (${m.status})`);
    if (Date.now() > deadline)
      throw new Error(
        `the lab did not reach step ${n} in ${STEPS_MS / 1000} s (at ${m?.step ?? 0})`,
      );
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function trainInPage(url: string, page: Page): Promise<PageRun> {
  page.setDefaultTimeout(LOAD_MS);
  await page.goto(`${url}/#/train`);
  await page.waitForSelector('[data-testid="train-start"]:not([disabled])');
  await page.click(`[data-testid="preset-${PRESET}"]`);
  await page.click('[data-testid="train-start"]');
  const cold = await markAt(page, COLD_STEPS);
  const warm = await markAt(page, cold.step + WARM_STEPS);
  const shown = Number(
    await page.getAttribute('[data-testid="train-stats"]', 'data-tokens-per-second'),
  );
  const threadsEl = page.locator('[data-testid="train-threads"]');
  const threads = Number(await threadsEl.getAttribute('data-threads'));
  const isolated = (await page.evaluate('globalThis.crossOriginIsolated === true')) as boolean;
  await page.click('[data-testid="train-stop"]');
  await page.waitForSelector('[data-testid="train-stats"][data-status="stopped"]');
  return { isolated, threads, cold, warm, shown };
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

/** Rows for one serving of the app (isolated or not): the page's run, then Node's. */
async function measure(isolated: boolean): Promise<BenchRow[]> {
  const label = isolated ? 'cross-origin isolated' : 'not isolated';
  const group = `Train lab, ${PRESET} preset: Chromium (${label}) vs Node`;
  const loadBefore = load();
  // Node once before the page and once after, averaged, so that a change in the machine's
  // load during the page's run weighs on both sides alike.
  const threads = isolated ? Math.min(4, availableParallelism()) : 1;
  const before = await runLabSteps({ setup: SETUP, threads, steps: NODE_STEPS }, STEPS_MS);
  const web = await withBuiltPage(trainInPage, { isolated });
  if (web.threads !== before.threads)
    throw new Error(`the page trained on ${web.threads} threads, Node on ${before.threads}`);
  if (web.warm.step > NODE_STEPS)
    throw new Error(`the page ran past step ${NODE_STEPS} before it was read (${web.warm.step})`);
  const after = await runLabSteps({ setup: SETUP, threads, steps: NODE_STEPS }, STEPS_MS);
  const node = {
    threads: after.threads,
    stepMs: after.stepMs.map((ms, i) => (ms + before.stepMs[i]) / 2),
  };
  const sum = (from: number, to: number, ms = node.stepMs) =>
    ms.slice(from, to).reduce((a, b) => a + b, 0) / 1000;
  const tokensPerStep = PRESETS[PRESET].batch * PRESETS[PRESET].sizes.context;
  const tokS = (steps: number, seconds: number) => (steps * tokensPerStep) / seconds;
  const coldWeb = tokS(web.cold.step, web.cold.seconds);
  const coldNode = tokS(web.cold.step, sum(0, web.cold.step));
  const warmSteps = web.warm.step - web.cold.step;
  const warmWeb = tokS(warmSteps, web.warm.seconds - web.cold.seconds);
  const warmNode = tokS(warmSteps, sum(web.cold.step, web.warm.step));
  const [warmBefore, warmAfter] = [before, after].map((r) =>
    tokS(warmSteps, sum(web.cold.step, web.warm.step, r.stepMs)).toFixed(0),
  );
  const thr = (n: number) => `${n} thread${n === 1 ? '' : 's'}`;
  const note =
    `crossOriginIsolated ${web.isolated}, page ${thr(web.threads)}, Node ${thr(node.threads)}; ` +
    `load average ${loadBefore} before, ${load()} after`;
  return [
    {
      group,
      name: `Chromium, first ${web.cold.step} steps (cold, with the kernels' compile)`,
      value: coldWeb,
      unit: 'tok/s',
      peer: `Node, the same steps (${coldNode.toFixed(0)} tok/s)`,
      ratio: coldWeb / coldNode,
      note,
    },
    {
      group,
      name: `Chromium, steps ${web.cold.step + 1}–${web.warm.step} (warm)`,
      value: warmWeb,
      unit: 'tok/s',
      peer: `Node, the same steps (${warmNode.toFixed(0)} tok/s)`,
      ratio: warmWeb / warmNode,
      note:
        `the lab showed ${web.shown.toFixed(0)} tok/s; Node ${warmBefore} tok/s before the page, ` +
        `${warmAfter} after; ${note}`,
    },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const isolated of [true, false]) {
    try {
      rows.push(...(await measure(isolated)));
    } catch (e) {
      rows.push({
        group: `Train lab, ${PRESET} preset: Chromium (${isolated ? 'cross-origin isolated' : 'not isolated'}) vs Node`,
        name: 'FAILED',
        value: NaN,
        unit: '',
        note: `${(e as Error).message.split('\n')[0]}; load average ${load()}`,
      });
    }
  }
  return rows;
}
