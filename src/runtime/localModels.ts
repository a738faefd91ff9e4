/**
 * Model folders the visitor opened from disk (or that a lab of this site made), kept in this
 * tab's memory: a Hugging Face folder as transformers.js expects it — config.json,
 * tokenizer.json, tokenizer_config.json, generation_config.json (optional) and an ONNX file
 * under onnx/ — with paths inside the folder as keys ('config.json', 'onnx/model.onnx').
 * Nothing is uploaded or copied: a Blob from a file picker is a handle to the file on disk.
 *
 * Deliberately left out: keeping them across a reload (a real model is hundreds of megabytes;
 * the visitor opens the folder again), and models other than the Qwen2 family's text models.
 *
 *   const m = registerLocalModel('Qwen2.5-0.5B-Instruct', files, 'disk'); // throws if unusable
 *   await inspectLocalModel(m.files);  // reads config.json: JSON, model_type, the ONNX file
 *   getLocalModel(m.id) === m;
 */
export interface LocalModel {
  id: string;
  name: string;
  files: Map<string, Blob>;
  source: 'disk' | 'trained';
}

/** The Qwen text models transformers.js runs as AutoModelForCausalLM (its model_type). */
export const QWEN_MODEL_TYPES = ['qwen2', 'qwen2_moe', 'qwen3', 'qwen3_moe'] as const;

/** The files every model needs besides its ONNX file. */
export const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;

/**
 * The ONNX files transformers.js looks for, by dtype (its file naming), in the order the chat
 * prefers them on the wasm device: 8-bit and 4-bit weights are 4–8× smaller than fp32 and run
 * well there; fp16 files are a last resort (the wasm device computes them slowly).
 */
export const ONNX_CHOICES = [
  { dtype: 'q8', file: 'onnx/model_quantized.onnx' },
  { dtype: 'q4', file: 'onnx/model_q4.onnx' },
  { dtype: 'fp32', file: 'onnx/model.onnx' },
  { dtype: 'int8', file: 'onnx/model_int8.onnx' },
  { dtype: 'uint8', file: 'onnx/model_uint8.onnx' },
  { dtype: 'bnb4', file: 'onnx/model_bnb4.onnx' },
  { dtype: 'fp16', file: 'onnx/model_fp16.onnx' },
  { dtype: 'q4f16', file: 'onnx/model_q4f16.onnx' },
] as const;
export type LocalDtype = (typeof ONNX_CHOICES)[number]['dtype'];

/** An ONNX file or its external data (model.onnx_data, model.onnx_data_1). */
const ONNX_PART = /\.onnx(_data(_\d+)?)?$/;

const models = new Map<string, LocalModel>();
let counter = 0;

/** The ONNX file the chat will run, or null when the folder has none it knows. */
export function chooseOnnx(files: Map<string, Blob>): (typeof ONNX_CHOICES)[number] | null {
  return ONNX_CHOICES.find((c) => (files.get(c.file)?.size ?? 0) > 0) ?? null;
}

/**
 * Checks what can be checked without reading a file: the required files exist and are not
 * empty, and an ONNX file is there. Throws an Error whose message names what is missing.
 */
export function checkFileNames(files: Map<string, Blob>): void {
  if (files.size === 0) throw new Error('the folder is empty');
  const missing = REQUIRED_FILES.filter((f) => !files.has(f));
  if (missing.length > 0) {
    const onnxOnly = [...files.keys()].every((k) => k.startsWith('onnx/') || ONNX_PART.test(k));
    throw new Error(
      `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing` +
        (onnxOnly
          ? ' (this looks like the onnx folder: open the folder above it, the one holding config.json)'
          : ' (a Hugging Face model folder holds them next to its onnx folder)'),
    );
  }
  for (const f of REQUIRED_FILES) {
    if (files.get(f)!.size === 0) throw new Error(`${f} is empty (the file may be damaged)`);
  }
  if (!chooseOnnx(files)) {
    const onnx = [...files.keys()].filter((k) => k.endsWith('.onnx'));
    throw new Error(
      onnx.length > 0
        ? `none of its ONNX files (${onnx.slice(0, 3).join(', ')}) has a name transformers.js loads: onnx/model.onnx, onnx/model_quantized.onnx, onnx/model_q4.onnx…`
        : 'it has no ONNX model: onnx/model.onnx (or model_quantized.onnx, model_q4.onnx…) is missing',
    );
  }
}

