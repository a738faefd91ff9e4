/**
 * Corpus topic `context-2048` (the 2048-token context) of the architecture group
 * (../architecture.ts): its names, short answer and key idea, held-out questions, follow-up
 * replies and comparison, in English and 简体中文. Its written training questions are in
 * ./context-2048.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './context-2048.questions.json';

export const context2048: Topic = {
  id: 'context-2048',
  en: {
    names: [
      'the 2048-token context',
      'the Qwen context length',
      'context length',
      'context window',
      'max sequence length',
    ],
    answer:
      'Qwen was pretrained with a context length of 2048 tokens; longer inputs at inference rely on tricks like NTK-aware scaling, LogN and window attention.',
    key: 'context length of 2048',
    questions: QUESTIONS.en,
    heldout: [
      'how many tokens was qwen trained on at once',
      'whats the max sequence length in qwen pretraining',
      'was qwen trained on 2048 or 4096 tokens',
      'how long are the training sequences of qwen',
    ],
    followUps: {
      why: 'A reason for the 2048-token context is cost: attention work grows with the square of the length, so 4096 tokens would make each score matrix four times larger.',
      example:
        'Report Table 3 shows the limit of the 2048-token context: without long-context tricks Qwen-7B has perplexity 3.78 at 2048 tokens but 39.35 at 4096.',
      simpler:
        'Picture the 2048-token context as how much text Qwen could keep in view at once during training, roughly a few pages.',
      more: 'Beyond the 2048-token context, Qwen adds training-free tricks at inference: dynamic NTK, LogN scaling and layer-wise window attention.',
      downside:
        'For long documents the 2048-token context is short, and plain Qwen degrades quickly past it, so long inputs depend on inference-time tricks.',
    },
    prose:
      'Qwen was pretrained on sequences of 2048 tokens. Attention cost grows with the square of the length, so training on very long sequences is expensive. To read longer inputs at inference, the report adds training-free tricks: NTK-aware scaling, LogN attention scaling and window attention.',
  },
  zh: {
    names: ['2048 上下文', 'Qwen 的上下文长度', '上下文长度', '上下文窗口', '最大序列长度'],
    answer:
      'Qwen 预训练时的上下文长度是 2048 个词元；推理时处理更长的输入要靠 NTK 感知缩放、LogN 和窗口注意力等技巧。',
    key: '上下文长度是 2048',
    questions: QUESTIONS.zh,
    heldout: [
      'qwen 一次训练多少个 token',
      'qwen 预训练的最大序列长度是几',
      'qwen 训练时是 2048 还是 4096',
      'qwen 的训练序列有多长呀',
    ],
    followUps: {
      why: '选 2048 上下文的一个原因是成本：注意力的计算随长度平方增长，翻倍到 4096 会让每个分数矩阵变成 4 倍大。',
      example:
        '表 3 显示了 2048 上下文的界限：不加长上下文技巧时，Qwen-7B 在 2048 时困惑度 3.78，到 4096 就是 39.35。',
      simpler: '2048 上下文就是 Qwen 训练时一次能看到的文字量，大约几页纸。',
      more: '超出 2048 上下文时，Qwen 在推理阶段加入无需训练的技巧：动态 NTK、LogN 缩放和分层窗口注意力。',
      downside:
        '2048 上下文对长文档来说太短，原始 Qwen 一超过它就迅速变差，长输入只能靠推理时的技巧。',
    },
    prose:
      'Qwen 预训练使用 2048 个词元的序列。注意力的计算量随长度的平方增长，所以在很长的序列上训练很昂贵。为了在推理时读更长的输入，报告加入了无需训练的技巧：NTK 感知缩放、LogN 注意力缩放和窗口注意力。',
  },
  compare: {
    with: 'dynamic-ntk',
    en: 'Qwen trained with the 2048-token context; dynamic NTK leaves that range untouched and raises the RoPE base only when the input grows longer.',
    zh: '2048 上下文是 Qwen 训练时的长度；动态 NTK 在这个长度内不做改动，只有输入更长时才调大 RoPE 基数。',
  },
};
