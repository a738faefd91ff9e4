/**
 * Corpus topic `attention` (self-attention) of the attention group (../attention.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./attention.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './attention.questions.json';

export const attention: Topic = {
  id: 'attention',
  en: {
    names: [
      'self-attention',
      'attention',
      'scaled dot-product attention',
      'self attention',
      'attn',
    ],
    answer:
      "Self-attention compares each token's query with the keys of the tokens up to it, scores them by q·k/√d, turns the scores into weights with softmax, and outputs the weighted sum of values.",
    key: 'weighted sum of values',
    questions: QUESTIONS.en,
    heldout: [
      'explain attention like im five',
      'what does q dot k over root d mean',
      'how do transformers mix info between tokens',
      'whats the formula for self attention',
    ],
    followUps: {
      why: 'The point of self-attention is that each token can pull information from any earlier token in one step, with weights chosen by content rather than a fixed pattern.',
      example:
        'In the tiny model self-attention uses heads of d = 32, so q·k is divided by √32 ≈ 5.7; scores [2, 1, 0] become weights of about [0.67, 0.24, 0.09].',
      simpler:
        'In self-attention each word asks a question (query), every earlier word shows a label (key), and the best-matching words share most of their content (value).',
      more: 'The √d in self-attention is there because dot products of d-dimensional vectors grow like √d; without it softmax would become too peaked.',
      downside:
        'The cost of self-attention grows with the square of the length, since every token scores every earlier one; this is why long contexts are expensive.',
    },
    prose:
      'Self-attention lets each token gather information from the tokens before it. Each token has a query, a key and a value, and the score between two tokens is q·k/√d. Softmax turns the scores into weights, and the output is the weighted sum of the values. A causal mask hides future tokens.',
  },
  zh: {
    names: ['自注意力', '注意力', '注意力机制', 'self-attention', '缩放点积注意力'],
    answer:
      '自注意力用每个词元的查询和它及之前词元的键打分，分数是 q·k/√d，再经 softmax 变成权重，最后输出值的加权和。',
    key: '值的加权和',
    questions: QUESTIONS.zh,
    heldout: [
      '用大白话讲讲注意力机制',
      'q 点乘 k 再除以根号 d 是啥意思',
      'transformer 里词和词之间怎么交换信息',
      'self attention 的公式长啥样',
    ],
    followUps: {
      why: '自注意力的好处是每个词元一步就能从任何前面的词元取信息，权重由内容决定，而不是固定的模式。',
      example:
        '迷你模型的自注意力每个头 d = 32，q·k 要除以 √32 ≈ 5.7；分数 [2, 1, 0] 经 softmax 约为 [0.67, 0.24, 0.09]。',
      simpler:
        '自注意力里每个词提出一个问题（查询），前面的词各举一个标签（键），最匹配的词分享最多的内容（值）。',
      more: '自注意力要除以 √d，是因为 d 维向量的点积大约随 √d 增大；不除的话 softmax 会过于尖锐。',
      downside:
        '自注意力的计算量随长度平方增长，因为每个词元都要给前面所有词元打分，所以长上下文很贵。',
    },
    prose:
      '自注意力让每个词元从它前面的词元收集信息。每个词元有查询、键和值，两个词元之间的分数是 q·k/√d。softmax 把分数变成权重，输出就是值的加权和。因果掩码会遮住未来的词元。',
  },
  compare: {
    with: 'softmax',
    en: 'Inside self-attention, softmax is the step that turns the q·k/√d scores into weights summing to 1 before the values are mixed.',
    zh: '在自注意力里，softmax 是其中一步：把 q·k/√d 分数变成和为 1 的权重，再去混合值。',
  },
};
