/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  base,
  plugins: [react()],
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
