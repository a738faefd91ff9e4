/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// BASE_PATH lets the static build live under a sub-path, e.g. a project page:
//   BASE_PATH=/qwen-internals-playground/ npm run build
const base = process.env.BASE_PATH ?? './';

// Cross-origin isolation: the only way browsers allow shared memory, which the TS model's
// WebAssembly kernels use for helper threads (src/runtime/kernelThreads.ts). Every asset is
// served from this origin, so nothing else changes.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * A hash of every committed model file: the service worker names the model's cache after it
 * (src/sw/sw.ts), so a changed model is never answered from the cache of an older one.
 */
function modelRevision(dir = 'public/models'): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(p).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 16);
}

// Offline after the first visit, installable (src/sw/sw.ts, src/app/offline.ts). Not in
// `npm run dev`: there every file changes all the time and a cache would only get in the way.
const pwa = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/sw',
  filename: 'sw.ts',
  registerType: 'prompt',
  injectRegister: false,
  devOptions: { enabled: false },
  includeAssets: ['icons/*.svg'],
  manifest: {
    name: 'Qwen Internals Playground',
    short_name: 'Qwen Internals',
    description:
      'See the internals of Qwen-style language models: BPE, RoPE, RMSNorm, SwiGLU, the KV cache and a tiny model that runs in your tab.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#4f46e5',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  injectManifest: {
    // The app shell: the page and every lab's code. Vocabularies, ONNX Runtime's wasm and the
    // model are kept when a lab first loads them (runtime caching in sw.ts), not at install.
    globPatterns: ['**/*.{html,js,mjs,css,woff2,svg,png,webmanifest}'],
    globIgnores: ['models/**'],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  },
});

export default defineConfig({
  base,
  define: { __MODEL_REVISION__: JSON.stringify(modelRevision()) },
  plugins: [react(), pwa],
  worker: { format: 'es' },
  server: { headers: isolation },
  preview: { headers: isolation },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          setupFiles: ['tests/helpers/matchers.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          setupFiles: ['tests/helpers/matchers.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // On a busy machine a vocabulary or the model takes seconds: no poll gives up after
          // the default second (tests still wait for the event they need, see browser.ts).
          expect: { poll: { timeout: 60_000, interval: 100 } },
        },
      },
    ],
  },
});
