/**
 * What the chat lab says about its model and what it does with bad inputs: the "what this model
 * knows" card from training.json (today's file, a file with held-out scores and topics, an odd
 * file), stored chat data that does not fit, and a tokenizer.json that is not a tokenizer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './browser.ts';
import { fault, modelFile, ready } from './chatHelpers.ts';

const browser = useBrowser();

const training = JSON.parse(readFileSync(`public${modelFile('training.json')}`, 'utf8')) as {
  parameters: number;
  config: { max_position_embeddings: number };
  final: { heldout: { topic: { en: number; zh: number }; followup: number; scope: number } };
  topics: { id: string; en: string; zh: string }[];
};
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const card = '[data-testid="model-card"]';

describe('what this model knows', () => {
  it("reads the committed model's training.json in both languages: its scores and topics", async () => {
    for (const [locale, colorScheme, width] of [
      ['en-US', 'light', 1280],
      ['zh-CN', 'dark', 375],
      ['en-US', 'dark', 375],
      ['zh-CN', 'light', 1280],
    ] as const) {
      await browser.withPage('#/chat', { locale, colorScheme, width }, async (page) => {
        await ready(page);
        const c = page.locator(card);
        await c.locator('[data-testid="card-parameters"]').waitFor({ timeout: 60_000 });
        const text = (await c.textContent()) ?? '';
        expect(text).toContain(training.parameters.toLocaleString('en-US'));
        expect(await c.locator('[data-testid="card-context"]').textContent()).toContain(
          String(training.config.max_position_embeddings),
        );
        const h = training.final.heldout;
        const scores = (await c.locator('[data-testid="card-scores"]').textContent()) ?? '';
        for (const x of [h.topic.en, h.topic.zh, h.followup, h.scope])
          expect(scores).toContain(pct(x));
        const topics = (await c.locator('[data-testid="card-topics"]').textContent()) ?? '';
        const lang = locale === 'en-US' ? 'en' : 'zh';
        expect(topics).toContain(training.topics[0][lang]);
        expect(text).toMatch(locale === 'en-US' ? /not a general assistant/ : /不是通用助手/);
        await screenshot(page, `chat-card-${locale}-${colorScheme}-${width}`);
      });
    }
  });

  it('shows held-out scores and topics when training.json has them, and survives odd fields', async () => {
    const path = modelFile('training.json');
    const v3 = {
      ...training,
      parameters: 3_456_789,
      config: { ...training.config, max_position_embeddings: 512 },
      final: { heldout: { topic: { en: 0.931, zh: 0.905 }, followup: 0.84, scope: 0.97 } },
      topics: [
        { id: 'rope', en: 'RoPE', zh: '旋转位置编码' },
        { id: 'kv', en: 'The KV cache', zh: 'KV 缓存' },
      ],
    };
    try {
      await fault(path, 'body', JSON.stringify(v3));
      for (const locale of ['en-US', 'zh-CN']) {
        await browser.withPage('#/chat', { locale }, async (page) => {
          const c = page.locator(card);
          await c.locator('[data-testid="card-parameters"]').waitFor({ timeout: 60_000 });
          expect(await c.locator('[data-testid="card-parameters"]').textContent()).toContain(
            '3,456,789',
          );
          expect(await c.locator('[data-testid="card-context"]').textContent()).toContain('512');
          const scores = (await c.locator('[data-testid="card-scores"]').textContent()) ?? '';
          for (const pct of ['93.1%', '90.5%', '84.0%', '97.0%']) expect(scores).toContain(pct);
          const topics = (await c.locator('[data-testid="card-topics"]').textContent()) ?? '';
          expect(topics).toContain(locale === 'en-US' ? 'The KV cache' : 'KV 缓存');
          await screenshot(page, `chat-card-v3-${locale}`);
        });
      }
      // Odd values: none is shown as a number, nothing crashes.
      await fault(
        path,
        'body',
        JSON.stringify({
          parameters: 'lots',
          config: { max_position_embeddings: -3 },
          final: { heldout: { topic: { en: 7, zh: null }, followup: 'x', scope: NaN } },
          topics: [{ id: 1 }, null, { id: 'a', en: '<b>bold</b>', zh: '粗' }],
        }),
      );
      await browser.withPage('#/chat', async (page) => {
        const c = page.locator(card);
        await c.locator('[data-testid="card-scores"]').waitFor({ timeout: 60_000 });
        const text = (await c.textContent()) ?? '';
        expect(text).not.toMatch(/lots|700%|-3/);
        expect(text).toMatch(/not measured for this model/);
        expect(await c.locator('b').count()).toBe(0);
        expect(text).toContain('<b>bold</b>');
      });
    } finally {
      await fault(path, 'none');
    }
  });
});

describe('stored chat data', () => {
  const turn = (x: object) => ({ role: 'assistant', content: 'hi', ...x });
  const bad: [string, unknown][] = [
    ['steps that are not an array', { version: 1, system: null, turns: [turn({ steps: 'x' })] }],
    ['a step with no fields', { version: 1, system: null, turns: [turn({ steps: [{}] })] }],
    ['empty stats', { version: 1, system: null, turns: [turn({ stats: {} })] }],
    [
      '5,000 turns',
      {
        version: 1,
        system: null,
        turns: Array.from({ length: 5000 }, (_, i) => ({
          role: i % 2 ? 'assistant' : 'user',
          content: `turn ${i}`,
        })),
      },
    ],
    ['not JSON', '{"version":1,'],
  ];
  it.each(bad)('resets %s with a notice, and does not crash again', async (_name, value) => {
    await browser.withPage('', async (page) => {
      const raw = typeof value === 'string' ? value : JSON.stringify(value);
      await page.evaluate((v) => localStorage.setItem('qip.chat', v), raw);
      await page.goto(page.url() + '#/chat');
      await ready(page);
      const notice = page.locator('[data-testid="notice"]', { hasText: /saved chat/ });
      await notice.waitFor();
      expect(await page.locator('.chat-empty').count()).toBe(1);
      expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
      // Reload: the reset data is gone, so no second notice and no crash.
      await page.reload();
      await ready(page);
      expect(await notice.count()).toBe(0);
      expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
    });
  });

  it('keeps valid stored data, including replies saved before seeds were recorded', () =>
    browser.withPage('', async (page) => {
      const tok = { id: 5, text: 'Hi', hex: '48 69', special: false, partial: false };
      const stored = {
        version: 1,
        system: null,
        turns: [
          { role: 'user', content: 'hello' },
          {
            role: 'assistant',
            content: 'Hi',
            steps: [
              {
                token: tok,
                prob: 0.9,
                alternatives: [{ ...tok, prob: 0.9 }],
                textDelta: 'Hi',
                elapsedMs: 3,
              },
            ],
            stats: {
              stopReason: 'stop',
              promptTokens: 20,
              newTokens: 1,
              ttftMs: 3,
              tokensPerSecond: 0,
              modelMs: 2,
              totalMs: 3,
            },
          },
        ],
      };
      await page.evaluate((v) => localStorage.setItem('qip.chat', v), JSON.stringify(stored));
      await page.goto(page.url() + '#/chat');
      await ready(page);
      expect(
        await page
          .locator('[data-testid="turn-assistant"] [data-testid="reply-text"]')
          .textContent(),
      ).toBe('Hi');
      expect(await page.locator('[data-testid="notice"]').count()).toBe(0);
    }));
});

describe('a tokenizer.json that is not a tokenizer', () => {
  const bodies: [string, 'corrupt' | 'body', string][] = [
    ['bytes that are not JSON', 'corrupt', ''],
    ['JSON without a model', 'body', JSON.stringify({ version: '1.0', added_tokens: [] })],
    [
      'a model of the wrong kind',
      'body',
      JSON.stringify({ model: { type: 'Unigram', vocab: [] }, added_tokens: [], decoder: null }),
    ],
  ];
  it.each(bodies)(
    '%s: a readable error and a Retry, not an endless load',
    async (_n, mode, body) => {
      const path = modelFile('tokenizer.json');
      await fault(path, mode, body);
      try {
        // The broken file logs 404s of the model's files on purpose.
        await browser.withPage('#/chat', { allow: 'model-404s' }, async (page) => {
          const error = page.locator('[data-testid="panel-error"]');
          await error.waitFor({ timeout: 90_000 });
          expect(await error.textContent()).toMatch(/tokenizer\.json/);
          await screenshot(page, 'chat-bad-tokenizer');
          await fault(path, 'none');
          await error.locator('button').click();
          await ready(page);
        });
      } finally {
        await fault(path, 'none');
      }
    },
  );
});
