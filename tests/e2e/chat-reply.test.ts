/**
 * The chat's replies as a visitor reads them: decoded text with byte fragments only in the
 * per-token view, no words broken at 375 px, a fresh seed per generation that the seed field
 * reproduces, one account of the context (notice, Under the hood, its count), and a story that
 * stays straight across route switches, reloads and Clear.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useBrowser } from './browser.ts';
import {
  ask,
  countTokens,
  fault,
  lastReply,
  modelFile,
  ready,
  replies,
  replyDone,
  trainingExample,
} from './chatHelpers.ts';
import { SYSTEM_PROMPTS, TOPICS } from '../../src/corpus/build.ts';

const browser = useBrowser();

/** Words of the reply (letters and digits) whose characters are not all on one line. */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelectorAll('[data-testid="reply-text"]');
    const el = root[root.length - 1];
    const chars: { ch: string; top: number }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const s = n.textContent ?? '';
      for (let i = 0; i < s.length; i++) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const rect = r.getClientRects()[0];
        chars.push({ ch: s[i], top: rect ? Math.round(rect.top) : -1 });
      }
    }
    const broken: string[] = [];
    let word: typeof chars = [];
    const flush = () => {
      if (word.length > 1 && new Set(word.map((c) => c.top)).size > 1)
        broken.push(word.map((c) => c.ch).join(''));
      word = [];
    };
    for (const c of chars) {
      if (/[A-Za-z0-9]/.test(c.ch)) word.push(c);
      else flush();
    }
    flush();
    return broken;
  });
}

const sel = {
  stats: '[data-testid="turn-stats"]',
  seed: '[data-testid="seed"]',
};

async function regenerate(page: Page) {
  await page.click('[data-testid="regenerate"]');
  await replyDone(page);
}

