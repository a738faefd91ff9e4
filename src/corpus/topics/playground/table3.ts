/**
 * Corpus topic `table3` (Table 3) of the playground group (../playground.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./table3.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './table3.questions.json';

export const table3: Topic = {
  id: 'table3',
  en: {
    names: [
      'Table 3',
      'table 3',
      'the long-context ablation',
      'the Table 3 ablation',
      'the perplexity table',
    ],
    answer:
      'In Table 3, plain Qwen-7B perplexity on arXiv climbs from 4.23 at 1024 tokens to 2645.09 at 16384; with dynamic NTK, LogN and window attention it stays low, at 4.32.',
    key: '2645.09',
    questions: QUESTIONS.en,
    heldout: [
      'table 3 numbers pls',
      'how bad is qwen-7b at 16k without tricks',
      'does window attention help in the ablation',
      'what does the long context ablation prove',
    ],
    followUps: {
      why: 'Table 3 shows that training-free tricks are enough: without them Qwen-7B breaks past its 2048 training tokens, with them it reads 16384 tokens well.',
      example:
        'At 8192 tokens Table 3 gives 469.81 for plain Qwen-7B, 3.66 with dynamic NTK, 3.56 adding LogN, and 3.49 adding window attention.',
      simpler:
        'Table 3 is a before-and-after picture: the plain model gets lost in long texts, and the tricks keep it on track.',
      more: 'In Table 3 all four rows are identical up to 2048 tokens, 4.23 and 3.78, because the tricks only act beyond the training length.',
      downside:
        'Table 3 measures perplexity on arXiv papers only; a low perplexity at 16384 tokens does not prove the model can answer questions about long documents.',
    },
    prose:
      'Table 3 of the report measures Qwen-7B perplexity on arXiv papers at 1024, 2048, 4096, 8192 and 16384 tokens. Plain RoPE gives 4.23, 3.78, 39.35, 469.81 and 2645.09: it breaks once inputs pass the 2048-token training length. Adding dynamic NTK gives 4.23, 3.78, 3.59, 3.66 and 5.71; adding LogN gives 3.58, 3.56 and 4.62 at the three longest lengths; adding window attention gives 3.58, 3.49 and 4.32.',
  },
  zh: {
    names: ['表 3', 'Table 3', 'table 3', '长上下文消融表', '困惑度表'],
    answer:
      '表 3 中，普通 Qwen-7B 在 arXiv 上的困惑度从 1024 词元的 4.23 涨到 16384 词元的 2645.09；加上动态 NTK、LogN 和窗口注意力后只有 4.32。',
    key: '2645.09',
    questions: QUESTIONS.zh,
    heldout: [
      '表 3 的数字是多少',
      '不用技巧的话 qwen-7b 在 16k 上有多差',
      '消融里窗口注意力有用吗',
      '长上下文消融实验说明了什么',
    ],
    followUps: {
      why: '表 3 说明不用训练的技巧就够了：没有它们，Qwen-7B 超过 2048 训练长度就崩；有了它们，能读好 16384 个词元。',
      example:
        '表 3 在 8192 词元处：普通 469.81，加动态 NTK 3.66，再加 LogN 3.56，再加窗口注意力 3.49。',
      simpler: '表 3 像一张前后对比照：普通模型在长文本里迷路，加上技巧后就不会。',
      more: '表 3 里四行在 2048 以内完全相同，都是 4.23 和 3.78，因为这些技巧只在超出训练长度后才起作用。',
      downside:
        '表 3 只在 arXiv 论文上测困惑度；16384 处困惑度低，不代表模型能回答关于长文档的问题。',
    },
    prose:
      '报告的表 3 测量 Qwen-7B 在 arXiv 论文上 1024、2048、4096、8192 和 16384 个词元时的困惑度。普通 RoPE 依次是 4.23、3.78、39.35、469.81 和 2645.09：输入超过 2048 的训练长度就崩了。加动态 NTK 后是 4.23、3.78、3.59、3.66 和 5.71；再加 LogN，后三个长度是 3.58、3.56 和 4.62；再加窗口注意力是 3.58、3.49 和 4.32。',
  },
  compare: {
    with: 'dynamic-ntk',
    en: 'Table 3 measures dynamic NTK as one of the tricks: on its own it cuts the 16384-token perplexity from 2645.09 to 5.71.',
    zh: '动态 NTK 是表 3 测量的技巧之一：单用它就把 16384 词元处的困惑度从 2645.09 降到 5.71。',
  },
};
