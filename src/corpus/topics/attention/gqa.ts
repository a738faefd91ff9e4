/**
 * Corpus topic `gqa` (GQA) of the attention group (../attention.ts): its names, short answer and
 * key idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its written
 * training questions are in ./gqa.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './gqa.questions.json';
import { TINY_FACTS as F } from '../../tinyFacts.ts';

export const gqa: Topic = {
  id: 'gqa',
  en: {
    names: [
      'GQA',
      'grouped-query attention',
      'grouped query attention',
      'gqa',
      'shared key-value heads',
    ],
    answer:
      'GQA, grouped-query attention, lets several query heads share one key-value head, which shrinks the KV cache; the tiny model has 4 query heads and 2 key-value heads.',
    key: 'share one key-value head',
    questions: QUESTIONS.en,
    heldout: [
      'grouped query attention vs multi head whats the difference',
      'why share kv heads',
      'how many kv heads are in this tiny model',
      'explain gqa like im five',
    ],
    followUps: {
      why: 'GQA exists because during generation the KV cache, not the arithmetic, is the bottleneck; fewer key-value heads mean less memory to store and read per token.',
      example: `In the tiny model GQA lets query heads 1–2 share key-value head 1 and heads 3–4 share head 2, halving the cached keys per layer from ${F.heads} × ${F.headDim} to ${F.kvHeads} × ${F.headDim}.`,
      simpler:
        'With GQA several students (query heads) share one textbook (a key-value head) instead of each carrying their own copy.',
      more: 'GQA sits between two extremes: with as many key-value heads as query heads it is multi-head attention, and with a single one it is multi-query attention.',
      downside:
        'GQA gives each group of query heads the same keys and values, which can cost a little quality compared with full multi-head attention.',
    },
    prose:
      'Grouped-query attention, GQA, lets several query heads share one key-value head. The model then stores fewer keys and values, so the KV cache shrinks. The tiny model has 4 query heads and 2 key-value heads, so each pair of query heads shares one. The original Qwen models of the report use ordinary multi-head attention; Qwen2 and this tiny Qwen2-style model use GQA.',
  },
  zh: {
    names: ['GQA', '分组查询注意力', 'grouped query attention', 'gqa', '共享键值头'],
    answer:
      'GQA 即分组查询注意力，让几个查询头共享一个键值头，从而缩小 KV 缓存；迷你模型有 4 个查询头、2 个键值头。',
    key: '共享一个键值头',
    questions: QUESTIONS.zh,
    heldout: [
      'gqa 和多头注意力差在哪',
      '为啥要共享 kv 头',
      '这个小模型有几个 kv head',
      '用大白话讲讲分组查询注意力',
    ],
    followUps: {
      why: '需要 GQA 是因为生成时瓶颈在 KV 缓存而不在计算；键值头越少，每个词元要存和读的内存就越少。',
      example: `迷你模型的 GQA 让查询头 1、2 共用键值头 1，查询头 3、4 共用键值头 2，每层每个词元只存 ${F.kvHeads} × ${F.headDim} 个键数，而不是 ${F.heads} × ${F.headDim}。`,
      simpler: '用 GQA 时，几个学生（查询头）合看一本课本（键值头），不必每人带一本。',
      more: 'GQA 介于两个极端之间：键值头和查询头一样多时就是多头注意力，只有一个键值头时就是多查询注意力。',
      downside: 'GQA 让同组的查询头看到相同的键和值，和完整的多头注意力相比可能损失一点质量。',
    },
    prose:
      '分组查询注意力 GQA 让几个查询头共享一个键值头。模型要保存的键和值更少，KV 缓存随之变小。迷你模型有 4 个查询头和 2 个键值头，每两个查询头共享一个。报告中最初的 Qwen 模型用的是普通多头注意力，Qwen2 和这个迷你 Qwen2 结构模型才用 GQA。',
  },
  compare: {
    with: 'multi-head',
    en: 'In multi-head attention every query head has its own key-value head; GQA lets groups of query heads share one, so the KV cache shrinks.',
    zh: '多头注意力里每个查询头都有自己的键值头；GQA 让一组查询头共享一个，于是 KV 缓存变小。',
  },
};
