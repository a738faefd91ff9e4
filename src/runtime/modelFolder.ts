/**
 * The chat worker's model folders: the files a Hugging Face folder must hold, our own reading of
 * its tokenizer.json (with errors that name what is wrong), and the in-memory fetch through which
 * transformers.js reads a folder the visitor picked from disk.
 *
 *   await checkLocalFiles('/models/tiny-qwen/v3/'); // throws "…/onnx/model.onnx is missing (HTTP 404)"
 *   env.fetch = serveFiles(files); // paths under FILES_ROOT come from `files`
 *
 * Deliberately left out: downloading from a model hub (the chat's real-Qwen path asks first).
 */
import { BpeTokenizer, loadHfTokenizerJson } from '../kernels/bpe/index.ts';

/** The files of a model folder in Hugging Face layout that the chat needs. */
const MODEL_FILES = [
  'config.json',
  'generation_config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'onnx/model.onnx',
];

/**
 * Checks that every file exists before transformers.js starts: a missing file would otherwise
 * leave it waiting without an error. HEAD requests, so nothing is downloaded twice.
 */
export async function checkLocalFiles(base: string): Promise<void> {
  for (const f of MODEL_FILES) {
    const res = await fetch(base + f, { method: 'HEAD' });
    if (!res.ok) throw new Error(`${base}${f} is missing (HTTP ${res.status})`);
    if ((res.headers.get('content-type') ?? '').includes('text/html')) {
      throw new Error(`${base}${f} is missing (the server sent a web page instead)`);
    }
  }
}

/**
 * The local model's tokenizer.json through our own loader, which names what is wrong with a
 * damaged file (not JSON, no BPE model, bad merges).
 */
export async function readLocalTokenizer(base: string): Promise<BpeTokenizer> {
  const res = await fetch(base + 'tokenizer.json');
  if (!res.ok) throw new Error(`${base}tokenizer.json is missing (HTTP ${res.status})`);
  return readTokenizer(`${base}tokenizer.json`, () => res.text());
}

export async function readTokenizer(
  label: string,
  text: () => Promise<string>,
): Promise<BpeTokenizer> {
  let json: unknown;
  try {
    json = JSON.parse(await text());
  } catch (e) {
    throw new Error(`${label} is not valid JSON (the file may be damaged)`, { cause: e });
  }
  try {
    return new BpeTokenizer(loadHfTokenizerJson(json));
  } catch (e) {
    throw new Error(`${label} is not a tokenizer this chat can read: ${(e as Error).message}`, {
      cause: e,
    });
  }
}

/** Where transformers.js looks for a model folder held in memory (never a real address). */
export const FILES_ROOT = '/local-model-files/';

/**
 * transformers.js' fetch for a model held in memory: paths under FILES_ROOT are answered from
 * the files (404 when the folder lacks one, as a server would), anything else goes to fetch.
 */
export function serveFiles(files: Map<string, Blob>): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.startsWith(FILES_ROOT) ? url.slice(FILES_ROOT.length) : null;
    if (path === null) return fetch(input, init);
    // local/<id>/<path inside the folder>
    const inner = path.split('/').slice(2).join('/');
    const blob = files.get(inner);
    if (!blob) return Promise.resolve(new Response(null, { status: 404 }));
    return Promise.resolve(
      new Response(blob, { headers: { 'content-length': String(blob.size) } }),
    );
  };
}
