/**
 * Helpers shared by the chat lab's browser tests: waiting for the model, sending, a reply's
 * visible text, fault injection on the test server, a training dialogue to ask, and our own BPE
 * over the committed tokenizer (to size messages against the model's context in tokens).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { TOPICS } from '../../src/corpus/build.ts';
import { BpeTokenizer, loadHfTokenizerJson } from '../../src/kernels/bpe/index.ts';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';
import { baseUrl } from './browser.ts';

interface SftRecord {
  messages: { role: string; content: string }[];
}

/**
 * Each topic's first written English question ("What is BPE?"): asked by name, plainly, so any
 * model trained on the corpus answers it with what it was taught (a question wrapped in an
 * opener, or asked without the topic's name, may land on a neighbouring topic).
 */
const PLAIN_QUESTIONS = new Set(TOPICS.map((t) => t.en.questions[0]));

/**
 * A training dialogue with the English system prompt that asks one of the topics' plain
 * questions: its question and the answer it taught.
 */
export function trainingExample(minAnswer = 0): {
  system: string;
  question: string;
  answer: string;
} {
  const lines = readFileSync('data/corpus/sft.jsonl', 'utf8').trim().split('\n');
  for (const line of lines) {
    const r = JSON.parse(line) as SftRecord;
    const [s, u, a] = r.messages;
    if (
      s?.role === 'system' &&
      /^You are/.test(s.content) &&
      u?.role === 'user' &&
      PLAIN_QUESTIONS.has(u.content) &&
      a?.role === 'assistant' &&
      r.messages.length === 3 &&
      a.content.length >= minAnswer
    ) {
      return { system: s.content, question: u.content, answer: a.content };
    }
  }
  throw new Error(
    'no English single-turn training dialogue with a system prompt asking a plain question in data/corpus/sft.jsonl',
  );
}

/** Waits until the chat's model is loaded (the status line appears). */
export async function ready(page: Page) {
  await page.waitForSelector('[data-testid="model-status"]', { timeout: 90_000 });
}

export async function ask(page: Page, text: string) {
  await page.fill('[data-testid="chat-input"]', text);
  await page.click('[data-testid="send"]');
}

export const replies = (page: Page) => page.locator('[data-testid="turn-assistant"]');

/** Waits until no reply is being generated and the last reply has its stats line. */
export async function replyDone(page: Page) {
  await page.waitForSelector('[data-testid="stop"]:disabled', { timeout: 90_000 });
  await page.waitForSelector(
    '[data-testid="turn-assistant"]:last-child [data-testid="turn-stats"]',
    {
      timeout: 90_000,
    },
  );
}

/** The visible text of the last reply. */
export async function lastReply(page: Page): Promise<string> {
  return (await replies(page).last().locator('[data-testid="reply-text"]').textContent()) ?? '';
}

/** Makes the test server answer `path` differently (see server.ts `/__faults`). */
export async function fault(
  path: string,
  mode: 'missing' | 'corrupt' | 'body' | 'drop' | 'none',
  body = '',
) {
  const q = new URLSearchParams({ path, mode });
  const res = await fetch(`${baseUrl()}/__faults?${q}`, { method: 'POST', body });
  if (!res.ok) throw new Error(`fault injection failed: HTTP ${res.status}`);
}

export const modelFile = (name: string) => `/${TINY_MODEL_PATH}/${name}`;

let bpe: BpeTokenizer | null = null;
/** Token count of a text under the committed tiny model's tokenizer. */
export function countTokens(text: string): number {
  bpe ??= new BpeTokenizer(
    loadHfTokenizerJson(
      JSON.parse(readFileSync(`public/${TINY_MODEL_PATH}/tokenizer.json`, 'utf8')) as unknown,
    ),
  );
  return bpe.encode(text).length;
}
