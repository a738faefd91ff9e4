/**
 * Offline after the first visit, in a real Chromium: the site is served by a server of its own
 * (cross-origin isolated, like `npm run preview`), the visit lets the service worker take
 * control and uses every lab once; then the server is shut down and the browser set offline,
 * and after a reload every lab still renders, the tokenizer tokenizes and the chat answers.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOAD_TIMEOUT, useBrowser, waitForChart } from './browser.ts';
import { ask, ready, replyDone, lastReply, trainingExample } from './chatHelpers.ts';
import { serveStatic } from './server.ts';

const browser = useBrowser();
let server: Server;
let url = '';

beforeAll(async () => {
  ({ server, url } = await serveStatic([{ prefix: '/', dir: 'dist' }], 0, { isolated: true }));
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const TEXT = 'Hello, 通义千问!';

/** Each lab at a link, and what shows that its main content works. */
const LABS: [string, (page: Page) => Promise<void>][] = [
  ['#/', (p) => p.waitForSelector('nav.site-nav a[href="#/chat"]').then(() => {})],
  [
    `#/tokenizer?${new URLSearchParams({ text: TEXT, vocabs: 'qwen,cl100k' })}`,
    async (p) => {
      for (const i of [0, 1]) {
        const count = p.locator(`[data-testid="column-${i}"] [data-testid="token-count"]`);
        await expect
          .poll(() => count.textContent().catch(() => ''), { timeout: LOAD_TIMEOUT })
          .toMatch(/^[1-9]\d*$/);
      }
    },
  ],
  ['#/model?model=tiny&block=attn', (p) => p.waitForSelector('[data-testid="attn-heads"]').then()],
  ['#/rope', (p) => waitForChart(p, 'chart-decay')],
  ['#/norm', (p) => waitForChart(p, 'chart-norms')],
  ['#/long-context', (p) => p.waitForSelector('[data-testid="kv-memory"]').then()],
  ['#/alignment', (p) => p.waitForSelector('[data-testid="token-chips"] li').then()],
  [
    '#/chat?temp=0&rep=1&max=200',
    async (p) => {
      await ready(p);
      const ex = trainingExample();
      await p.fill('[data-testid="system-prompt"]', ex.system);
      await ask(p, ex.question);
      await replyDone(p);
      expect((await lastReply(p)).trim()).toBe(ex.answer);
      await p.click('[data-testid="clear"]');
    },
  ],
];

/** Opens a lab by its link (a hash change: no request) and waits for its main content. */
async function useEveryLab(page: Page) {
  for (const [hash, works] of LABS) {
    await page.evaluate((h) => (location.hash = h), hash);
    await works(page);
    expect(await page.locator('[data-testid="panel-error"]').count(), hash).toBe(0);
  }
}

describe('offline', () => {
  it('after a first visit, every lab works with the server gone and the browser offline', () =>
    browser.withPage('', { baseUrl: url, serviceWorkers: true }, async (page) => {
      const status = page.locator('[data-testid="offline-status"]');
      await expect
        .poll(() => status.getAttribute('data-status'), { timeout: LOAD_TIMEOUT })
        .toBe('ready');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      expect(await status.textContent()).toContain('Available offline');
      // The first visit: every lab once, so what each loads is kept.
      await useEveryLab(page);

      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await page.context().setOffline(true);
      await page.reload();
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      await expect
        .poll(() => status.getAttribute('data-status'), { timeout: LOAD_TIMEOUT })
        .toBe('ready');
      await useEveryLab(page);

      // The offline copy can be removed: the control says so.
      await page.click('[data-testid="offline-status"] summary');
      await page.click('[data-testid="offline-clear"]');
      await expect.poll(() => status.getAttribute('data-status')).toBe('cleared');
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
    }));

  it('offers a new build with a prompt, and reloads into it when the visitor accepts', async () => {
    // A copy of the build that can be "deployed" again while the page is open.
    const dir = mkdtempSync(join(tmpdir(), 'qip-deploy-'));
    cpSync('dist', dir, { recursive: true });
    const own = await serveStatic([{ prefix: '/', dir }], 0, { isolated: true });
    try {
      await browser.withPage('#/rope', { baseUrl: own.url, serviceWorkers: true }, async (page) => {
        const status = page.locator('[data-testid="offline-status"]');
        await expect
          .poll(() => status.getAttribute('data-status'), { timeout: LOAD_TIMEOUT })
          .toBe('ready');
        expect(await page.locator('[data-testid="update-prompt"]').count()).toBe(0);

        // A new build: its service worker differs; the browser finds it on its next check.
        appendFileSync(join(dir, 'sw.js'), '\n// a new build\n');
        await page.evaluate(async () =>
          (await navigator.serviceWorker.getRegistration())?.update(),
        );
        const prompt = page.locator('[data-testid="update-prompt"]');
        await prompt.waitFor();
        expect(await prompt.textContent()).toContain('A new version of the playground is ready.');
        const reloaded = page.waitForEvent('load');
        await page.click('[data-testid="update-reload"]');
        await reloaded;
        await waitForChart(page, 'chart-decay');
        await expect
          .poll(() => status.getAttribute('data-status'), { timeout: LOAD_TIMEOUT })
          .toBe('ready');
        expect(await prompt.count()).toBe(0);
        const waiting = await page.evaluate(
          async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
        );
        expect(waiting).toBeNull();
      });
    } finally {
      own.server.closeAllConnections();
      own.server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
