/**
 * Serves the production build (`npm run build` first) on localhost for the browser tests, plus a
 * Hugging Face Hub layout (`<model>/resolve/main/<file>`) holding the committed tiny model under
 * a real Qwen model id, so the chat's "Try a real Qwen" path downloads, caches and chats for real.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const TINY = `public/${TINY_MODEL_PATH}`;
/** The ids and file names the chat asks the Hub for (src/panels/07-chat/realQwen.ts). */
const HUB_IDS = ['onnx-community/Qwen2.5-0.5B-Instruct', 'onnx-community/Qwen3-0.6B-ONNX'];
const ONNX_NAMES = ['model.onnx', 'model_quantized.onnx', 'model_q4f16.onnx'];

function hubLayout(): string {
  const root = mkdtempSync(join(tmpdir(), 'qip-hub-'));
  if (!existsSync(TINY)) throw new Error(`the committed tiny model is missing: ${TINY}`);
  for (const id of HUB_IDS) {
    const dir = join(root, id, 'resolve', 'main');
    cpSync(TINY, dir, { recursive: true });
    for (const name of ONNX_NAMES)
      cpSync(join(TINY, 'onnx', 'model.onnx'), join(dir, 'onnx', name));
  }
  return root;
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'The browser tests run against the production build: run `npm run build` first (npm test does).',
    );
  }
  const hub = hubLayout();
  const { server, url } = await serveStatic([
    { prefix: '/', dir: 'dist' },
    { prefix: '/hub/', dir: hub },
  ]);
  project.provide('baseUrl', url);
  return () =>
    new Promise<void>((done) =>
      server.close(() => {
        rmSync(hub, { recursive: true, force: true });
        done();
      }),
    );
}
