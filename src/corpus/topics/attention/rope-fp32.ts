/**
 * Corpus topic `rope-fp32` (RoPE in FP32) of the attention group (../attention.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./rope-fp32.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './rope-fp32.questions.json';

export const ropeFp32: Topic = {
  id: 'rope-fp32',
  en: {
    names: [
      'RoPE in FP32',
      'FP32 inverse frequencies',
      'rope fp32',
      'rope precision',
      'fp32 rotary frequencies',
    ],
    answer:
      'Qwen keeps the RoPE inverse frequencies in FP32 because BF16 has only 8 bits of precision, so angles pos·θ at large positions would be off by whole radians.',
    key: '8 bits of precision',
    questions: QUESTIONS.en,
    heldout: [
      'why keep inverse frequencies in fp32',
      'whats wrong with bf16 rope',
      'does rope lose precision at big positions',
      'why is the rotary inv_freq not bf16',
    ],
    followUps: {
      why: 'RoPE in FP32 matters because the angle is position times frequency: a tiny relative error in θ gets multiplied by the position, so large positions get wrong angles.',
      example:
        'Without RoPE in FP32, BF16 numbers between 1024 and 2048 are 8 apart, so a 1500-radian angle can be off by 4 radians, over half a turn.',
      simpler:
        'RoPE in FP32 is like using a precise ruler for a long road: a ruler 0.4% off is fine for a desk but wrong by metres after a kilometre.',
      more: "BF16's 8 bits of precision are 7 stored mantissa bits plus an implicit leading 1, so its relative error is up to about 0.4%; RoPE in FP32 avoids that.",
      downside:
        'RoPE in FP32 costs a little extra memory and compute, and the rotated values still have to be cast back to BF16 for the rest of attention.',
    },
    prose:
      'Qwen computes the RoPE inverse frequencies in FP32 rather than BF16 or FP16. The rotation angle is the position times the frequency, so a small rounding error grows with the position. BF16 has only 8 bits of precision, and at positions in the thousands its angles would be off by whole radians. The report chose FP32 here for accuracy.',
  },
  zh: {
    names: ['FP32 逆频率', 'RoPE 的 FP32 精度', 'rope fp32', 'RoPE 精度', 'FP32 的 RoPE'],
    answer:
      'Qwen 把 RoPE 的逆频率保留在 FP32，因为 BF16 只有 8 位精度，大位置上的角度 pos·θ 会差出整弧度。',
    key: '8 位精度',
    questions: QUESTIONS.zh,
    heldout: [
      '为啥逆频率要用 fp32',
      'bf16 的 rope 有什么问题',
      '位置很大时 rope 会丢精度吗',
      'rotary 的 inv_freq 为啥不用 bf16',
    ],
    followUps: {
      why: '需要 FP32 逆频率，是因为角度等于位置乘频率：θ 上很小的相对误差会被位置放大，位置越大角度越错。',
      example:
        '不用 FP32 逆频率的话，BF16 在 1024 到 2048 之间的间隔是 8，角度 1500 弧度可能差到 4 弧度，超过半圈。',
      simpler:
        'FP32 逆频率就像量长路时用精确的尺子：差 0.4% 的尺子量桌子没事，量一公里就差好几米。',
      more: 'BF16 的 8 位精度是 7 位尾数加一个隐含的 1，相对误差可达约 0.4%；FP32 逆频率避免了这个问题。',
      downside: 'FP32 逆频率要多花一点内存和计算，旋转后的结果还得转回 BF16 参与后面的注意力。',
    },
    prose:
      'Qwen 用 FP32 而不是 BF16 或 FP16 计算 RoPE 的逆频率。旋转角度等于位置乘以频率，所以很小的舍入误差会随位置变大。BF16 只有 8 位精度，位置到几千时角度会差出整弧度。报告在这里选择 FP32 是为了精度。',
  },
  compare: {
    with: 'rope',
    en: 'RoPE is the rotation by position times frequency; RoPE in FP32 is about computing those angles precisely, since BF16 would round them badly at large positions.',
    zh: 'RoPE 是按“位置乘频率”旋转；FP32 逆频率讲的是把这些角度算准，因为 BF16 在大位置上会舍入得很厉害。',
  },
};
