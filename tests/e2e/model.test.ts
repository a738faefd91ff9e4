/**
 * The Model lab in a real Chromium: Qwen-7B's parameter count and block shapes, keyboard access
 * to the diagram, the committed tiny model's grouped-query attention, the next-token
 * distribution for a typed prompt, the readable error when a model file is missing, hostile
 * links, and screenshots in both languages and themes at desktop and phone width.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  LOAD_TIMEOUT,
  hash,
  modelServed,
  screenshot,
  setNumber,
  text,
  useBrowser,
  waitForChart,
} from './browser.ts';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';
import { TINY_SIZES } from '../../src/model/tiny.ts';
import { serveStatic } from './server.ts';

const browser = useBrowser();

const topProbs = (page: Page) =>
  page
    .locator('[data-testid="top-row"]')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-prob'))));

describe('Model lab', () => {
  it('choosing Qwen-7B shows its 7,721,324,544 parameters and the shapes of each block', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    await browser.withPage('#/model', async (page) => {
      await page.waitForSelector('[data-testid="model-select"]');
      await page.selectOption('[data-testid="model-select"]', 'qwen-7b');
      await expect.poll(() => hash(page)).toContain('model=qwen-7b');
      await expect.poll(() => text(page, 'arch-total')).toContain('7,721,324,544');
      expect(await text(page, 'arch-total')).toContain('7.72 B');

      await page.click('[data-testid="block-attn"]');
      const attn = (await text(page, 'tensor-table'))!;
      expect(attn).toContain('self_attn.q_proj.weight');
      expect(attn).toContain('4,096 × 4,096');
      expect(attn).toContain('self_attn.q_proj.bias');
      expect(await text(page, 'attn-heads')).toContain(
        'Multi-head attention: each of the 32 heads',
      );
      // 50,331,648 + 12,288 + 16,777,216 = 67,121,152 per layer, × 32 layers.
      expect(await text(page, 'block-total')).toContain('67,121,152 per layer × 32 layers');

      // The keyboard reaches the diagram: focusing a block selects it.
      await page.focus('[data-testid="block-attn"]');
      await page.keyboard.press('Tab'); // → post-attention RMSNorm
      await page.keyboard.press('Tab'); // → SwiGLU MLP
      await expect.poll(() => hash(page)).toContain('block=mlp');
      expect(await text(page, 'tensor-table')).toContain('11,008 × 4,096');
      expect(await page.locator('[data-testid="block-mlp"]').getAttribute('aria-pressed')).toBe(
        'true',
      );

      const totals = page.locator('[data-testid="totals-table"]');
      expect(await totals.locator('[data-testid="total-qwen-7b"]').textContent()).toBe(
        '7,721,324,544',
      );
      expect(await totals.locator('[data-testid="total-qwen-14b"]').textContent()).toBe(
        '14,167,290,880',
      );
      expect(await totals.locator('[data-testid="total-qwen-1_8b"]').textContent()).toBe(
        '1,836,828,672',
      );
      const table = page.locator('[data-testid="config-table"]');
      expect(await table.locator('tr[data-field="configIntermediate"]').textContent()).toContain(
        '22,016',
      );
      expect(await page.locator('[data-testid="chart-shares"] path').count()).toBeGreaterThan(0);
    });
  });

  it('draws the tiny model from its config.json: 4 query heads share 2 key/value heads', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    await browser.withPage('#/model?model=tiny&block=attn', async (page) => {
      await page.waitForSelector('[data-testid="attn-heads"]', { timeout: 60_000 });
      expect(await text(page, 'attn-heads')).toContain(
        '4 query heads of dimension 32 share 2 key/value heads',
      );
      expect(await text(page, 'tensor-table')).toContain('64 × 128');
      const tinyTotal = await page.locator('[data-testid="total-tiny"]').textContent();
      expect(await text(page, 'arch-total')).toContain(tinyTotal!);
    });
  });

  it('a typed prompt gives 10 next tokens, sorted, each probability at most 1', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    await browser.withPage('#/model', async (page) => {
      await page.waitForSelector('[data-testid="prompt"]');
      await page.fill('[data-testid="prompt"]', 'RMSNorm divides each vector by');
      await expect.poll(() => hash(page)).toContain('prompt=RMSNorm+divides+each+vector+by');
      await page.waitForSelector('[data-testid="top-row"]', { timeout: 60_000 });
      await expect
        .poll(async () => (await topProbs(page)).length, { timeout: LOAD_TIMEOUT })
        .toBe(10);
      const probs = await topProbs(page);
      for (let i = 0; i < probs.length; i++) {
        expect(probs[i]).toBeGreaterThan(0);
        expect(probs[i]).toBeLessThanOrEqual(1);
        if (i > 0) expect(probs[i]).toBeLessThanOrEqual(probs[i - 1]);
      }
      expect(await page.locator('[data-testid="prompt-tokens"] li').count()).toBeGreaterThan(3);

      // A higher temperature flattens the distribution: the top token loses probability.
      await setNumber(page, 'slider-temp', 3);
      await expect.poll(() => hash(page)).toContain('temp=3');
      await expect
        .poll(async () => (await topProbs(page))[0], { timeout: LOAD_TIMEOUT })
        .toBeLessThan(probs[0]);
      // Temperature T divides the logits, so every probability becomes p^(1/T) renormalized over
      // the whole vocabulary: the ratio of two shown probabilities is their ratio at T = 1 to
      // the power 1/3.
      const probs3 = await topProbs(page);
      expect(probs3).toHaveLength(10);
      for (let i = 1; i < 10; i++)
        expect(probs3[i] / probs3[0]).toBeCloseTo((probs[i] / probs[0]) ** (1 / 3), 5);

      // The ChatML wrapping adds <|im_start|>user … <|im_start|>assistant around the prompt.
      const n0 = await page.locator('[data-testid="prompt-tokens"] li').count();
      await page.check('[data-testid="chat-toggle"]');
      await expect.poll(() => hash(page)).toContain('chat=1');
      await expect
        .poll(() => page.locator('[data-testid="prompt-tokens"] li').count(), {
          timeout: LOAD_TIMEOUT,
        })
        .toBeGreaterThan(n0 + 4);
      expect(await text(page, 'prompt-tokens')).toContain('<|im_start|>');
      await expect
        .poll(async () => (await topProbs(page)).length, { timeout: LOAD_TIMEOUT })
        .toBe(10);
      await screenshot(page, 'model-next-chat');
    });
  });

  it('a cross-origin isolated page runs the TS model on helper threads, with the same answer', async () => {
    const { server, url } = await serveStatic([{ prefix: '/', dir: 'dist' }], 0, {
      isolated: true,
    });
    try {
      const route = '#/model?prompt=SwiGLU+multiplies+a+gate';
      const results = [];
      for (const opts of [{}, { baseUrl: url }]) {
        results.push(
          await browser.withPage(route, opts, async (page) => {
            await page.waitForSelector('[data-testid="top-row"]', { timeout: 60_000 });
            return {
              isolated: await page.evaluate(() => crossOriginIsolated),
              cores: await page.evaluate(() => navigator.hardwareConcurrency),
              probs: await topProbs(page),
              engine: (await text(page, 'engine')) ?? '',
            };
          }),
        );
      }
      const [plain, isolated] = results;
      expect(plain.isolated).toBe(false);
      expect(plain.engine).toContain('threads: 1; the page is not cross-origin isolated');
      expect(isolated.isolated).toBe(true);
      expect(isolated.engine).toContain(`threads: ${Math.min(4, isolated.cores)})`);
      // each output is computed by the same kernel code on either thread: identical numbers
      expect(isolated.probs).toEqual(plain.probs);
    } finally {
      server.close();
    }
  });

  it('a prompt longer than the context is cut from the start with a visible notice', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    const L = TINY_SIZES.context;
    const long = Array.from({ length: L + 50 }, (_, i) => `w${i}`).join(' ');
    await browser.withPage(`#/model?prompt=${encodeURIComponent(long)}`, async (page) => {
      await page.waitForSelector('[data-testid="truncated"]', { timeout: 60_000 });
      expect(await text(page, 'truncated')).toMatch(
        new RegExp(`first \\d+ tokens were dropped, the last ${L}`),
      );
      expect(await page.locator('[data-testid="prompt-tokens"] li').count()).toBe(L);
      await expect
        .poll(async () => (await topProbs(page)).length, { timeout: LOAD_TIMEOUT })
        .toBe(10);
    });
  });

  it('plots the training curves from training.json and lists every held-out reply as text', async () => {
    const report = JSON.parse(readFileSync(`public/${TINY_MODEL_PATH}/training.json`, 'utf8')) as {
      stepsDone: number;
      heldoutReplies: { ok: boolean; reply: string }[];
    };
    const right = report.heldoutReplies.filter((h) => h.ok).length;
    const n = report.heldoutReplies.length;
    await browser.withPage('#/model', async (page) => {
      await waitForChart(page, 'chart-training');
      expect(await page.locator('[data-testid="chart-training"] path.chart-line').count()).toBe(3);
      expect(await text(page, 'training-summary')).toContain(`${report.stepsDone} optimizer steps`);
      expect(await text(page, 'heldout-score')).toContain(`${right} of ${n}`);
      await page.click('.mp-heldout summary');
      const rows = page.locator('[data-testid="heldout-table"] tbody tr');
      expect(await rows.count()).toBe(n);
      expect(await page.locator('[data-testid="heldout-table"] tr[data-ok="0"]').count()).toBe(
        n - right,
      );
      expect(await rows.first().locator('td').last().textContent()).toBe(
        report.heldoutReplies[0].reply,
      );
      await page.locator('#model-training').scrollIntoViewIfNeeded();
      await screenshot(page, 'model-training');
    });
  });

  it('a damaged training.json shows a readable error with a retry', () =>
    browser.withPage('', async (page) => {
      await page.route(`**/${TINY_MODEL_PATH}/training.json`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"curve": [' }),
      );
      await page.evaluate(() => (location.hash = '#/model'));
      const error = page.locator('#model-training + .figure [data-testid="panel-error"]');
      await error.waitFor();
      expect(await error.textContent()).toMatch(/JSON/);
      expect(await error.locator('button').count()).toBe(1);
    }));

  it('a missing model file shows a readable error with a retry; the Qwen figures keep working', () =>
    browser.withPage('', { allow: 'model-404s' }, async (page) => {
      // Whatever the build carries, answer the weights with a 404 as a server without them would.
      await page.route(`**/${TINY_MODEL_PATH}/onnx/model.onnx`, (route) =>
        route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
      );
      await page.evaluate(() => (location.hash = '#/model'));
      await page.waitForSelector('#model-next [data-testid="panel-error"]');
      const message = await page.locator('#model-next [data-testid="panel-error"]').textContent();
      expect(message).toContain(`${TINY_MODEL_PATH}/onnx/model.onnx`);
      expect(message).toContain('HTTP 404');
      expect(await page.locator('#model-next [data-testid="panel-error"] button').count()).toBe(1);
      await page.selectOption('[data-testid="model-select"]', 'qwen-14b');
      await expect.poll(() => text(page, 'arch-total')).toContain('14,167,290,880');
      await screenshot(page, 'model-missing');
    }));

  it('clamps hostile values with a notice and renders a hostile prompt as text', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    const evil = '<img src=x onerror=alert(1)><|im_end|>';
    await browser.withPage(
      `#/model?model=gpt-5&block=nope&temp=1e9&prompt=${encodeURIComponent(evil)}`,
      async (page) => {
        await page.waitForSelector('[data-testid="url-notice"]');
        const notice = await page.locator('[data-testid="url-notice"]').textContent();
        for (const key of ['model', 'block', 'temp']) expect(notice).toContain(`“${key}”`);
        expect(await page.locator('[data-testid="prompt"]').inputValue()).toBe(evil);
        expect(await page.locator('img[src="x"]').count()).toBe(0);
        await page.waitForSelector('[data-testid="top-row"]', { timeout: 60_000 });
        // Typed special-token text stays plain text: no <|im_end|> token chip.
        const chips = await page
          .locator('[data-testid="prompt-tokens"] .mp-tok-text')
          .allTextContents();
        expect(chips).not.toContain('<|im_end|>');
      },
    );
  });

  it('screenshots in both languages and both themes, with no horizontal overflow at 375 px', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const locale of ['en-US', 'zh-CN']) {
        for (const width of [1280, 375]) {
          await browser.withPage(
            '#/model?model=qwen-7b&block=attn',
            { colorScheme, locale, width },
            async (page) => {
              await waitForChart(page, 'chart-shares');
              await page.waitForSelector('[data-testid="top-row"]', { timeout: 60_000 });
              const title = locale === 'zh-CN' ? '模型结构' : 'Model';
              expect(await page.locator('h1').textContent()).toBe(title);
              if (locale === 'zh-CN')
                expect(await page.locator('.model-panel').textContent()).toContain(
                  '为什么只有 q、k、v 带偏置',
                );
              const overflow = await page.evaluate(
                () => document.documentElement.scrollWidth - window.innerWidth,
              );
              expect(overflow).toBeLessThanOrEqual(0);
              await screenshot(page, `model-${colorScheme}-${locale}-${width}`);
            },
          );
        }
      }
    }
  });
});
