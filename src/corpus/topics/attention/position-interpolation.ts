/**
 * Corpus topic `position-interpolation` (position interpolation) of the attention group
 * (../attention.ts): its names, short answer and key idea, held-out questions, follow-up replies
 * and comparison, in English and 简体中文. Its written training questions are in ./position-
 * interpolation.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './position-interpolation.questions.json';

export const positionInterpolation: Topic = {
  id: 'position-interpolation',
  en: {
    names: [
      'position interpolation',
      'PI',
      'positional interpolation',
      'linear position interpolation',
      'rope interpolation',
    ],
    answer:
      'Position interpolation divides the positions by the extension factor, so a longer input maps back into the trained range; unlike NTK scaling it needs some fine-tuning.',
    key: 'divides the positions',
    questions: QUESTIONS.en,
    heldout: [
      'explain position interpolation like im five',
      'why does pi need finetuning',
      'how does linear interpolation of rope positions work',
      'can i just scale rope positions down for longer text',
    ],
    followUps: {
      why: 'The idea of position interpolation is that a model handles unseen positions badly but in-between positions well, so it squeezes new positions between trained ones.',
      example:
        'With position interpolation and factor 4, a model trained on 2048 tokens reads 8192: position 8000 becomes 2000, inside the trained range.',
      simpler:
        'Think of position interpolation as shrinking a long photo to fit an old frame: everything fits, but fine details get squeezed together.',
      more: 'Dividing the positions by s in position interpolation is the same as dividing every RoPE inverse frequency by s, so all dimensions slow down equally.',
      downside:
        'The weak spot of position interpolation is that it squeezes the fast dimensions too, so neighbouring tokens blur together until the model is fine-tuned.',
    },
    prose:
      'Position interpolation, PI, extends a RoPE model by dividing every position by the extension factor. With factor 4, a model trained on 2048 tokens maps 8192 positions back into its trained range. This is the same as dividing the inverse frequencies by the factor. The model needs some fine-tuning to get used to the squeezed positions.',
  },
  zh: {
    names: ['位置插值', 'PI', 'position interpolation', '线性位置插值', 'RoPE 插值'],
    answer:
      '位置插值把位置除以扩展倍数，让更长的输入落回训练过的范围；和 NTK 缩放不同，它需要一些微调。',
    key: '把位置除以',
    questions: QUESTIONS.zh,
    heldout: [
      '用大白话讲讲位置插值',
      'pi 为啥要微调',
      'rope 位置线性插值是怎么回事',
      '长文本能不能直接把 rope 的位置缩小',
    ],
    followUps: {
      why: '位置插值的想法是：模型不擅长没见过的位置，却擅长已见位置之间的位置，所以把新位置塞进已训练的位置之间。',
      example:
        '用位置插值、倍数为 4 时，在 2048 上训练的模型能读 8192 个词元：位置 8000 变成 2000，落在训练范围内。',
      simpler: '位置插值像把一张长照片缩小塞进旧相框：都装得下，但细节挤到了一起。',
      more: '位置插值把位置除以 s，等价于把 RoPE 的每个逆频率都除以 s，所有维度一样变慢。',
      downside: '位置插值的弱点是连快速维度也被压缩，相邻词元变得难以区分，要微调后质量才能恢复。',
    },
    prose:
      '位置插值（PI）把每个位置除以扩展倍数，从而扩展 RoPE 模型的上下文。倍数为 4 时，在 2048 个词元上训练的模型能把 8192 个位置映射回训练过的范围。这等价于把逆频率除以同一个倍数。模型需要一些微调，才能适应被压缩的位置。',
  },
  compare: {
    with: 'yarn',
    en: 'Where position interpolation slows every RoPE dimension by the same factor, YaRN interpolates only the low-frequency ones and keeps the high-frequency ones intact.',
    zh: '位置插值把 RoPE 的每个维度都按同一倍数变慢；YaRN 只插值低频维度，高频维度保持不变。',
  },
};
