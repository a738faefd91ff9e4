/**
 * The alignment lab in a real Chromium: editing a conversation redraws the ChatML text and the
 * SFT loss mask; plain concatenation is fooled by an injection that ChatML is not; missing model
 * files give a readable error; the reward head trains in a worker, on a random fixture model
 * served by the test and on the committed tiny model; the PPO sliders redraw their charts;
 * screenshots in both languages and themes, at 375 px too.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { trainBpe, exportTokenizerJson } from '../../src/kernels/bpe/index.ts';
import type { QwenConfig } from '../../src/model/config.ts';
import { initModel } from '../../src/model/init.ts';
import { exportQwen2Onnx } from '../../src/export/onnx.ts';
import { hfConfigJson } from '../../scripts/export/hf.ts';
import { PREFERENCE_PAIRS } from '../../src/panels/08-alignment/preferences.ts';
import {
  expectClean,
  expectOnlyModel404s,
  modelServed,
  openPage,
  screenshot,
  setNumber,
  useBrowser,
} from './browser.ts';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';

const browser = useBrowser();

const paths = (page: Page, testId: string) =>
  page
    .locator(
      `[data-testid="${testId}"] path.recharts-curve, [data-testid="${testId}"] path.recharts-rectangle`,
    )
    .evaluateAll((ps) => ps.map((p) => p.getAttribute('d')).join('|'));

/**
 * A random tiny Qwen in the committed layout (config.json, tokenizer.json, onnx/model.onnx),
 * built here with the project's own exporter, so the reward head's training in the browser is
 * also checked on a model independent of the committed files. Its vocabulary is a BPE trained on
 * the preference pairs.
 */
function fixtureModel(): Map<string, Buffer> {
  let text = '';
  for (const p of PREFERENCE_PAIRS) text += `${p.prompt}\n${p.chosen}\n${p.rejected}\n`;
  const { vocab } = trainBpe(text, 400, {
    specialTokens: ['<|endoftext|>', '<|im_start|>', '<|im_end|>'],
  });
  const config: QwenConfig = {
    model_type: 'qwen2',
    vocab_size: vocab.size,
    hidden_size: 32,
    intermediate_size: 96,
    num_hidden_layers: 2,
    num_attention_heads: 2,
    num_key_value_heads: 1,
    rms_norm_eps: 1e-6,
    rope_theta: 10000,
    max_position_embeddings: 256,
    tie_word_embeddings: false,
    bos_token_id: vocab.size - 3,
    eos_token_id: vocab.size - 3,
  };
  const model = initModel(config, 3, 0.2);
  const files = new Map<string, Buffer>();
  files.set('config.json', Buffer.from(JSON.stringify(hfConfigJson(config, vocab.size - 1))));
  files.set('tokenizer.json', Buffer.from(JSON.stringify(exportTokenizerJson(vocab))));
  files.set('onnx/model.onnx', Buffer.from(exportQwen2Onnx(config, model.weights)));
  return files;
}

async function serveFixture(page: Page, files: Map<string, Buffer>) {
  await page.route(`**/${TINY_MODEL_PATH}/**`, (route) => {
    const rel = new URL(route.request().url()).pathname.split(`/${TINY_MODEL_PATH}/`)[1];
    const body = files.get(rel);
    if (!body) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body, contentType: 'application/octet-stream' });
  });
}

/** The text of the tokens that carry SFT loss in the token chips, joined. */
async function maskedText(page: Page): Promise<string> {
  const chips = page.locator('[data-testid="token-chips"] li[data-mask="1"] .al-chip-text');
  return (await chips.allTextContents()).join('');
}

