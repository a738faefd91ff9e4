/**
 * The Train lab when things go wrong, as the visitor reads it: a full storage quota (IndexedDB
 * writes refused inside the training worker) shows why saving failed while training goes on,
 * refuses a new run without touching the open one, and a reload finds the last good save; a
 * preset too big for the device's memory is refused in Chinese and creates no run; and with
 * three saved runs a fourth is refused until one is deleted.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PRESETS, presetSteps, trainBytes } from '../../src/train/presets.ts';
import { tinyConfig } from '../../src/model/tiny.ts';
import { LOAD_TIMEOUT, text, useBrowser } from './browser.ts';
import {
  copySavedRun,
  labReady,
  pause,
  runItems,
  startRun,
  step,
  trainWorker,
  WAIT,
} from './trainHelpers.ts';

/** The 1-minute preset's steps, as the run list shows them. */
const ONE_MIN_STEPS = presetSteps(PRESETS['1min']);

const browser = useBrowser();

/** The committed tokenizer's vocabulary: 3,000 BPE tokens and 3 special ones. */
const VOCAB = 3003;

/** From now on every IndexedDB write in the training worker fails as a full quota does. */
async function fillQuota(page: Page) {
  await trainWorker(page).evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** The sentence of the lab's error box (what failed and why). */
const errorText = (page: Page) =>
  page.locator('[data-testid="train-error"] [data-testid="failure-text"]');

describe('Train lab failures', () => {
  it('a full storage quota: says so, trains on, refuses a new run and keeps the last good save', () =>
    browser.withPage('#/train', async (page) => {
      await startRun(page, 5);
      await pause(page); // a pause saves
      const saved = await step(page);
      expect(await text(page, 'run-list')).toContain(`step ${saved} of ${ONE_MIN_STEPS} · paused`);

      await fillQuota(page);
      await page.click('[data-testid="train-resume"]');
      // the save every few seconds fails: the visitor is told why, and training goes on
      const notice = page.locator('[data-testid="save-error"]');
      await notice.waitFor(WAIT);
      expect(await notice.textContent()).toBe(
        'Saving failed: the browser has no room left for this site (its storage quota is used up); ' +
          'delete a saved run or free some disk space. Training goes on; the last good save is kept.',
      );
      const failedAt = await step(page);
      await expect.poll(() => step(page), { timeout: LOAD_TIMEOUT }).toBeGreaterThan(failedAt);
      await pause(page);
      const pausedAt = await step(page);
      const fingerprint = (await text(page, 'weights-hash'))!;
      expect(await notice.count()).toBe(1); // the pause's save failed too

      // a new run cannot be saved either: it is refused, and the open run stays open as it was
      await page.click('[data-testid="train-start"]');
      await errorText(page).waitFor(WAIT);
      expect(await errorText(page).textContent()).toBe(
        'The new run was not started: the browser has no room left for this site (its storage ' +
          'quota is used up); delete a saved run or free some disk space. Your saved runs are as they were.',
      );
      expect(await step(page)).toBe(pausedAt);
      expect(await text(page, 'weights-hash')).toBe(fingerprint);
      expect(await runItems(page).count()).toBe(1);
      // and it trains on from its own step (not a new run's first steps)
      await page.click('[data-testid="train-resume"]');
      await expect.poll(() => step(page), { timeout: LOAD_TIMEOUT }).not.toBe(pausedAt);
      expect(await step(page)).toBeGreaterThan(pausedAt);
      await pause(page);

      // after a reload (a fresh worker) the run is there as it was last saved
      await page.reload();
      await page.waitForSelector('[data-testid="train-resume"]', WAIT);
      expect(await step(page)).toBe(saved);
      expect(await runItems(page).count()).toBe(1);
      expect(await text(page, 'run-list')).toContain(`step ${saved} of ${ONE_MIN_STEPS} · paused`);
      expect(await page.locator('[data-testid="save-error"]').count()).toBe(0);
    }));

  it('refuses a preset too big for the device, in Chinese, creates no run, and a smaller one trains', () =>
    browser.withPage('#/train', { locale: 'zh-CN' }, async (page) => {
      // the worker reads navigator.deviceMemory: say the smallest a browser reports, 0.25 GB,
      // of which a tab may use a quarter (64 MB)
      const smallDevice = () =>
        trainWorker(page).evaluate(() =>
          Object.defineProperty(navigator, 'deviceMemory', { value: 0.25, configurable: true }),
        );
      const mb = (id: '1min' | '5min') => {
        const p = PRESETS[id];
        const bytes = trainBytes(tinyConfig(p.sizes, VOCAB, 0), p.batch, p.sizes.context);
        return Math.round(bytes / 2 ** 20);
      };
      expect(mb('5min')).toBeGreaterThan(64);
      expect(mb('1min')).toBeLessThan(64);

      await labReady(page);
      await smallDevice();
      await page.click('[data-testid="preset-5min"]');
      await page.click('[data-testid="train-start"]');
      await errorText(page).waitFor(WAIT);
      expect(await errorText(page).textContent()).toBe(
        `没有开始新的训练：这个预设大约需要 ${mb('5min')} MB 内存，超出了本设备能腾出的量（设备共有 0.25 GB 内存）；请选一个更小的预设。已保存的训练保持原样。`,
      );
      expect(await page.locator('[data-testid="train-step"]').count()).toBe(0);
      expect(await page.textContent('main')).toContain('还没有保存的训练');
      await page.click('[data-testid="train-error"] button'); // 关闭
      expect(await page.locator('[data-testid="train-error"]').count()).toBe(0);

      await page.reload();
      await labReady(page);
      expect(await page.textContent('main')).toContain('还没有保存的训练');

      // the smaller preset fits the same device and trains
      await smallDevice();
      await startRun(page, 1);
      expect(await page.locator('[data-testid="train-error"]').count()).toBe(0);
      await pause(page);
      expect(await runItems(page).count()).toBe(1);
      expect(await text(page, 'run-list')).toContain('约 1 分钟');
    }));

  it('keeps at most three runs: a fourth is refused until one is deleted', () =>
    browser.withPage('#/train', async (page) => {
      await startRun(page, 1);
      await pause(page);
      await copySavedRun(page, 2);
      await page.reload();
      await page.waitForSelector('[data-testid="train-resume"]', WAIT);
      expect(await runItems(page).count()).toBe(3);
      const openAt = await step(page);

      await page.click('[data-testid="train-start"]');
      await errorText(page).waitFor(WAIT);
      expect(await errorText(page).textContent()).toBe(
        'The new run was not started: this lab keeps at most 3 runs; delete one to start a new one. ' +
          'Your saved runs are as they were.',
      );
      expect(await runItems(page).count()).toBe(3);
      expect(await step(page)).toBe(openAt); // the open run is still open

      // delete the oldest copy: now a new run starts, and the error is gone
      await runItems(page).nth(2).locator('[data-testid="run-delete"]').click();
      await expect.poll(() => runItems(page).count(), WAIT).toBe(2);
      await page.click('[data-testid="train-start"]');
      await page.waitForSelector('[data-testid="train-pause"]', WAIT);
      expect(await page.locator('[data-testid="train-error"]').count()).toBe(0);
      await expect.poll(() => runItems(page).count(), WAIT).toBe(3);
      await pause(page);
      expect(await runItems(page).count()).toBe(3);
    }));
});
