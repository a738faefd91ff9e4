/**
 * Corpus topic `window` (window attention) of the long context group (../long-context.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./window.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './window.questions.json';

export const windowAttention: Topic = {
  id: 'window',
  en: {
    names: [
      'window attention',
      'layer-wise window attention',
      'sliding window attention',
      'windowed attention',
      'local attention',
    ],
    answer:
      'Window attention lets each token attend only to a window of recent tokens; Qwen gives lower layers short windows and higher layers long windows, since lower layers are more sensitive to context length.',
    key: 'short windows',
    questions: QUESTIONS.en,
    heldout: [
      'explain window attention like im five',
      'why do the bottom layers of qwen use smaller windows',
      'whats the point of layerwise windows',
      'sliding window attn in qwen how does it help',
    ],
    followUps: {
      why: 'Qwen uses layer-wise window attention because it found lower layers more sensitive to context length extension than higher layers, so they get shorter windows.',
      example:
        'In Table 3, adding window attention on top of dynamic NTK and LogN lowers Qwen-7B perplexity at 16384 tokens from 4.62 to 4.32.',
      simpler:
        'With window attention each word reads only the last few pages; the bottom floors of the model read fewer pages, the top floors read more.',
      more: 'Besides quality, window attention bounds the cost: each token attends to at most w keys, so the work per token stops growing with the input.',
      downside:
        'With window attention a token cannot directly see anything outside its window in that layer, and the report does not give the exact window sizes.',
    },
    prose:
      'Window attention restricts each token to a window of the most recent tokens. Qwen found that lower layers are more sensitive to context length extension than higher layers, so it uses layer-wise windows: short windows for lower layers and long windows for higher layers. The report does not give the exact sizes.',
  },
  zh: {
    names: ['窗口注意力', '分层窗口注意力', '滑动窗口注意力', 'window attention', '局部注意力'],
    answer:
      '窗口注意力让每个词元只关注最近一段窗口内的词元；Qwen 给低层短窗口、高层长窗口，因为低层对上下文长度更敏感。',
    key: '短窗口',
    questions: QUESTIONS.zh,
    heldout: [
      '用大白话讲讲窗口注意力',
      'qwen 底下几层为啥窗口更小',
      '分层窗口有啥意义',
      'sliding window attn 在 qwen 里有什么用',
    ],
    followUps: {
      why: 'Qwen 用分层的窗口注意力，是因为它发现低层比高层对上下文长度扩展更敏感，所以给低层更短的窗口。',
      example:
        '表 3 中在动态 NTK 和 LogN 上再加窗口注意力，Qwen-7B 在 16384 个词元时困惑度从 4.62 降到 4.32。',
      simpler: '窗口注意力就是每个词只读最近几页；模型底层读得少，顶层读得多。',
      more: '窗口注意力还能限制开销：每个词元最多关注 w 个键，每个词元的计算量不再随总长度增长。',
      downside: '用窗口注意力时，该层的词元看不到窗口之外的内容；报告也没有给出具体的窗口大小。',
    },
    prose:
      '窗口注意力把每个词元限制在最近的一段窗口内。Qwen 发现低层比高层对上下文扩展更敏感，于是按层设置窗口：低层用短窗口，高层用长窗口。报告没有给出具体的窗口大小。',
  },
  compare: {
    with: 'logn',
    en: 'LogN scaling keeps attention sharp over many tokens; window attention instead limits how many tokens each layer may look at.',
    zh: 'LogN 缩放让注意力在很多词元上保持集中；窗口注意力则直接限制每层能看多少个词元。',
  },
};