describe('Alignment lab', () => {
  it('shows a conversation as ChatML and as tokens with the SFT mask, and follows edits', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    const tp = await openPage(browser(), '#/alignment');
    const { page } = tp;
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
    const conv = JSON.stringify([
      { role: 'user', content: 'What is RoPE?' },
      { role: 'assistant', content: 'It rotates pairs.' },
    ]);
    await page.fill('[data-testid="conv-json"]', conv);
    await expect.poll(() => maskedText(page)).toBe('It·rotates·pairs.<|im_end|>');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('conv=');
    const summary = await page.locator('[data-testid="mask-summary"]').textContent();
    const total = await page.locator('[data-testid="token-chips"] li').count();
    expect(summary).toContain(`${total} tokens`);

    // The generation prompt adds tokens without loss.
    await page.check('[data-testid="gen"]');
    await expect
      .poll(() => page.locator('[data-testid="token-chips"] li').count())
      .toBeGreaterThan(total);
    expect(await page.locator('[data-testid="chatml-text"]').textContent()).toMatch(
      /<\|im_start\|>assistant\n$/,
    );

    // The tiny model's own vocabulary: same mask, other ids.
    const toyIds = await page.locator('[data-testid="token-chips"] .al-chip-id').allTextContents();
    await page.selectOption('[data-testid="vocab"]', 'tiny');
    await expect
      .poll(() => page.locator('[data-testid="mask-summary"]').textContent())
      .toContain('Tiny Qwen');
    expect(await maskedText(page)).toBe('It·rotates·pairs.<|im_end|>');
    const tinyIds = await page.locator('[data-testid="token-chips"] .al-chip-id').allTextContents();
    expect(tinyIds).not.toEqual(toyIds);
    await screenshot(page, 'alignment-tiny-vocab');
    // Qwen's own vocabulary, loaded lazily in a worker: the real ids of the ChatML markers.
    await page.selectOption('[data-testid="vocab"]', 'qwen');
    await page.waitForSelector('[data-testid="qwen-vocab"] [data-testid="token-chips"] li', {
      timeout: 60_000,
    });
    expect(await maskedText(page)).toBe('It·rotates·pairs.<|im_end|>');
    const qwenIds = await page.locator('[data-testid="token-chips"] .al-chip-id').allTextContents();
    expect(qwenIds[0]).toBe('151644'); // <|im_start|> (the Qwen report and Hugging Face Qwen2 code)
    expect(qwenIds).toContain('151645'); // <|im_end|>
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
    expectClean(tp);
    await tp.close();
  });

  it('a crashed token worker shows a readable error, and Retry starts a new one', async () => {
    const tp = await openPage(browser(), '');
    const { page } = tp;
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
    await tp.close();
  });

  it('a crashed reward-model worker shows a readable error, and Retry trains in a new one', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    const tp = await openPage(browser(), '#/alignment?rmsteps=100');
    const { page } = tp;
    let crash = true;
    await page.route('**/rewardModel.worker-*.js', (route) =>
      crash
        ? route.fulfill({
            contentType: 'text/javascript',
            body: "throw new Error('reward worker failed to start');",
          })
        : route.continue(),
    );
    await page.click('[data-testid="rm-start"]');
    const error = page.locator('[data-testid="reward-lab"] [data-testid="panel-error"]');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.textContent()).toContain('reward worker failed to start');
    crash = false;
    await error.locator('button').click();
    await page.waitForSelector('[data-testid="rm-result"]', { timeout: 60_000 });
    expect(await error.count()).toBe(0);
    await tp.close();
  });

  it('plain concatenation is fooled by an injected turn; ChatML is not', async () => {
    const tp = await openPage(browser(), '#/alignment');
    const { page } = tp;
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
    expectClean(tp);
    await tp.close();
  });

  it('says in words when the model files are missing, with a retry', async () => {
    const missing = await openPage(browser(), '#/alignment');
    // The build carries the model, but this page sees every model file as missing.
    await missing.page.route(`**/${TINY_MODEL_PATH}/**`, (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    await missing.page.click('[data-testid="rm-start"]');
    await expect
      .poll(() =>
        missing.page
          .locator('[data-testid="reward-lab"] [data-testid="panel-error"]')
          .textContent(),
      )
      .toContain('404');
    expect(
      await missing.page.locator('[data-testid="reward-lab"] button', { hasText: 'Retry' }).count(),
    ).toBe(1);
    await screenshot(missing.page, 'alignment-reward-missing-model');
    expectOnlyModel404s(missing);
    await missing.close();
  });

  /** Trains the head, checks the loss fell, scores a reply. */
  async function trainAndScore(page: Page, shot: string) {
    await page.click('[data-testid="rm-start"]');
    await page.waitForSelector('[data-testid="rm-result"]', { timeout: 60_000 });
    const result = (await page.locator('[data-testid="rm-result"]').textContent())!;
    const [first, last] = result.match(/\d+\.\d+/g)!.map(Number);
    expect(first).toBeCloseTo(Math.LN2, 3); // a zero head is a coin flip
    expect(last).toBeLessThan(first);
    expect((await paths(page, 'chart-rm-loss')).length).toBeGreaterThan(50);
    await page.fill('[data-testid="rm-reply"]', 'RoPE rotates query and key pairs by position.');
    await expect
      .poll(() => page.locator('[data-testid="rm-score"]').textContent())
      .toMatch(/^-?\d+\.\d{3}$/);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('reply=');
    await screenshot(page, shot);
  }

  it('trains the reward head in a worker on a random fixture model and scores a reply', async () => {
    const tp = await openPage(browser(), '#/alignment?rmsteps=200');
    await serveFixture(tp.page, fixtureModel());
    await trainAndScore(tp.page, 'alignment-reward-fixture');
    expectClean(tp);
    await tp.close();
  });

  /** The pair count the last training reports ("… of the 24 pairs it was trained on"), or -1. */
  async function trainedPairs(page: Page): Promise<number> {
    const result = page.locator('[data-testid="rm-result"]');
    if ((await result.count()) === 0) return -1;
    return Number(/of the (\d+) pairs/.exec((await result.textContent())!)?.[1] ?? -1);
  }

  it('trains the reward head in a worker on the committed tiny model and scores a reply', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    const tp = await openPage(browser(), '#/alignment?rmsteps=200');
    await trainAndScore(tp.page, 'alignment-reward-trained');

    // The visitor's reply becomes the rejected side of a new pair, and the head retrains on it.
    const before = await trainedPairs(tp.page);
    expect(await tp.page.locator('[data-testid="rm-pair"]').count()).toBe(before);
    await tp.page.click('[data-testid="rm-add-worse"]');
    await expect.poll(() => trainedPairs(tp.page), { timeout: 60_000 }).toBe(before + 1);
    const added = tp.page.locator('[data-testid="rm-pair"]').last().locator('td');
    expect(await added.nth(2).textContent()).toBe('RoPE rotates query and key pairs by position.');
    expect(await tp.page.locator('[data-testid="rm-pair"]').count()).toBe(before + 1);
    expectClean(tp);
    await tp.close();
  });

  it('moves the PPO sliders and every chart follows', async () => {
    const tp = await openPage(browser(), '#/alignment');
    const { page } = tp;
    await page.waitForSelector('[data-testid="chart-clip"] path.recharts-curve');
    const clip0 = await paths(page, 'chart-clip');
    const reward0 = await paths(page, 'chart-ppo-reward');
    const kl0 = await paths(page, 'chart-kl');
    const policy0 = await paths(page, 'chart-ppo-policy');
    const summary0 = await page.locator('[data-testid="ppo-summary"]').textContent();
    await setNumber(page, 'slider-eps', 0.5);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('eps=0.5');
    await expect.poll(() => paths(page, 'chart-clip')).not.toBe(clip0);
    await expect.poll(() => paths(page, 'chart-ppo-reward')).not.toBe(reward0);

    const reward1 = await paths(page, 'chart-ppo-reward');
    await setNumber(page, 'slider-beta', 0.02);
    await expect.poll(() => paths(page, 'chart-kl')).not.toBe(kl0);
    await expect.poll(() => paths(page, 'chart-ppo-reward')).not.toBe(reward1);
    await expect.poll(() => paths(page, 'chart-ppo-policy')).not.toBe(policy0);
    await expect
      .poll(() => page.locator('[data-testid="ppo-summary"]').textContent())
      .not.toBe(summary0);

    // The keyboard moves a slider too.
    const gae0 = await paths(page, 'chart-gae');
    await page.locator('[data-testid="slider-lambda"] input[type="range"]').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => paths(page, 'chart-gae')).not.toBe(gae0);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('lambda=0');

    // Play runs PPO step by step; pausing writes the step into the URL.
    await setNumber(page, 'slider-steps', 0);
    await expect
      .poll(() => page.locator('[data-testid="ppo-summary"]').textContent())
      .toMatch(/^After 0 steps/);
    await page.click('[data-testid="ppo-play"]');
    await expect
      .poll(() =>
        page
          .locator('[data-testid="ppo-summary"]')
          .textContent()
          .then((s) => Number(/After (\d+) steps/.exec(s ?? '')?.[1] ?? 0)),
      )
      .toBeGreaterThan(20);
    await page.click('[data-testid="ppo-play"]');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/steps=\d+/);

    // A copied link reproduces the run.
    const url = await page.evaluate(() => location.hash);
    const summary = await page.locator('[data-testid="ppo-summary"]').textContent();
    expectClean(tp);
    await tp.close();
    const copy = await openPage(browser(), url);
    await expect
      .poll(() => copy.page.locator('[data-testid="ppo-summary"]').textContent())
      .toBe(summary);
    expectClean(copy);
    await copy.close();
  });

  it('clamps hostile links with a notice', async () => {
    const tp = await openPage(
      browser(),
      '#/alignment?eps=1e308&steps=-5&vocab=evil&conv=' + 'x'.repeat(7000),
    );
    const { page } = tp;
    await page.waitForSelector('[data-testid="ppo-summary"]');
    expect(await page.locator('.notice').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="slider-eps"] .slider-value').textContent()).toBe('1');
    // The conversation is not JSON: a readable notice (not a failure), the rest of the lab works.
    await expect.poll(() => page.locator('[data-testid="input-problem"]').count()).toBe(1);
    expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
    expectClean(tp);
    await tp.close();
  });

  it.each(['light', 'dark'] as const)(
    'looks right in both languages in the %s theme, and fits a 375 px phone',
    async (colorScheme) => {
      for (const locale of ['en-US', 'zh-CN']) {
        for (const width of [1280, 375]) {
          const tp = await openPage(browser(), '#/alignment', { colorScheme, locale, width });
          const { page } = tp;
          await page.waitForSelector('[data-testid="chart-ppo-policy"] path.recharts-rectangle');
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
          expectClean(tp);
          await tp.close();
        }
      }
    },
  );
});
