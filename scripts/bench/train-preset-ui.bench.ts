/**
 * The Train lab's three presets, each a whole run in Chromium as a visitor starts it: the built
 * app served cross-origin isolated (the lab trains on every core), the default themes and
 * languages, the preset, Start, then wait until the run is done. Rows per preset: the training
 * time the lab shows against the preset's promise (about 1, 5 or 20 minutes: within a quarter
 * of it either way), and how many of its probe questions (held-out questions of the picked
 * topics, Chinese and English, never trained on) the finished model answers on topic, read from
 * the lab's last probe point (issue 15's goal for the 5-minute preset: at least 5).
 *
 * The run is the lab's own: pretraining, SFT, held-out loss and probes as it goes; saves and
 * progress messages fall between slices and are not counted in the seconds the lab shows. The
 * three runs take about 26 minutes; `TRAIN_PRESETS=1min,5min npm run bench -- train-preset-ui` runs
 * only those.
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { PRESET_IDS, PRESETS, presetSteps, type PresetId } from '../../src/train/presets.ts';
import { withBuiltPage } from './browserHarness.ts';
import type { BenchRow } from './types.ts';

const LOAD_MS = 120_000;
/** "About" N minutes: within this fraction of N either way. */
const SLACK = 0.25;
/** Probe questions on topic the 5-minute preset must reach. */
const GOAL_PROBES = 5;

interface Finished {
  step: number;
  seconds: number;
  ok: number;
  total: number;
  threads: number;
}

async function trainWhole(url: string, page: Page, preset: PresetId): Promise<Finished> {
  page.setDefaultTimeout(LOAD_MS);
  await page.goto(`${url}/#/train`);
  await page.waitForSelector('[data-testid="train-start"]:not([disabled])');
  await page.click(`[data-testid="preset-${preset}"]`);
  await page.click('[data-testid="train-start"]');
  // a run that has not finished after three times its promise has failed the bench
  const runMs = 3 * PRESETS[preset].minutes * 60_000;
  const deadline = Date.now() + runMs;
  for (;;) {
    // A string, not a function: tsx's name helpers do not exist inside the page.
    const d = (await page.evaluate(`(() => {
      const d = document.querySelector('[data-testid="train-stats"]')?.dataset;
      return d ? { ...d } : null;
    })()`)) as Record<string, string> | null;
    if (d?.status === 'done') {
      const threads = await page
        .locator('[data-testid="train-threads"]')
        .getAttribute('data-threads');
      return {
        step: Number(d.step),
        seconds: Number(d.seconds),
        ok: Number(d.probeOk),
        total: Number(d.probeTotal),
        threads: Number(threads),
      };
    }
    if (d && d.status !== 'training' && Number(d.step) > 0)
      throw new Error(`the lab's run stopped at step ${d.step} (${d.status})`);
    if (Date.now() > deadline)
      throw new Error(`the run did not finish in ${runMs / 60_000} min (at step ${d?.step})`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // TRAIN_PRESETS=1min,5min runs only those
  const only = process.env.TRAIN_PRESETS?.split(',');
  for (const preset of PRESET_IDS.filter((id) => !only || only.includes(id))) {
    const group = `Train lab, ${preset} preset: a whole run in Chromium (cross-origin isolated)`;
    const promise = PRESETS[preset].minutes;
    const before = loadavg()[0];
    const r = await withBuiltPage((url, page) => trainWhole(url, page, preset), {
      isolated: true,
    });
    const minutes = r.seconds / 60;
    const note =
      `${r.step} steps (${presetSteps(PRESETS[preset])} in the preset) on ${r.threads} threads; ` +
      `load average ${before.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`;
    const [lo, hi] = [promise * (1 - SLACK), promise * (1 + SLACK)];
    rows.push(
      {
        group,
        name: 'training time the lab shows',
        value: minutes,
        unit: 'min',
        peer: `the preset's promise (about ${promise} min)`,
        ratio: minutes / promise,
        goal: `${lo}–${hi} min`,
        met: minutes >= lo && minutes <= hi,
        note,
      },
      {
        group,
        name: `probe questions answered on topic at the end (of ${r.total})`,
        value: r.ok,
        unit: 'questions',
        ...(preset === '5min' ? { goal: `≥ ${GOAL_PROBES}`, met: r.ok >= GOAL_PROBES } : {}),
        note: 'held-out questions of the picked topics, English and Chinese, greedy replies',
      },
    );
  }
  return rows;
}
