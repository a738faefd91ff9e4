/** The RoPE lab in a real Chromium: live charts, Qwen's dynamic NTK numbers, shareable URLs, bad links. */
import { describe, expect, it } from 'vitest';
import { invFreq, wavelengths } from '../../src/kernels/reference/rope.ts';
import { chartPaths, screenshot, setNumber, text, useBrowser, waitForChart } from './browser.ts';

const browser = useBrowser();

/** Pairs whose hand turns fully within L tokens, for head dim 128 (reference/rope.ts). */
const turning = (base: number, L = 2048) =>
  Array.from(wavelengths(invFreq(128, base))).filter((w) => w <= L).length;

describe('RoPE lab', () => {
  it('redraws the decay and spectrum charts when the base moves', () =>
    browser.withPage('#/rope', async (page) => {
      await waitForChart(page, 'chart-decay');
      const decay0 = await chartPaths(page, 'chart-decay');
      const spectrum0 = await chartPaths(page, 'chart-spectrum');
      expect(decay0.length).toBeGreaterThan(100);
      expect(await text(page, 'spectrum-summary')).toContain(
        `${turning(10_000)} of 64 pairs turn fully within training`,
      );
      // The LogN entropy experiment arrives from its worker.
      await waitForChart(page, 'chart-entropy');
      await setNumber(page, 'slider-base', 1_000_000);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('base=1000000');
      await expect.poll(() => chartPaths(page, 'chart-decay')).not.toBe(decay0);
      await expect.poll(() => chartPaths(page, 'chart-spectrum')).not.toBe(spectrum0);
      // The summary a reader reads under the spectrum: the count the kernels give for base 10⁶.
      expect(turning(1_000_000)).not.toBe(turning(10_000));
      await expect
        .poll(() => text(page, 'spectrum-summary'))
        .toContain(`${turning(1_000_000)} of 64 pairs turn fully within training`);
      // The keyboard moves the log-scale base slider too.
      const range = page.locator('[data-testid="slider-base"] input[type="range"]');
      await range.focus();
      const decay1 = await chartPaths(page, 'chart-decay');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => chartPaths(page, 'chart-decay')).not.toBe(decay1);
      // One step (1/100 decade) below 10⁶, written as a person would type it: 4 digits.
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('base=977200');
      expect(
        await page.locator('[data-testid="slider-base"] input[type="number"]').inputValue(),
      ).toBe('977200');
    }));

  it("shows Qwen's dynamic NTK with L = 2048, target 8192, d = 128: α = 7 and a base of about 72,196", async () => {
    const view = await browser.withPage('#/rope', async (page) => {
      await page.waitForSelector('[data-testid="methods-table"]');
      await page.selectOption('[data-testid="method"]', 'qwen-dynamic');
      await setNumber(page, 'slider-dim', 128);
      await setNumber(page, 'slider-train', 2048);
      await setNumber(page, 'slider-len', 8192);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('len=8192');
      const row = page.locator('[data-testid="methods-table"] tr[data-method="qwen-dynamic"] td');
      await expect.poll(() => row.nth(2).textContent()).toBe('7');
      const base = Number((await row.nth(1).textContent())!.replace(/[^\d.]/g, ''));
      // 10000 · 7^(128/126), computed independently here.
      expect(Math.abs(base - 10000 * Math.pow(7, 128 / 126))).toBeLessThan(0.1);
      expect(Math.abs(base - 72196)).toBeLessThan(1);
      // The α table lists the steps 1, 3, 7 up to 8192.
      const alphas = await page
        .locator('[data-testid="alpha-table"] tbody tr td:nth-child(2)')
        .allTextContents();
      expect(alphas.slice(0, 3)).toEqual(['1', '3', '7']);
      await screenshot(page, 'rope-qwen-dynamic-8192');
      return {
        url: await page.evaluate(() => location.hash),
        readout: await page.locator('[data-testid="rotation-readout"]').textContent(),
        table: await page.locator('[data-testid="methods-table"]').textContent(),
        spectrum: await page.locator('[data-testid="spectrum-summary"]').textContent(),
      };
    });

    // A copied URL reproduces the view in a fresh page.
    await browser.withPage(view.url, { locale: 'en-US' }, async (page) => {
      await page.waitForSelector('[data-testid="methods-table"]');
      expect(await page.locator('[data-testid="method"]').inputValue()).toBe('qwen-dynamic');
      expect(await page.locator('[data-testid="methods-table"]').textContent()).toBe(view.table);
      expect(await page.locator('[data-testid="rotation-readout"]').textContent()).toBe(
        view.readout,
      );
      expect(await page.locator('[data-testid="spectrum-summary"]').textContent()).toBe(
        view.spectrum,
      );
      expect(await page.locator('[data-testid="url-notice"]').count()).toBe(0);
    });
  });

  it('says so when the entropy worker crashes, and the rest of the lab keeps working', () =>
    // The crash is logged on purpose: the test reads the message the page shows.
    browser.withPage('', { allow: 'anything' }, async (page) => {
      // A worker script that throws as it starts, as a broken or blocked file would.
      await page.route('**/entropy.worker-*.js', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: "throw new Error('entropy worker failed to start');",
        }),
      );
      await page.evaluate(() => (location.hash = '#/rope'));
      const error = page.locator('[data-testid="panel-error"]');
      await error.waitFor();
      expect(await error.textContent()).toContain('entropy worker failed to start');
      expect(await page.locator('[data-testid="chart-logn"] path').count()).toBeGreaterThan(0);
    }));

  it('clamps an odd head dimension, a base ≤ 1, bad lengths and an unknown method with a notice', () =>
    browser.withPage(
      '#/rope?dim=7&base=0.5&train=0&len=1e9&method=rope-magic&pos=-3',
      async (page) => {
        await page.waitForSelector('[data-testid="url-notice"]');
        const notice = await page.locator('[data-testid="url-notice"]').textContent();
        for (const key of ['dim', 'base', 'train', 'len', 'method', 'pos'])
          expect(notice).toContain(`“${key}”`);
        expect(await page.locator('[data-testid="slider-dim"] output').textContent()).toBe('8');
        expect(
          await page.locator('[data-testid="slider-base"] input[type="number"]').inputValue(),
        ).toBe('100');
        await waitForChart(page, 'chart-decay');
        expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
      },
    ));

  it('plays the rotation and stores the position where it stopped', () =>
    browser.withPage('#/rope?pos=0&pair=0', async (page) => {
      await page.waitForSelector('[data-testid="play"]');
      const before = await page.locator('[data-testid="rotation-readout"]').textContent();
      await page.click('[data-testid="play"]');
      await expect
        .poll(() => page.locator('[data-testid="rotation-readout"]').textContent())
        .not.toBe(before);
      await page.click('[data-testid="play"]');
      await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/pos=\d+/);
      // The read-out at the stored position m: pair 0 turns by θ₀ = base⁰ = 1 rad per token
      // (dynamic NTK leaves the exponent-0 pair alone), so the angle is m·θ₀ rad, m·θ₀/2π turns.
      const m = Number(/pos=(\d+)/.exec(await page.evaluate(() => location.hash))![1]);
      const theta0 = invFreq(128, 10_000)[0];
      await expect
        .poll(() => text(page, 'rotation-readout'))
        .toContain(`angle = ${m.toLocaleString('en-US')} · θ`);
      const [, angle, turns] = /= ([\d.]+) rad = ([\d.]+) turns/.exec(
        (await text(page, 'rotation-readout'))!,
      )!;
      expect(Number(angle)).toBeCloseTo(m * theta0, 3);
      expect(Number(turns)).toBeCloseTo((m * theta0) / (2 * Math.PI), 3);
    }));

  it('reads in Chinese', () =>
    browser.withPage('#/rope', { locale: 'zh-CN' }, async (page) => {
      await page.waitForSelector('[data-testid="chart-decay"]');
      expect(await page.locator('h1').textContent()).toBe('RoPE 与长上下文');
      expect(await page.locator('.rope-panel').textContent()).toContain('远程衰减');
      await screenshot(page, 'rope-zh');
    }));
});
