/**
 * Corpus topic `ntk` (NTK-aware scaling) of the long context group (../long-context.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./ntk.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './ntk.questions.json';

export const ntk: Topic = {
  id: 'ntk',
  en: {
    names: [
      'NTK-aware scaling',
      'NTK-aware interpolation',
      'ntk scaling',
      'ntk rope',
      'NTK-aware RoPE',
    ],
    answer:
      'NTK-aware scaling raises the RoPE base to base · α^(d/(d−2)), so low frequencies are stretched for longer inputs while high frequencies stay sharp, without any training.',
    key: 'raises the RoPE base',
    questions: QUESTIONS.en,
    heldout: [
      'how does ntk aware scaling stretch rope',
      'whats the point of changing the rotary base at inference',
      'explain ntk scaling like im five',
      'does ntk interpolation need fine tuning',
    ],
    followUps: {
      why: 'NTK-aware scaling exists because squeezing all positions equally blurs nearby tokens; changing the base stretches mostly the slow dimensions and keeps the fast ones sharp.',
      example:
        'For Qwen-7B with d = 128 and α = 3, NTK-aware scaling gives a base of 10000 · 3^(128/126) ≈ 30,500 instead of 10000.',
      simpler:
        'NTK-aware scaling slows down the slow clock hands so they fit a longer day, while the fast second hand keeps ticking as before.',
      more: 'With NTK-aware scaling the fastest pair keeps frequency 1, while the slowest pair turns exactly α times slower, just like plain interpolation.',
      downside:
        'NTK-aware scaling needs α chosen in advance, and a fixed large α slightly hurts short inputs, which is why Qwen makes it dynamic.',
    },
    prose:
      'NTK-aware interpolation extends the context of a RoPE model without training. Instead of squeezing every position, it raises the RoPE base to base times α to the power d/(d−2). The slow, low-frequency dimensions are stretched to cover the longer input, while the fast, high-frequency dimensions keep their resolution for nearby tokens.',
  },
  zh: {
    names: ['NTK 感知缩放', 'NTK 感知插值', 'ntk scaling', 'ntk', 'NTK-aware RoPE'],
    answer:
      'NTK 感知缩放把 RoPE 基数提高到 base · α^(d/(d−2))，拉长低频维度以适应更长的输入，同时保持高频清晰，而且无需训练。',
    key: 'RoPE 基数提高到',
    questions: QUESTIONS.zh,
    heldout: [
      'ntk aware 缩放怎么拉长 rope',
      '推理时改旋转基数有啥用',
      '用大白话讲讲 ntk 插值',
      'ntk 插值要不要微调',
    ],
    followUps: {
      why: 'NTK 感知缩放的动机是：把所有位置同样压缩会让近处词元变模糊；改基数主要拉长慢速维度，快速维度保持清晰。',
      example: 'd = 128、α = 3 时，NTK 感知缩放把基数变成 10000 · 3^(128/126) ≈ 30500。',
      simpler: 'NTK 感知缩放就是把钟上慢的指针调得更慢，让它装得下更长的一天，秒针照常走。',
      more: '用 NTK 感知缩放时，最快的一对维度频率仍是 1，最慢的一对正好慢了 α 倍，和位置插值一样。',
      downside: 'NTK 感知缩放要事先选好 α；固定的大 α 会略微损害短输入，所以 Qwen 把它做成动态的。',
    },
    prose:
      'NTK 感知插值无需训练就能扩展 RoPE 模型的上下文。它不去压缩每个位置，而是把 RoPE 基数提高到 base 乘以 α 的 d/(d−2) 次方。慢速的低频维度被拉长以覆盖更长的输入，快速的高频维度则保留对近处词元的分辨率。',
  },
  compare: {
    with: 'position-interpolation',
    en: 'Unlike position interpolation, which divides every position by the same factor and needs fine-tuning, NTK-aware scaling raises the RoPE base and keeps fast dimensions sharp without training.',
    zh: '位置插值把所有位置除以同一个倍数，需要微调；NTK 感知缩放调大 RoPE 基数，快速维度保持清晰，也不用训练。',
  },
};