/** Adds a model folder to this tab's store; throws an Error with a readable reason if unusable. */
export function registerLocalModel(
  name: string,
  files: Map<string, Blob>,
  source: LocalModel['source'],
): LocalModel {
  checkFileNames(files);
  counter += 1;
  const id = `${source === 'disk' ? 'd' : 't'}${counter}-${Date.now().toString(36)}`;
  const model: LocalModel = { id, name: name.trim() || 'model', files: new Map(files), source };
  models.set(id, model);
  return model;
}

export function getLocalModel(id: string): LocalModel | undefined {
  return models.get(id);
}

export interface LocalModelFacts {
  modelType: string;
  dtype: LocalDtype;
  onnxFile: string;
  /** config.json's max_position_embeddings, if it says. */
  contextLength?: number;
}

async function readJson(files: Map<string, Blob>, name: string): Promise<unknown> {
  const blob = files.get(name);
  if (!blob) throw new Error(`${name} is missing`);
  let text: string;
  try {
    text = await blob.text();
  } catch (e) {
    throw new Error(`${name} could not be read (was the file moved or deleted?)`, { cause: e });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${name} is not valid JSON (the file may be damaged)`, { cause: e });
  }
}

/**
 * Reads config.json and tokenizer_config.json and says which ONNX file will run; throws an
 * Error naming the problem (damaged JSON, a model that is not of the Qwen2 family).
 */
export async function inspectLocalModel(files: Map<string, Blob>): Promise<LocalModelFacts> {
  checkFileNames(files);
  const config = await readJson(files, 'config.json');
  if (!config || typeof config !== 'object' || Array.isArray(config))
    throw new Error('config.json does not hold a model configuration (an object)');
  const c = config as { model_type?: unknown; max_position_embeddings?: unknown };
  const type = typeof c.model_type === 'string' ? c.model_type : '';
  if (!(QWEN_MODEL_TYPES as readonly string[]).includes(type)) {
    throw new Error(
      type
        ? `config.json says model_type "${type.slice(0, 40)}": this chat runs Qwen2-family text models (${QWEN_MODEL_TYPES.join(', ')})`
        : 'config.json has no model_type, so it is not a Hugging Face model configuration',
    );
  }
  const tc = await readJson(files, 'tokenizer_config.json');
  if (!tc || typeof tc !== 'object' || Array.isArray(tc))
    throw new Error('tokenizer_config.json does not hold a tokenizer configuration (an object)');
  if (files.has('generation_config.json')) await readJson(files, 'generation_config.json');
  const onnx = chooseOnnx(files)!;
  const ctx = c.max_position_embeddings;
  return {
    modelType: type,
    dtype: onnx.dtype,
    onnxFile: onnx.file,
    ...(typeof ctx === 'number' && ctx > 0 ? { contextLength: ctx } : {}),
  };
}

/** A file as a picker gives it: with its path inside the chosen folder when a folder was picked. */
export interface PickedFile {
  name: string;
  /** webkitRelativePath: 'Folder/onnx/model.onnx' for a folder pick, '' for single files. */
  relativePath: string;
  blob: Blob;
}

/**
 * The files of a picked folder (or of several picked files) keyed by their path inside the
 * model folder. A folder pick is re-rooted at the folder holding the shallowest config.json
 * (so picking the folder above a model works); loose files go to the folder's root, except
 * ONNX files and their external data, which go under onnx/.
 */
export function modelFilesFromPick(picked: PickedFile[]): {
  name: string;
  files: Map<string, Blob>;
} {
  const files = new Map<string, Blob>();
  const withPath = picked.filter((p) => p.relativePath.includes('/'));
  if (withPath.length > 0) {
    const parts = withPath.map((p) => p.relativePath.split('/'));
    const configs = parts.filter((p) => p[p.length - 1] === 'config.json');
    configs.sort((a, b) => a.length - b.length);
    const root = configs.length > 0 ? configs[0].slice(0, -1) : parts[0].slice(0, 1);
    withPath.forEach((p, i) => {
      const segs = parts[i];
      if (root.every((s, j) => segs[j] === s)) files.set(segs.slice(root.length).join('/'), p.blob);
    });
    return { name: root[root.length - 1] ?? '', files };
  }
  for (const p of picked) {
    files.set(ONNX_PART.test(p.name) ? `onnx/${p.name}` : p.name, p.blob);
  }
  return { name: '', files };
}
