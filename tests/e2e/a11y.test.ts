/**
 * Accessibility in a real Chromium: axe-core (WCAG 2 A/AA and best practices) on every lab in
 * both themes, charts that are named figures with a text summary and not tab stops, the RoPE
 * lab's 64 hands as one tab stop moved by the arrow keys, wide tables as named regions that are tab
 * stops only when they scroll, the tokenizer's views as WAI-ARIA tabs,
 * and a document title in the page language.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser.ts';

const browser = useBrowser();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LABS = ['tokenizer', 'model', 'rope', 'norm', 'long-context', 'chat', 'alignment'];

/** Waits until the lab's code has loaded and drawn (the panel is more than its header). */
async function labLoaded(page: Page) {
  await page.waitForFunction(
    () => {
      const p = document.querySelector('section.panel');
      return !!p && p.children.length > 1 && !p.querySelector(':scope > .spinner');
    },
    null,
    { timeout: 60_000 },
  );
}

/** axe-core's violations on the page, one line each. The script is evaluated (the CSP forbids inline tags). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const r = (await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'best-practice'],
    })) as {
      violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[];
    };
    return r.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    );
  });
}

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`every lab passes axe-core in the ${colorScheme} theme`, () =>
      browser.withPage('#/', { colorScheme }, async (page) => {
        const found: string[] = [];
        for (const lab of LABS) {
          await page.evaluate((h) => (location.hash = h), `#/${lab}`);
          await page.waitForSelector(`section.panel[data-panel="${lab}"]`);
          await labLoaded(page);
          // Charts drawn by then are checked too: named figures, no tab stop in the drawing.
          found.push(...(await axeViolations(page)).map((v) => `${lab}: ${v}`));
          const charts = await page.locator('figure.chart-frame').evaluateAll((fs) =>
            fs.map((f) => ({
              name: f.getAttribute('aria-label') ?? '',
              summary: f.querySelector('[data-role="summary"]')?.textContent ?? '',
              tabStops: f.querySelectorAll('.chart-plot [tabindex]:not([tabindex="-1"])').length,
            })),
          );
          for (const c of charts) {
            expect(c.name.length, `${lab}: a chart without a name`).toBeGreaterThan(3);
            expect(c.summary.length, `${lab}: ${c.name} has no summary`).toBeGreaterThan(10);
            expect(c.tabStops, `${lab}: ${c.name} is a tab stop`).toBe(0);
          }
        }
        expect(found, found.join('\n')).toEqual([]);
      }));
  }

  it('makes a table wider than the screen a named tab stop with a hint, scrolled by the arrow keys', () =>
    browser.withPage('#/long-context', { width: 375 }, async (page) => {
      const box = page.locator('.scroll-box:has([data-testid="flash-steps"])');
      await box.waitFor();
      // at 375 px the online-softmax steps are wider than their box
      await expect.poll(() => box.getAttribute('tabindex'), { timeout: 30_000 }).toBe('0');
      expect(await box.getAttribute('role')).toBe('region');
      expect(await box.getAttribute('aria-label')).toMatch(/Flash/i);
      expect(await box.evaluate((el) => el.previousElementSibling?.className)).toBe('scroll-hint');
      await box.focus();
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => box.evaluate((el) => el.scrollLeft), { timeout: 30_000 })
        .toBeGreaterThan(0);
    }));

  it('leaves a table that fits out of the tab order, with no hint', () =>
    browser.withPage('#/long-context', { width: 1600 }, async (page) => {
      const box = page.locator('.scroll-box:has([data-testid="kv-memory"])');
      await box.waitFor();
      expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      expect(await box.getAttribute('tabindex')).toBeNull();
      expect(await box.evaluate((el) => el.previousElementSibling?.className)).not.toBe(
        'scroll-hint',
      );
    }));

  it("makes the RoPE lab's 64 hands one tab stop that the arrow keys move through", () =>
    browser.withPage('#/rope', async (page) => {
      await page.waitForSelector('.clocks .clock');
      const hands = page.locator('.clocks .clock');
      expect(await hands.count()).toBe(64);
      expect(await page.locator('.clocks .clock[tabindex="0"]').count()).toBe(1);
      await page.locator('.clocks .clock[tabindex="0"]').focus();
      const focusedLabel = () =>
        page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      const first = await focusedLabel();
      await page.keyboard.press('ArrowRight');
      const second = await focusedLabel();
      expect(second).not.toBe(first);
      expect(second).toMatch(/1\b/);
      await page.keyboard.press('End');
      expect(await focusedLabel()).toMatch(/63\b/);
      // Still one tab stop, now on the focused hand; Enter chooses it.
      expect(await page.locator('.clocks .clock[tabindex="0"]').count()).toBe(1);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('pair=63');
    }));

  it("opens the tokenizer's views with the arrow keys (WAI-ARIA tabs)", () =>
    browser.withPage('#/tokenizer', async (page) => {
      await page.waitForSelector('[role="tab"][aria-selected="true"]');
      expect(await page.locator('[role="tablist"] [role="tab"][tabindex="0"]').count()).toBe(1);
      await page.locator('[role="tab"][aria-selected="true"]').focus();
      const before = await page.locator('[role="tab"][aria-selected="true"]').textContent();
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => page.locator('[role="tab"][aria-selected="true"]').textContent())
        .not.toBe(before);
      const selected = page.locator('[role="tab"][aria-selected="true"]');
      expect(await selected.evaluate((el) => el === document.activeElement)).toBe(true);
      const panelId = await selected.getAttribute('aria-controls');
      expect(await page.locator(`#${panelId}[role="tabpanel"]`).count()).toBe(1);
    }));

  it('titles the document in the page language', () =>
    browser.withPage('#/rope', { locale: 'zh-CN' }, async (page) => {
      await page.waitForSelector('section.panel[data-panel="rope"]');
      await expect.poll(() => page.title()).toBe('RoPE 与长上下文 · Qwen 内部机制游乐场');
      await page.evaluate(() => (location.hash = '#/'));
      await expect.poll(() => page.title()).toBe('Qwen 内部机制游乐场');
    }));
});
