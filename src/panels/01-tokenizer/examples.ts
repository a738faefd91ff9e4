/**
 * Ready examples for the text box: many languages (from src/data/languageSamples.ts), code,
 * numbers, emoji with joiners, whitespace runs and ChatML. Written for this project.
 * Deliberately left out: anything long (the visitor pastes long texts themselves).
 */
import { LANGUAGE_SAMPLES } from '../../data/languageSamples.ts';
import { DEFAULT_TEXT } from './schema.ts';

export interface Example {
  /** Key under `examples.` in the locale files. */
  key: string;
  text: string;
}

const sample = (code: string): string => {
  const s = LANGUAGE_SAMPLES.find((x) => x.code === code);
  if (!s) throw new Error(`examples: no language sample '${code}'`);
  return s.text;
};

export const CHATML_EXAMPLE =
  '<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n' +
  '<|im_start|>user\nWhat does "<|im_end|>" mean?<|im_end|>\n' +
  '<|im_start|>assistant\n';

export const EXAMPLES: readonly Example[] = [
  { key: 'mixed', text: DEFAULT_TEXT },
  { key: 'en', text: sample('en') },
  { key: 'zh', text: sample('zh') },
  { key: 'ja', text: sample('ja') },
  { key: 'ko', text: sample('ko') },
  { key: 'ar', text: sample('ar') },
  { key: 'th', text: sample('th') },
  { key: 'ru', text: sample('ru') },
  { key: 'code', text: sample('code') },
  {
    key: 'numbers',
    text: 'Order 1234567 cost $89.99 on 2024-03-15; pi ≈ 3.14159265, 1e-6, ２０２４年。',
  },
  {
    key: 'emoji',
    text: 'I ❤️ BPE 🙂 👩‍💻 👨‍👩‍👧‍👦 🇨🇳 🇬🇧 👍🏽 家族👨‍👩‍👧 ✨',
  },
  {
    key: 'whitespace',
    text: "I'm sure they've said it's    fine.\n\n\n    indented\tline   \nDON'T SHOUT",
  },
  { key: 'chatml', text: CHATML_EXAMPLE },
];
