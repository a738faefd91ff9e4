/**
 * "Your own model" in the chat lab, in a real Chromium: the committed tiny model's folder given
 * to the folder picker and, as loose files, to the files picker, chats with every feature while
 * the server refuses the tiny model's files (so the answer can only come from the files given);
 * folders that are not a usable model get a clear reason and leave the chat on the tiny Qwen;
 * after a reload the link's local model is gone and the chat says so.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';
import { LOAD_TIMEOUT, hash, useBrowser } from './browser.ts';
import {
  ask,
  fault,
  lastReply,
  modelFile,
  ready,
  replies,
  replyDone,
  trainingExample,
} from './chatHelpers.ts';

const browser = useBrowser();
const TINY = `public/${TINY_MODEL_PATH}`;
const FILES = [
  'config.json',
  'generation_config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'onnx/model.onnx',
];
const tmp = mkdtempSync(join(tmpdir(), 'qip-local-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the tiny model's folder named `name`, changed by `edit`. */
function folder(name: string, edit: (dir: string) => void = () => {}): string {
  const dir = join(tmp, name);
  cpSync(TINY, dir, { recursive: true });
  edit(dir);
  return dir;
}

/** The server answers 404 for every file of the tiny model until `restore` runs. */
async function refuseTinyFiles() {
  for (const f of FILES) await fault(modelFile(f), 'missing');
  return async () => {
    for (const f of FILES) await fault(modelFile(f), 'none');
  };
}

const status = (page: Page) => page.locator('[data-testid="model-status"]').textContent();

/** Asks a training question greedily and checks the taught answer, its alternatives and the prompt. */
async function chatsLikeTheTinyModel(page: Page) {
  const ex = trainingExample();
  await page.fill('[data-testid="system-prompt"]', ex.system);
  await ask(page, ex.question);
  await replyDone(page);
  expect((await lastReply(page)).trim()).toBe(ex.answer);
  await replies(page).last().locator('[data-tokens]').nth(1).click();
  const alt = page.locator('[data-testid="alternatives"]');
  expect(await alt.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
  await page.click('[data-testid="under-the-hood"] summary');
  await expect
    .poll(() => page.locator('[data-testid="prompt-tokens"] .ptok[data-mask="1"]').count(), {
      timeout: LOAD_TIMEOUT,
    })
    .toBeGreaterThan(0);
}

/**
 * Inspect on the reply just written reads the picked files (the server refuses the tiny model's):
 * the lens's last stage ranks the written token first and agrees with transformers.js.
 */
async function inspectsFromTheFiles(page: Page) {
  const sampled = page.locator('[data-testid="alternatives"] tr.sampled td').nth(1);
  const id = Number(await sampled.textContent());
  await page.locator('[data-testid="inspect-open"]').last().click();
  await page.waitForSelector('[data-testid="inspect-body"]', { timeout: 60_000 });
  const cells = page.locator('[data-testid="lens-cell"]');
  expect(Number(await cells.last().getAttribute('data-top'))).toBe(id);
  const agreement = page.locator('[data-testid="agreement"]');
  await agreement.waitFor({ timeout: 60_000 });
  expect(Number(await agreement.getAttribute('data-value'))).toBeLessThanOrEqual(1e-4);
}

describe('chat with a model from disk', () => {
  it('opens a model folder through the folder picker and chats with it offline from the server', async () => {
    const dir = folder('my-tiny-qwen');
    await browser.withPage('#/chat?temp=0&rep=1&max=200', async (page) => {
      await ready(page);
      const restore = await refuseTinyFiles();
      try {
        await page.setInputFiles('[data-testid="local-folder-input"]', dir);
        await expect
          .poll(() => status(page), { timeout: LOAD_TIMEOUT })
          .toMatch(/^my-tiny-qwen ready: from your disk, fp32/);
        expect(await hash(page)).toMatch(/model=local:d\d+-/);
        await chatsLikeTheTinyModel(page);
        await inspectsFromTheFiles(page);
        // Back to the tiny Qwen: the link no longer names the local model.
        await restore();
        await page.click('[data-testid="back-to-tiny"]');
        await expect
          .poll(() => status(page), { timeout: LOAD_TIMEOUT })
          .toMatch(/^Tiny Qwen ready/);
        expect(await hash(page)).not.toMatch(/model=/);
      } finally {
        await restore();
      }
    });
  });

  it('opens the same model given as loose files, and forgets it after a reload with a notice', () =>
    browser.withPage('#/chat?temp=0&rep=1&max=200', async (page) => {
      await ready(page);
      const restore = await refuseTinyFiles();
      try {
        await page.setInputFiles(
          '[data-testid="local-files-input"]',
          FILES.map((f) => join(TINY, f)),
        );
        await expect
          .poll(() => status(page), { timeout: LOAD_TIMEOUT })
          .toMatch(/^your model files ready: from your disk/);
        await chatsLikeTheTinyModel(page);
      } finally {
        await restore();
      }
      await page.reload();
      await ready(page);
      expect(await status(page)).toMatch(/^Tiny Qwen ready/);
      expect(await page.locator('[data-testid="notice"]').first().textContent()).toMatch(
        /no longer open.*back on the tiny Qwen/,
      );
      expect(await hash(page)).not.toMatch(/model=/);
    }));

  it('says why a folder is not a usable model, and stays on the tiny Qwen', () =>
    browser.withPage('#/chat', async (page) => {
      await ready(page);
      const error = page.locator('[data-testid="local-model-error"]');
      const cases: [string, string, RegExp][] = [
        ['no-config', 'config.json', /config\.json is missing/],
        ['no-onnx', 'onnx/model.onnx', /no ONNX model/],
      ];
      for (const [name, remove, reason] of cases) {
        const dir = folder(name, (d) => rmSync(join(d, remove)));
        await page.setInputFiles('[data-testid="local-folder-input"]', dir);
        await expect.poll(() => error.textContent()).toMatch(reason);
      }
      // The onnx folder itself instead of the model folder.
      await page.setInputFiles('[data-testid="local-folder-input"]', join(TINY, 'onnx'));
      await expect.poll(() => error.textContent()).toMatch(/looks like the onnx folder/);

      const config = readFileSync(join(TINY, 'config.json'), 'utf8');
      const files = (configText: string) => [
        { name: 'config.json', mimeType: 'application/json', buffer: Buffer.from(configText) },
        ...FILES.filter((f) => f !== 'config.json').map((f) => ({
          name: f.split('/').pop()!,
          mimeType: 'application/octet-stream',
          buffer: readFileSync(join(TINY, f)),
        })),
      ];
      await page.setInputFiles('[data-testid="local-files-input"]', files(config.slice(0, 40)));
      await expect.poll(() => error.textContent()).toMatch(/config\.json is not valid JSON/);
      await page.setInputFiles(
        '[data-testid="local-files-input"]',
        files(config.replace('"qwen2"', '"llama"')),
      );
      await expect.poll(() => error.textContent()).toMatch(/model_type "llama".*Qwen2-family/);

      expect(await status(page)).toMatch(/^Tiny Qwen ready/);
      expect(await hash(page)).not.toMatch(/model=/);
    }));
});
