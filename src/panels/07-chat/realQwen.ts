/**
 * The real Qwen models a visitor can opt into, and the size check that runs only after the
 * visitor asks for it: HEAD requests for the files transformers.js will download. A failed
 * check or download is classified (offline, Hub unreachable, an HTTP answer) so the panel can
 * say what happened in plain words.
 */
export interface HubModel {
  id: string;
  label: string;
}

export const HUB_MODELS: readonly HubModel[] = [
  { id: 'onnx-community/Qwen2.5-0.5B-Instruct', label: 'Qwen2.5-0.5B-Instruct' },
  { id: 'onnx-community/Qwen3-0.6B-ONNX', label: 'Qwen3-0.6B' },
];

export const HUB_HOST = 'https://huggingface.co/';

/**
 * The Hub's address. Tests may point it at a Hub layout served on this machine through
 * localStorage 'qip.hubHost'; only loopback addresses are accepted there.
 */
export function hubHost(): string {
  try {
    const v = localStorage.getItem('qip.hubHost');
    if (v) {
      const u = new URL(v);
      if (
        (u.protocol === 'http:' || u.protocol === 'https:') &&
        ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)
      ) {
        return u.href.endsWith('/') ? u.href : u.href + '/';
      }
    }
  } catch {
    /* fall through to the real Hub */
  }
  return HUB_HOST;
}

export type HubDevice = 'webgpu' | 'wasm';

/** WebGPU when the browser can actually give us an adapter (headless and GPU-less ones cannot). */
export async function pickDevice(): Promise<HubDevice> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  if (!gpu) return 'wasm';
  try {
    return (await gpu.requestAdapter()) ? 'webgpu' : 'wasm';
  } catch {
    return 'wasm';
  }
}

/** WebGPU runs 4-bit weights with fp16; the wasm backend runs 8-bit weights best. */
export function dtypeFor(device: HubDevice): 'q4f16' | 'q8' {
  return device === 'webgpu' ? 'q4f16' : 'q8';
}

/** The ONNX file transformers.js asks for with a dtype (its naming). */
export function onnxFileFor(dtype: 'q4f16' | 'q8'): string {
  return dtype === 'q8' ? 'onnx/model_quantized.onnx' : `onnx/model_${dtype}.onnx`;
}

export const HUB_FILES = [
  'config.json',
  'generation_config.json',
  'tokenizer.json',
  'tokenizer_config.json',
];

/** Total bytes of the files a model download will fetch (HEAD requests, after the visitor's click). */
export async function downloadSize(host: string, id: string, onnxFile: string): Promise<number> {
  let total = 0;
  for (const f of [...HUB_FILES, onnxFile]) {
    const url = `${host}${id}/resolve/main/${f}`;
    const res = await fetch(url, { method: 'HEAD' });
    if (!res.ok) throw new HubHttpError(res.status, f);
    total += Number(res.headers.get('content-length') ?? 0);
  }
  return total;
}

/** The Hub answered, but not with the file. */
export class HubHttpError extends Error {
  constructor(
    readonly status: number,
    readonly file: string,
  ) {
    super(`${file}: HTTP ${status}`);
  }
}

export type HubFailure =
  | { kind: 'offline' }
  | { kind: 'unreachable' }
  | { kind: 'http'; status: number; file: string }
  | { kind: 'other'; message: string };

/**
 * What went wrong, in the terms a visitor can act on. fetch() rejects with a TypeError when no
 * answer came at all: offline if the browser knows it has no network, else the Hub (or the way
 * to it) did not answer.
 */
export function hubFailure(e: unknown, online = navigator.onLine): HubFailure {
  if (e instanceof HubHttpError) return { kind: 'http', status: e.status, file: e.file };
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof TypeError || /failed to fetch|networkerror|load failed/i.test(message))
    return online ? { kind: 'unreachable' } : { kind: 'offline' };
  return { kind: 'other', message };
}
