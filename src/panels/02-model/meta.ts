/** The Model lab: its route, report sections, titles and URL schema. */
import { BLOCKS } from '../../kernels/reference/paramCount.ts';
import { bool, num, oneOf, str } from '../../state/urlSchema.ts';
import { definePanel } from '../types.ts';

/** The models the lab can draw: the tiny Qwen (its config.json) and Qwen-1 of report Table 1. */
export const MODEL_IDS = ['tiny', 'qwen-1_8b', 'qwen-7b', 'qwen-14b'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

/** Longest prompt the box takes (characters); the model's context is cut separately. */
export const MAX_PROMPT_CHARS = 20_000;

export const modelSchema = {
  model: oneOf(MODEL_IDS, 'tiny', 'model:arch.select'),
  block: oneOf(BLOCKS, 'attn'),
  prompt: str('RoPE rotates the query and key', MAX_PROMPT_CHARS, 6000),
  /** Wrap the prompt as a ChatML user turn followed by the assistant's generation prompt. */
  chat: bool(false, 'model:next.chat'),
  temp: num({ default: 1, min: 0.1, max: 5, log: true, label: 'model:next.temp' }),
  /** Inspect the prompt: open, the position (−1 = the last), view, layer (from 0), head (−1 = average). */
  insp: bool(false),
  ipos: num({ default: -1, min: -1, max: 4096, integer: true }),
  iview: oneOf(['lens', 'attn', 'dla', 'resid'] as const, 'lens'),
  ilayer: num({ default: 0, min: 0, max: 63, integer: true }),
  ihead: num({ default: -1, min: -1, max: 63, integer: true }),
};

export default definePanel({
  id: 'model',
  section: '§2.1, §2.3',
  texts: {
    en: {
      title: 'Model',
      summary:
        "The tiny Qwen's architecture as the report describes it, with shapes and parameter counts per block beside Qwen-1.8B, 7B and 14B, and the next-token distribution for a prompt you type.",
    },
    'zh-CN': {
      title: '模型结构',
      summary:
        '按报告的描述画出小 Qwen 的结构，逐块给出张量形状和参数量，并与 Qwen-1.8B、7B、14B 对照；再输入一段提示词，看模型给出的下一个词元的概率分布。',
    },
  },
  schema: modelSchema,
  load: () => import('./Panel.tsx'),
});
