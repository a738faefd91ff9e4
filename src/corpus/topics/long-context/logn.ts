/**
 * Corpus topic `logn` (LogN scaling) of the long context group (../long-context.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./logn.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './logn.questions.json';

export const logn: Topic = {
  id: 'logn',
  en: {
    names: ['LogN scaling', 'LogN attention scaling', 'logn', 'log-n scaling', 'logn attention'],
    answer:
      'LogN scaling multiplies each query by log(n) / log(2048) once the position n passes the training length, which keeps the attention entropy stable on long inputs.',
    key: 'attention entropy',
    questions: QUESTIONS.en,
    heldout: [
      'why multiply the query by log n',
      'explain logn attention like im five',
      'what is the logn trick in qwen for',
      'does logn change anything below 2048 tokens',
    ],
    followUps: {
      why: 'LogN scaling is needed because softmax over more tokens spreads its weight thinner; a slightly larger query sharpens the scores back to the focus seen in training.',
      example:
        'With LogN scaling a query at position 4096 is multiplied by log(4096) / log(2048) = 12/11 ≈ 1.09, and one at 16384 by 14/11 ≈ 1.27.',
      simpler:
        'LogN scaling is like turning up the contrast when a photo gets bigger, so the important parts still stand out.',
      more: 'In Table 3, adding LogN scaling to dynamic NTK lowers Qwen-7B perplexity at 16384 tokens from 5.71 to 4.62.',
      downside:
        'LogN scaling only fixes how spread out attention is; it cannot teach the model distances it never saw, so it is combined with NTK scaling.',
    },
    prose:
      'With more tokens to attend to, softmax spreads its weight more thinly and attention becomes blurry. LogN scaling fixes this: beyond the training length of 2048, each query is multiplied by log(n) / log(2048), where n is its position. This keeps the attention entropy stable. It is used at inference only.',
  },
  zh: {
    names: ['LogN 缩放', 'LogN 注意力缩放', 'logn', 'log-n 缩放', '对数缩放'],
    answer:
      'LogN 缩放在位置 n 超过训练长度后，把每个查询乘以 log(n) / log(2048)，使长输入上的注意力熵保持稳定。',
    key: '注意力熵',
    questions: QUESTIONS.zh,
    heldout: [
      '为啥要把 query 乘上 log n',
      '用大白话讲讲 logn 注意力',
      'qwen 里 logn 这个技巧是干嘛的',
      '2048 以内 logn 会改变什么吗',
    ],
    followUps: {
      why: '需要 LogN 缩放，是因为词元越多 softmax 的权重分得越散；把查询稍微放大，分数就恢复到训练时的集中程度。',
      example:
        '用 LogN 缩放时，位置 4096 的查询乘以 log(4096) / log(2048) ≈ 1.09，位置 16384 乘以约 1.27。',
      simpler: 'LogN 缩放就像照片放大后调高对比度，让重要的部分依然醒目。',
      more: '表 3 中在动态 NTK 上再加 LogN 缩放，Qwen-7B 在 16384 个词元时的困惑度从 5.71 降到 4.62。',
      downside:
        'LogN 缩放只解决注意力分散的问题，不能让模型认识没见过的距离，所以要和 NTK 缩放一起用。',
    },
    prose:
      '要关注的词元越多，softmax 的权重就分得越散，注意力变得模糊。LogN 缩放解决这个问题：超过 2048 的训练长度后，每个查询乘以 log(n) / log(2048)，n 是它的位置。这样注意力熵保持稳定。它只在推理时使用。',
  },
  compare: {
    with: 'softmax',
    en: 'LogN scaling enlarges the queries on long inputs so that softmax, which makes the weights sum to 1, does not spread them too thinly.',
    zh: 'softmax 把分数变成和为 1 的权重；LogN 缩放在长输入上放大查询，免得 softmax 把权重摊得太薄。',
  },
};
