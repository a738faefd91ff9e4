/**
 * What a learner reads off the charts in a real Chromium: where the BF16 curve first crosses
 * the threshold (read from the drawn path and the axis), tick labels in one round format, "log
 * scale" on log axes, colour keys and axes on heatmaps, a note where two series coincide, and the
 * exact values a pointer reads off a chart.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForChart } from './browser.ts';
import { ppoClipObjective } from '../../src/kernels/reference/rl.ts';

const browser = useBrowser();

const SUPER = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** "10⁻³" → 0.001, "2×10⁴" → 20000, "1.5" → 1.5. */
function tickValue(s: string): number {
  const sup = (x: string) =>
    Number(
      x
        .replace('⁻', '-')
        .split('')
        .map((c) => (SUPER.includes(c) ? String(SUPER.indexOf(c)) : c))
        .join(''),
    );
  const m = /^(?:([\d.]+)×)?10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(s);
  if (m) return (m[1] ? Number(m[1]) : 1) * 10 ** sup(m[2]);
  return Number(s.replace('−', '-').replace(/,/g, ''));
}

/** Tick labels of one axis of a chart, in order. */
const ticks = (page: Page, testId: string, axis: 'x' | 'y') =>
  page.locator(`[data-testid="${testId}"] .chart-axis-${axis} .chart-tick`).allTextContents();

/** The points of a drawn line path ("M x,y L x,y …"). */
function points(d: string): [number, number][] {
  const nums = d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i], nums[i + 1]]);
  return out;
}

