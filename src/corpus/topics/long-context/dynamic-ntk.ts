/**
 * Corpus topic `dynamic-ntk` (dynamic NTK) of the long context group (../long-context.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./dynamic-ntk.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './dynamic-ntk.questions.json';

export const dynamicNtk: Topic = {
  id: 'dynamic-ntk',
  en: {
    names: [
      'dynamic NTK',
      'dynamic NTK scaling',
      'dynamic ntk',
      'the alpha of dynamic NTK',
      'dynamic ntk alpha',
    ],
    answer:
      'Dynamic NTK picks α from the current length: Qwen uses α = 2^ceil(log2(n/2048) + 1) − 1, so α is 1 up to 2048 tokens, 3 up to 4096 and 7 up to 8192.',
    key: '3 up to 4096',
    questions: QUESTIONS.en,
    heldout: [
      'how does dynamic ntk change with the length',
      'what alpha does qwen use at 8192 tokens',
      'why not use one fixed ntk alpha',
      'whats the formula for alpha in qwen',
    ],
    followUps: {
      why: 'With dynamic NTK, short inputs keep the exact trained base, and the stretch grows only as much as the current length needs.',
      example:
        'With dynamic NTK a 3000-token input gets α = 3: log2(3000/2048) + 1 ≈ 1.55 rounds up to 2, and 2² − 1 = 3; 16384 tokens get α = 15.',
      simpler:
        'Think of dynamic NTK as a zoom lens: it stays at normal zoom for short texts and zooms out step by step as the text gets longer.',
      more: 'In Table 3, dynamic NTK keeps Qwen-7B perplexity at 3.59 for 4096 tokens and 3.66 for 8192, where the plain model reaches 39.35 and 469.81.',
      downside:
        'Even with dynamic NTK perplexity rises to 5.71 at 16384 tokens, and α jumps in steps, so all angles change at once when the length crosses a boundary.',
    },
    prose:
      'Dynamic NTK chooses the scaling from the length of the input. Qwen computes α = 2^ceil(log2(n/2048) + 1) − 1 with a floor of 1. Inputs up to 2048 tokens keep the original base, up to 4096 tokens use α = 3, up to 8192 tokens use α = 7, and up to 16384 tokens use α = 15. Short inputs are therefore never disturbed.',
  },
  zh: {
    names: ['动态 NTK', '动态 NTK 缩放', 'dynamic ntk', '动态 NTK 的 alpha', '动态 ntk'],
    answer:
      '动态 NTK 根据当前长度选择 α：Qwen 用 α = 2^ceil(log2(n/2048) + 1) − 1，所以 2048 个词元以内 α 为 1，4096 以内为 3，8192 以内为 7。',
    key: '4096 以内为 3',
    questions: QUESTIONS.zh,
    heldout: [
      '动态 NTK 怎么随长度变化？',
      '8192 个 token 时 alpha 取多少',
      '为啥不用一个固定的 ntk alpha',
      'qwen 的 alpha 公式是啥',
    ],
    followUps: {
      why: '用动态 NTK，短输入保持训练时的原始基数，拉伸程度只随当前长度的需要而增加。',
      example:
        '用动态 NTK 时，3000 个词元得 log2(3000/2048) + 1 ≈ 1.55，取整为 2，α = 2² − 1 = 3；16384 个词元时 α = 15。',
      simpler: '动态 NTK 像变焦镜头：短文本时保持正常焦距，文本越长就一步步拉远。',
      more: '表 3 中加上动态 NTK 后，Qwen-7B 在 4096 和 8192 时困惑度为 3.59 和 3.66，原始模型是 39.35 和 469.81。',
      downside:
        '即使用动态 NTK，16384 个词元时困惑度仍升到 5.71；而且 α 是跳变的，长度跨过边界时所有角度会一起改变。',
    },
    prose:
      '动态 NTK 根据输入长度选择缩放。Qwen 计算 α = 2^ceil(log2(n/2048) + 1) − 1，最小为 1。2048 个词元以内保持原来的基数，4096 以内用 α = 3，8192 以内用 α = 7，16384 以内用 α = 15。因此短输入完全不受影响。',
  },
  compare: {
    with: 'ntk',
    en: 'NTK-aware scaling raises the RoPE base by a chosen α; dynamic NTK picks α from the current length, so inputs up to 2048 tokens stay unchanged.',
    zh: 'NTK 感知缩放按选定的 α 调大 RoPE 基数；动态 NTK 根据当前长度选 α，所以 2048 个词元以内完全不变。',
  },
};
