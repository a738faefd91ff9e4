/**
 * Corpus topic `lab-rope` (the RoPE lab) of the playground group (../playground.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./lab-rope.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './lab-rope.questions.json';

export const labRope: Topic = {
  id: 'lab-rope',
  en: {
    names: ['the RoPE lab', 'RoPE lab', 'rope lab', 'the RoPE page', 'the rotary embedding lab'],
    answer:
      'The RoPE lab draws each frequency pair as a clock hand, plots wavelengths and long-term decay, and compares linear, NTK-aware, dynamic NTK and YaRN scaling, FP32 against BF16 frequencies, and LogN.',
    key: 'clock hand',
    questions: QUESTIONS.en,
    heldout: [
      'whats in the rope lab',
      'where can i play with ntk and yarn scaling',
      'the clocks on the rope page what do they mean',
      'can i see bf16 breaking rope somewhere',
    ],
    followUps: {
      why: 'RoPE is easy to write down but hard to picture, so the RoPE lab uses sliders to show how each scaling method changes every frequency.',
      example:
        'In the RoPE lab, set the training length to 2,048 and the target to 8,192: Qwen’s dynamic NTK picks α = 7, and the slowest hand turns 7 times slower.',
      simpler:
        'Think of the RoPE lab as a wall of clocks: each position is a set of hands, some fast and some slow, and you can stretch the clocks for longer texts.',
      more: 'In the RoPE lab you can also measure the entropy of attention over many random keys, with and without LogN, to see why long inputs flatten attention.',
      downside:
        'What the RoPE lab shows are frequencies and toy scores, not a trained model’s accuracy, so it explains why the tricks help but not how much.',
    },
    prose:
      'The RoPE lab turns rotary position embedding into pictures. Each pair of features is a clock hand that turns at its own speed; a chart of wavelengths shows which pairs never complete a turn within the training length, and another shows how scores decay with distance. Visitors can switch between linear, NTK-aware, dynamic NTK, YaRN and Llama 3 scaling, see how BF16 rounding spoils the angles, and watch LogN keep attention sharp.',
  },
  zh: {
    names: ['RoPE 实验室', 'RoPE 实验', 'RoPE 页面', 'rope lab', '旋转编码实验室'],
    answer:
      'RoPE 实验室把每对频率画成一根时钟指针，画出波长和远程衰减，并比较线性、NTK 感知、动态 NTK 和 YaRN 缩放、FP32 与 BF16 频率以及 LogN。',
    key: '时钟指针',
    questions: QUESTIONS.zh,
    heldout: [
      'rope 实验室里有啥',
      '哪里可以玩 ntk 和 yarn 缩放',
      'rope 页面那些时钟是啥意思',
      '能看到 bf16 把 rope 搞坏吗',
    ],
    followUps: {
      why: '有 RoPE 实验室，是因为 RoPE 写起来简单却很难想象；滑块能显示每种缩放怎样改变每个频率。',
      example:
        '在 RoPE 实验室把训练长度设为 2048、目标设为 8192：Qwen 的动态 NTK 选 α = 7，最慢的指针慢 7 倍。',
      simpler: 'RoPE 实验室把每个位置画成一组快慢不同的时钟指针，还能把时钟拉长去读更长的文本。',
      more: 'RoPE 实验室还测量注意力在许多随机键上的熵，对比有无 LogN，说明长输入为什么让注意力变平。',
      downside:
        'RoPE 实验室展示的是频率和玩具分数，不是训练好的模型的准确率，只能解释技巧为何有效，说不清效果多大。',
    },
    prose:
      'RoPE 实验室把旋转位置编码变成图。每对特征是一根按自己速度转动的时钟指针；波长图显示哪些维度在训练长度内转不满一圈，另一张图显示分数怎样随距离衰减。访客可以切换线性、NTK 感知、动态 NTK、YaRN 和 Llama 3 缩放，看 BF16 舍入怎样弄坏角度，并看到 LogN 怎样让注意力保持集中。',
  },
  compare: {
    with: 'lab-long-context',
    en: 'Where the RoPE lab shows what scaling does to the frequencies, the long-context lab measures what it does to a real model, rerunning the report’s ablation on the tiny model.',
    zh: 'RoPE 实验室展示缩放对频率的影响；长上下文实验室在小模型上重跑报告的消融实验，测量它对真实模型的影响。',
  },
};
