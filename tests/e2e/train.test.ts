/**
 * The Train lab in a real Chromium: the 1-minute preset's first steps lower the loss shown,
 * pause and resume, a reload reopens the run at the same step with bit-identical weights (the
 * weights fingerprint), also after a stop in the middle of training, the zip download holds the
 * Hugging Face folder, the trained model
 * opens in the Chat lab and answers, the lab in Chinese, and screenshots at 375 px in both
 * themes. Each test has its own browser context, so its own empty IndexedDB.
 */
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hash, LOAD_TIMEOUT, screenshot, text, useBrowser } from './browser.ts';
import { ask, ready, replyDone } from './chatHelpers.ts';
import { num, pause, runItems, startRun, step, trainWorker, WAIT } from './trainHelpers.ts';
import { PRESETS, presetSteps } from '../../src/train/presets.ts';

/** The 1-minute preset's steps, as the run list shows them. */
const ONE_MIN_STEPS = presetSteps(PRESETS['1min']);

const browser = useBrowser();

describe('Train lab', () => {
  it('lowers the loss, pauses, resumes, and reopens after a reload at the same step and weights', () =>
    browser.withPage('#/train', async (page) => {
      await startRun(page, 15);
      const first = await num(page, 'train-first-loss');
      const now = await num(page, 'train-loss');
      // a uniform guess over the 3,003-token vocabulary is ln 3003 ≈ 8.0
      expect(first).toBeGreaterThan(7.5);
      expect(now).toBeLessThan(first - 0.8);
      expect(await text(page, 'train-threads')).toContain('Training on one thread');

      await pause(page);
      const pausedAt = await step(page);
      const fingerprint = (await text(page, 'weights-hash'))!;
      expect(fingerprint).toMatch(/^[0-9a-f]{8}$/);
      expect(await text(page, 'train-status')).toBe('paused');

      await page.reload();
      await page.waitForSelector('[data-testid="train-resume"]', WAIT);
      expect(await step(page)).toBe(pausedAt);
      expect(await text(page, 'weights-hash')).toBe(fingerprint);
      expect(await text(page, 'run-list')).toContain(`step ${pausedAt} of ${ONE_MIN_STEPS}`);

      await page.click('[data-testid="train-resume"]');
      await expect.poll(() => step(page), { timeout: LOAD_TIMEOUT }).toBeGreaterThan(pausedAt + 2);
      expect(await text(page, 'weights-hash')).not.toBe(fingerprint);

      // Stop while a step is computing: it ends after that step, and that step is saved whole
      await page.click('[data-testid="train-stop"]');
      await expect.poll(() => text(page, 'train-status'), WAIT).toBe('stopped early');
      const stoppedAt = await step(page);
      const stoppedHash = (await text(page, 'weights-hash'))!;
      expect(stoppedAt).toBeGreaterThan(pausedAt + 2);
      await page.reload();
      await expect.poll(() => text(page, 'weights-hash'), WAIT).toBe(stoppedHash);
      expect(await step(page)).toBe(stoppedAt);
      expect(await text(page, 'train-status')).toBe('stopped early');
      expect(await text(page, 'run-list')).toContain(
        `step ${stoppedAt} of ${ONE_MIN_STEPS} · stopped early`,
      );
      expect(await runItems(page).count()).toBe(1);
    }));

  it('talks at any step, downloads the Hugging Face folder and opens the model in the Chat lab', () =>
    browser.withPage('#/train', async (page) => {
      await startRun(page, 4);
      await page.click('[data-testid="talk-ask"]');
      await page.waitForSelector('[data-testid="talk-reply"]', WAIT);
      expect(await text(page, 'talk-reply')).toMatch(/At step \d+:/);
      await pause(page);

      const [download] = await Promise.all([
        page.waitForEvent('download', WAIT),
        page.click('[data-testid="export-zip"]'),
      ]);
      const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
      expect(Object.keys(files).sort()).toEqual([
        'tiny-qwen-trained/config.json',
        'tiny-qwen-trained/generation_config.json',
        'tiny-qwen-trained/onnx/model.onnx',
        'tiny-qwen-trained/tokenizer.json',
        'tiny-qwen-trained/tokenizer_config.json',
      ]);
      const config = JSON.parse(new TextDecoder().decode(files['tiny-qwen-trained/config.json']));
      expect(config.hidden_size).toBe(64);
      expect(config.max_position_embeddings).toBe(128);

      await page.click('[data-testid="open-in-chat"]');
      await expect.poll(() => hash(page), WAIT).toMatch(/^#\/chat\?model=local:t/);
      await ready(page);
      const status = (await text(page, 'model-status'))!;
      expect(status).toContain('trained in this tab');
      expect(status).toContain('128'); // this model's context, not the committed model's 512
      await ask(page, 'What is RoPE?');
      await replyDone(page);
    }));

  it('keeps the run when the worker crashes, and Retry reopens it from its last save', () =>
    // The simulated crash is reported to the console on purpose.
    browser.withPage('#/train', { allow: 'anything' }, async (page) => {
      await startRun(page, 4);
      await pause(page); // a pause saves
      const savedAt = await step(page);
      await page.click('[data-testid="train-resume"]');
      await expect.poll(() => step(page), { timeout: LOAD_TIMEOUT }).toBeGreaterThan(savedAt);
      // an uncaught error inside the training worker, as a crash gives
      await trainWorker(page).evaluate(() => {
        setTimeout(() => {
          throw new Error('simulated crash');
        });
      });
      const failure = page.locator('[data-testid="worker-failure"]');
      await failure.waitFor(WAIT);
      expect(await failure.textContent()).toContain('Your run is kept up to its last save');
      expect(await failure.textContent()).toContain('simulated crash');
      await failure.locator('button').click();
      await page.waitForSelector('[data-testid="train-resume"]', WAIT);
      expect(await step(page)).toBeGreaterThanOrEqual(savedAt);
      expect(await runItems(page).count()).toBe(1);
    }));

  it('reads in Chinese, and looks right at 375 px in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await browser.withPage(
        '#/train',
        {
          width: 375,
          height: 800,
          colorScheme,
          locale: colorScheme === 'dark' ? 'zh-CN' : 'en-US',
        },
        async (page) => {
          await startRun(page, 3);
          await pause(page);
          if (colorScheme === 'dark') {
            expect(await text(page, 'train-status')).toBe('已暂停');
            expect(await page.textContent('main')).toContain('和它对话');
          }
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          await screenshot(page, `train-375-${colorScheme}`);
        },
      );
    }
  });
});
