/**
 * Corpus topic `softmax` (softmax) of the attention group (../attention.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./softmax.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './softmax.questions.json';

export const softmax: Topic = {
  id: 'softmax',
  en: {
    names: [
      'softmax',
      'the softmax function',
      'soft max',
      'softmax normalization',
      'normalized exponential',
    ],
    answer:
      'Softmax turns scores into probabilities that sum to 1: take exp of each score and divide by their total; subtracting the max first avoids overflow.',
    key: 'probabilities that sum to 1',
    questions: QUESTIONS.en,
    heldout: [
      'explain softmax like im five',
      'why does softmax use exp',
      'softmax overflow how do you avoid it',
      'what does sofmax output',
    ],
    followUps: {
      why: 'The exp in softmax makes every weight positive and lets bigger scores win more than proportionally; dividing by the total makes a proper distribution.',
      example:
        'For scores [2, 1, 0], softmax computes exp values 7.39, 2.72 and 1, total 11.11, giving about 0.67, 0.24 and 0.09.',
      simpler:
        'Think of softmax as sharing a cake: everyone gets a slice, a higher score gets a much bigger slice, and the slices always make one whole cake.',
      more: 'Subtracting the max m does not change softmax, because exp(a − m) / Σ exp(b − m) equals the original; it only stops exp from overflowing on scores like 1000.',
      downside:
        'A limit of softmax is that no weight is ever exactly zero, so over thousands of tokens the weight spreads thin, which is what LogN scaling counters.',
    },
    prose:
      'Softmax turns a list of scores into probabilities that sum to 1. It takes the exponential of each score and divides by the total. Subtracting the largest score first gives the same result and avoids overflow. Attention and the output layer both use softmax.',
  },
  zh: {
    names: ['softmax', 'softmax 函数', 'soft max', '归一化指数函数', '软最大值'],
    answer:
      'softmax 把分数变成和为 1 的概率：对每个分数取 exp，再除以总和；先减去最大值可以防止溢出。',
    key: '和为 1 的概率',
    questions: QUESTIONS.zh,
    heldout: [
      '用大白话讲讲 softmax',
      'softmax 为啥要用 exp',
      'softmax 溢出了怎么办',
      'sofmax 输出的是什么',
    ],
    followUps: {
      why: 'softmax 用 exp，是为了让每个权重都为正，并让大的分数占得更多；再除以总和，就成了概率分布。',
      example:
        '分数 [2, 1, 0] 做 softmax：exp 后是 7.39、2.72、1，总和 11.11，结果约为 0.67、0.24、0.09。',
      simpler: 'softmax 就像分蛋糕：人人有份，分数高的分到大得多的一块，所有块加起来正好一个蛋糕。',
      more: '减去最大值不会改变 softmax 的结果，因为分子分母同乘了 exp(−m)；它只是让 1000 这样的分数不会让 exp 溢出。',
      downside:
        'softmax 的局限是权重永远不会恰好为零，上千个词元时权重会摊得很薄，LogN 缩放正是为此而来。',
    },
    prose:
      'softmax 把一串分数变成和为 1 的概率：对每个分数取指数，再除以总和。先减去最大的分数，结果不变，还能避免溢出。注意力和输出层都用到 softmax。',
  },
  compare: {
    with: 'flash-attention',
    en: 'Flash attention uses an online softmax: it keeps a running max and sum over tiles, so it gets exactly the same softmax without storing all the scores.',
    zh: 'Flash 注意力用的是在线 softmax：分块维护滚动的最大值和总和，不存下全部分数也能得到完全相同的 softmax。',
  },
};
