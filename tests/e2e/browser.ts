/**
 * Shared helpers of the browser tests: launches the system Chromium through playwright-core
 * (no browser download), once per test file through `useBrowser`, and gives pages that record
 * every console error, uncaught page error and request to a host other than localhost, so
 * `expectClean` (or `expectOnlyModel404s`, where missing model files are the point) can fail the
 * test on any of them. Tests use `browser.withPage(hash, options, body)`: it opens such a page,
 * runs the test's body on it, checks what the page logged and always closes it; `openPage` and
 * the checks stay for a test that needs a page outside that pattern (e.g. two open at once).
 * Also the small page helpers several labs' tests share: the decoded URL hash, a test id's text,
 * typing a value into a slider, and what a chart drew (`chartPaths`, `waitForChart`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or point CHROME_PATH at a Chrome/Chromium binary. The tests never download a browser.',
    );
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** What `useBrowser` returns: a getter for the launched browser, and `withPage` on it. */
export interface BrowserFixture {
  /** The browser (it exists only once the tests run). */
  (): Browser;
  /**
   * Opens a tracked page on `hash` (see `openPage`), runs `body` with it, then fails the test on
   * anything the page logged that `options.allow` does not let through, and closes the page's
   * context — always, also when `body` throws (its error is the one reported).
   *
   *   it('…', () => browser.withPage('#/rope', async (page) => { … }));
   */
  withPage<T>(hash: string, body: PageBody<T>): Promise<T>;
  withPage<T>(hash: string, options: WithPageOptions, body: PageBody<T>): Promise<T>;
}

/** The body of `withPage`: the page, and the tracked page for the rare test that needs more. */
export type PageBody<T> = (page: Page, tp: TrackedPage) => Promise<T>;

/**
 * Launches the browser before the file's tests and closes it after them; returns a getter for it
 * (the browser exists only once the tests run) that also opens checked pages (`withPage`).
 */
export function useBrowser(): BrowserFixture {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const get = () => {
    if (!browser) throw new Error('the browser is not launched yet (use it inside a test)');
    return browser;
  };
  return Object.assign(get, {
    withPage<T>(
      hash: string,
      options: WithPageOptions | PageBody<T>,
      body?: PageBody<T>,
    ): Promise<T> {
      return typeof options === 'function'
        ? runPage(get(), hash, {}, options)
        : runPage(get(), hash, options, body!);
    },
  });
}

export interface TrackedPage {
  page: Page;
  /** Console errors, page errors and non-local requests seen so far. */
  problems: string[];
  close: () => Promise<void>;
}

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  /** Another local server than the tests' own (e.g. one that isolates the page). */
  baseUrl?: string;
  /**
   * Let the site's service worker run (the offline test). Blocked by default: a lab's test
   * that damages a file on the server and then restores it must see the server's answer,
   * not a copy the service worker kept from an earlier request.
   */
  serviceWorkers?: boolean;
}

