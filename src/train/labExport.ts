/**
 * A Train-lab model as a Hugging Face folder (hfFolderFiles: config.json,
 * generation_config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx) that
 * transformers.js loads, and the same folder as one zip (fflate) for the download.
 *
 *   const files = labFolderFiles(run, tokenizerJson, tokenizerConfig);
 *   zipFolder(files, 'tiny-qwen-trained') → zip bytes with tiny-qwen-trained/config.json, …
 *
 * Deliberately left out: training.json (the lab's curves stay in the browser's saved run).
 */
import { zipSync } from 'fflate';
import { hfFolderFiles } from '../export/hfFolder.ts';
import type { TrainRun } from './labRun.ts';

/** The run's model as it is now; the tokenizer files are the committed model's. */
export function labFolderFiles(
  run: TrainRun,
  imEndId: number,
  tokenizerJson: unknown,
  tokenizerConfig: Record<string, unknown>,
): Map<string, Uint8Array> {
  return hfFolderFiles({
    config: run.config,
    weights: run.trainer.model.weights,
    imEndId,
    tokenizerJson,
    // the context of this model, not the committed one's
    tokenizerConfig: { ...tokenizerConfig, model_max_length: run.config.max_position_embeddings },
  });
}

/** The files in one zip under `folder/` (fast compression: the weights barely compress). */
export function zipFolder(files: Map<string, Uint8Array>, folder: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, bytes] of files) entries[`${folder}/${name}`] = bytes;
  return zipSync(entries, { level: 1 });
}
