/**
 * Corpus topic `layernorm` (LayerNorm) of the attention group (../attention.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./layernorm.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './layernorm.questions.json';

export const layernorm: Topic = {
  id: 'layernorm',
  en: {
    names: ['LayerNorm', 'layer normalization', 'layer norm', 'layernorm', 'LN'],
    answer:
      'LayerNorm subtracts the mean, divides by the standard deviation, then applies a learned gain and bias; RMSNorm drops both the mean and the bias.',
    key: 'subtracts the mean',
    questions: QUESTIONS.en,
    heldout: [
      'what does layer norm do to a vector',
      'what does layernorm subtract first',
      'explain layer normalization like im five',
      'does layrnorm have a bias',
    ],
    followUps: {
      why: 'LayerNorm centres and rescales each vector so the next layer always sees inputs of a similar size, which made deep transformers trainable.',
      example:
        'LayerNorm of [1, 2, 3]: the mean is 2 and the standard deviation about 0.82, so the output is about [−1.22, 0, 1.22] before gain and bias.',
      simpler:
        'LayerNorm is like grading on a curve: shift everyone so the average is zero, then stretch the scores to a standard spread.',
      more: 'LayerNorm works per token across the channels, not across the batch, so it behaves the same in training and at inference; it also adds a small epsilon.',
      downside:
        'LayerNorm needs two statistics, the mean and the variance, plus a bias; RMSNorm skips the mean with about the same quality, which is why Qwen uses it.',
    },
    prose:
      'LayerNorm normalizes each token vector: it subtracts the mean, divides by the standard deviation and then applies a learned gain and bias. RMSNorm is a simpler version that drops the mean and the bias and divides by the root mean square. Qwen uses RMSNorm.',
  },
  zh: {
    names: ['LayerNorm', '层归一化', 'layer norm', 'layernorm', 'LN'],
    answer:
      'LayerNorm 先减去均值，再除以标准差，然后乘以可学习的增益、加上偏置；RMSNorm 去掉了均值和偏置。',
    key: '减去均值',
    questions: QUESTIONS.zh,
    heldout: [
      'layer norm 对一个向量做了什么',
      'layernorm 第一步减的是啥',
      '用大白话讲讲层归一化',
      'layrnorm 有没有偏置',
    ],
    followUps: {
      why: 'LayerNorm 把每个向量居中并缩放，让下一层总是看到大小相近的输入，深层 Transformer 因此才好训练。',
      example:
        '对 [1, 2, 3] 做 LayerNorm：均值是 2，标准差约 0.82，输出约为 [−1.22, 0, 1.22]，再乘增益、加偏置。',
      simpler: 'LayerNorm 像按曲线给分：先整体平移让平均分为零，再统一拉伸到标准的幅度。',
      more: 'LayerNorm 对每个词元在通道上计算，不跨批次，所以训练和推理时表现一致；它同样会加一个小的 epsilon。',
      downside:
        'LayerNorm 要算均值和方差两个统计量，还有偏置；RMSNorm 省掉均值而效果相当，所以 Qwen 选了后者。',
    },
    prose:
      'LayerNorm 对每个词元向量做归一化：减去均值，除以标准差，再乘以可学习的增益、加上偏置。RMSNorm 是它的简化版，去掉了均值和偏置，只除以均方根。Qwen 用的是 RMSNorm。',
  },
  compare: {
    with: 'pre-norm',
    en: 'LayerNorm is a kind of normalization; Pre-Norm is about where it goes, before each block. Qwen uses Pre-Norm with RMSNorm instead of LayerNorm.',
    zh: 'LayerNorm 是一种归一化方法；Pre-Norm 说的是它放在哪里，即每个块之前。Qwen 用的是 Pre-Norm 加 RMSNorm，而不是 LayerNorm。',
  },
};