describe('chat replies', () => {
  it('shows a Chinese reply as decoded text; byte fragments only in the per-token view', async () => {
    const zh = TOPICS.find((t) => t.id === 'rope')!.zh;
    for (const colorScheme of ['light', 'dark'] as const) {
      await browser.withPage(
        '#/chat?temp=0&rep=1',
        { locale: 'zh-CN', colorScheme, width: colorScheme === 'dark' ? 375 : 1280 },
        async (page) => {
          await ready(page);
          expect(await page.inputValue('[data-testid="system-prompt"]')).toBe(SYSTEM_PROMPTS.zh);
          await ask(page, zh.questions[0]);
          await replyDone(page);
          const sentence = replies(page).last().locator('[data-testid="reply-text"]');
          expect(await sentence.isVisible()).toBe(true);
          expect((await lastReply(page)).trim()).toBe(zh.answer);
          expect(await lastReply(page)).not.toMatch(/[⟨⟩]/);
          // A character made of several tokens is one piece of the sentence; clicking it shows its
          // tokens, byte fragments included.
          const multi = sentence.locator('[data-tokens]:not([data-tokens="1"])').first();
          await multi.click();
          const view = page.locator('[data-testid="token-view"]');
          await view.waitFor();
          expect(await view.textContent()).toMatch(/⟨[0-9A-F]{2}( [0-9A-F]{2})*⟩/);
          expect(
            await page.locator('[data-testid="alternatives"] tbody tr').count(),
          ).toBeGreaterThan(0);
          await screenshot(page, `chat-zh-${colorScheme}-${colorScheme === 'dark' ? 375 : 1280}`);
        },
      );
    }
  });

  it('breaks no word across lines at 375 px', async () => {
    const ex = trainingExample(160);
    for (const [locale, colorScheme] of [
      ['en-US', 'light'],
      ['en-US', 'dark'],
    ] as const) {
      await browser.withPage(
        '#/chat?temp=0&rep=1&max=200',
        { locale, colorScheme, width: 375 },
        async (page) => {
          await ready(page);
          await page.fill('[data-testid="system-prompt"]', ex.system);
          await ask(page, ex.question);
          await replyDone(page);
          expect((await lastReply(page)).trim()).toBe(ex.answer);
          expect(await brokenWords(page)).toEqual([]);
          await screenshot(page, `chat-en-${colorScheme}-375`);
        },
      );
    }
  });

  it('draws a fresh seed for each reply, shows it, reproduces it from the seed field; temperature 0 stays greedy', () =>
    browser.withPage('#/chat?temp=2&rep=1&max=24', async (page) => {
      await ready(page);
      await ask(page, 'What is RoPE?');
      await replyDone(page);
      const seeds: string[] = [];
      const texts: string[] = [];
      for (let i = 0; i < 3; i++) {
        if (i > 0) await regenerate(page);
        const seed = (await replies(page).last().getAttribute('data-seed')) ?? '';
        expect(seed).toMatch(/^\d+$/);
        expect(await page.locator(sel.stats).last().textContent()).toContain(`seed ${seed}`);
        seeds.push(seed);
        texts.push(await lastReply(page));
      }
      expect(new Set(seeds).size).toBe(3);
      expect(new Set(texts).size).toBeGreaterThan(1);

      // The first reply again, exactly, from its seed.
      await page.fill(sel.seed, seeds[0]);
      await regenerate(page);
      expect(await replies(page).last().getAttribute('data-seed')).toBe(seeds[0]);
      expect(await lastReply(page)).toBe(texts[0]);
      await screenshot(page, 'chat-seed');

      // Temperature 0: greedy, whatever the seed field says.
      await page.fill(sel.seed, '');
      const temp = page.locator('[data-testid="slider-temp"] input[type="number"]');
      await temp.fill('0');
      await temp.press('Enter');
      await regenerate(page);
      const greedy = await lastReply(page);
      expect(await page.locator(sel.stats).last().textContent()).toMatch(/greedy/);
      await regenerate(page);
      expect(await lastReply(page)).toBe(greedy);
    }));

  for (const ctx of [0, 512]) {
    it(`keeps one account of the context${ctx ? ` (a model whose config says ${ctx})` : ''}: notice, Under the hood and its count describe the prompt sent; Clear removes the notice`, async () => {
      const config = modelFile('config.json');
      if (ctx) {
        const { readFileSync } = await import('node:fs');
        const c = JSON.parse(readFileSync(`public${config}`, 'utf8')) as Record<string, unknown>;
        await fault(config, 'body', JSON.stringify({ ...c, max_position_embeddings: ctx }));
      }
      try {
        await browser.withPage('#/chat?temp=0&rep=1&max=48', async (page) => {
          await ready(page);
          const context = Number(
            await page.locator('[data-testid="model-status"]').getAttribute('data-context'),
          );
          if (ctx) expect(context).toBe(ctx);
          expect(context).toBeGreaterThan(0);
          // Two messages of about 45% of the context each: the second send cannot keep the first.
          const filler = (marker: string) => {
            let s = `${marker} what is rope?`;
            while (countTokens(s) < context * 0.45) s += ' what is rope?';
            return s;
          };
          await ask(page, filler('zebra'));
          await replyDone(page);
          expect(await page.locator('[data-testid="context-notice"]').count()).toBe(0);
          await ask(page, filler('yak'));
          await replyDone(page);
          const notice = page.locator('[data-testid="context-notice"]');
          await notice.waitFor();
          expect(await notice.getAttribute('data-dropped')).toBe('1');
          const hood = page.locator('[data-testid="under-the-hood"]');
          await hood.locator('summary').click();
          await expect.poll(() => hood.getAttribute('data-kind')).toBe('sent');
          const sent = Number(await hood.getAttribute('data-prompt-tokens'));
          expect(sent).toBe(Number(await replies(page).last().getAttribute('data-prompt-tokens')));
          expect(sent + 48).toBeLessThanOrEqual(context);
          expect(await hood.locator('summary').textContent()).toContain(String(sent));
          const hoodText = (await hood.locator('.ptok-text').allTextContents()).join('');
          expect(hoodText).toContain('yak');
          expect(hoodText).not.toContain('zebra');
          // The system prompt stays.
          expect(hoodText).toContain('friendly');
          // The transcript marks the exchange that was left out, and only that one.
          const leftOut = page.locator('[data-testid^="turn-"][data-left-out]');
          expect(await leftOut.count()).toBe(2);
          expect(await leftOut.first().textContent()).toContain('zebra');
          await screenshot(page, `chat-context${ctx ? `-${ctx}` : ''}`);

          await page.click('[data-testid="clear"]');
          expect(await notice.count()).toBe(0);
          expect(await page.locator('.chat-empty').count()).toBe(1);
          await expect.poll(() => hood.getAttribute('data-kind')).toBe('next');
          expect((await hood.locator('.ptok-text').allTextContents()).join('')).not.toContain(
            'yak',
          );
        });
      } finally {
        await fault(config, 'none');
      }
    });
  }

  it('keeps a reply interrupted by leaving the lab or reloading, marked as stopped; Clear clears everything, also mid-reply', async () => {
    const ex = trainingExample(160);
    await browser.withPage('#/chat?temp=0&rep=1&max=250', async (page) => {
      await ready(page);
      await page.fill('[data-testid="system-prompt"]', ex.system);
      // Leave for another lab the moment the first token is drawn.
      await page.evaluate(`(() => {
        const obs = new MutationObserver(() => {
          if (document.querySelector('[data-testid="turn-assistant"] [data-tokens]')) {
            obs.disconnect();
            document.querySelector('nav.site-nav a[href="#/rope"]').click();
          }
        });
        obs.observe(document.body, { childList: true, subtree: true });
      })()`);
      await ask(page, ex.question);
      await page.waitForSelector('[data-testid="chart-decay"]', { timeout: 60_000 });
      await page.click('nav.site-nav a[href="#/chat"]');
      await ready(page);
      const check = async () => {
        expect(await page.locator('[data-testid="turn-user"]').count()).toBe(1);
        expect(await replies(page).count()).toBe(1);
        expect(await replies(page).last().getAttribute('data-stop-reason')).toBe('left');
        const partial = await lastReply(page);
        expect(partial.length).toBeGreaterThan(0);
        expect(ex.answer.startsWith(partial)).toBe(true);
        expect(partial.length).toBeLessThan(ex.answer.length);
        expect(await page.locator('[data-testid="turn-stats"]').textContent()).toMatch(/left/i);
        expect(await page.locator('[data-testid="stop"]').isDisabled()).toBe(true);
      };
      await check();
      await screenshot(page, 'chat-left-mid-reply');
      await page.reload();
      await ready(page);
      await check();

      await page.click('[data-testid="clear"]');
      expect(await page.locator('.chat-empty').count()).toBe(1);
      expect(await page.locator('[data-testid="clear"]').isDisabled()).toBe(true);

      // Clear in mid-reply: the reply goes too, and the chat stays usable.
      await page.evaluate(`(() => {
        const obs = new MutationObserver(() => {
          if (document.querySelector('[data-testid="turn-assistant"] [data-tokens]')) {
            obs.disconnect();
            document.querySelector('[data-testid="clear"]').click();
          }
        });
        obs.observe(document.body, { childList: true, subtree: true });
      })()`);
      await ask(page, ex.question);
      await page.waitForSelector('[data-testid="stop"]:disabled', { timeout: 60_000 });
      expect(await page.locator('.chat-empty').count()).toBe(1);
      expect(await page.locator('[data-testid="turn-user"]').count()).toBe(0);
      await ask(page, ex.question);
      await replyDone(page);
      expect((await lastReply(page)).trim()).toBe(ex.answer);
      expect(await page.locator('[data-testid="turn-user"]').count()).toBe(1);

      // Reloading in mid-reply keeps the part written so far, marked as stopped.
      await page.evaluate(`(() => {
        const obs = new MutationObserver(() => {
          const rs = document.querySelectorAll('[data-testid="turn-assistant"]');
          if (rs.length === 2 && rs[1].querySelector('[data-tokens]')) {
            obs.disconnect();
            location.reload();
          }
        });
        obs.observe(document.body, { childList: true, subtree: true });
      })()`);
      const reloaded = page.waitForEvent('load', { timeout: 60_000 });
      await ask(page, ex.question);
      await reloaded;
      await ready(page);
      expect(await replies(page).count()).toBe(2);
      expect(await replies(page).last().getAttribute('data-stop-reason')).toBe('left');
      expect(ex.answer.startsWith(await lastReply(page))).toBe(true);
    });
  });
});
