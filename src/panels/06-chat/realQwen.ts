/**
 * The real Qwen models a visitor can opt into, and the size check that runs only after the
 * visitor asks: HEAD requests for the files transformers.js will download.
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
    if (!res.ok) throw new Error(`${f}: HTTP ${res.status}`);
    total += Number(res.headers.get('content-length') ?? 0);
  }
  return total;
}
