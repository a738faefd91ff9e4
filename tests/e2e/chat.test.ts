/**
 * The chat lab in a real Chromium, with the committed tiny model served by the app: greedy
 * answers to training questions, streaming, stop, regenerate, persistence, broken model files,
 * XSS, rapid send/stop, and the "real Qwen" path against a Hub layout served on localhost.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, screenshot, useBrowser } from './browser.ts';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';
import { ask, fault, ready, replies, trainingExample } from './chatHelpers.ts';

const browser = useBrowser();

describe('chat', () => {
  it('answers a training question greedily, streaming the text before the answer is complete', async () => {
    const ex = trainingExample();
    await browser.withPage('#/chat?temp=0&rep=1&max=200', async (page) => {
      await ready(page);
      await page.fill('[data-testid="system-prompt"]', ex.system);
      // Watch the reply grow: record, in the page, every text the reply shows before its stats
      // line appears. An observer sees each DOM update, so the check does not depend on how
      // fast the machine generates compared with a poll from the test.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { replyTexts: string[] }).replyTexts = seen;
        new MutationObserver(() => {
          const turns = document.querySelectorAll('[data-testid="turn-assistant"]');
          const last = turns[turns.length - 1];
          if (!last || last.querySelector('[data-testid="turn-stats"]')) return;
          const text = last.querySelector('[data-testid="reply-text"]')?.textContent ?? '';
          if (text) seen.push(text);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await ask(page, ex.question);
      await page.waitForSelector('[data-testid="turn-stats"]', { timeout: 180_000 });
      const answer = (await replies(page)
        .last()
        .locator('[data-testid="reply-text"]')
        .textContent())!.trim();
      expect(answer).toBe(ex.answer);
      const partials = await page.evaluate(
        () => (window as unknown as { replyTexts: string[] }).replyTexts,
      );
      expect(partials.some((p) => p.length > 0 && p.length < answer.length)).toBe(true);
      expect(await page.locator('[data-testid="turn-stats"]').textContent()).toMatch(
        /<\|im_end\|>/,
      );

      // Every token opens its alternatives; the chosen one is marked.
      await replies(page).last().locator('[data-tokens]').nth(1).click();
      const alt = page.locator('[data-testid="alternatives"]');
      expect(await alt.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
      expect(await alt.locator('tr.sampled').count()).toBe(1);

      // Under the hood: the ChatML prompt with ids and the SFT mask on the assistant's tokens only.
      await page.click('[data-testid="under-the-hood"] summary');
      const tokens = page.locator('[data-testid="prompt-tokens"] .ptok');
      expect(await tokens.count()).toBeGreaterThan(10);
      // The view follows the finished reply after a short debounce.
      const maskedSel = '[data-testid="prompt-tokens"] .ptok[data-mask="1"]';
      await expect.poll(() => page.locator(maskedSel).count()).toBeGreaterThan(0);
      const masked = await page
        .locator('[data-testid="prompt-tokens"] .ptok[data-mask="1"]')
        .evaluateAll((es) => es.map((e) => e.className));
      expect(masked.length).toBeGreaterThan(0);
      expect(masked.every((c) => c.includes('role-assistant'))).toBe(true);
      expect(
        await page.locator('[data-testid="prompt-tokens"] .ptok.special').count(),
      ).toBeGreaterThanOrEqual(6);
      await screenshot(page, 'chat-answer');

      // Reload keeps the history.
      await page.reload();
      await ready(page);
      expect(
        (await replies(page).last().locator('[data-testid="reply-text"]').textContent())!.trim(),
      ).toBe(answer);
    });
  });

  it('stops in mid-generation, and Regenerate replaces the last answer', () =>
    browser.withPage('#/chat?temp=1.5&max=250', async (page) => {
      await ready(page);
      // Press Stop from inside the page the moment the first token is drawn (a reply of the tiny
      // model can be over before a test driver's click arrives).
      await page.evaluate(`(() => {
        const obs = new MutationObserver(() => {
          if (document.querySelector('[data-testid="turn-assistant"] [data-tokens]')) {
            obs.disconnect();
            document.querySelector('[data-testid="stop"]').click();
          }
        });
        obs.observe(document.body, { childList: true, subtree: true });
      })()`);
      await ask(page, 'Tell me everything about RoPE, NTK scaling and LogN.');
      await page.waitForSelector('[data-testid="turn-stats"]');
      expect(await page.locator('[data-testid="turn-stats"]').last().textContent()).toContain(
        'stopped by you',
      );
      expect(await page.locator('[data-testid="send"]').isDisabled()).toBe(true); // empty input
      expect(await page.locator('[data-testid="regenerate"]').isEnabled()).toBe(true);

      const before = await page.locator('[data-testid="turn-stats"]').textContent();
      await page.click('[data-testid="regenerate"]');
      await expect
        .poll(() => page.locator('[data-testid="stop"]').isDisabled(), { timeout: 60_000 })
        .toBe(true);
      await expect
        .poll(() => page.locator('[data-testid="turn-stats"]').textContent())
        .not.toBe(before);
      await screenshot(page, 'chat-regenerated');
      expect(await replies(page).count()).toBe(1);
      expect(await page.locator('[data-testid="turn-user"]').count()).toBe(1);
    }));

  it('renders an XSS payload in the message and the system prompt as literal text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await browser.withPage('#/chat?max=8', async (page) => {
      await ready(page);
      await page.fill('[data-testid="system-prompt"]', payload);
      await ask(page, payload);
      await page.waitForSelector('[data-testid="turn-stats"]', { timeout: 180_000 });
      expect(await page.locator('[data-testid="turn-user"]').last().textContent()).toContain(
        payload,
      );
      expect(await page.locator('.chat-panel img, .chat-panel script').count()).toBe(0);
      await page.click('[data-testid="under-the-hood"] summary');
      const promptText = async () =>
        (await page.locator('[data-testid="prompt-tokens"] .ptok-text').allTextContents()).join('');
      await expect.poll(promptText, { timeout: 60_000 }).toContain('<img·src=x');
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
    });
  });

  it('survives 20 rapid send/stop cycles with no errors and no stuck state', () =>
    browser.withPage('#/chat?temp=1&max=64', async (page) => {
      await ready(page);
      for (let i = 0; i < 20; i++) {
        await page.fill('[data-testid="chat-input"]', `question ${i}: what is the KV cache?`);
        await page.click('[data-testid="send"]');
        // The reply may already be over (Stop disabled again): don't wait for it.
        await page.click('[data-testid="stop"]', { timeout: 500 }).catch(() => undefined);
      }
      await expect
        .poll(() => page.locator('[data-testid="stop"]').isDisabled(), { timeout: 60_000 })
        .toBe(true);
      await page.fill('[data-testid="chat-input"]', 'What is RMSNorm?');
      expect(await page.locator('[data-testid="send"]').isEnabled()).toBe(true);
      expect(await page.locator('[data-testid="turn-user"]').count()).toBe(20);
      expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
    }));

  it('shows a readable error with a retry when a model file is missing or damaged, and the rest keeps working', async () => {
    const file = `/${TINY_MODEL_PATH}/onnx/model.onnx`;
    const fault = (mode: string) =>
      fetch(`${baseUrl()}/__faults?path=${encodeURIComponent(file)}&mode=${mode}`);
    for (const damage of ['missing', 'corrupt'] as const) {
      await fault(damage);
      try {
        // The broken file logs a failed request on purpose; nothing else may go wrong.
        await browser.withPage('#/chat', { allow: /404|Not Found/i }, async (page) => {
          const error = page.locator('[data-testid="panel-error"]');
          await error.waitFor({ timeout: 60_000 });
          expect(await error.textContent()).toMatch(/model could not be loaded/i);
          expect(await error.locator('button').count()).toBe(1);
          await screenshot(page, `chat-error-${damage}`);
          // The rest of the app still works, and coming back shows the error again.
          await page.click('nav.site-nav a[href="#/rope"]');
          await page.waitForSelector('[data-testid="chart-decay"]');
          await page.click('nav.site-nav a[href="#/chat"]');
          await error.waitFor({ timeout: 60_000 });
          // Retry succeeds once the file is back.
          await fault('none');
          await error.locator('button').click();
          await ready(page).catch(async (e) => {
            await screenshot(page, `chat-retry-${damage}`);
            throw e;
          });
        });
      } finally {
        await fault('none');
      }
    }
  });

  it('loads "a real Qwen" from a Hub layout served on localhost: no request before the visitor confirms, then size, progress and a chat', () =>
    browser.withPage('', async (page) => {
      await page.evaluate((host) => localStorage.setItem('qip.hubHost', host), baseUrl() + '/hub/');
      const hubRequests: string[] = [];
      page.context().on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith('/hub/')) hubRequests.push(r.url());
      });
      await page.goto(baseUrl() + '/#/chat?max=16');
      await ready(page);
      await page.click('[data-testid="try-real-qwen"]');
      const menu = page.locator('[data-testid="hub-model"]');
      await menu.selectOption({ index: 1 });
      await menu.selectOption({ index: 0 });
      expect(hubRequests).toEqual([]);
      expect(await page.locator('[data-testid="hub-download"]').count()).toBe(0);
      await screenshot(page, 'chat-hub-unconfirmed');

      // The size check is the visitor's first confirmation; changing the model asks again.
      await page.click('[data-testid="hub-check"]');
      const download = page.locator('[data-testid="hub-download"]');
      await download.waitFor({ timeout: 60_000 });
      expect(await download.textContent()).toMatch(/Download \d+(\.\d)? (KB|MB)/);
      const afterCheck = hubRequests.length;
      expect(afterCheck).toBeGreaterThan(0);
      await menu.selectOption({ index: 1 });
      expect(await download.count()).toBe(0);
      await menu.selectOption({ index: 0 });
      expect(hubRequests.length).toBe(afterCheck);
      await page.click('[data-testid="hub-check"]');
      await download.waitFor({ timeout: 60_000 });
      await download.click();
      await page.waitForSelector('[data-testid="byte-progress"]');
      await page.waitForSelector('[data-testid="model-status"]:has-text("Qwen2.5-0.5B-Instruct")', {
        timeout: 90_000,
      });
      await ask(page, 'What is SwiGLU?');
      await page.waitForSelector('[data-testid="turn-stats"]', { timeout: 180_000 });
      expect(
        (await replies(page).last().locator('[data-testid="reply-text"]').textContent())!.length,
      ).toBeGreaterThan(0);
      await screenshot(page, 'chat-hub');
    }));

  it('says in plain words when the Hub cannot be reached or the browser is offline, and retries', async () => {
    for (const [why, pattern] of [
      ['offline', /offline/i],
      ['unreachable', /could not reach the Hugging Face Hub/i],
    ] as const) {
      // A connection closed without an answer stands for a Hub that cannot be reached.
      const first = '/hub/onnx-community/Qwen2.5-0.5B-Instruct/resolve/main/config.json';
      try {
        // The failed requests log console errors on purpose; nothing else may go wrong.
        const allow = /ERR_INTERNET_DISCONNECTED|ERR_EMPTY_RESPONSE|Failed to load resource/;
        await browser.withPage('', { allow }, async (page) => {
          await page.evaluate((h) => localStorage.setItem('qip.hubHost', h), baseUrl() + '/hub/');
          if (why === 'unreachable') await fault(first, 'drop');
          await page.goto(baseUrl() + '/#/chat');
          await ready(page);
          await page.click('[data-testid="try-real-qwen"]');
          if (why === 'offline') await page.context().setOffline(true);
          await page.click('[data-testid="hub-check"]');
          const failed = page.locator('[data-testid="hub-failed"]');
          await failed.waitFor({ timeout: 60_000 });
          expect(await failed.textContent()).toMatch(pattern);
          expect(await failed.textContent()).not.toMatch(/Failed to fetch/);
          await screenshot(page, `chat-hub-${why}`);
          await page.context().setOffline(false);
          await fault(first, 'none');
          await failed.locator('button').click();
          await page.locator('[data-testid="hub-download"]').waitFor({ timeout: 60_000 });
        });
      } finally {
        await fault(first, 'none');
      }
    }
  });
});
