/**
 * Inspect in a real Chromium: opened on a token of a greedy chat reply, it shows the logit lens
 * (whose last stage ranks the written token first), attribution bars that add up to the logit
 * shown, and the agreement between the TS model and transformers.js (≤ 1e-4), both against the
 * logits the reply was written with and, after a reload, against one transformers.js pass.
 * URL state, the token strip's arrow keys, Chinese, dark theme and 375 px are checked too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hash, screenshot, useBrowser } from './browser.ts';
import { ask, ready, replies, replyDone, trainingExample } from './chatHelpers.ts';

const browser = useBrowser();

/** Opens Inspect on the first token of the last reply's second piece; returns that token's id. */
async function openInspect(page: Page): Promise<number> {
  await replies(page).last().locator('[data-tokens]').nth(1).click();
  const sampled = page.locator('[data-testid="alternatives"] tr.sampled td').nth(1);
  const id = Number(await sampled.textContent());
  await page.locator('[data-testid="inspect-open"]').last().click();
  await page.waitForSelector('[data-testid="inspect-body"]', { timeout: 60_000 });
  return id;
}

/** What a reader checks on the open view: the lens, the attribution sum and the agreement. */
async function checkValues(page: Page, tokenId: number, source: 'generation' | 'prefill') {
  const body = page.locator('[data-testid="inspect-body"]');
  expect(Number(await body.getAttribute('data-target'))).toBe(tokenId);
  // the lens's last stage at the chosen position is the model's own (greedy) choice
  const cells = page.locator('[data-testid="lens-cell"]');
  expect(await cells.count()).toBe(9); // embedding + 4 layers × (attention, MLP)
  expect(Number(await cells.last().getAttribute('data-top'))).toBe(tokenId);
  expect(Number(await cells.last().locator('[data-rank]').getAttribute('data-rank'))).toBe(1);
  // agreement with transformers.js, stated as a number
  const agreement = page.locator('[data-testid="agreement"]');
  const diff = Number(await agreement.getAttribute('data-value'));
  expect(diff).toBeGreaterThanOrEqual(0);
  expect(diff).toBeLessThanOrEqual(1e-4);
  expect(await agreement.textContent()).toContain(diff.toExponential(1));
  expect(await agreement.getAttribute('data-source')).toBe(source);
  // the attribution bars add up to the logit shown
  await page.click('[data-testid="inspect-tab-dla"]');
  const total = page.locator('[data-testid="dla-total"]');
  const logit = page.locator('[data-testid="dla-logit"]');
  await total.waitFor({ timeout: 60_000 });
  const sum = Number(await total.getAttribute('data-value'));
  expect(Math.abs(sum - Number(await logit.getAttribute('data-value')))).toBeLessThan(1e-3);
  expect(await total.textContent()).toBe(await logit.textContent());
  await page.waitForSelector('[data-testid="inspect"] path.chart-bar', {
    timeout: 60_000,
  });
}

