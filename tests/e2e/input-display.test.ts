/**
 * Input that cannot be read is a notice, not a failure; long notices say how much they left
 * out; and what acts invisibly in text (bidi overrides, zero-width joiners) is shown in token
 * chips, while 10,000 combining marks stay inside their chip.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LOAD_TIMEOUT, screenshot, useBrowser } from './browser.ts';

const browser = useBrowser();

const STOPPED = 'This lab stopped with an error.';

async function setText(page: Page, testId: string, value: string) {
  await page.evaluate(
    ([id, v]) => {
      const ta = document.querySelector(`[data-testid="${id}"]`) as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(ta, v);
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [testId, value] as const,
  );
}

/** Every chip's box, and whether it clips what it draws to that box. */
const chipBoxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => ({
      contained: getComputedStyle(el).contain.includes('paint'),
      height: el.getBoundingClientRect().height,
    })),
  );

describe('input problems, long notices and invisible characters', () => {
  it('invalid windows in a Long-context link are a notice, not a stopped lab', () =>
    browser.withPage('#/long-context?win=%3Cscript%3E', async (page) => {
      await page.waitForSelector('#lc-windows [data-testid="input-problem"]');
      expect(await page.locator('#lc-windows').textContent()).toContain('<script>');
      expect(await page.locator('.lc-panel').textContent()).not.toContain(STOPPED);
      expect(await page.locator('#lc-windows [data-testid="panel-error"]').count()).toBe(0);
    }));

  it('a conversation in an Alignment link that is not JSON is a notice, not a stopped lab', () =>
    browser.withPage('#/alignment?conv=' + encodeURIComponent('[{"role": '), async (page) => {
      await page.waitForSelector('#chatml [data-testid="input-problem"]');
      expect(await page.locator('#chatml [data-testid="input-problem"]').textContent()).toContain(
        'not valid JSON yet',
      );
      expect(await page.locator('#chatml').textContent()).not.toContain(STOPPED);
    }));

  it('the URL notice says how many more settings it did not list', async () => {
    const keys = Array.from({ length: 15 }, (_, i) => `junk${i}=1`).join('&');
    await browser.withPage(`#/rope?${keys}`, async (page) => {
      await page.waitForSelector('[data-testid="url-notice"]');
      expect(await page.locator('[data-testid="url-notice"] li').count()).toBe(12);
      expect(await page.locator('[data-testid="url-notice-more"]').textContent()).toBe(
        '…and 3 more, not listed here.',
      );
    });
  });

  it('token chips show RTL overrides and zero-width joiners, and keep combining marks inside', () =>
    browser.withPage('#/tokenizer?vocabs=qwen,cl100k', async (page) => {
      await page.locator('[data-testid="column-0"] [data-testid="token-count"]').waitFor();
      await setText(page, 'text', 'photo\u202Egnp.exe a\u200Db');
      // Tokens: the marks are byte fragments, drawn as hex; nothing acts invisibly.
      const strip = page.locator('[data-testid="column-0"] [data-testid="strip"]');
      await expect.poll(() => strip.textContent(), { timeout: LOAD_TIMEOUT }).toContain('gnp');
      const strips = (await page.locator('[data-testid="strip"]').allTextContents()).join('');
      expect(strips).not.toMatch(/[\u202E\u200D]/);
      // Pre-tokenization chunks are text: the marks are named.
      await page.click('[data-testid="tab-pretok"]');
      const chunks = page.locator('[data-testid="pretok-0"] [data-testid="chunks"]');
      await expect
        .poll(() => chunks.textContent(), { timeout: LOAD_TIMEOUT })
        .toContain('⟨U+202E⟩');
      expect(await chunks.textContent()).toContain('⟨U+200D⟩');
      await page.click('[data-testid="tab-tokenize"]');
      await setText(page, 'text', 'a' + '\u0301'.repeat(10_000) + ' end');
      // 10,000 marks make more tokens than a strip draws: the strip says so.
      await page.locator('[data-testid="column-0"] [data-testid="strip-capped"]').waitFor();
      const boxes = await chipBoxes(page, '[data-testid="column-0"] .tok');
      expect(boxes.length).toBeGreaterThan(0);
      for (const b of boxes) {
        expect(b.contained).toBe(true);
        expect(b.height).toBeLessThan(200);
      }
      await screenshot(page, 'tokenizer-combining-marks');
    }));

  it('ChatML chips do the same', async () => {
    const conv = JSON.stringify([
      { role: 'user', content: 'open txt\u202Eexe.' + 'e' + '\u0301'.repeat(10_000) },
      { role: 'assistant', content: 'no\u200Dway' },
    ]);
    await browser.withPage('#/alignment', async (page) => {
      await page.waitForSelector('[data-testid="token-chips"] li');
      await setText(page, 'conv-json', conv);
      // The ChatML text names the marks; the chips draw them as named marks or as hex bytes.
      const chatml = page.locator('[data-testid="chatml-text"]');
      await expect.poll(() => chatml.textContent()).toContain('⟨U+202E⟩');
      expect(await chatml.textContent()).toContain('⟨U+200D⟩');
      const chips = page.locator('[data-testid="token-chips"]');
      await expect
        .poll(() => chips.locator('li').count(), { timeout: LOAD_TIMEOUT })
        .toBeGreaterThan(10);
      expect(await chips.textContent()).not.toMatch(/[\u202E\u200D]/);
      for (const b of await chipBoxes(page, '[data-testid="token-chips"] li.al-chip')) {
        expect(b.contained).toBe(true);
        expect(b.height).toBeLessThan(200);
      }
      await screenshot(page, 'alignment-combining-marks');
    });
  });
});
