/**
 * Corpus topic `pre-norm` (Pre-Norm) of the architecture group (../architecture.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./pre-norm.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './pre-norm.questions.json';
import { TINY_FACTS as F } from '../../tinyFacts.ts';

export const preNorm: Topic = {
  id: 'pre-norm',
  en: {
    names: ['Pre-Norm', 'pre-normalization', 'pre norm', 'prenorm', 'pre-layer normalization'],
    answer:
      'Pre-Norm applies the normalization before each attention and feed-forward block and adds the result to the residual stream, which makes training more stable than Post-Norm.',
    key: 'before each',
    questions: QUESTIONS.en,
    heldout: [
      'pre norm vs post norm which one does qwen use',
      'why put the norm first',
      'where does the rmsnorm go in each qwen block',
      'whats the point of prenorm',
    ],
    followUps: {
      why: 'Pre-Norm leaves the residual path untouched, so gradients reach early layers directly; Post-Norm normalizes that path and often needs careful warmup.',
      example: `With Pre-Norm a layer computes x = x + attn(norm(x)), then x = x + ffn(norm(x)); the tiny model has ${F.layers} layers, so ${2 * F.layers} norms plus one final norm.`,
      simpler:
        'Pre-Norm means each block tidies up its own copy of the input before working, while the original stays untouched on the main road.',
      more: 'Because Pre-Norm never normalizes the residual stream itself, its values can grow layer by layer, so a final norm comes before the output projection.',
      downside:
        'With Pre-Norm the residual stream keeps growing, so each later layer changes it relatively less, and very deep layers can end up contributing little.',
    },
    prose:
      'Qwen uses Pre-Norm: the input of each attention block and each feed-forward block is normalized first, and the block output is added back to the unnormalized residual stream. Compared with Post-Norm, gradients flow more easily through the residual path, so training is more stable. A final norm comes before the output layer.',
  },
  zh: {
    names: ['Pre-Norm', '前置归一化', 'pre norm', 'prenorm', '前置层归一化'],
    answer:
      'Pre-Norm 在每个注意力块和前馈块之前做归一化，再把结果加回残差流，这比 Post-Norm 训练更稳定。',
    key: '之前做归一化',
    questions: QUESTIONS.zh,
    heldout: [
      'pre norm 和 post norm 选哪个',
      'qwen 为啥先归一化再进注意力',
      '每个块里 rmsnorm 放在什么位置',
      '前置归一化有啥好处',
    ],
    followUps: {
      why: 'Pre-Norm 不碰残差路径，梯度能直接传到前面的层；Post-Norm 会归一化这条路径，往往要小心地预热。',
      example: `用 Pre-Norm 时每层算 x = x + attn(norm(x)) 和 x = x + ffn(norm(x))；迷你模型 ${F.layers} 层，共 ${2 * F.layers} 个归一化加最后 1 个。`,
      simpler: 'Pre-Norm 就是每个块先把自己那份输入整理干净再干活，主干道上的原始信息不被改动。',
      more: '因为 Pre-Norm 从不归一化残差流本身，它的数值会逐层变大，所以输出投影之前还有一个最终归一化。',
      downside: '用 Pre-Norm 时残差流越来越大，后面的层相对改动越来越小，很深的层可能贡献不多。',
    },
    prose:
      'Qwen 采用 Pre-Norm：每个注意力块和前馈块的输入都先归一化，块的输出再加回未归一化的残差流。与 Post-Norm 相比，梯度更容易沿残差路径传播，训练更稳定。输出层之前还有一个最终归一化。',
  },
  compare: {
    with: 'residual-stream',
    en: 'Pre-Norm normalizes only the copy each block reads from the residual stream, never the stream itself, which stays a plain running sum.',
    zh: '残差流是贯穿模型的累加和；Pre-Norm 只归一化每个块读取的那份副本，从不改动残差流本身。',
  },
};
