/**
 * Writes a model folder in Hugging Face layout to disk: the files come from
 * src/export/hfFolder.ts (pure, shared with the Train lab in the browser).
 *
 *   writeHfFolder('public/models/tiny-qwen/v3', { config, weights, imEndId, … }) → model.onnx bytes
 *
 * Deliberately left out: training.json (the training script writes it) and any quantized file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hfFolderFiles, type HfFolderInput } from '../../src/export/hfFolder.ts';

export {
  CHATML_TEMPLATE,
  SPECIAL_TOKENS,
  generationConfigJson,
  hfConfigJson,
  type HfFolderInput,
} from '../../src/export/hfFolder.ts';

/** Writes the folder and returns the size of model.onnx in bytes. */
export function writeHfFolder(dir: string, m: HfFolderInput): number {
  const files = hfFolderFiles(m);
  for (const [name, bytes] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return files.get('onnx/model.onnx')!.length;
}
