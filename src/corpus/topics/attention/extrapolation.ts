/**
 * Corpus topic `extrapolation` (length extrapolation) of the attention group (../attention.ts):
 * its names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./extrapolation.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './extrapolation.questions.json';

export const extrapolation: Topic = {
  id: 'extrapolation',
  en: {
    names: [
      'length extrapolation',
      'extrapolation',
      'context extrapolation',
      'going past the training length',
      'long context failure',
    ],
    answer:
      'A model trained at 2048 tokens fails beyond it because positions and slow RoPE angles there were never seen in training; Qwen-7B perplexity jumps from 3.78 to 39.35 at 4096.',
    key: 'never seen in training',
    questions: QUESTIONS.en,
    heldout: [
      'why does the model break after 2048 tokens',
      'what happens if i feed qwen 8000 tokens',
      'explain length extrapolation like im five',
      'why does perplexity blow up on long inputs',
    ],
    followUps: {
      why: 'The reason length extrapolation fails is that the slowest RoPE pairs turn less than a full circle in 2048 tokens, so longer inputs give them angles the model never learned.',
      example:
        'Table 3 shows length extrapolation failing for plain Qwen-7B: perplexity 3.78 at 2048, 39.35 at 4096, 469.81 at 8192 and 2645.09 at 16384.',
      simpler:
        'Asking for length extrapolation is like asking someone who only practised counting to 100 to count to 1000: everything after 100 feels foreign.',
      more: 'Attention also gets blurrier in length extrapolation, because softmax spreads over more tokens than in training; that is what LogN scaling fixes.',
      downside:
        'Training-free tricks only soften length extrapolation: even with dynamic NTK, LogN and window attention, Qwen-7B perplexity at 16384 is 4.32, above 3.78 at 2048.',
    },
    prose:
      'Qwen was trained on 2048 tokens, and beyond that length a plain model fails. Positions past 2048 and the angles of the slow RoPE dimensions were never seen in training, and attention spreads over more tokens than usual. In report Table 3, Qwen-7B perplexity is 3.78 at 2048 tokens, 39.35 at 4096, 469.81 at 8192 and 2645.09 at 16384.',
  },
  zh: {
    names: ['长度外推', '外推', '上下文外推', '超出训练长度', 'extrapolation'],
    answer:
      '超过 2048 后，位置和慢速 RoPE 角度都是训练中从未见过的，所以模型失效：Qwen-7B 的困惑度到 4096 时升到 39.35。',
    key: '训练中从未见过',
    questions: QUESTIONS.zh,
    heldout: [
      '为啥模型过了 2048 就崩了',
      '给 qwen 喂 8000 个 token 会怎样',
      '用大白话讲讲长度外推',
      '长输入上困惑度为什么会爆炸',
    ],
    followUps: {
      why: '长度外推失败的原因是：最慢的 RoPE 维度在 2048 个词元内转不满一圈，更长的输入会给出模型没学过的角度。',
      example:
        '表 3 里原始 Qwen-7B 的长度外推：2048、4096、8192、16384 时困惑度是 3.78、39.35、469.81、2645.09。',
      simpler: '要求长度外推，就像让只练过数到 100 的人数到 1000：100 以后的数他都觉得陌生。',
      more: '长度外推时注意力也会变模糊，因为 softmax 要摊到比训练时更多的词元上；LogN 缩放解决的就是这个。',
      downside:
        '无需训练的技巧只能缓解长度外推：三种技巧都加上后，Qwen-7B 在 16384 时困惑度仍有 4.32，高于 2048 时的 3.78。',
    },
    prose:
      'Qwen 在 2048 个词元上训练，不加处理的模型超过这个长度就会失效。2048 之后的位置和慢速 RoPE 维度的角度在训练中从未见过，注意力也会摊到比平时更多的词元上。报告表 3 中，Qwen-7B 的困惑度在 2048 时是 3.78，4096 时是 39.35，8192 时是 469.81，16384 时是 2645.09。',
  },
  compare: {
    with: 'position-interpolation',
    en: 'Plain length extrapolation feeds positions beyond the trained range and fails; position interpolation squeezes them back inside the range and then fine-tunes.',
    zh: '直接长度外推是把超出训练范围的位置喂给模型，结果失效；位置插值则把它们压回训练范围内，再做微调。',
  },
};
