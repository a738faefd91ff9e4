/**
 * The Long-context lab in a real Chromium. Without the model: the KV memory table (Qwen-7B at
 * 2,048 tokens in BF16 = 1 GB), the Flash step-through and its equality read-out, the window
 * masks following the sliders into the URL, the report's Table 3, hostile links, Chinese and
 * dark screenshots. With a model: a small random-weight model in the tiny model's layout is
 * served through a route (so these tests never depend on the committed files), and the KV
 * timing, the ablation table (1×, 2×) and the heatmaps run in the worker; the perplexities the
 * table shows and the RoPE base the heatmaps use are computed again here in Node, from the
 * report's recipe, the reference kernels and the model's own forward pass. A last test runs the
 * ablation on the committed tiny model, which the build must serve, and checks its table the
 * same way.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { buildCorpus } from '../../src/corpus/build.ts';
import { tokenizerFiles, trainTinyTokenizer } from '../../scripts/train/tokenizer.ts';
import { tinyConfig, TINY_SIZES } from '../../src/model/tiny.ts';
import { writeHfFolder } from '../../scripts/export/hf.ts';
import { initModel } from '../../src/model/init.ts';
import type { QwenConfig } from '../../src/model/config.ts';
import { evaluateLoss, type EvaluateOptions } from '../../src/model/evaluate.ts';
import { renderChatML, type ChatMessage } from '../../src/kernels/reference/chatml.ts';
import { ntkBase, qwenNtkAlpha } from '../../src/kernels/reference/ropeScaling.ts';
import { modelFromFiles, TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';

const browser = useBrowser();
let fixture = '';
let fixtureConfig: QwenConfig;
beforeAll(async () => {
  // A random-weight model with the tiny model's sizes and a tokenizer trained on the corpus.
  fixture = mkdtempSync(join(tmpdir(), 'lc-e2e-'));
  const { vocab, special } = trainTinyTokenizer(buildCorpus(1), 600);
  const config = tinyConfig(
    { hidden: 64, intermediate: 160, layers: 4, heads: 4, kvHeads: 2, context: 32 },
    vocab.size,
    special.endOfText,
  );
  fixtureConfig = config;
  const files = tokenizerFiles(vocab, 32);
  writeHfFolder(fixture, {
    config,
    weights: initModel(config, 3, 0.2).weights,
    imEndId: special.imEnd,
    tokenizerJson: files.json,
    tokenizerConfig: files.config,
  });
});
afterAll(async () => {
  if (fixture) rmSync(fixture, { recursive: true, force: true });
});

/** Serves the fixture model in place of public/<TINY_MODEL_PATH>/. */
async function serveFixture(page: Page) {
  await page.route(`**/${TINY_MODEL_PATH}/**`, (route) => {
    const rel = new URL(route.request().url()).pathname.split(`/${TINY_MODEL_PATH}/`)[1];
    try {
      return route.fulfill({ status: 200, body: readFileSync(join(fixture, rel)) });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

/** Waits for the ablation's summary, failing early with the panel's message if it errs. */
async function ablationDone(page: Page, timeout = LOAD_TIMEOUT) {
  await page.waitForSelector(
    '[data-testid="ablation-summary"], #lc-ablation [data-testid="panel-error"]',
    { timeout },
  );
  const err = page.locator('#lc-ablation [data-testid="panel-error"]');
  expect(await err.count(), (await err.allTextContents()).join(' ')).toBe(0);
}

const METHODS = ['plain', 'ntk', 'ntk-logn', 'ntk-logn-window'] as const;
type Table = Record<(typeof METHODS)[number], number[]>;

/**
 * The ablation table computed here in Node, for the model folder `dir`, from the recipe the lab
 * states: the first L·max tokens of the tutor dialogues (data/corpus/sft.jsonl, each rendered as
 * ChatML and followed by <|endoftext|>), cut into sequences of each length n = k·L and scored
 * from position 0 by the model's forward pass (src/model/evaluate.ts), without the page, its
 * worker or its WebAssembly kernels. Rows add, one by one: Qwen's dynamic NTK for n
 * (reference/ropeScaling.ts), LogN past L, and the windows where one is shorter than n.
 * → perplexity per row and multiple
 */
function ablationInNode(dir: string, multiples: number[], windows: number[]): Table {
  const read = (f: string) => readFileSync(join(dir, f));
  const tiny = modelFromFiles(
    JSON.parse(read('config.json').toString()) as QwenConfig,
    JSON.parse(read('tokenizer.json').toString()) as unknown,
    read('onnx/model.onnx'),
  );
  const c = tiny.config;
  const L = c.max_position_embeddings;
  const d = c.hidden_size / c.num_attention_heads;
  const total = L * Math.max(...multiples);
  const tokens: number[] = [];
  for (const line of readFileSync('data/corpus/sft.jsonl', 'utf8').split('\n')) {
    if (tokens.length >= total) break;
    if (line.trim() === '') continue;
    const { messages } = JSON.parse(line) as { messages: ChatMessage[] };
    tokens.push(
      ...tiny.tokenizer.encode(renderChatML(messages), { allowedSpecial: 'all' }),
      tiny.special.endOfText,
    );
  }
  const known = new Map<string, number>();
  const perplexity = (n: number, options: EvaluateOptions) => {
    const key = JSON.stringify([n, options, options.windows?.map(String)]);
    let ppl = known.get(key);
    if (ppl === undefined) {
      let loss = 0;
      for (let s = 0; s < total; s += n) {
        const ids = tokens.slice(s, s + n);
        loss += evaluateLoss(tiny.model, ids, { ...options, chunkSize: L }).meanLoss * (n - 1);
      }
      ppl = Math.exp(loss / ((total / n) * (n - 1)));
      known.set(key, ppl);
    }
    return ppl;
  };
  const table: Table = { plain: [], ntk: [], 'ntk-logn': [], 'ntk-logn-window': [] };
  for (const k of multiples) {
    const n = k * L;
    const alpha = qwenNtkAlpha(n, L);
    const ntk: EvaluateOptions = alpha > 1 ? { ropeBase: ntkBase(c.rope_theta, d, alpha) } : {};
    const logn: EvaluateOptions = n > L ? { ...ntk, lognTrainLength: L } : ntk;
    const windowed: EvaluateOptions = windows.some((w) => w < n) ? { ...logn, windows } : logn;
    table.plain.push(perplexity(n, {}));
    table.ntk.push(perplexity(n, ntk));
    table['ntk-logn'].push(perplexity(n, logn));
    table['ntk-logn-window'].push(perplexity(n, windowed));
  }
  return table;
}

/** The perplexities of `rows` in the lab's table (2 decimals) are the ones computed in Node. */
async function expectTable(page: Page, want: Table, rows: readonly (typeof METHODS)[number][]) {
  for (const m of rows) {
    const cells = page.locator(`[data-testid="ablation-table"] tr[data-method="${m}"] td`);
    const shown = (await cells.allTextContents()).slice(1).map((v) => Number(v.replace(/,/g, '')));
    expect(shown).toHaveLength(want[m].length);
    // Half a unit of the last decimal shown, and a hair for float32 sums added in another order.
    // (The page evaluates the text the build bundled: a build older than sft.jsonl differs.)
    shown.forEach((v, i) =>
      expect(
        Math.abs(v - want[m][i]),
        `${m} at ${i + 1}×: the page shows ${v}, Node computes ${want[m][i]}`,
      ).toBeLessThan(0.005 + 2e-6 * want[m][i]),
    );
  }
}

describe('Long-context lab', () => {
  it('KV memory, Flash step-through, window masks and the report table work without the model', () =>
    browser.withPage('#/long-context', async (page) => {
      await page.waitForSelector('[data-testid="kv-memory"]');
      const q7 = page.locator('[data-testid="kv-memory"] tr[data-model="Qwen-7B"] td');
      expect(await q7.nth(2).textContent()).toBe('512.0 KB');
      expect(await q7.nth(3).textContent()).toBe('1.0 GB'); // 32·2·32·128·2048·2 bytes
      await page.selectOption('[data-testid="kvdtype"]', 'fp32');
      await expect.poll(() => q7.nth(3).textContent()).toBe('2.0 GB');
      await expect.poll(() => hash(page)).toContain('kvdtype=fp32');

      // Flash: 8-token example, row 7, blocks of 3 → keys 0…2, 3…5, 6…7; equal to naive
      const steps = page.locator('[data-testid="flash-steps"] tbody tr');
      expect(await steps.count()).toBe(3);
      expect(await steps.nth(2).locator('td').first().textContent()).toBe('6 … 7');
      const last = await steps.nth(2).locator('td').last().textContent();
      expect(await text(page, 'flash-naive-row')).toContain(last!);
      const eq = (await text(page, 'flash-equal'))!;
      for (const m of eq.matchAll(/(\d\.\de[+-]\d+)/g)) expect(Number(m[1])).toBeLessThan(1e-5);
      await setNumber(page, 'slider-block', 8);
      await expect.poll(() => steps.count()).toBe(1);
      await setNumber(page, 'slider-row', 2);
      await expect.poll(() => steps.nth(0).locator('td').first().textContent()).toBe('0 … 2');

      // Windows: 4 masks; a slider writes the URL
      expect(await page.locator('[data-testid^="mask-"] canvas').count()).toBe(4);
      const L = TINY_SIZES.context;
      expect(await text(page, 'mask-0')).toContain(`window ${L}`);
      await setNumber(page, 'slider-window-0', 64);
      await expect.poll(() => hash(page)).toContain(`win=64,${L},${2 * L},${4 * L}`);
      await expect.poll(() => text(page, 'mask-0')).toContain('window 64');
      await setNumber(page, 'slider-window-3', 4096);
      await expect.poll(() => hash(page)).toContain(`win=64,${L},${2 * L},inf`);

      // The report's numbers, labelled as such
      expect(await page.locator('#lc-ablation').textContent()).toContain("the report's numbers");
      const plain = page.locator('[data-testid="report-table"] tr[data-method="plain"] td');
      expect(await plain.nth(3).textContent()).toBe('39.35');
      await screenshot(page, 'long-context');
    }));

  it('times generation with and without the KV cache, runs the ablation and draws heatmaps (served test model)', () =>
    browser.withPage('#/long-context?kvmax=128&amax=2&win=32,32,64,inf&hlen=384', async (page) => {
      await serveFixture(page);
      await page.click('[data-testid="run-kv"]');
      await waitForChart(page, 'chart-kv', 60_000);
      await expect
        .poll(() => page.locator('[data-testid="kv-table"] tbody tr').count(), {
          timeout: 60_000,
        })
        .toBe(4); // 16, 32, 64, 128
      // The lengths timed: from 16, doubling up to the longest chosen (128).
      const lengths: string[] = [];
      for (let n = 16; n <= 128; n *= 2) lengths.push(String(n));
      expect(
        await page.locator('[data-testid="kv-table"] tbody tr td:first-child').allTextContents(),
      ).toEqual(lengths);
      const speedup = await page
        .locator('[data-testid="kv-table"] tbody tr')
        .last()
        .locator('td')
        .last()
        .textContent();
      expect(speedup).toMatch(/^\d+(\.\d)?×$/);

      await page.click('[data-testid="run-ablation"]');
      await ablationDone(page);
      const cells = page.locator('[data-testid="ablation-table"] tbody td');
      // 4 rows × (name + 2 lengths): every perplexity is a number; at 1× all rows agree
      const values = (await cells.allTextContents()).filter((_, i) => i % 3 !== 0).map(Number);
      expect(values).toHaveLength(8);
      for (const v of values) expect(v).toBeGreaterThan(1);
      expect(new Set([values[0], values[2], values[4], values[6]]).size).toBe(1);
      expect(await text(page, 'ablation-table')).toContain('64 (2×)');
      expect(await page.locator('[data-testid="ablation-steps"] li').count()).toBe(3);
      // Every perplexity is the one the model gives for the recipe, computed here.
      await expectTable(page, ablationInNode(fixture, [1, 2], [32, 32, 64, Infinity]), METHODS);
      // New windows stop the running job and start again with them
      const before2x = values[7];
      await setNumber(page, 'slider-window-0', 4);
      await expect.poll(() => text(page, 'ablation-ours')).toContain('4 / 32 / 64 / ∞');
      await ablationDone(page);
      const window2x = await page
        .locator('[data-testid="ablation-table"] tr[data-method="ntk-logn-window"] td')
        .nth(2)
        .textContent();
      expect(Number(window2x)).not.toBe(before2x);
      // The window of 4 in layer 0 now also cuts the 1× sequences of 32 tokens.
      await expectTable(page, ablationInNode(fixture, [1, 2], [4, 32, 64, Infinity]), [
        'ntk-logn-window',
      ]);

      await page.click('[data-testid="run-heat"]');
      await page.waitForSelector('[data-testid="heatmap-attention"] canvas', {
        timeout: 60_000,
      });
      // The RoPE base the forward pass uses: the model's own, then Qwen's dynamic NTK for 384
      // tokens against L = 32 (α = 2^⌈log₂ 12 + 1⌉ − 1 = 31) with head dimension 16.
      const c = fixtureConfig;
      const L = c.max_position_embeddings;
      const d = c.hidden_size / c.num_attention_heads;
      const ropeBase = async () =>
        Number(/RoPE base ([\d.e+]+);/.exec((await text(page, 'heat-options')) ?? '')?.[1]);
      expect(await text(page, 'heat-options')).toContain(`384 tokens (L = ${L})`);
      expect(await ropeBase()).toBe(c.rope_theta);
      const alpha = qwenNtkAlpha(384, L);
      expect(alpha).toBe(31);
      const ntk = ntkBase(c.rope_theta, d, alpha); // base · α^(d/(d−2))
      await page.check('[data-testid="toggle-ntk"]');
      // Written with one decimal.
      await expect.poll(async () => Math.abs((await ropeBase()) - ntk)).toBeLessThan(0.051);
      await expect.poll(() => hash(page)).toContain('ntk=1');
      await page.check('[data-testid="toggle-window"]');
      await expect.poll(() => text(page, 'heat-options')).toContain('window in this layer: 4');
      await setNumber(page, 'slider-layer', 3);
      await expect.poll(() => text(page, 'heat-options')).toContain('window in this layer: full');
      await page.waitForSelector('[data-testid="heatmap-attention"] canvas');
      await screenshot(page, 'long-context-model');
    }));

  it('the committed tiny model runs the ablation', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    await browser.withPage('#/long-context?amax=2', async (page) => {
      await page.click('[data-testid="run-ablation"]');
      await ablationDone(page, 170_000);
      expect(await text(page, 'ablation-ours')).toContain(`L = ${TINY_SIZES.context}`);
      // The perplexities of the model the build serves, with the lab's default windows.
      const L = TINY_SIZES.context;
      await expectTable(
        page,
        ablationInNode(`dist/${TINY_MODEL_PATH}`, [1, 2], [L, L, 2 * L, 4 * L]),
        METHODS,
      );
      await screenshot(page, 'long-context-tiny');
    });
  });

  it('reads in English dark and Chinese light', async () => {
    for (const [locale, colorScheme, name] of [
      ['en-US', 'dark', 'long-context-en-dark'],
      ['zh-CN', 'light', 'long-context-zh-light'],
    ] as const) {
      await browser.withPage('#/long-context', { locale, colorScheme }, async (page) => {
        await waitForChart(page, 'chart-memory');
        expect(await page.locator('[data-testid="report-table"] tbody tr').count()).toBe(4);
        await screenshot(page, name);
      });
    }
  });

  it('clamps hostile values, survives bad windows, and reads in Chinese and dark', () =>
    browser.withPage(
      '#/long-context?kvlen=1e309&row=-4&block=99&win=%3Cscript%3E&amax=16&mlen=NaN',
      { locale: 'zh-CN', colorScheme: 'dark', width: 375, height: 800 },
      async (page) => {
        await page.waitForSelector('[data-testid="url-notice"]');
        const notice = (await text(page, 'url-notice'))!;
        for (const key of ['kvlen', 'row', 'block', 'amax', 'mlen']) expect(notice).toContain(key);
        // Windows that cannot be read are a notice (the lab works on), not a failure.
        await page.waitForSelector('#lc-windows [data-testid="input-problem"]');
        expect(
          await page.locator('#lc-windows [data-testid="input-problem"]').textContent(),
        ).toContain('<script>');
        expect(await page.locator('#lc-windows [data-testid="panel-error"]').count()).toBe(0);
        expect(await page.locator('h1').textContent()).toBe('长上下文');
        expect(await page.locator('.lc-panel').textContent()).toContain('报告的表 3');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await screenshot(page, 'long-context-zh-dark-375');
      },
    ));
});
