/**
 * Shared by the browser benchmarks: a fresh production build served on localhost and the
 * system Chromium (the same launcher the browser tests use).
 */
import { execSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../tests/e2e/server.ts';
import { chromium } from 'playwright-core';
import { findChromium } from '../../tests/e2e/browser.ts';

let built = false;

/** With `isolated`, the build is served cross-origin isolated (COOP/COEP, shared memory). */
export async function withBuiltApp<T>(
  fn: (url: string, browser: Browser) => Promise<T>,
  { isolated = false } = {},
): Promise<T> {
  if (!built) {
    execSync('npx vite build', { stdio: 'ignore' });
    built = true;
  }
  const { server, url } = await serveStatic(
    [
      { prefix: '/', dir: 'dist' },
      // ONNX Runtime Web's own build, for the bare decoding loop the chat is compared with.
      { prefix: '/ort/', dir: 'node_modules/onnxruntime-web/dist' },
    ],
    0,
    { isolated },
  );
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    return await fn(url, browser);
  } finally {
    await browser.close();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

/** withBuiltApp with a fresh 1280 × 900 browser context and its page, closed afterwards. */
export async function withBuiltPage<T>(
  fn: (url: string, page: Page) => Promise<T>,
  options: { isolated?: boolean } = {},
): Promise<T> {
  return withBuiltApp(async (url, browser) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      return await fn(url, await context.newPage());
    } finally {
      await context.close();
    }
  }, options);
}
