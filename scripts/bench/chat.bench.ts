/**
 * The chat in headless Chromium: time to first token and decoding tokens/s of the tiny Qwen
 * through the app (transformers.js in a worker, our sampler, streaming to the page), against a
 * bare ONNX Runtime Web greedy loop over the same model file with the same KV-cache inputs, in
 * the same browser and run. Goal: the app decodes at ≥ 50% of the bare loop's rate.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BpeTokenizer, loadHfTokenizerJson } from '../../src/kernels/bpe/index.ts';
import { sftLossMask } from '../../src/kernels/reference/chatml.ts';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';
import type { BenchRow } from './types.ts';
import { withBuiltApp } from './browserHarness.ts';
import { median } from './stats.ts';

const MODEL = `public/${TINY_MODEL_PATH}`;
const QUESTION = 'What is RoPE?';
const WARM_RUNS = 15;

const SYSTEM = 'You are a friendly tutor who explains the Qwen technical report in short answers.';

interface AppRun {
  tokens: number;
  ttftMs: number;
  tokensPerSecond: number;
  /** Percent of the generation spent inside the model's forward passes. */
  modelShare: number;
}

async function appRun(page: Page): Promise<AppRun> {
  const before = await page.locator('[data-testid="turn-stats"]').count();
  await page.fill('[data-testid="chat-input"]', QUESTION);
  await page.click('[data-testid="send"]');
  await page.locator('[data-testid="turn-stats"]').nth(before).waitFor({ timeout: 120_000 });
  const text = (await page.locator('[data-testid="turn-stats"]').nth(before).textContent()) ?? '';
  const m = /(\d+) tokens · first token after (\d+) ms · ([\d.]+) tokens\/s/.exec(text);
  const share = /(\d+)% of the time inside the model/.exec(text);
  if (!m || !share) throw new Error(`unexpected stats line: ${text}`);
  await page.click('[data-testid="clear"]');
  return {
    tokens: Number(m[1]),
    ttftMs: Number(m[2]),
    tokensPerSecond: Number(m[3]),
    modelShare: Number(share[1]),
  };
}

/** The bare loop, run inside a blank page of the same origin with ONNX Runtime Web's own build. */
const BARE_LOOP = `async ({ modelUrl, prompt, steps, layers, kvHeads, headDim }) => {
  const ort = window.ort;
  ort.env.wasm.wasmPaths = '/ort/';
  const t0 = performance.now();
  const session = await ort.InferenceSession.create(modelUrl, { executionProviders: ['wasm'] });
  const tCreated = performance.now();
  const i64 = (xs) => BigInt64Array.from(xs.map((x) => BigInt(x)));
  let past = {};
  for (let l = 0; l < layers; l++) {
    past['past_key_values.' + l + '.key'] = new ort.Tensor('float32', new Float32Array(0), [1, kvHeads, 0, headDim]);
    past['past_key_values.' + l + '.value'] = new ort.Tensor('float32', new Float32Array(0), [1, kvHeads, 0, headDim]);
  }
  let ids = prompt;
  let pos = 0;
  let tFirst = 0;
  for (let step = 0; step < steps; step++) {
    const n = ids.length;
    const feeds = {
      input_ids: new ort.Tensor('int64', i64(ids), [1, n]),
      attention_mask: new ort.Tensor('int64', i64(new Array(pos + n).fill(1)), [1, pos + n]),
      position_ids: new ort.Tensor('int64', i64(ids.map((_, i) => pos + i)), [1, n]),
      ...past,
    };
    const out = await session.run(feeds);
    const logits = out.logits.data;
    const V = out.logits.dims[2];
    const off = (n - 1) * V;
    let best = 0;
    for (let v = 1; v < V; v++) if (logits[off + v] > logits[off + best]) best = v;
    past = {};
    for (let l = 0; l < layers; l++) {
      past['past_key_values.' + l + '.key'] = out['present.' + l + '.key'];
      past['past_key_values.' + l + '.value'] = out['present.' + l + '.value'];
    }
    pos += n;
    ids = [best];
    if (step === 0) tFirst = performance.now();
  }
  const tEnd = performance.now();
  return { createMs: tCreated - t0, ttftMs: tFirst - tCreated, tokensPerSecond: ((steps - 1) * 1000) / (tEnd - tFirst) };
}`;

