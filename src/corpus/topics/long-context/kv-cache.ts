/**
 * Corpus topic `kv-cache` (the KV cache) of the long context group (../long-context.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./kv-cache.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './kv-cache.questions.json';

export const kvCache: Topic = {
  id: 'kv-cache',
  en: {
    names: ['the KV cache', 'KV cache', 'kv cache', 'key-value cache', 'key value caching'],
    answer:
      'The KV cache stores the keys and values of earlier tokens, so each new token only computes its own and attends to the cache, costing O(n·d) per step instead of recomputing everything.',
    key: 'stores the keys and values',
    questions: QUESTIONS.en,
    heldout: [
      "what's the point of a kv cache",
      'why dont we recompute old keys every step',
      'how big does the kv cache get',
      'explain kv caching like im five',
    ],
    followUps: {
      why: 'Past keys and values never change during generation, so recomputing them each step is wasted work; the KV cache trades memory for that time.',
      example:
        'For Qwen-7B the KV cache holds 32 layers × 2 × 4096 numbers per token, about 0.5 MB in BF16, so 2048 tokens take about 1 GB.',
      simpler:
        'Think of the KV cache as lecture notes: instead of replaying the whole lecture for each new sentence, you glance at your notes.',
      more: 'Queries are not cached: only the newest token needs a query, while its keys and values are appended to the KV cache for later tokens.',
      downside:
        'The memory of the KV cache grows linearly with length and batch size, and for long inputs it can exceed the model weights; GQA is one way to shrink it.',
    },
    prose:
      'During generation a model predicts one token at a time. Without a cache it would recompute the whole prefix for every new token, O(n²·d) work. The KV cache stores the keys and values of all earlier tokens, so each step computes only the new token and attends to the cache. The cost per token is O(n·d), and the cache grows by one entry per token.',
  },
  zh: {
    names: ['KV 缓存', '键值缓存', 'kv cache', 'KV cache', 'kv 缓存'],
    answer:
      'KV 缓存保存前面词元的键和值，每个新词元只计算自己的键值并关注缓存，每步代价是 O(n·d)，不用全部重算。',
    key: '前面词元的键和值',
    questions: QUESTIONS.zh,
    heldout: [
      'kv cache 到底有啥用',
      '为什么不每步重算旧的 key',
      'kv 缓存会变得多大',
      '用大白话讲讲键值缓存',
    ],
    followUps: {
      why: '生成时过去的键值不会再变，每步重算纯属浪费；KV 缓存用内存换来了这部分时间。',
      example:
        'Qwen-7B 的 KV 缓存每个词元要存 32 层 × 2 × 4096 个数，BF16 下约 0.5 MB，2048 个词元约 1 GB。',
      simpler: 'KV 缓存就像上课记的笔记：每听一句新话，不用把整堂课重放一遍，看一眼笔记就行。',
      more: '查询不需要缓存：只有最新的词元需要查询，它的键和值则追加到 KV 缓存里，留给后面的词元用。',
      downside:
        'KV 缓存的内存随长度和批大小线性增长，长输入时甚至超过模型权重；GQA 是缩小它的一种办法。',
    },
    prose:
      '生成时模型一次预测一个词元。没有缓存的话，每个新词元都要把整个前缀重算一遍，代价是 O(n²·d)。KV 缓存保存所有前面词元的键和值，每一步只计算新词元并关注缓存。每个词元的代价是 O(n·d)，缓存每步增加一项。',
  },
  compare: {
    with: 'gqa',
    en: 'GQA shrinks the KV cache: the cache stores keys and values per key-value head, and GQA shares each such head among several query heads.',
    zh: 'KV 缓存要为每个键值头保存键和值；GQA 让几个查询头共享一个键值头，缓存因此变小。',
  },
};
