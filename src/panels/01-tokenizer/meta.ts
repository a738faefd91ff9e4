/** The Tokenizer lab: its route, report section, titles and URL schema (schema.ts). */
import { definePanel } from '../types.ts';
import { tokenizerSchema } from './schema.ts';

export default definePanel({
  id: 'tokenizer',
  section: '§2.2',
  texts: {
    en: {
      title: 'Tokenizer (BPE)',
      summary:
        'Byte-level BPE as in Qwen: tokenize any text with Qwen, cl100k, o200k and LLaMA-2 side by side, watch the pre-tokenizer and the merges, train your own vocabulary and compare compression across languages.',
    },
    'zh-CN': {
      title: '分词器（BPE）',
      summary:
        '与 Qwen 相同的字节级 BPE：用 Qwen、cl100k、o200k 和 LLaMA-2 并排切分任意文本，观察预分词和逐步合并，训练自己的词表，并比较各语言的压缩率。',
    },
  },
  schema: tokenizerSchema,
  load: () => import('./Panel.tsx'),
});