export interface WithPageOptions extends PageOptions {
  /**
   * What the page may log, checked after the body: by default nothing (`expectClean`);
   * 'model-404s' lets through the 404s of model files the test removed (`expectOnlyModel404s`);
   * a RegExp lets through the problems it matches (failures the test causes on purpose);
   * 'anything' checks nothing, for a test that crashes a worker and reads the message itself.
   */
  allow?: 'model-404s' | 'anything' | RegExp;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * How long a test waits for something a worker or a download produces (a vocabulary loaded, the
 * model ready, a chart computed): generous, because a busy machine takes seconds for them. It is
 * also every page's default for Playwright's waits. Polls get 60 s from vite.config.ts; a poll
 * that waits for such an event says `{ timeout: LOAD_TIMEOUT }` itself.
 */
export const LOAD_TIMEOUT = 120_000;

export async function openPage(
  browser: Browser,
  hash = '',
  opts: PageOptions = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    colorScheme: opts.colorScheme ?? 'light',
    locale: opts.locale ?? 'en-US',
    serviceWorkers: opts.serviceWorkers ? 'allow' : 'block',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(LOAD_TIMEOUT);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOCAL_HOSTS.has(url.hostname)) {
      problems.push(`request to a non-local host: ${url.href}`);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  try {
    await page.goto((opts.baseUrl ?? baseUrl()) + '/' + hash);
  } catch (e) {
    await context.close().catch(() => {});
    throw e;
  }
  return { page, problems, close: () => context.close() };
}

/** `withPage`: open, run the body, check what the page logged, always close. */
async function runPage<T>(
  browser: Browser,
  hash: string,
  options: WithPageOptions,
  body: PageBody<T>,
): Promise<T> {
  const { allow, ...pageOptions } = options;
  const tp = await openPage(browser, hash, pageOptions);
  let failed = true;
  try {
    const result = await body(tp.page, tp);
    if (allow === 'model-404s') expectOnlyModel404s(tp);
    else if (allow instanceof RegExp) expectOnly(tp, allow);
    else if (allow !== 'anything') expectClean(tp);
    failed = false;
    return result;
  } finally {
    // A failure to close must not hide the test's own failure.
    await tp.close().catch((e: unknown) => {
      if (!failed) throw e;
    });
  }
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** Whether the build under test serves the committed tiny model (a HEAD request, no download). */
export async function modelServed(): Promise<boolean> {
  const res = await fetch(`${baseUrl()}/${TINY_MODEL_PATH}/onnx/model.onnx`, { method: 'HEAD' });
  return res.ok;
}

/** Fails the test on any console error, page error or non-local request seen by the page. */
export function expectClean(tp: TrackedPage): void {
  expect(tp.problems, tp.problems.join('\n')).toEqual([]);
}

const MODEL_404 = /^console error: Failed to load resource: .*404/;

/** Like `expectClean`, but lets through the console's 404s of model files a test removed. */
export function expectOnlyModel404s(tp: TrackedPage): void {
  expectOnly(tp, MODEL_404);
}

/** Like `expectClean`, but lets through the problems `allowed` matches. */
function expectOnly(tp: TrackedPage, allowed: RegExp): void {
  const others = tp.problems.filter((p) => !allowed.test(p));
  expect(others, others.join('\n')).toEqual([]);
}

/** The page's URL hash, decoded. */
export const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

/** The text of the first element with this data-testid. */
export const text = (page: Page, testId: string) =>
  page.locator(`[data-testid="${testId}"]`).first().textContent();

/** Types an exact value into a slider's numeric entry and commits it with Enter. */
export async function setNumber(page: Page, sliderTestId: string, value: number) {
  const input = page.locator(`[data-testid="${sliderTestId}"] input[type="number"]`);
  await input.fill(String(value));
  await input.press('Enter');
}

/** Saves a screenshot under test-artifacts/ for a person to look at. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync('test-artifacts', { recursive: true });
  await page.screenshot({ path: `test-artifacts/${name}.png`, fullPage });
}

/** The selector of the shapes a chart draws from its data: line paths and bars. */
const drawn = (testId: string) =>
  ['path.chart-line', 'path.chart-bar']
    .map((shape) => `[data-testid="${testId}"] ${shape}`)
    .join(', ');

/**
 * The shapes a chart draws from its data (its lines' and bars' `d` attributes) as one string,
 * to see whether it was redrawn with other data.
 */
export const chartPaths = (page: Page, testId: string) =>
  page.locator(drawn(testId)).evaluateAll((ps) => ps.map((p) => p.getAttribute('d')).join('|'));

/** Waits until a chart has drawn its data (a line or a bar); by default for `LOAD_TIMEOUT`. */
export async function waitForChart(page: Page, testId: string, timeout = LOAD_TIMEOUT) {
  await page.waitForSelector(drawn(testId), { timeout });
}
