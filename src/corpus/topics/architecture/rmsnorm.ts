/**
 * Corpus topic `rmsnorm` (RMSNorm) of the architecture group (../architecture.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./rmsnorm.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './rmsnorm.questions.json';

export const rmsnorm: Topic = {
  id: 'rmsnorm',
  en: {
    names: [
      'RMSNorm',
      'root mean square normalization',
      'rms norm',
      'rmsnorm',
      'RMS normalization',
    ],
    answer:
      'RMSNorm divides each vector by its root mean square and multiplies by a learned weight; unlike LayerNorm it subtracts no mean and has no bias, so it is cheaper.',
    key: 'root mean square',
    questions: QUESTIONS.en,
    heldout: [
      'rmsnorm vs layernorm what is the difference',
      'why does qwen normalize with rms',
      'waht does rmsnorm do',
      'is there a mean subtraction in rmsnorm',
    ],
    followUps: {
      why: 'RMSNorm keeps activations at a steady scale so deep stacks train stably, and dropping the mean saves work without hurting quality.',
      example:
        'RMSNorm of [3, 4]: the mean square is (9 + 16) / 2 = 12.5, its root about 3.54, so the output is about [0.85, 1.13] before the weight.',
      simpler:
        'RMSNorm is a volume knob: it turns every vector to about the same loudness, then a learned weight fine-tunes each channel.',
      more: 'RMSNorm in Qwen adds an epsilon of 1e-6 inside the square root, so a vector of zeros never causes a division by zero.',
      downside:
        'RMSNorm still needs a sum over the whole vector, and without the mean it cannot remove a constant offset shared by all channels.',
    },
    prose:
      'Qwen normalizes activations with RMSNorm. Each vector is divided by its root mean square, the square root of the mean of its squares plus a small epsilon (1e-6 in Qwen), and then scaled by a learned weight. Unlike LayerNorm it does not subtract the mean and has no bias, which saves computation with the same stability.',
  },
  zh: {
    names: ['RMSNorm', '均方根归一化', 'rms norm', 'rmsnorm', 'RMS 归一化'],
    answer:
      'RMSNorm 把每个向量除以它的均方根，再乘以可学习的权重；和 LayerNorm 不同，它不减均值也没有偏置，计算更省。',
    key: '均方根',
    questions: QUESTIONS.zh,
    heldout: [
      'rmsnorm 跟 layernorm 差在哪',
      '均方根归一化具体算了啥',
      'qwen 的归一化层为啥不减均值',
      'RMS norm 用大白话说是什么',
    ],
    followUps: {
      why: 'RMSNorm 让激活保持稳定的尺度，深层网络训练更稳；去掉均值能省计算，效果却基本不变。',
      example:
        '对 [3, 4] 做 RMSNorm：平方均值 (9 + 16) / 2 = 12.5，开方约 3.54，输出约 [0.85, 1.13]，再乘权重。',
      simpler: 'RMSNorm 像音量旋钮：先把每个向量调到差不多的音量，再用可学习的权重微调每个通道。',
      more: 'Qwen 的 RMSNorm 在开方里加了 1e-6 的 epsilon，所以全零向量也不会除以零。',
      downside:
        'RMSNorm 仍要对整个向量求一次平方和；而且不减均值，就去不掉所有通道共有的常数偏移。',
    },
    prose:
      'Qwen 用 RMSNorm 做归一化。每个向量除以它的均方根，即各分量平方的平均值加上一个很小的 epsilon（Qwen 里是 1e-6）后再开方，然后乘以可学习的权重。它不像 LayerNorm 那样减去均值，也没有偏置，计算更少而稳定性相当。',
  },
  compare: {
    with: 'layernorm',
    en: 'LayerNorm subtracts the mean, divides by the standard deviation and adds a bias; RMSNorm only divides by the root mean square and scales, which is cheaper.',
    zh: 'LayerNorm 要减均值、除以标准差，还要加偏置；RMSNorm 只除以均方根再乘权重，计算更省。',
  },
};
