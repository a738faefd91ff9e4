/**
 * Corpus topic `embedding` (embedding table) of the data group (../data.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./embedding.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './embedding.questions.json';

export const embedding: Topic = {
  id: 'embedding',
  en: {
    names: ['embedding table', 'token embedding', 'embeddings', 'embedding layer', 'wte'],
    answer:
      'The embedding table is a learned matrix with one row per token id: the model looks up the row of each input token and uses that vector as its first hidden state.',
    key: 'one row per token id',
    questions: QUESTIONS.en,
    heldout: [
      'how do token ids turn into numbers the model can use',
      'embedding table explain like im five',
      'is the embedding just a lookup',
      'whats inside an embeding vector',
    ],
    followUps: {
      why: 'An embedding table is needed because an id like 42 means nothing by itself; learned vectors let similar tokens sit close together and carry useful features.',
      example:
        "Qwen-7B's embedding table, for example, has about 152K rows of 4,096 numbers, so token id 42 simply selects row 42.",
      simpler:
        'The embedding table is like a phone book: look up a token id and you get its vector, a long list of numbers.',
      more: 'The embedding table is trained like every other weight, but at each step only the rows of tokens that appear in the batch get gradient updates.',
      downside:
        'The embedding table grows with the vocabulary: in Qwen-7B it holds about 0.6B parameters, and rarely seen tokens keep poorly trained rows.',
    },
    prose:
      'The first layer of Qwen is the embedding table, a matrix with one row per token id. Each input token id selects its row, a vector as wide as the model, 4,096 numbers in Qwen-7B. These vectors are learned during training, so tokens used in similar ways end up with similar vectors.',
  },
  zh: {
    names: ['嵌入表', '词嵌入', 'embedding', '嵌入层', 'token embedding'],
    answer:
      '嵌入表是一个可学习的矩阵，每个词元编号对应一行：模型为每个输入词元查出那一行向量，作为它最初的隐藏状态。',
    key: '每个词元编号对应一行',
    questions: QUESTIONS.zh,
    heldout: [
      'token id 怎么变成模型能用的数字',
      '像给小孩讲一样讲讲嵌入表',
      'embedding 是不是就是查表',
      '嵌入向量里装的是啥',
    ],
    followUps: {
      why: '需要嵌入表，是因为编号 42 本身没有意义；学出来的向量能让用法相似的词元靠得更近，并携带有用的特征。',
      example:
        '嵌入表举例：Qwen-7B 的嵌入表约有 152K 行，每行 4096 个数，词元编号 42 就是取第 42 行。',
      simpler: '嵌入表就像电话簿：查一个词元编号，得到它的向量，也就是一长串数字。',
      more: '嵌入表和其他权重一样被训练，但每一步只有这批数据里出现过的词元，它们的行才会得到梯度更新。',
      downside:
        '嵌入表随词表变大：Qwen-7B 的嵌入表约有 6 亿个参数，很少出现的词元那一行也训练得不好。',
    },
    prose:
      'Qwen 的第一层是嵌入表，它是一个矩阵，每个词元编号对应一行。每个输入词元的编号选出自己的那一行，得到一个和模型一样宽的向量，在 Qwen-7B 里是 4096 个数。这些向量在训练中学出来，所以用法相似的词元最后会有相似的向量。',
  },
  compare: {
    with: 'lm-head',
    en: 'The embedding table turns token ids into vectors at the input; the LM head turns the final vector back into one score per token at the output, and Qwen keeps the two untied.',
    zh: '嵌入表在输入端把词元编号变成向量；LM head 在输出端把最后的向量变回每个词元一个分数，Qwen 不让两者共享权重。',
  },
};
