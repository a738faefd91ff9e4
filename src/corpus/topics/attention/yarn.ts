/**
 * Corpus topic `yarn` (YaRN) of the attention group (../attention.ts): its names, short answer and
 * key idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its written
 * training questions are in ./yarn.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './yarn.questions.json';

export const yarn: Topic = {
  id: 'yarn',
  en: {
    names: ['YaRN', 'yarn', 'YaRN scaling', 'yarn rope scaling', 'yet another rope extension'],
    answer:
      'YaRN interpolates only the low-frequency RoPE dimensions, keeps the high-frequency ones, blends them with a ramp, and scales queries and keys by 0.1·ln(s) + 1.',
    key: 'only the low-frequency',
    questions: QUESTIONS.en,
    heldout: [
      'yarn vs ntk whats the difference',
      'explain yarn rope scaling like im five',
      'what is the 0.1 ln s thing in yarn',
      'why does yarn leave the fast dimensions alone',
    ],
    followUps: {
      why: 'YaRN keeps the fast dimensions because they encode nearby order and already turn many times in training; only the slow ones meet unseen angles and need interpolating.',
      example:
        'For factor s = 4, YaRN scales queries and keys by 0.1 · ln 4 + 1 ≈ 1.14, and divides the slowest dimensions by 4, as position interpolation would.',
      simpler:
        'YaRN is like stretching only the slow hands of a clock for a longer day, leaving the second hand alone, and turning up the contrast a little.',
      more: 'YaRN decides per dimension by counting how many full turns it makes within the trained length: few turns means interpolate, many turns means keep.',
      downside:
        'YaRN works best with a short fine-tune, and the Qwen report itself uses dynamic NTK and LogN rather than YaRN.',
    },
    prose:
      'YaRN is a RoPE extension method that treats dimensions differently. Low-frequency dimensions are interpolated as in position interpolation, high-frequency dimensions are kept, and a ramp blends the ones in between. It also scales queries and keys by 0.1·ln(s) + 1 to keep attention sharp. The Qwen report itself uses dynamic NTK and LogN instead.',
  },
  zh: {
    names: ['YaRN', 'yarn', 'YaRN 缩放', 'YaRN 插值', 'yarn rope'],
    answer:
      'YaRN 只插值低频的 RoPE 维度，保留高频维度，中间用斜坡函数过渡，并把查询和键乘以 0.1·ln(s) + 1。',
    key: '只插值低频',
    questions: QUESTIONS.zh,
    heldout: [
      'yarn 和 ntk 有啥区别',
      '用大白话讲讲 yarn',
      'yarn 里那个 0.1 ln s 是干嘛的',
      'yarn 为啥不动高频维度',
    ],
    followUps: {
      why: 'YaRN 保留快速维度，因为它们编码近处的顺序，训练中已转过很多圈；只有慢速维度会遇到没见过的角度，才需要插值。',
      example:
        '倍数 s = 4 时，YaRN 把查询和键乘以 0.1 · ln 4 + 1 ≈ 1.14，最慢的维度则像位置插值一样除以 4。',
      simpler: 'YaRN 像只把钟上慢的指针拉长去适应更长的一天，秒针不动，再把对比度稍微调高。',
      more: 'YaRN 按维度判断：数它在训练长度内转了几整圈，圈数少就插值，圈数多就保留。',
      downside: 'YaRN 最好配合一次短微调；而且 Qwen 报告本身没有用 YaRN，用的是动态 NTK 和 LogN。',
    },
    prose:
      'YaRN 是一种区别对待各维度的 RoPE 扩展方法。低频维度像位置插值一样被插值，高频维度保持不变，中间的维度用斜坡函数过渡。它还把查询和键乘以 0.1·ln(s) + 1，让注意力保持集中。Qwen 报告本身用的是动态 NTK 和 LogN。',
  },
  compare: {
    with: 'ntk',
    en: 'NTK-aware scaling changes the RoPE base, which stretches dimensions smoothly; YaRN picks per dimension with a ramp and also rescales attention.',
    zh: 'NTK 感知缩放改的是 RoPE 基数，平滑地拉伸各维度；YaRN 用斜坡函数逐维决定，还会重新缩放注意力。',
  },
};
