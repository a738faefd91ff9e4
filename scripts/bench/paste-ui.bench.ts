/**
 * Big pastes in Chromium against the production build: the longest main-thread task (a
 * PerformanceObserver for 'longtask', tasks of 50 ms or more) from the paste until the lab has
 * answered it, for 5 MB of English in every lab's text box and 1 MB of Chinese in the
 * tokenizer. Budget: no task over 200 ms (the work is in workers; boxes cut at their visible
 * limit). Peer, measured in the same run: a bare <textarea> with one input listener, given the
 * same paste.
 * A paste is the textarea's value set and an input event dispatched (what React sees of a paste).
 * The text is put into the page before the observer starts: handing 5 MB to page.evaluate is
 * itself a task of the page (the DevTools message is parsed there), and it is counted as a long
 * task as soon as any listener runs in it — 650–1,150 ms on 2 cores for a bare textarea whose
 * input listener does nothing. That task belongs to the harness; a real paste has no such message.
 * Why not a real Ctrl+V: headless Chromium's page crashes when about 220K characters are pasted
 * from its clipboard, and the browser's own editing path (document.execCommand('insertText'),
 * which a paste also takes) spends seconds on 5 MB in a bare textarea before any page code
 * runs, so neither could tell our labs apart from the browser. Setting the value is the part of
 * a paste that page code can make slow or fast, and the peer gets exactly the same.
 */
import type { Browser, Page } from 'playwright-core';
import { withBuiltApp } from './browserHarness.ts';
import type { BenchRow } from './types.ts';

const ENGLISH_5MB = 'The quick brown fox jumps over the lazy dog, 1234 times. '
  .repeat(92_000)
  .slice(0, 5_000_000);
const CHINESE_1MB = '通义千问用字节级 BPE 把文本切成词元，数字逐个切分。'
  .repeat(40_000)
  .slice(0, 1_000_000);

interface Case {
  name: string;
  hash: string;
  box: string;
  text: string;
  /** Shown once the lab has answered the paste. */
  done: string;
  /**
   * Shown once the lab is ready for a paste (e.g. the chat's model loaded), if it must wait.
   * (The reward model's reply box appears only after its head is trained, so it is not here.)
   */
  ready?: string;
}

const CASES: Case[] = [
  {
    name: 'Tokenizer, 5 MB of English',
    hash: '#/tokenizer?vocabs=qwen,cl100k',
    box: 'text',
    text: ENGLISH_5MB,
    done: '[data-testid="column-1"] [data-testid="strip-capped"]',
  },
  {
    name: 'Tokenizer, 1 MB of Chinese',
    hash: '#/tokenizer?vocabs=qwen,cl100k',
    box: 'text',
    text: CHINESE_1MB,
    done: '[data-testid="column-1"] [data-testid="strip-capped"]',
  },
  {
    name: 'Model prompt, 5 MB of English',
    hash: '#/model',
    box: 'prompt',
    text: ENGLISH_5MB,
    done: '[data-testid="truncated"]',
  },
  {
    name: 'Alignment conversation, 5 MB of English',
    hash: '#/alignment',
    box: 'conv-json',
    text: ENGLISH_5MB,
    done: '#chatml [data-testid="input-problem"]',
  },
  {
    name: 'Norm & FFN prompt, 5 MB of English',
    hash: '#/norm',
    box: 'prompt',
    text: ENGLISH_5MB,
    done: '[data-testid="prompt-cut"]',
  },
  {
    name: 'Long-context prompt, 5 MB of English',
    hash: '#/long-context',
    box: 'prompt',
    text: ENGLISH_5MB,
    done: '[data-testid="prompt-cut"]',
  },
  {
    name: 'Chat message, 5 MB of English',
    hash: '#/chat',
    box: 'chat-input',
    text: ENGLISH_5MB,
    ready: '[data-testid="model-status"]',
    done: '[data-testid="send"]:enabled',
  },
  {
    name: 'Chat system prompt, 5 MB of English',
    hash: '#/chat',
    box: 'system-prompt',
    text: ENGLISH_5MB,
    ready: '[data-testid="model-status"]',
    done: '[data-testid="system-prompt"]',
  },
];

/** Starts recording long tasks in the page. */
const observe = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { longest_: number };
    w.longest_ = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest_ = Math.max(w.longest_, e.duration);
    }).observe({ type: 'longtask' });
  });

/** Puts `text` into the page, for `paste`, and lets the page finish the task that carried it. */
async function stage(page: Page, text: string): Promise<void> {
  await page.evaluate((v) => {
    (window as unknown as { paste_: string }).paste_ = v;
  }, text);
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
}

/** Pastes the staged text into the textarea with this test id (or the first textarea). */
const paste = (page: Page, testId: string | null) =>
  page.evaluate((id) => {
    const ta = (
      id ? document.querySelector(`[data-testid="${id}"]`) : document.querySelector('textarea')
    ) as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(ta, (window as unknown as { paste_: string }).paste_);
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }, testId);

/** The longest task seen so far, after the page had a moment to report the last one. */
async function longest(page: Page): Promise<number> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 500))),
  );
  return page.evaluate(() => (window as unknown as { longest_: number }).longest_);
}

/** How long one step of a case may take before the case is reported as FAILED. */
const STEP_TIMEOUT = 120_000;

async function ours(browser: Browser, url: string, c: Case): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    await page.goto(`${url}/${c.hash}`);
    if (c.ready) await page.locator(c.ready).first().waitFor();
    await page.locator(`[data-testid="${c.box}"]`).waitFor();
    // Let the lab settle (vocabularies, the model) before the paste.
    await page.waitForLoadState('networkidle');
    await stage(page, c.text);
    await observe(page);
    await paste(page, c.box);
    await page.locator(c.done).first().waitFor();
    return await longest(page);
  } finally {
    await context.close();
  }
}

async function bare(browser: Browser, text: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<textarea rows="5" cols="80"></textarea>');
  // The least a page does with a paste: one listener that reads how long the text is.
  await page.evaluate(() =>
    document.querySelector('textarea')!.addEventListener('input', (e) => {
      (window as unknown as { n_: number }).n_ = (e.target as HTMLTextAreaElement).value.length;
    }),
  );
  await stage(page, text);
  await observe(page);
  await paste(page, null);
  const ms = await longest(page);
  await context.close();
  return ms;
}

export async function run(): Promise<BenchRow[]> {
  return withBuiltApp(async (url, browser) => {
    const rows: BenchRow[] = [];
    const group = 'Big pastes: longest main-thread task (long-task observer)';
    const peers = new Map<string, number>();
    for (const c of CASES) {
      process.stderr.write(`  paste: ${c.name}\n`);
      let value: number;
      try {
        value = await ours(browser, url, c);
      } catch (e) {
        // One box that cannot be measured does not hide the others' numbers.
        rows.push({ group, name: `${c.name}: FAILED`, value: NaN, unit: 'ms', note: String(e) });
        continue;
      }
      if (!peers.has(c.text)) peers.set(c.text, await bare(browser, c.text));
      const peer = peers.get(c.text)!;
      rows.push({
        group,
        name: c.name,
        value,
        unit: 'ms',
        peer: `a bare <textarea> with an input listener: ${Math.round(peer)} ms`,
        // Under 50 ms no long task is reported at all: count it as 50.
        ratio: Math.max(peer, 50) / Math.max(value, 50),
        goal: '≤ 200 ms',
        met: value <= 200,
      });
    }
    return rows;
  });
}
