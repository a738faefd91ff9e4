/**
 * Corpus topic `untied` (untied embeddings) of the architecture group (../architecture.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./untied.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './untied.questions.json';
import { TINY_FACTS as F, weightsK, weightsWan } from '../../tinyFacts.ts';

export const untied: Topic = {
  id: 'untied',
  en: {
    names: [
      'untied embeddings',
      'untied embedding',
      'weight tying',
      'tied embeddings',
      'separate lm head',
    ],
    answer:
      'Qwen unties the embeddings: the input embedding and the output projection are separate matrices, which costs memory but gives better performance.',
    key: 'separate matrices',
    questions: QUESTIONS.en,
    heldout: [
      'does qwen tie its input and output weights',
      'whats the point of untying embeddings',
      'tied vs untied embeddings which is better',
      'is lm_head the same matrix as the embedding in qwen',
    ],
    followUps: {
      why: 'With untied embeddings, reading a token and predicting a token get their own matrices, so neither job has to compromise; the report chose this for better performance.',
      example: `In the tiny model, untied embeddings mean two ${F.vocab}×${F.hidden} matrices of about ${weightsK(F.vocab * F.hidden)} weights each instead of one shared matrix.`,
      simpler:
        'With untied embeddings the model has one dictionary for reading words and a separate one for writing them.',
      more: 'Qwen-7B has a vocabulary of about 152K and a width of 4096, so untied embeddings add roughly 0.6B extra parameters.',
      downside:
        'The cost of untied embeddings is memory: the vocabulary matrices are doubled, which is a large share of the weights in a small model.',
    },
    prose:
      'Many small models tie weights: the output layer reuses the input embedding matrix. Qwen does not. Its input embedding and its output projection, the lm_head, are separate matrices. This uses more memory, but the report found it performs better.',
  },
  zh: {
    names: ['不共享的嵌入', '不共享嵌入', '权重共享', 'untied embedding', '解绑嵌入'],
    answer: 'Qwen 不共享嵌入权重：输入嵌入和输出投影是两个独立的矩阵，这样更占内存，但效果更好。',
    key: '独立的矩阵',
    questions: QUESTIONS.zh,
    heldout: [
      'qwen 的输入输出权重绑在一起吗',
      '嵌入不共享有什么好处',
      'tied 和 untied 有啥区别',
      'lm_head 跟 embedding 是同一个矩阵吗',
    ],
    followUps: {
      why: '用不共享的嵌入，读入词元和预测词元各有自己的矩阵，两件事不必互相迁就；报告为了更好的效果选择了它。',
      example: `迷你模型用不共享的嵌入，就有两个 ${F.vocab}×${F.hidden} 的矩阵，各约 ${weightsWan(F.vocab * F.hidden)}个权重，而不是共用一个。`,
      simpler: '不共享的嵌入就是模型有两本词典：一本用来读词，另一本用来写词。',
      more: 'Qwen-7B 词表约 152K、宽度 4096，不共享的嵌入大约多出 6 亿个参数。',
      downside: '不共享的嵌入代价是内存：词表矩阵翻倍，对小模型来说会占掉很大一部分权重。',
    },
    prose:
      '很多小模型会共享权重：输出层复用输入嵌入矩阵。Qwen 没有这样做，它的输入嵌入和输出投影 lm_head 是两个独立的矩阵。这样更占内存，但报告发现效果更好。',
  },
  compare: {
    with: 'lm-head',
    en: 'The lm_head turns the final hidden state into scores over the vocabulary; with untied embeddings it is a separate matrix from the input embedding.',
    zh: 'lm_head 把最后的隐藏状态变成词表上的分数；用不共享的嵌入时，它和输入嵌入是两个独立的矩阵。',
  },
};
