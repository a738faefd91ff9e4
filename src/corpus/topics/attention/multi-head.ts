/**
 * Corpus topic `multi-head` (multi-head attention) of the attention group (../attention.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./multi-head.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './multi-head.questions.json';
import { TINY_FACTS as F } from '../../tinyFacts.ts';

export const multiHead: Topic = {
  id: 'multi-head',
  en: {
    names: ['multi-head attention', 'multi head attention', 'MHA', 'attention heads', 'multihead'],
    answer:
      'Multi-head attention splits the width into several smaller heads that attend in parallel, each to different relations; their outputs are concatenated and projected back.',
    key: 'concatenated and projected',
    questions: QUESTIONS.en,
    heldout: [
      'whats the point of having many heads',
      'how are the head outputs combined',
      'multi head vs single head attention',
      'explain multihead attention like im five',
    ],
    followUps: {
      why: 'The point of multi-head attention is that one softmax can focus on only a few things; several heads let one track the previous word while another tracks a distant name.',
      example: `In the tiny model multi-head attention splits width ${F.hidden} into ${F.heads} heads of ${F.headDim}; Qwen-7B splits 4096 into 32 heads of 128.`,
      simpler:
        'Think of multi-head attention as a team of readers, each skimming for something different, who then pool their notes.',
      more: 'Splitting keeps the cost of multi-head attention about the same as one wide head, since each of the h heads works in d/h dimensions.',
      downside:
        'In multi-head attention every head has its own keys and values, so the KV cache is large, and some heads turn out to be redundant.',
    },
    prose: `Multi-head attention splits the model width into several heads of smaller dimension. Each head computes its own attention in parallel and can focus on a different relation, such as the previous word or a distant name. The outputs of all heads are concatenated and projected back to the model width. The tiny model uses ${F.heads} heads of ${F.headDim} dimensions.`,
  },
  zh: {
    names: ['多头注意力', 'multi-head attention', 'MHA', '注意力头', '多头'],
    answer:
      '多头注意力把宽度分成几个较小的头并行计算，各自关注不同的关系；各头的输出拼接后再投影回去。',
    key: '拼接后再投影',
    questions: QUESTIONS.zh,
    heldout: [
      '多头有什么意义',
      '各个 head 的结果怎么合起来',
      '多头和单头注意力比有啥区别',
      '用大白话讲讲 multi head attention',
    ],
    followUps: {
      why: '需要多头注意力，是因为一个 softmax 只能集中在少数几处；多个头可以一个盯着前一个词，另一个盯着远处的名字。',
      example: `迷你模型的多头注意力把 ${F.hidden} 维分成 ${F.heads} 个 ${F.headDim} 维的头；Qwen-7B 把 4096 维分成 32 个 128 维的头。`,
      simpler: '多头注意力像一组读者，每人找不同的东西，最后把笔记汇总在一起。',
      more: '因为 h 个头每个只在 d/h 维上计算，多头注意力的开销和一个宽的头差不多。',
      downside: '多头注意力里每个头都有自己的键和值，KV 缓存很大；有些头还会变得多余。',
    },
    prose: `多头注意力把模型宽度分成几个维度更小的头。每个头并行地计算自己的注意力，可以关注不同的关系，比如前一个词或远处的名字。所有头的输出拼接后再投影回模型宽度。迷你模型用 ${F.heads} 个 ${F.headDim} 维的头。`,
  },
  compare: {
    with: 'attention',
    en: 'Plain self-attention is one set of scores over the sequence; multi-head attention runs several smaller copies in parallel and combines their outputs.',
    zh: '自注意力只有一组分数；多头注意力并行运行几个更小的副本，再把输出合起来。',
  },
};
