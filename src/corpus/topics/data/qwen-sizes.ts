/**
 * Corpus topic `qwen-sizes` (Qwen model sizes) of the data group (../data.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./qwen-sizes.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './qwen-sizes.questions.json';

export const qwenSizes: Topic = {
  id: 'qwen-sizes',
  en: {
    names: ['Qwen model sizes', 'Qwen sizes', 'model sizes', 'Qwen-7B', 'qwen 1.8b 7b 14b'],
    answer:
      'Qwen comes in three sizes: 1.8B with hidden size 2048 and 24 layers, 7B with 4096 and 32 layers, and 14B with 5120 and 40 layers, trained on 2.2T, 2.4T and 3.0T tokens.',
    key: '5120 and 40 layers',
    questions: QUESTIONS.en,
    heldout: [
      'how many layers in qwen 14b',
      'qwen 7b vs 14b whats different',
      'biggest qwen model in the report',
      'how wide is the qwen-1.8b hidden size',
    ],
    followUps: {
      why: 'Qwen model sizes range from a small one for laptops and phones up to 14B for the best quality, and the larger models also get more training tokens.',
      example:
        'Qwen model sizes in practice: Qwen-7B stacks 32 layers of width 4096 with 32 heads of size 128, and it read 2.4 trillion tokens.',
      simpler:
        'Qwen model sizes are like small, medium and large cups: the same design, built wider and deeper.',
      more: 'All Qwen model sizes use head size 128 (16, 32 and 40 heads), a peak learning rate of 3e-4 and a batch of 4M tokens.',
      downside:
        'Larger Qwen model sizes cost more: Qwen-14B needs roughly twice the memory and compute per token of Qwen-7B.',
    },
    prose:
      'The report trains three base models with the same design. Qwen-1.8B has hidden size 2048, 24 layers and 16 attention heads and saw 2.2 trillion tokens. Qwen-7B has hidden size 4096, 32 layers and 32 heads and saw 2.4 trillion tokens. Qwen-14B has hidden size 5120, 40 layers and 40 heads and saw 3.0 trillion tokens; all three use a peak learning rate of 3e-4 and batches of 4M tokens.',
  },
  zh: {
    names: ['Qwen 模型规模', 'Qwen 尺寸', '模型大小', 'Qwen-7B', 'qwen 1.8b 7b 14b'],
    answer:
      'Qwen 有三种规模：1.8B 隐藏维度 2048、24 层，7B 为 4096、32 层，14B 为 5120、40 层，分别训练了 2.2T、2.4T 和 3.0T 个词元。',
    key: '5120、40 层',
    questions: QUESTIONS.zh,
    heldout: [
      'qwen 14b 有几层',
      'qwen 7b 和 14b 有啥不同',
      '报告里最大的 qwen 是哪个',
      'qwen-1.8b 的 hidden size 多大',
    ],
    followUps: {
      why: 'Qwen 模型规模有大有小：小的能在笔记本和手机上跑，14B 效果最好；大模型也配了更多训练词元。',
      example:
        '以 Qwen 模型规模里的 Qwen-7B 为例：32 层，宽 4096，32 个头、每头 128 维，读了 2.4 万亿个词元。',
      simpler: 'Qwen 模型规模就像小杯、中杯、大杯：设计一样，只是做得更宽、更深。',
      more: '各个 Qwen 模型规模的头维度都是 128（16、32、40 个头），峰值学习率都是 3e-4，批大小都是 400 万个词元。',
      downside: 'Qwen 模型规模越大越贵：Qwen-14B 每个词元所需的内存和计算大约是 Qwen-7B 的两倍。',
    },
    prose:
      '报告用同一套设计训练了三个基础模型。Qwen-1.8B 隐藏维度 2048、24 层、16 个注意力头，训练了 2.2 万亿个词元；Qwen-7B 隐藏维度 4096、32 层、32 个头，训练了 2.4 万亿个词元；Qwen-14B 隐藏维度 5120、40 层、40 个头，训练了 3.0 万亿个词元。三者的峰值学习率都是 3e-4，批大小都是 400 万个词元。',
  },
  compare: {
    with: 'adamw',
    en: 'Qwen model sizes differ in width and depth, but the AdamW settings are shared: the same betas and the same peak learning rate of 3e-4 for all three.',
    zh: 'Qwen 各个模型规模的宽度和深度不同，但 AdamW 的设置相同：三者用同样的 beta 和同样的 3e-4 峰值学习率。',
  },
};
