/** Serves the production build (`npm run build` first) on localhost for the browser tests. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'The browser tests run against the production build: run `npm run build` first (npm test does).',
    );
  }
  const { server, url } = await serveStatic([
    { prefix: '/', dir: 'dist' },
    // The tiny model in Hugging Face Hub layout, for the "Try a real Qwen" path.
    { prefix: '/hub/', dir: 'tests/e2e/hub' },
  ]);
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
