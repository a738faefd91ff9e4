/**
 * The Norm & FFN lab in a real Chromium: the edited vector and the sliders redraw the charts and
 * show the invariances, the FFN arithmetic reproduces Qwen-7B's 11,008, the Pre-/Post-Norm stack
 * follows the depth slider, the committed tiny model's per-layer view, the readable error when
 * a model file is missing, hostile links, and screenshots in both languages and themes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  LOAD_TIMEOUT,
  chartPaths,
  hash,
  modelServed,
  screenshot,
  setNumber,
  useBrowser,
  waitForChart,
} from './browser.ts';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';

const browser = useBrowser();

/**
 * The text of the one element with this data-testid: unlike the shared `text`, strict (Playwright
 * fails if the test id matches several elements).
 */
const text = (page: Page, testId: string) =>
  page.locator(`[data-testid="${testId}"]`).textContent();

describe('Norm & FFN lab', () => {
  it('scaling the input leaves both norms unchanged; adding a constant changes only RMSNorm', () =>
    browser.withPage('#/norm', async (page) => {
      await waitForChart(page, 'chart-norms');
      expect(await text(page, 'rms-moved')).toBe('unchanged');
      const bars0 = await chartPaths(page, 'chart-norms');

      await setNumber(page, 'slider-scale', 25);
      await expect.poll(() => hash(page)).toContain('scale=25');
      await expect.poll(() => chartPaths(page, 'chart-norms')).not.toBe(bars0); // the input bars grew
      expect(await text(page, 'rms-moved')).toBe('unchanged');
      expect(await text(page, 'ln-moved')).toBe('unchanged');

      await setNumber(page, 'slider-scale', 1);
      await setNumber(page, 'slider-shift', 2);
      await expect.poll(() => text(page, 'rms-moved')).toMatch(/changed by up to/);
      expect(await text(page, 'ln-moved')).toBe('unchanged');

      // eps: the knee of the output-size curve moves when eps changes.
      const eps0 = await chartPaths(page, 'chart-eps');
      await setNumber(page, 'slider-eps', 0.01);
      await expect.poll(() => chartPaths(page, 'chart-eps')).not.toBe(eps0);
    }));

  it('dragging a bar and the keyboard edit the vector, which lands in the URL', () =>
    browser.withPage('#/norm?vec=1,2,3', async (page) => {
      await page.waitForSelector('[data-testid="vector-bar-0"]');
      // Hand case: x = [1, 2, 3] → RMS = √(14/3 + 1e-6) = 2.1602.
      expect(await text(page, 'stat-rms')).toBe('2.1602');
      const box = (await page.locator('[data-testid="vector-bar-0"] rect').first().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.5);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.1, { steps: 4 });
      await page.mouse.up();
      await expect.poll(() => hash(page)).toMatch(/vec=3\.\d+,2,3/);
      await page.locator('[data-testid="vector-bar-2"]').focus();
      await page.keyboard.press('PageDown');
      await expect.poll(() => hash(page)).toMatch(/vec=3\.\d+,2,2(&|$)/);
      await page.click('[data-testid="vector-add"]');
      await expect.poll(() => hash(page)).toMatch(/,2,0\.5(&|$)/);
      expect(await page.locator('[data-testid^="vector-bar-"]').count()).toBe(4);
    }));

  it('β moves the SiLU curves; the FFN arithmetic gives Qwen-7B 11,008 and follows the width', () =>
    browser.withPage('#/norm', async (page) => {
      await waitForChart(page, 'chart-act');
      const act0 = await chartPaths(page, 'chart-act');
      const grad0 = await chartPaths(page, 'chart-act-grad');
      await setNumber(page, 'slider-beta', 5);
      await expect.poll(() => chartPaths(page, 'chart-act')).not.toBe(act0);
      await expect.poll(() => chartPaths(page, 'chart-act-grad')).not.toBe(grad0);
      expect(await page.locator('[data-testid="heatmap-swiglu"] canvas').count()).toBe(1);

      const arithmetic = await text(page, 'ffn-arithmetic');
      expect(arithmetic).toContain('2 · 4,096 · 16,384 = 134,217,728');
      expect(arithmetic).toContain('3 · 4,096 · 11,008 = 135,266,304');
      const row = page.locator('[data-testid="qwen-ffn-table"] tr[data-model="Qwen-7B"] td');
      expect(await row.nth(3).textContent()).toBe('22,016');
      expect(await row.nth(4).textContent()).toBe('11,008');
      const row14 = page.locator('[data-testid="qwen-ffn-table"] tr[data-model="Qwen-14B"] td');
      expect(await row14.nth(4).textContent()).toBe('13,696');

      const ffn0 = await chartPaths(page, 'chart-ffn');
      await setNumber(page, 'slider-width', 2048);
      await expect.poll(() => text(page, 'ffn-arithmetic')).toContain('h = 5,504');
      await page.selectOption('[data-testid="mult"]', '1');
      await expect.poll(() => text(page, 'ffn-arithmetic')).toContain('h = 5,462');
      await expect.poll(() => hash(page)).toContain('mult=1');
      expect(await chartPaths(page, 'chart-ffn')).not.toBe(ffn0);
    }));

  it('the Pre-/Post-Norm stack follows the depth slider (computed in a worker)', () =>
    browser.withPage('#/norm?depth=8', async (page) => {
      await waitForChart(page, 'chart-act-depth');
      const summary8 = await text(page, 'prepost-summary');
      expect(summary8).toMatch(/^With 8 blocks/);
      const act8 = await chartPaths(page, 'chart-act-depth');
      const grad8 = await chartPaths(page, 'chart-grad-depth');
      await setNumber(page, 'slider-depth', 48);
      await expect
        .poll(() => text(page, 'prepost-summary'), { timeout: LOAD_TIMEOUT })
        .toMatch(/^With 48 blocks/);
      expect(await chartPaths(page, 'chart-act-depth')).not.toBe(act8);
      expect(await chartPaths(page, 'chart-grad-depth')).not.toBe(grad8);
      expect(await chartPaths(page, 'chart-sensitivity')).not.toBe('');
      // Post-Norm's top block gets a larger weight gradient than Pre-Norm's at depth 48.
      const m = /(\d[\d.e+-]*) \(Pre-Norm\) vs (\d[\d.e+-]*) \(Post-Norm\)/.exec(
        (await text(page, 'prepost-summary'))!,
      );
      expect(m).not.toBeNull();
      expect(Number(m![2])).toBeGreaterThan(Number(m![1]));
    }));

  it("shows the tiny model's residual RMS, gains and gate activations per layer for a prompt", async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    await browser.withPage('#/norm', async (page) => {
      await page.waitForSelector('[data-testid="run-model"]');
      await page.fill('[data-testid="prompt"]', 'RMSNorm 让残差流保持稳定。');
      await page.click('[data-testid="run-model"]');
      await expect.poll(() => hash(page)).toContain('run=1');
      await waitForChart(page, 'chart-residual', 60_000);
      expect(await page.locator('[data-testid="token-strip"] .token').count()).toBeGreaterThan(3);
      expect(await page.locator('[data-testid="heatmap-gains"] canvas').count()).toBe(1);
      expect(await page.locator('[data-testid="gain-table"] tbody tr').count()).toBeGreaterThan(0);
      expect(await text(page, 'near-zero')).toMatch(/In layer 0, \d+(\.\d)?% of the gate/);
      const hist0 = await chartPaths(page, 'chart-gate-hist');
      await setNumber(page, 'slider-layer', 1);
      await expect
        .poll(() => chartPaths(page, 'chart-gate-hist'), { timeout: LOAD_TIMEOUT })
        .not.toBe(hist0);
      await expect
        .poll(() => text(page, 'near-zero'), { timeout: LOAD_TIMEOUT })
        .toMatch(/In layer 1,/);
      await screenshot(page, 'norm-tiny-model');
    });
  });

  it('a missing model file shows a readable error with a retry, and the rest of the lab keeps working', () =>
    browser.withPage('#/norm', { allow: 'model-404s' }, async (page) => {
      // Whatever the build carries, answer the weights with a 404 as a server without them would.
      await page.route(`**/${TINY_MODEL_PATH}/onnx/model.onnx`, (route) =>
        route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
      );
      await page.waitForSelector('[data-testid="run-model"]');
      await page.click('[data-testid="run-model"]');
      await page.waitForSelector('#norm-inside [data-testid="panel-error"]');
      const message = await page.locator('#norm-inside [data-testid="panel-error"]').textContent();
      expect(message).toContain(`${TINY_MODEL_PATH}/onnx/model.onnx`);
      expect(message).toContain('HTTP 404');
      expect(await page.locator('#norm-inside [data-testid="panel-error"] button').count()).toBe(1);
      await setNumber(page, 'slider-shift', 1);
      await expect.poll(() => text(page, 'rms-moved')).toMatch(/changed by up to/);
      await screenshot(page, 'norm-tiny-model-missing');
    }));

  it('clamps hostile values and falls back from a broken vector with a notice', () =>
    browser.withPage('#/norm?vec=1,abc,%3Cscript%3E&eps=-1&depth=1e9&mult=7', async (page) => {
      await page.waitForSelector('[data-testid="url-notice"]');
      const notice = await page.locator('[data-testid="url-notice"]').textContent();
      for (const key of ['eps', 'depth', 'mult']) expect(notice).toContain(`“${key}”`);
      await page.waitForSelector('[data-testid="vector-bar-5"]'); // the default 6-entry vector
      expect(await text(page, 'vector-invalid')).toContain('could not be read');
      expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
      expect(await page.locator('script:text("<script>")').count()).toBe(0);
    }));

  it('screenshots in both languages and both themes, with no horizontal overflow at 375 px', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const locale of ['en-US', 'zh-CN']) {
        for (const width of [1280, 375]) {
          await browser.withPage(
            '#/norm?depth=16',
            { colorScheme, locale, width },
            async (page) => {
              await waitForChart(page, 'chart-act-depth');
              const title = locale === 'zh-CN' ? '归一化与前馈网络' : 'Norm & FFN';
              expect(await page.locator('h1').textContent()).toBe(title);
              if (locale === 'zh-CN')
                expect(await page.locator('.norm-panel').textContent()).toContain('为什么是 8/3');
              const overflow = await page.evaluate(
                () => document.documentElement.scrollWidth - window.innerWidth,
              );
              expect(overflow).toBeLessThanOrEqual(0);
              await screenshot(page, `norm-${colorScheme}-${locale}-${width}`);
            },
          );
        }
      }
    }
  }, 480_000); // eight page loads: generous on a busy machine
});
