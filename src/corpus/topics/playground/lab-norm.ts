/**
 * Corpus topic `lab-norm` (the Norm & FFN lab) of the playground group (../playground.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./lab-norm.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './lab-norm.questions.json';

export const labNorm: Topic = {
  id: 'lab-norm',
  en: {
    names: [
      'the Norm & FFN lab',
      'Norm & FFN lab',
      'norm lab',
      'the normalization lab',
      'the FFN lab',
    ],
    answer:
      'The Norm & FFN lab compares RMSNorm with LayerNorm and their invariances, plots GELU, SiLU and SwiGLU, counts FFN parameters, contrasts Pre-Norm with Post-Norm, and shows the tiny model’s residual stream.',
    key: 'their invariances',
    questions: QUESTIONS.en,
    heldout: [
      'whats the norm lab about',
      'where do i see why swiglu uses 8/3',
      'can i edit a vector and normalize it somewhere',
      'which lab shows gelu and silu curves',
    ],
    followUps: {
      why: 'These choices look like small details in the report, yet they decide whether a deep model trains stably; the Norm & FFN lab makes them visible.',
      example:
        'In the Norm & FFN lab, add a constant 5 to every entry of your vector: LayerNorm’s output stays the same, but RMSNorm’s output moves.',
      simpler:
        'In the Norm & FFN lab you poke the parts inside each block, like turning the knobs of a mixing desk and hearing the result.',
      more: 'You can also see in the Norm & FFN lab why SwiGLU’s hidden size is about 8/3 of the width: three matrices then hold as many weights as two 4 times wide.',
      downside:
        'For Pre-Norm against Post-Norm, the Norm & FFN lab uses a random toy stack at initialization, so it shows gradients, not final training results.',
    },
    prose:
      'The Norm & FFN lab opens the parts inside each Qwen block. Visitors edit a vector and see that RMSNorm and LayerNorm both ignore scaling, while only LayerNorm removes an added constant. It plots GELU, SiLU and the SwiGLU gate, works out the FFN parameter count, runs a toy deep stack with Pre-Norm and Post-Norm, and looks inside the tiny model at its residual stream and learned gains.',
  },
  zh: {
    names: ['Norm 与 FFN 实验室', '归一化实验室', 'norm lab', 'Norm 实验', 'FFN 实验室'],
    answer:
      'Norm 与 FFN 实验室比较 RMSNorm 和 LayerNorm 及其不变性，画出 GELU、SiLU 和 SwiGLU，计算 FFN 参数量，对比 Pre-Norm 和 Post-Norm，并展示小模型的残差流。',
    key: '及其不变性',
    questions: QUESTIONS.zh,
    heldout: [
      'norm 实验室讲的是啥',
      '在哪看 swiglu 为什么用 8/3',
      '有地方能编辑一个向量再归一化吗',
      '哪个实验室有 gelu 和 silu 的曲线',
    ],
    followUps: {
      why: '有 Norm 与 FFN 实验室，是因为这些选择在报告里像小细节，却决定了深层模型能否稳定训练。',
      example:
        '在 Norm 与 FFN 实验室给向量每一项加 5：LayerNorm 的输出不变，RMSNorm 的输出却变了。',
      simpler: 'Norm 与 FFN 实验室让你动手拨弄每个块里的零件，就像拧调音台的旋钮、马上听到效果。',
      more: 'Norm 与 FFN 实验室还解释 SwiGLU 的隐藏维度为何约为宽度的 8/3：这样三个矩阵和 4 倍宽的两个矩阵参数一样多。',
      downside:
        'Norm 与 FFN 实验室的 Pre-Norm 与 Post-Norm 对比用初始化时的随机玩具网络，只看梯度，不看最终训练效果。',
    },
    prose:
      'Norm 与 FFN 实验室打开每个 Qwen 块里的零件。访客编辑一个向量，会看到 RMSNorm 和 LayerNorm 都不受缩放影响，但只有 LayerNorm 能去掉加上的常数。它画出 GELU、SiLU 和 SwiGLU 门控，算出 FFN 的参数量，用 Pre-Norm 和 Post-Norm 跑一个深层玩具网络，还能查看小模型的残差流和学到的增益。',
  },
  compare: {
    with: 'lab-model',
    en: 'While the model lab counts where the parameters of the whole model live, the Norm & FFN lab opens the norms and feed-forward network inside each block and lets you change their inputs.',
    zh: '模型实验室统计整个模型的参数在哪里；Norm 与 FFN 实验室打开每个块里的归一化和前馈网络，让你改变它们的输入。',
  },
};