export async function run(): Promise<BenchRow[]> {
  const config = JSON.parse(readFileSync(`${MODEL}/config.json`, 'utf8')) as {
    num_hidden_layers: number;
    num_key_value_heads: number;
    hidden_size: number;
    num_attention_heads: number;
  };
  const tok = new BpeTokenizer(
    loadHfTokenizerJson(JSON.parse(readFileSync(`${MODEL}/tokenizer.json`, 'utf8'))),
  );
  const one = (t: string) => tok.encode(t, { allowedSpecial: 'all' })[0];
  const prompt = sftLossMask(
    [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: QUESTION },
    ],
    (s) => tok.encode(s),
    { imStart: one('<|im_start|>'), imEnd: one('<|im_end|>') },
    { addGenerationPrompt: true },
  ).ids;

  return withBuiltApp(async (url, browser) => {
    const page = await browser.newPage();
    await page.goto(url + '/#/chat?temp=0&rep=1&max=64');
    await page.waitForSelector('[data-testid="model-status"]', { timeout: 120_000 });
    const cold = await appRun(page);

    const bare = await browser.newPage();
    // A blank page of the same origin (no app, no CSP) that loads ONNX Runtime Web directly.
    await bare.route(url + '/bare.html', (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>bare ONNX Runtime loop</title>',
      }),
    );
    await bare.goto(url + '/bare.html');
    await bare.addScriptTag({ url: '/ort/ort.wasm.min.js' });
    const args = {
      modelUrl: `/${TINY_MODEL_PATH}/onnx/model.onnx`,
      prompt,
      steps: Math.max(2, cold.tokens),
      layers: config.num_hidden_layers,
      kvHeads: config.num_key_value_heads,
      headDim: config.hidden_size / config.num_attention_heads,
    };
    type Bare = { createMs: number; ttftMs: number; tokensPerSecond: number };
    const bareRun = async () =>
      (await bare.evaluate(`(${BARE_LOOP})(${JSON.stringify(args)})`)) as Bare;
    const bareCold = await bareRun();
    // Warm runs alternate app and bare loop, so both see the same machine load; medians.
    const warm: AppRun[] = [];
    const bareWarm: Bare[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      warm.push(await appRun(page));
      bareWarm.push(await bareRun());
    }
    const appTps = median(warm.map((r) => r.tokensPerSecond));
    const appTtft = median(warm.map((r) => r.ttftMs));
    const appShare = median(warm.map((r) => r.modelShare));
    const bareTps = median(bareWarm.map((r) => r.tokensPerSecond));
    const bareTtft = median(bareWarm.map((r) => r.ttftMs));

    const group = 'Chat in Chromium (tiny Qwen, wasm)';
    return [
      {
        group,
        name: 'app, cold: first reply tokens/s',
        value: cold.tokensPerSecond,
        unit: 'tok/s',
        note: `${cold.tokens} tokens`,
      },
      { group, name: 'app, cold: time to first token', value: cold.ttftMs, unit: 'ms' },
      {
        group,
        name: 'bare ORT loop, cold: session + first token',
        value: bareCold.createMs + bareCold.ttftMs,
        unit: 'ms',
      },
      {
        group,
        name: 'app, warm: decoding (median of 15)',
        value: appTps,
        unit: 'tok/s',
        peer: `bare ONNX Runtime loop, warm (${bareTps.toFixed(1)} tok/s)`,
        ratio: appTps / bareTps,
        goal: '≥ 0.5×',
        met: appTps >= 0.5 * bareTps,
      },
      {
        group,
        name: 'app, warm: share of the generation inside the model (median of 15)',
        value: appShare,
        unit: '%',
        note: 'the rest: sampling and top-10, streaming to the page, transformers.js',
      },
      {
        group,
        name: 'app, warm: time to first token (median of 15)',
        value: appTtft,
        unit: 'ms',
        peer: `bare loop prefill (${bareTtft.toFixed(1)} ms)`,
        ratio: bareTtft / appTtft,
      },
    ];
  });
}