describe('Inspect', () => {
  it('looks inside a reply token: lens, attribution, agreement, URL state, keys, reload', async () => {
    const ex = trainingExample();
    await browser.withPage('#/chat?temp=0&rep=1&max=40', async (page) => {
      await ready(page);
      await page.fill('[data-testid="system-prompt"]', ex.system);
      await ask(page, ex.question);
      await replyDone(page);
      const id = await openInspect(page);
      expect(await hash(page)).toMatch(/insp=1\.\d+/);
      await checkValues(page, id, 'generation');
      expect(await hash(page)).toContain('iview=dla');

      // attention: a layer and head picked land in the URL; the top tokens are listed
      await page.click('[data-testid="inspect-tab-attn"]');
      await page.selectOption('[data-testid="attn-layer"]', { value: '2' });
      await page.selectOption('[data-testid="attn-head"]', { value: '1' });
      await page.waitForFunction(() => location.hash.includes('ilayer=2'), null, {
        timeout: 60_000,
      });
      expect(await hash(page)).toContain('ihead=1');
      expect(await page.locator('[data-testid="attn-top"] li').count()).toBe(8);
      const position = Number(
        await page.locator('[data-testid="inspect-body"]').getAttribute('data-position'),
      );
      expect(await page.locator('[data-testid="attn-strip"] span').count()).toBe(position + 1);
      await screenshot(page, 'inspect-attention');

      // the token strip moves with the arrow keys
      await page.focus('[data-testid="inspect-strip"]');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (p) =>
          document.querySelector('[data-testid="inspect-body"]')?.getAttribute('data-position') ===
          String(p),
        position + 1,
        { timeout: 60_000 },
      );
      await page.click('[data-testid="inspect-tab-lens"]');
      await screenshot(page, 'inspect-lens');

      // a reload restores the view from the URL; the TS logits are now compared with one
      // transformers.js pass over the stored conversation
      await page.reload();
      await ready(page);
      await page.waitForSelector('[data-testid="inspect-body"]', { timeout: 60_000 });
      expect(
        await page.locator('[data-testid="inspect-tab-lens"]').getAttribute('aria-selected'),
      ).toBe('true');
      const agreement = page.locator('[data-testid="agreement"]');
      expect(await agreement.getAttribute('data-source')).toBe('prefill');
      expect(Number(await agreement.getAttribute('data-value'))).toBeLessThanOrEqual(1e-4);
      await page.click('[data-testid="inspect-close"]');
      await page.waitForFunction(() => !location.hash.includes('insp='), null, { timeout: 60_000 });
      expect(await page.locator('[data-testid="inspect"]').count()).toBe(0);
    });
  });

  it('reads in Chinese, in the dark theme, at 375 px', () =>
    browser.withPage(
      '#/chat?temp=0&rep=1&max=30',
      { locale: 'zh-CN', colorScheme: 'dark', width: 375 },
      async (page) => {
        await ready(page);
        await ask(page, '什么是 RoPE？');
        await replyDone(page);
        const id = await openInspect(page);
        expect(await page.locator('[data-testid="inspect-tab-lens"]').textContent()).toBe(
          '逻辑透镜',
        );
        expect(await page.locator('[data-testid="agreement"]').textContent()).toContain('最大差值');
        await checkValues(page, id, 'generation');
        expect(await page.locator('[data-testid="dla-sum"]').textContent()).toContain(
          '模型的 logit',
        );
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await screenshot(page, 'inspect-zh-dark-375');
      },
    ));

  it("inspects the Model lab's prompt: the lens ends on the next-token table's top token", () =>
    browser.withPage('#/model?prompt=RoPE+rotates+the+query+and+key', async (page) => {
      await page.waitForSelector('[data-testid="top-row"]', { timeout: 60_000 });
      const top = Number(
        await page.locator('[data-testid="top-row"]').first().locator('td').nth(2).textContent(),
      );
      await page.click('[data-testid="inspect-open"]');
      await page.waitForSelector('[data-testid="inspect-body"]', { timeout: 60_000 });
      expect(await hash(page)).toContain('insp=1');
      const body = page.locator('[data-testid="inspect-body"]');
      expect(Number(await body.getAttribute('data-target'))).toBe(top);
      const cells = page.locator('[data-testid="lens-cell"]');
      expect(Number(await cells.last().getAttribute('data-top'))).toBe(top);
      expect(await page.locator('[data-testid="agreement"]').textContent()).toContain(
        'no transformers.js logits',
      );
      // Home moves to the first token; the URL remembers the position
      await page.focus('[data-testid="inspect-strip"]');
      await page.keyboard.press('Home');
      await page.waitForFunction(() => location.hash.includes('ipos=0'), null, { timeout: 60_000 });
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="inspect-body"]')?.getAttribute('data-position') ===
          '0',
        null,
        { timeout: 60_000 },
      );
      await screenshot(page, 'inspect-model-lab');
    }));
});
