/**
 * Corpus topic `lab-long-context` (the long-context lab) of the playground group
 * (../playground.ts): its names, short answer and key idea, held-out questions, follow-up replies
 * and comparison, in English and 简体中文. Its written training questions are in ./lab-long-
 * context.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './lab-long-context.questions.json';

export const labLongContext: Topic = {
  id: 'lab-long-context',
  en: {
    names: [
      'the long-context lab',
      'long-context lab',
      'long context lab',
      'the long context page',
      'the KV cache lab',
    ],
    answer:
      'The long-context lab prices the KV cache, steps through Flash-style tiled attention, draws window masks per layer, and reruns the report’s long-context ablation on the tiny model.',
    key: 'tiled attention',
    questions: QUESTIONS.en,
    heldout: [
      'whats in the long context lab',
      'where can i time generation with and without kv cache',
      'is the ablation table run live somewhere',
      'long-context lab in a nutshell',
    ],
    followUps: {
      why: 'The report’s long-context tricks have costs, and the long-context lab shows them, so you see why caching, tiling and windows matter when inputs grow.',
      example:
        'In the long-context lab, pick Qwen-7B: its KV cache takes half a megabyte per token in BF16, about a gigabyte at 2,048 tokens.',
      simpler:
        'Think of the long-context lab as a workshop for long texts: it weighs the memory, walks through attention and tests the model beyond its training length.',
      more: 'In the long-context lab you can also time generation in your tab with and without the KV cache, and both cost formulas are fitted to the measured points.',
      downside:
        'The ablation in the long-context lab uses a tiny model that saw the evaluation text in training, so it shows the report’s trend much more weakly.',
    },
    prose:
      'The long-context lab is about the machinery around long inputs. It computes how much memory the KV cache needs and times generation with and without it, steps through the tiled attention kernel that never holds a whole row of scores, and draws each layer’s window mask. Its ablation scores the tiny model at 1×, 2×, 4× and 8× its training length with plain RoPE, dynamic NTK, LogN and windows, as the report’s Table 3 does for Qwen-7B.',
  },
  zh: {
    names: ['长上下文实验室', '长上下文实验', '长上下文页面', 'long context lab', 'KV 缓存实验室'],
    answer:
      '长上下文实验室估算 KV 缓存的开销，一步步演示 Flash 式分块注意力，画出每层的窗口掩码，并在小模型上重跑报告的长上下文消融实验。',
    key: '分块注意力',
    questions: QUESTIONS.zh,
    heldout: [
      '长上下文实验室里有啥',
      '在哪能测有无 kv cache 的生成速度',
      '消融实验能在网页里现场跑吗',
      'long context lab 能测些什么',
    ],
    followUps: {
      why: '长上下文实验室展示报告里长上下文技巧背后的代价，让你看到输入变长时缓存、分块和窗口为何重要。',
      example:
        '在长上下文实验室选 Qwen-7B：BF16 下它的 KV 缓存每个词元占半兆字节，2048 个词元约 1 GB。',
      simpler:
        '长上下文实验室像长文本的工作间：称一称内存，走一遍注意力，再用比训练更长的输入测试模型。',
      more: '长上下文实验室还会在你的标签页里测量有缓存和无缓存的生成时间，并用两条代价公式拟合测得的点。',
      downside:
        '长上下文实验室的消融用的小模型在训练中见过评测文本，所以它显示的趋势比报告弱得多。',
    },
    prose:
      '长上下文实验室讲的是长输入背后的机制。它计算 KV 缓存需要多少内存，并测量有无缓存时的生成时间；一步步演示从不保存整行分数的分块注意力；画出每层的窗口掩码。它的消融实验在训练长度的 1×、2×、4× 和 8× 上给小模型打分，比较普通 RoPE、动态 NTK、LogN 和窗口，就像报告的表 3 对 Qwen-7B 做的那样。',
  },
  compare: {
    with: 'table3',
    en: 'Table 3 is the report’s measurement on Qwen-7B; the long-context lab reruns the same idea on the tiny model at 1×, 2×, 4× and 8× its training length.',
    zh: '表 3 是报告在 Qwen-7B 上的测量；长上下文实验室在小模型上按训练长度的 1×、2×、4× 和 8× 重做同样的实验。',
  },
};
