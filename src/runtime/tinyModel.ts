/// <reference types="vite/client" />
/**
 * Loads the committed tiny Qwen in the browser for the TS model: config.json, tokenizer.json and
 * onnx/model.onnx from `public/models/tiny-qwen/<version>/` — the same files transformers.js
 * reads — with byte progress. The weights are the ONNX initializers (see onnxWeights.ts), so no
 * second weights file exists. One load is shared by every panel.
 */
import { BpeTokenizer, loadHfTokenizerJson } from '../kernels/bpe/index.ts';
import { validateConfig, type QwenConfig } from '../model/config.ts';
import type { QwenModel } from '../model/params.ts';
import { fetchWithProgress, type Progress } from './fetchWithProgress.ts';
import { readOnnxWeights } from './onnxWeights.ts';

/** Bump when the committed model changes, so browser caches never mix versions. */
export const TINY_MODEL_VERSION = 'v3';

/** The model folder relative to the site root (and to `public/`): models/tiny-qwen/<version>. */
export const TINY_MODEL_PATH = `models/tiny-qwen/${TINY_MODEL_VERSION}`;

/** URL of the folder holding the tiny model (Hugging Face layout), under the app's base path. */
export function tinyModelBase(): string {
  return `${import.meta.env.BASE_URL}${TINY_MODEL_PATH}/`;
}

export interface TinyModel {
  config: QwenConfig;
  model: QwenModel;
  tokenizer: BpeTokenizer;
  /** Ids of the ChatML special tokens. */
  special: { endOfText: number; imStart: number; imEnd: number };
  /** Size of the downloaded files in bytes. */
  bytes: number;
}

let pending: Promise<TinyModel> | null = null;
const listeners = new Set<(p: Progress) => void>();

/**
 * The tiny model, loaded once. `onProgress` hears about model.onnx's bytes (the big file).
 * A failed load is forgotten, so calling again retries.
 */
export function loadTinyModel(onProgress?: (p: Progress) => void): Promise<TinyModel> {
  if (onProgress) listeners.add(onProgress);
  if (!pending) {
    pending = load((p) => listeners.forEach((f) => f(p))).catch((e) => {
      pending = null;
      throw e;
    });
  }
  return pending.finally(() => {
    if (onProgress) listeners.delete(onProgress);
  });
}

async function fetchJson(url: string): Promise<unknown> {
  const bytes = await fetchWithProgress(url);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new Error(`${url} is not valid JSON (the file may be damaged)`);
  }
}

function load(onProgress: (p: Progress) => void): Promise<TinyModel> {
  return loadModelFolder(tinyModelBase(), onProgress);
}

/**
 * Any model folder in Hugging Face layout at `base` (a URL ending in '/'): the committed model,
 * or another one the chat has opened.
 */
export async function loadModelFolder(
  base: string,
  onProgress?: (p: Progress) => void,
): Promise<TinyModel> {
  const [config, tokenizerJson, onnx] = await Promise.all([
    fetchJson(base + 'config.json') as Promise<QwenConfig>,
    fetchJson(base + 'tokenizer.json'),
    fetchWithProgress(base + 'onnx/model.onnx', onProgress),
  ]);
  return modelFromFiles(config, tokenizerJson, onnx);
}

/** The TS model from a folder's parsed config.json and tokenizer.json, and model.onnx's bytes. */
export function modelFromFiles(
  config: QwenConfig,
  tokenizerJson: unknown,
  onnx: Uint8Array,
): TinyModel {
  validateConfig(config);
  const weights = readOnnxWeights(onnx, config);
  const tokenizer = new BpeTokenizer(loadHfTokenizerJson(tokenizerJson));
  const id = (t: string) => {
    const ids = tokenizer.encode(t, { allowedSpecial: 'all' });
    if (ids.length !== 1) throw new Error(`tokenizer.json lacks the special token ${t}`);
    return ids[0];
  };
  return {
    config,
    model: { config, weights },
    tokenizer,
    special: {
      endOfText: id('<|endoftext|>'),
      imStart: id('<|im_start|>'),
      imEnd: id('<|im_end|>'),
    },
    bytes: onnx.length,
  };
}
