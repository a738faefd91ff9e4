/**
 * Helpers shared by the Train lab's browser tests: the step shown, starting the 1-minute preset
 * and waiting for steps, pausing, the lab's training worker (to reach inside it: its IndexedDB,
 * its navigator), and copies of a saved run written in runStore.ts's format.
 */
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { LOAD_TIMEOUT, text } from './browser.ts';

export const WAIT = { timeout: 60_000 };

/** The step the lab shows ("12 / 120" → 12). */
export const step = async (page: Page) => Number((await text(page, 'train-step'))!.split('/')[0]);
export const num = async (page: Page, id: string) => Number(await text(page, id));

/** Waits until the lab is ready to start a run (its worker is up). */
export async function labReady(page: Page) {
  await page.waitForSelector('[data-testid="train-start"]:not([disabled])', WAIT);
}

/** Starts the 1-minute preset on the default themes and waits for `n` steps. */
export async function startRun(page: Page, n: number) {
  await labReady(page);
  await page.click('[data-testid="preset-1min"]');
  await page.click('[data-testid="train-start"]');
  await expect.poll(() => step(page), { timeout: LOAD_TIMEOUT }).toBeGreaterThanOrEqual(n);
}

/** Pauses training and waits until the worker has saved and answered (Resume shows). */
export async function pause(page: Page) {
  await page.click('[data-testid="train-pause"]');
  await page.waitForSelector('[data-testid="train-resume"]', WAIT);
}

/** The lab's training worker (started with the page; a reload starts a new one). */
export function trainWorker(page: Page): Worker {
  const worker = page.workers().find((w) => w.url().includes('train.worker'));
  if (!worker) throw new Error('the Train lab has no training worker yet');
  return worker;
}

/** The saved runs, as the run list shows them. */
export const runItems = (page: Page) => page.locator('[data-testid="run-list"] li');

/**
 * Writes `copies` more saved runs into the lab's IndexedDB store, each a copy of the one saved
 * run under its own id and saved a minute apart earlier (so the original stays the latest): the
 * records runStore.ts writes, `meta:<id>` and `state:<id>`.
 */
export async function copySavedRun(page: Page, copies: number) {
  await page.evaluate(async (copies) => {
    const done = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await done(indexedDB.open('qwen-playground-train'));
    const read = db.transaction('runs').objectStore('runs');
    const keys = (await done(read.getAllKeys())).map(String).filter((k) => k.startsWith('meta:'));
    if (keys.length !== 1) throw new Error(`expected one saved run, found ${keys.length}`);
    const id = keys[0].slice('meta:'.length);
    const meta = (await done(read.get(`meta:${id}`))) as { savedAt: number };
    const state = (await done(read.get(`state:${id}`))) as unknown;
    const tx = db.transaction('runs', 'readwrite');
    const write = tx.objectStore('runs');
    for (let i = 1; i <= copies; i++) {
      const copy = `${id}-copy${i}`;
      write.put({ ...meta, id: copy, savedAt: meta.savedAt - i * 60_000 }, `meta:${copy}`);
      write.put(state, `state:${copy}`);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, copies);
}
