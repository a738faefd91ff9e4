/**
 * Corpus topic `swiglu` (SwiGLU) of the architecture group (../architecture.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./swiglu.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './swiglu.questions.json';
import { TINY_FACTS as F, weightsK } from '../../tinyFacts.ts';

export const swiglu: Topic = {
  id: 'swiglu',
  en: {
    names: [
      'SwiGLU',
      'the SwiGLU activation',
      'swiglu',
      'gated linear unit',
      'SwiGLU feed-forward',
    ],
    answer:
      'SwiGLU computes down(silu(gate(x)) * up(x)), a gated feed-forward layer; Qwen shrinks its hidden size to about 8/3 of the model width to keep the parameter count.',
    key: '8/3',
    questions: QUESTIONS.en,
    heldout: [
      'swiglu vs relu whats better',
      'why is the ffn only 8/3 times the width',
      'what does the gate in swiglu do',
      'explain the qwen mlp like im five',
    ],
    followUps: {
      why: 'SwiGLU lets one projection act as a gate that decides, per channel, how much of the other passes through; gated layers reach lower loss than plain ReLU.',
      example: `In the tiny model SwiGLU maps width ${F.hidden} to ${F.intermediate}, near 8/3 × ${F.hidden} ${F.eightThirds}; its three ${F.hidden}×${F.intermediate} matrices hold about ${weightsK(F.swigluWeights)} weights, like a plain 4× FFN's ${weightsK(F.plainFfnWeights)}.`,
      simpler:
        'SwiGLU is like a mixing desk: one path makes the signal, the other is a row of faders deciding how loud each channel gets.',
      more: 'SiLU, used inside SwiGLU, is x · sigmoid(x): it grows smoothly like ReLU but gives slightly negative outputs for small negative inputs.',
      downside:
        'SwiGLU needs three matrices instead of two, so for the same parameters the hidden layer must be narrower, and it does one more matrix multiplication.',
    },
    prose:
      'The feed-forward layer of Qwen is SwiGLU. Two projections, gate and up, read the input; the gate goes through SiLU, the two are multiplied element by element, and a down projection maps back. Because there are three matrices instead of two, the hidden size is reduced from 4 times to about 8/3 times the model width.',
  },
  zh: {
    names: ['SwiGLU', 'SwiGLU 激活函数', 'swiglu', '门控线性单元', 'SwiGLU 前馈层'],
    answer:
      'SwiGLU 计算 down(silu(gate(x)) * up(x))，是带门控的前馈层；Qwen 把隐藏维度缩到模型宽度的约 8/3，以保持参数量。',
    key: '8/3',
    questions: QUESTIONS.zh,
    heldout: [
      'swiglu 和 relu 哪个好',
      'ffn 为啥只有 8/3 倍宽',
      'swiglu 里的 gate 是干什么的',
      '给小白讲讲 qwen 的 mlp',
    ],
    followUps: {
      why: 'SwiGLU 让一个投影充当门，逐通道决定另一个投影放行多少；带门控的前馈层比普通 ReLU 损失更低。',
      example: `迷你模型的 SwiGLU 把 ${F.hidden} 维映射到 ${F.intermediate} 维，接近 8/3 × ${F.hidden} ${F.eightThirds}，参数量和普通 4 倍前馈层相当。`,
      simpler: 'SwiGLU 像调音台：一路产生信号，另一路是一排推子，决定每个通道放多大声。',
      more: 'SwiGLU 里的 SiLU 是 x · sigmoid(x)：像 ReLU 一样平滑增长，但小的负输入会得到略微为负的输出。',
      downside: 'SwiGLU 要三个矩阵而不是两个，参数相同时隐藏层只能更窄，还多做一次矩阵乘法。',
    },
    prose:
      'Qwen 的前馈层是 SwiGLU。gate 和 up 两个投影读取输入，gate 经过 SiLU，两者逐元素相乘，再由 down 投影映射回去。因为有三个矩阵而不是两个，隐藏维度从 4 倍缩小到模型宽度的约 8/3 倍。',
  },
  compare: {
    with: 'attention',
    en: 'Where self-attention mixes information between tokens, SwiGLU processes each token on its own, position by position.',
    zh: '自注意力在词元之间交换信息；SwiGLU 则对每个词元单独处理，逐个位置进行。',
  },
};
