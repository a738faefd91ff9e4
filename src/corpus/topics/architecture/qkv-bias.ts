/**
 * Corpus topic `qkv-bias` (the QKV bias) of the architecture group (../architecture.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./qkv-bias.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './qkv-bias.questions.json';
import { TINY_FACTS as F } from '../../tinyFacts.ts';

export const qkvBias: Topic = {
  id: 'qkv-bias',
  en: {
    names: ['the QKV bias', 'QKV bias', 'qkv bias', 'bias on query key value', 'attention bias'],
    answer:
      'Qwen removes most biases but keeps a bias on the query, key and value projections, which the report adds to improve extrapolation to longer contexts.',
    key: 'keeps a bias',
    questions: QUESTIONS.en,
    heldout: [
      'why does qwen only put bias on qkv',
      'which linear layers in qwen have bias terms',
      'whats the point of the qkv bias',
      'does the mlp in qwen have biases',
    ],
    followUps: {
      why: 'The report adds the QKV bias to help the model extrapolate to longer contexts; the other layers work fine without biases, so they were removed.',
      example: `In the tiny model the QKV bias is ${F.hidden} numbers for queries and ${F.kvDim} each for keys and values, ${F.qkvBias} per layer, a tiny cost.`,
      simpler:
        'Think of the QKV bias as a small learned offset added to every query, key and value, like a default setting each head starts from.',
      more: 'Qwen adds the QKV bias inside the projection, before RoPE rotates the queries and keys.',
      downside:
        'One cost of the QKV bias is a special case: every other linear layer is bias-free, so code that loads Qwen weights must remember this exception.',
    },
    prose:
      'Most linear layers in Qwen have no bias. The exception is attention: the query, key and value projections keep a bias, while the output projection has none. The report adds this QKV bias to help the model extrapolate to longer contexts.',
  },
  zh: {
    names: ['QKV 偏置', 'qkv bias', 'QKV 的偏置', '查询、键和值的偏置', '注意力偏置'],
    answer:
      'Qwen 去掉了大多数偏置，但在查询、键和值的投影上保留偏置，报告加入它是为了提升对更长上下文的外推能力。',
    key: '保留偏置',
    questions: QUESTIONS.zh,
    heldout: [
      'qwen 为啥只在 qkv 上加 bias',
      '哪些线性层带偏置',
      'qkv 偏置有什么用处',
      'qwen 的 mlp 有没有 bias',
    ],
    followUps: {
      why: '报告加入 QKV 偏置是为了增强对更长上下文的外推能力；其他层没有偏置也能工作，所以都去掉了。',
      example: `迷你模型里 QKV 偏置是查询 ${F.hidden} 个数、键和值各 ${F.kvDim} 个数，每层共 ${F.qkvBias} 个，代价很小。`,
      simpler: 'QKV 偏置就是给每个查询、键和值加一个可学习的小偏移，像每个头的默认起点。',
      more: 'QKV 偏置在投影里就加上了，之后 RoPE 才去旋转查询和键。',
      downside:
        'QKV 偏置多了一个特例：其他线性层都没有偏置，加载 Qwen 权重的代码必须记住这个例外。',
    },
    prose:
      'Qwen 的大多数线性层没有偏置。例外是注意力：查询、键和值的投影保留偏置，输出投影则没有。报告加入 QKV 偏置，是为了帮助模型外推到更长的上下文。',
  },
  compare: {
    with: 'extrapolation',
    en: 'The report adds the QKV bias as one small design choice to help length extrapolation, which means running a model beyond its training length.',
    zh: '长度外推是让模型处理超过训练长度的输入；QKV 偏置是报告为帮助外推加入的一个小设计。',
  },
};
