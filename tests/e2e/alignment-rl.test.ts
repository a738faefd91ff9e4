/**
 * The alignment lab's reward model and PPO in a real Chromium: the reward head trains in a worker,
 * on a random fixture model served by the test and on the committed tiny model, and a crashed
 * worker shows its error with a Retry; the PPO sliders redraw their charts, and the numbers a reader
 * reads under them (the clip range, the KL penalty, the PPO run's summary) are the ones the reference
 * kernels (src/kernels/reference/rl.ts) give here.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exportTokenizerJson, trainBpe } from '../../src/kernels/bpe/index.ts';
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

describe('Alignment lab: reward model and PPO', () => {
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
});
