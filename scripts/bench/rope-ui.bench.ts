/**
 * Frame time of the RoPE lab in Chromium while the base slider is dragged: the pointer sweeps
 * the range input, and an in-page requestAnimationFrame loop records the interval between
 * frames. Budget: one frame at 60 Hz (16.7 ms). Reported as the median and the 95th percentile.
 */
import type { BenchRow } from './types.ts';
import { withBuiltApp } from './browserHarness.ts';

const FRAME = 1000 / 60;

export async function run(): Promise<BenchRow[]> {
  return withBuiltApp(async (url, browser) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url + '/#/rope');
    await page.waitForSelector('[data-testid="chart-decay"] path.chart-line');
    const box = (await page
      .locator('[data-testid="slider-base"] input[type="range"]')
      .boundingBox())!;
    // Strings, not functions: tsx's name helpers do not exist inside the page.
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__stop = false;
      let last = performance.now();
      const tick = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (!window.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 4, y);
    await page.mouse.down();
    for (let sweep = 0; sweep < 2; sweep++) {
      for (let i = 0; i <= 60; i++) {
        const f = sweep % 2 === 0 ? i / 60 : 1 - i / 60;
        await page.mouse.move(box.x + 4 + f * (box.width - 8), y);
      }
    }
    await page.mouse.up();
    const frames = (await page.evaluate(
      '(() => { window.__stop = true; return window.__frames.slice(1); })()',
    )) as number[];
    frames.sort((a, b) => a - b);
    const q = (p: number) => frames[Math.min(frames.length - 1, Math.floor(p * frames.length))];
    const median = q(0.5);
    const p95 = q(0.95);
    return [
      {
        group: 'RoPE lab in Chromium (dragging the base)',
        name: 'frame time, median',
        value: median,
        unit: 'ms',
        peer: 'one frame (16.7 ms)',
        ratio: FRAME / median,
        goal: '≤ 16.7 ms',
        met: median <= FRAME + 0.5,
        note: `${frames.length} frames`,
      },
      {
        group: 'RoPE lab in Chromium (dragging the base)',
        name: 'frame time, 95th percentile',
        value: p95,
        unit: 'ms',
        peer: 'one frame (16.7 ms)',
        ratio: FRAME / p95,
      },
    ];
  });
}
