/**
 * Every async failure ends: with a lab's worker script missing (a 404, as a broken deployment
 * or a blocked file gives) or throwing as it starts, each spinner ends in a readable error with
 * Retry, and Retry with the script back computes what the spinner waited for. The tokenizer's
 * message says what happened instead of guessing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useBrowser, waitForChart } from './browser.ts';

const browser = useBrowser();

/** Answers a worker script with a 404 while `broken.on`; the page is opened on `hash` after. */
async function withMissingWorker(page: Page, name: string, hash: string) {
  const broken = { on: true };
  await page.route(`**/${name}.worker-*.js`, (route) =>
    broken.on
      ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
      : route.continue(),
  );
  await page.evaluate((h) => (location.hash = h), hash);
  return broken;
}

/** The error in `scope`: readable (names the failed start), with one Retry button. */
async function expectErrorWithRetry(page: Page, scope: string) {
  const error = page.locator(`${scope} [data-testid="panel-error"]`).first();
  await error.waitFor();
  expect(await error.textContent()).toMatch(/could not start|did not load/);
  const retry = error.locator('button');
  expect(await retry.count()).toBe(1);
  return retry;
}

describe('a missing or failing worker ends in an error with Retry', () => {
  it('Norm & FFN: "Computing…" and "Running the model…" end, and Retry computes both', () =>
    browser.withPage('', { allow: 'model-404s' }, async (page) => {
      const broken = await withMissingWorker(page, 'norm', '#/norm?run=1');
      const stackRetry = await expectErrorWithRetry(page, '#norm-prepost');
      await expectErrorWithRetry(page, '#norm-inside');
      expect(await page.locator('#norm-prepost .spinner').count()).toBe(0);
      await screenshot(page, 'worker-missing-norm');
      broken.on = false;
      await stackRetry.click();
      await waitForChart(page, 'chart-act-depth');
      // One worker serves both figures: the model view recovers with the same restart.
      await waitForChart(page, 'chart-residual');
      expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
    }));

  it('says it in the page language: a worker that cannot start, in Chinese', () =>
    browser.withPage('', { allow: 'model-404s', locale: 'zh-CN' }, async (page) => {
      await withMissingWorker(page, 'norm', '#/norm');
      const error = page.locator('#norm-prepost [data-testid="panel-error"]').first();
      await error.waitFor();
      expect(await error.textContent()).toContain('后台线程（worker）无法启动');
      expect(await error.locator('button').count()).toBe(1);
    }));

  it('Long context: "Timing… 0 of 6 lengths" ends, and Retry times the lengths', () =>
    browser.withPage('', { allow: 'model-404s' }, async (page) => {
      const broken = await withMissingWorker(page, 'longContext', '#/long-context?kvrun=1');
      const retry = await expectErrorWithRetry(page, '#lc-kv');
      broken.on = false;
      await retry.click();
      await waitForChart(page, 'chart-kv');
      expect(await page.locator('#lc-kv [data-testid="panel-error"]').count()).toBe(0);
    }));

  it('Model: the next-token error has a Retry that computes the distribution', () =>
    browser.withPage('', { allow: 'model-404s' }, async (page) => {
      const broken = await withMissingWorker(page, 'nextToken', '#/model');
      const retry = await expectErrorWithRetry(page, '#model-next');
      broken.on = false;
      await retry.click();
      await page.waitForSelector('[data-testid="top-row"]');
    }));

  it('RoPE: the entropy error has a Retry that draws the chart', () =>
    browser.withPage('', { allow: 'model-404s' }, async (page) => {
      const broken = await withMissingWorker(page, 'entropy', '#/rope');
      const retry = await expectErrorWithRetry(page, '');
      broken.on = false;
      await retry.click();
      await waitForChart(page, 'chart-entropy');
      expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
    }));

  it('Alignment: the PPO error has a Retry that runs PPO', () =>
    browser.withPage('', { allow: 'model-404s' }, async (page) => {
      const broken = await withMissingWorker(page, 'ppo', '#/alignment');
      const retry = await expectErrorWithRetry(page, '#ppo');
      broken.on = false;
      await retry.click();
      await waitForChart(page, 'chart-ppo-policy');
      expect(await page.locator('#ppo [data-testid="panel-error"]').count()).toBe(0);
    }));

  it('Tokenizer: the worker error says what happened, not a guess about memory', () =>
    browser.withPage('', { allow: 'model-404s' }, async (page) => {
      await withMissingWorker(page, 'tokenizer', '#/tokenizer');
      const error = page.locator('[data-testid="panel-error"]').first();
      await error.waitFor();
      const message = (await error.textContent()) ?? '';
      expect(message).toMatch(/could not start|did not load/);
      expect(message).not.toMatch(/memory/i);
      expect(await error.locator('button').count()).toBe(1);
    }));
});