describe('charts tell the truth', () => {
  it('draws the first BF16 crossing where the text says (m = 5), with exact log-scale axes', () =>
    browser.withPage('#/rope', async (page) => {
      const chart = '[data-testid="chart-precision"]';
      await waitForChart(page, 'chart-precision');
      await expect
        .poll(() => page.locator('[data-testid="precision-first"]').textContent())
        .toContain('BF16 first passes the threshold at position 5.');
      expect(await page.locator(`${chart} [data-role="y-title"]`).textContent()).toContain(
        'log scale',
      );
      // Every x tick is a power of ten, written the same way.
      const xt = await ticks(page, 'chart-precision', 'x');
      expect(xt.length).toBeGreaterThanOrEqual(4);
      for (const s of xt) expect(s).toMatch(/^10[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
      const yt = await ticks(page, 'chart-precision', 'y');
      for (const s of yt) expect(s).toMatch(/^10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);

      // Read the crossing off the drawing: the first BF16 point above the threshold line,
      // converted back to m through the positions of the 10⁰ and 10¹ ticks.
      const geo = await page.evaluate((sel) => {
        const root = document.querySelector(sel)!;
        const tickX = Array.from(root.querySelectorAll('.chart-axis-x .chart-tick')).map((t) => ({
          text: t.textContent ?? '',
          x: Number(t.getAttribute('x')),
        }));
        const lines = Array.from(root.querySelectorAll('line.chart-ref-line')).map((l) => ({
          x1: Number(l.getAttribute('x1')),
          x2: Number(l.getAttribute('x2')),
          y1: Number(l.getAttribute('y1')),
          y2: Number(l.getAttribute('y2')),
        }));
        const curves = Array.from(root.querySelectorAll('path.chart-line')).map(
          (p) => p.getAttribute('d') ?? '',
        );
        return { tickX, lines, curves };
      }, chart);
      const x0 = geo.tickX.find((t) => t.text === '10⁰')!.x;
      const x1 = geo.tickX.find((t) => t.text === '10¹')!.x;
      const mAt = (px: number) => 10 ** ((px - x0) / (x1 - x0));
      const threshold = geo.lines.find((l) => l.y1 === l.y2)!;
      const bf16 = points(geo.curves[1]); // series order: FP32, BF16
      const first = bf16.findIndex(([, y]) => y < threshold.y1);
      expect(first).toBeGreaterThan(0);
      expect(mAt(bf16[first][0])).toBeCloseTo(5, 1);
      expect(mAt(bf16[first - 1][0])).toBeCloseTo(4, 1);
      // At m = 1 the curve starts at the true error (about 1.4×10⁻³), not at a floor.
      expect(mAt(bf16[0][0])).toBeCloseTo(1, 2);
      const summary = await page.locator(`${chart} [data-role="summary"]`).textContent();
      expect(summary).toMatch(/BF16: from 0\.001\d+ /);
      // The vertical marker sits at the same m and says so.
      const marker = geo.lines.find((l) => l.x1 === l.x2)!;
      expect(mAt(marker.x1)).toBeCloseTo(5, 1);
      expect(await page.locator(`${chart} text.chart-ref-label`).allTextContents()).toContain(
        'BF16 m = 5',
      );

      // The cos(mθ) heatmap has axes and a colour key from −1 to 1.
      const heat = page.locator('[data-testid="heatmap"]');
      expect(await heat.locator('[data-role="x-title"]').textContent()).toContain('pair i');
      expect(await heat.locator('[data-role="y-title"]').textContent()).toContain('position m');
      const key = await heat
        .locator('[data-role="color-key"] .color-key-ticks span')
        .allTextContents();
      expect(key).toEqual(['−1.0', '−0.5', '0.0', '0.5', '1.0']);
      expect(await heat.locator('.heatmap-rowticks span').allTextContents()).toEqual([
        '0',
        '8,159',
        '16,383',
      ]);
    }));

  it('marks log axes in the Norm lab, keeps Pre-Norm off the axis and keeps both ε lines visible', () =>
    browser.withPage('#/norm', async (page) => {
      await waitForChart(page, 'chart-grad-depth');
      const grad = '[data-testid="chart-grad-depth"]';
      expect(await page.locator(`${grad} [data-role="y-title"]`).textContent()).toContain(
        'log scale',
      );
      const yt = (await ticks(page, 'chart-grad-depth', 'y')).map(tickValue);
      // Powers of ten only, spanning the data (Pre-Norm's last layer ≈ 2.5 sits above the lowest).
      for (const v of yt) expect(Math.log10(v) % 1).toBe(0);
      expect(yt[0]).toBeLessThanOrEqual(1);
      // RMSNorm and LayerNorm nearly coincide on the ε chart: both drawn, the second dashed, and
      // the legend shows which is which.
      const eps = page.locator('[data-testid="chart-eps"]');
      const dashes = await eps
        .locator('path.chart-line')
        .evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke-dasharray') ?? ''));
      expect(dashes.length).toBe(2);
      expect(dashes[0]).toBe('');
      expect(dashes[1]).not.toBe('');
      expect(await eps.locator('[data-role="legend"] li').allTextContents()).toEqual([
        'RMSNorm',
        'LayerNorm',
      ]);
      // The SwiGLU heatmap has a colour key and both axes.
      const sw = page.locator('[data-testid="heatmap-swiglu"]');
      expect(await sw.locator('[data-role="color-key"]').count()).toBe(1);
      expect(await sw.locator('[data-role="x-title"]').textContent()).toBe('gate a');
    }));

  it('writes memory ticks as round decimal bytes', () =>
    browser.withPage('#/long-context', async (page) => {
      await waitForChart(page, 'chart-memory');
      const yt = await ticks(page, 'chart-memory', 'y');
      expect(yt.length).toBeGreaterThanOrEqual(3);
      // (SVG text drops the space between the words)
      for (const s of yt) expect(s).toMatch(/^(1|10|100) ?(B|kB|MB|GB|TB)$/);
      const xt = await ticks(page, 'chart-memory', 'x');
      // One format on the axis: never "1.0e+5" beside "10000".
      for (const s of xt) expect(s).not.toMatch(/e\+/);
    }));

  it('reads exact values under the pointer: the clipped objective at the ratio it names', () =>
    browser.withPage('#/alignment?eps=0.25', async (page) => {
      await waitForChart(page, 'chart-clip');
      const plot = page.locator('[data-testid="chart-clip"] .chart-plot svg');
      await plot.scrollIntoViewIfNeeded();
      const box = (await plot.boundingBox())!;
      for (const f of [0.3, 0.8]) {
        await page.mouse.move(box.x + box.width * f, box.y + box.height / 2);
        const readout = page.locator('[data-testid="chart-clip"] [data-role="readout"]');
        await readout.waitFor({ timeout: 30_000 });
        const lines = (await readout.innerText()).split('\n');
        // "probability ratio r = π_θ / π_old: 1.62", then one line per series.
        const r = Number(lines[0].split(': ').pop());
        expect(r).toBeGreaterThan(0);
        const value = (name: string) =>
          Number(
            lines
              .find((l) => l.startsWith(name + ':'))!
              .split(': ')
              .pop()!
              .replace('−', '-'),
          );
        expect(value('clipped, A = +1')).toBeCloseTo(ppoClipObjective(r, 1, 0.25).value, 6);
        expect(value('clipped, A = −1')).toBeCloseTo(ppoClipObjective(r, -1, 0.25).value, 6);
        expect(value('r·A, A = +1')).toBeCloseTo(r, 6);
      }
      // The pointer leaving the plot removes the read-out.
      await page.mouse.move(box.x - 50, box.y - 50);
      await expect
        .poll(() => page.locator('[data-testid="chart-clip"] [data-role="readout"]').count(), {
          timeout: 30_000,
        })
        .toBe(0);
    }));
});
