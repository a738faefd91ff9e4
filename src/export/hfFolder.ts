/**
 * The files of a model folder in Hugging Face layout, the one transformers.js reads and the TS
 * model reads too (README, The tiny Qwen), as bytes by path — pure, so the Train lab builds the
 * same folder in the browser that `npm run train` writes to disk:
 *
 *   config.json  generation_config.json  tokenizer.json  tokenizer_config.json  onnx/model.onnx
 *
 *   hfFolderFiles({ config, weights, imEndId, tokenizerJson, tokenizerConfig })
 *     → Map { 'config.json' → bytes, …, 'onnx/model.onnx' → bytes }
 *
 * Deliberately left out: training.json (the training script writes it) and any quantized file.
 */
import type { QwenConfig } from '../model/config.ts';
import type { Weights } from '../model/weights.ts';
import { exportQwen2Onnx } from './onnx.ts';

/** Qwen2's ChatML chat template (Jinja), as in the tokenizer_config.json of Qwen2 models. */
export const CHATML_TEMPLATE =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/** The special tokens of the tiny model, in id order after the BPE tokens. */
export const SPECIAL_TOKENS = ['<|endoftext|>', '<|im_start|>', '<|im_end|>'] as const;

/** config.json: the QwenConfig plus what transformers.js needs to pick FP32 weights. */
export function hfConfigJson(c: QwenConfig, imEndId: number): Record<string, unknown> {
  return {
    architectures: ['Qwen2ForCausalLM'],
    ...c,
    head_dim: c.hidden_size / c.num_attention_heads,
    hidden_act: 'silu',
    use_sliding_window: false,
    torch_dtype: 'float32',
    eos_token_id: [imEndId, c.eos_token_id],
    'transformers.js_config': { dtype: 'fp32' },
  };
}

/** generation_config.json: stopping uses these eos ids (<|im_end|> first, then <|endoftext|>). */
export function generationConfigJson(c: QwenConfig, imEndId: number): Record<string, unknown> {
  return {
    bos_token_id: c.bos_token_id,
    eos_token_id: [imEndId, c.eos_token_id],
    pad_token_id: c.eos_token_id,
    do_sample: false,
    max_new_tokens: 128,
  };
}

export interface HfFolderInput {
  config: QwenConfig;
  weights: Weights;
  /** Id of <|im_end|>; <|endoftext|> is config.eos_token_id. */
  imEndId: number;
  /** tokenizer.json and tokenizer_config.json objects; omitted for weight-only test folders. */
  tokenizerJson?: unknown;
  tokenizerConfig?: unknown;
}

/** Every file of the folder, by its path inside the folder (JSON pretty-printed, as on disk). */
export function hfFolderFiles(m: HfFolderInput): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const enc = new TextEncoder();
  const json = (name: string, v: unknown) =>
    files.set(name, enc.encode(JSON.stringify(v, null, 2) + '\n'));
  json('config.json', hfConfigJson(m.config, m.imEndId));
  json('generation_config.json', generationConfigJson(m.config, m.imEndId));
  if (m.tokenizerJson !== undefined) json('tokenizer.json', m.tokenizerJson);
  if (m.tokenizerConfig !== undefined) json('tokenizer_config.json', m.tokenizerConfig);
  files.set('onnx/model.onnx', exportQwen2Onnx(m.config, m.weights));
  return files;
}
