/**
 * Corpus topic `adamw` (AdamW) of the data group (../data.ts): its names, short answer and key
 * idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its written
 * training questions are in ./adamw.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './adamw.questions.json';

export const adamw: Topic = {
  id: 'adamw',
  en: {
    names: [
      'AdamW',
      'the optimizer',
      'Adam with weight decay',
      'adamw',
      'the learning rate schedule',
    ],
    answer:
      'Qwen trains with AdamW using β1 0.9, β2 0.95 and ε 1e-8, with a cosine schedule that decays the learning rate to 10% of its peak.',
    key: 'β2 0.95',
    questions: QUESTIONS.en,
    heldout: [
      'what optimizer trained qwen',
      'whats beta2 in qwens adamw',
      'explain the cosine lr schedule qwen uses',
      'does the learning rate go to zero at the end',
    ],
    followUps: {
      why: 'AdamW adapts the step of each weight from running averages of its gradients, and β2 0.95 reacts faster than the usual 0.999, which helps keep large-model training stable.',
      example:
        'AdamW schedule example: with the peak learning rate of 3e-4 used for the Qwen base models, the cosine curve ends at 3e-5, 10% of the peak.',
      simpler:
        'AdamW is like a careful hiker: bigger steps on smooth ground, smaller ones on rough ground, and slower steps near the end of the trip.',
      more: "AdamW decouples weight decay from the gradient step; for Qwen's SFT the report also uses a learning-rate warmup, weight decay 0.1 and gradient clipping at 1.0.",
      downside:
        'AdamW keeps two extra numbers per weight, the running mean and the running variance of its gradient, so the optimizer state needs about twice the memory of the weights.',
    },
    prose:
      'Qwen is optimized with AdamW, using β1 = 0.9, β2 = 0.95 and ε = 1e-8. The learning rate follows a cosine schedule: it reaches a peak set for each model size, 3e-4 for the base models, and then decays to a minimum of 10% of the peak. AdamW applies weight decay separately from the gradient update.',
  },
  zh: {
    names: ['AdamW', '优化器', '带权重衰减的 Adam', 'adamw', '学习率调度'],
    answer:
      'Qwen 用 AdamW 训练，β1 为 0.9、β2 为 0.95、ε 为 1e-8，并用余弦调度把学习率衰减到峰值的 10%。',
    key: 'β2 为 0.95',
    questions: QUESTIONS.zh,
    heldout: [
      '训练 qwen 用的啥优化器',
      'qwen 的 adamw 里 beta2 是多少',
      '讲讲 qwen 的余弦学习率',
      '学习率最后会降到 0 吗',
    ],
    followUps: {
      why: 'AdamW 根据每个权重梯度的滑动平均来调整步长；β2 取 0.95 比常见的 0.999 反应更快，有助于大模型训练保持稳定。',
      example:
        'AdamW 调度举例：Qwen 基础模型的峰值学习率是 3e-4，余弦曲线最后降到 3e-5，也就是峰值的 10%。',
      simpler: 'AdamW 像一个谨慎的登山者：平路上步子大，崎岖处步子小，快到终点时放慢脚步。',
      more: 'AdamW 把权重衰减和梯度更新分开；在 Qwen 的 SFT 中，报告还用了学习率预热、0.1 的权重衰减和 1.0 的梯度裁剪。',
      downside:
        'AdamW 要为每个权重多存两个数（梯度的滑动均值和方差），光优化器状态就大约是权重的两倍内存。',
    },
    prose:
      'Qwen 用 AdamW 优化，β1 = 0.9，β2 = 0.95，ε = 1e-8。学习率按余弦调度：先达到为每个模型规模设定的峰值，基础模型是 3e-4，然后衰减到峰值的 10%。AdamW 把权重衰减和梯度更新分开处理。',
  },
  compare: {
    with: 'next-token',
    en: 'Next-token prediction defines the loss to lower; AdamW is the optimizer that moves the weights step by step to lower it.',
    zh: '下一个词元预测定义了要降低的损失；AdamW 是一步一步调整权重、让损失下降的优化器。',
  },
};
