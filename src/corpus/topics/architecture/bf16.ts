/**
 * Corpus topic `bf16` (BF16) of the architecture group (../architecture.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./bf16.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './bf16.questions.json';

export const bf16: Topic = {
  id: 'bf16',
  en: {
    names: ['BF16', 'bfloat16', 'bf16', 'brain float 16', 'BF16 mixed precision'],
    answer:
      'Qwen trains in BF16, bfloat16, which keeps the 8 exponent bits of FP32 but only 7 mantissa bits, so it has the same range with less precision and half the memory.',
    key: 'bfloat16',
    questions: QUESTIONS.en,
    heldout: [
      'bf16 vs fp16 whats the difference',
      'why does qwen train in bfloat16 and not fp32',
      'how many exponent bits does bf16 have',
      'what precision was qwen trained in',
    ],
    followUps: {
      why: "BF16 halves memory and speeds up matrix units, and because it keeps FP32's exponent range it rarely overflows, which the report cites for training stability.",
      example:
        'BF16 reaches about 3.4 × 10^38 like FP32, while FP16 stops at 65504; but near 1 BF16 steps by 1/128, so 1.001 rounds to 1.',
      simpler:
        'BF16 is like writing numbers with few digits but keeping the exponent: you can write huge and tiny numbers, just not very exactly.',
      more: 'In BF16 mixed precision the big matrix multiplications run in BF16, while precision-sensitive parts, such as the RoPE inverse frequencies in Qwen, stay in FP32.',
      downside:
        'BF16 has only 7 mantissa bits, about 2 to 3 decimal digits, so small updates and large values such as RoPE angles can be rounded badly.',
    },
    prose:
      'Qwen uses BF16 mixed precision. BF16, or bfloat16, is a 16-bit format with the same 8 exponent bits as FP32 and only 7 mantissa bits. It covers the same range of values as FP32, so it rarely overflows, but rounds more coarsely. Sensitive parts such as RoPE frequencies stay in FP32.',
  },
  zh: {
    names: ['BF16', 'bfloat16', 'bf16', '脑浮点 16', 'BF16 混合精度'],
    answer:
      'Qwen 用 BF16 即 bfloat16 训练，它保留 FP32 的 8 位指数但只有 7 位尾数，所以范围相同、精度较低，内存减半。',
    key: 'bfloat16',
    questions: QUESTIONS.zh,
    heldout: [
      'bf16 跟 fp16 差在哪',
      'qwen 为啥用 bfloat16 不用 fp32',
      'bf16 的指数有几位',
      'qwen 用什么精度训练的呀',
    ],
    followUps: {
      why: 'BF16 让内存减半、矩阵运算更快，又因为保留了 FP32 的指数范围而很少溢出，报告正是为了训练稳定才用它。',
      example:
        'BF16 能表示到约 3.4 × 10^38，FP16 最大只有 65504；但 BF16 在 1 附近间隔是 1/128，1.001 会变成 1。',
      simpler: 'BF16 就像只写几位有效数字但保留指数：很大和很小的数都能写，只是写得不太准。',
      more: '在 BF16 混合精度中，大的矩阵乘法用 BF16 计算，精度敏感的部分，比如 Qwen 的 RoPE 逆频率，仍用 FP32。',
      downside:
        'BF16 只有 7 位尾数，约 2 到 3 位十进制有效数字，很小的更新和 RoPE 角度这样的大数值都可能被舍入得很厉害。',
    },
    prose:
      'Qwen 使用 BF16 混合精度。BF16 也叫 bfloat16，是 16 位格式，和 FP32 一样有 8 位指数，但只有 7 位尾数。它和 FP32 的数值范围相同，很少溢出，只是舍入更粗。RoPE 频率等敏感部分仍用 FP32。',
  },
  compare: {
    with: 'rope-fp32',
    en: "BF16 is the format for most of Qwen's training maths; RoPE in FP32 is the exception, because rotation angles at large positions need more precision.",
    zh: 'BF16 用于 Qwen 训练中的大部分计算；FP32 逆频率是例外，因为大位置上的旋转角度需要更高的精度。',
  },
};
