/**
 * Corpus topic `lm-head` (LM head) of the data group (../data.ts): its names, short answer and key
 * idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its written
 * training questions are in ./lm-head.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './lm-head.questions.json';

export const lmHead: Topic = {
  id: 'lm-head',
  en: {
    names: ['LM head', 'lm_head', 'output projection', 'output layer', 'lm head'],
    answer:
      'The LM head is the output projection: it multiplies the final hidden state by a matrix to give one logit per vocabulary entry, and in Qwen it is untied from the embedding.',
    key: 'one logit per vocabulary entry',
    questions: QUESTIONS.en,
    heldout: [
      'whats the last layer of qwen for',
      'how does the hidden state become word scores',
      'lm head vs embedding difference',
      'what does lm_head output exactly',
    ],
    followUps: {
      why: 'The LM head is needed because the model must turn its final vector into a choice among all tokens; with one score per entry, a softmax makes that choice.',
      example:
        'LM head example: in Qwen-7B it maps a hidden state of 4,096 numbers to about 152K logits, one per token, and the largest logit marks the likeliest next token.',
      simpler:
        'The LM head is the judge at the end: it gives every word in the dictionary a score for how well it fits next.',
      more: 'In Qwen the LM head comes after a final RMSNorm, and because it is untied it learns its own matrix instead of reusing the embedding table.',
      downside:
        'The LM head is costly with a big vocabulary: computing about 152K logits at every position takes notable memory and time, especially on long training sequences.',
    },
    prose:
      'At the top of Qwen sits the LM head, also called the output projection. After the last layer and a final RMSNorm, it multiplies the hidden state by a matrix with one row per vocabulary entry, producing one logit per token. A softmax turns the logits into next-token probabilities. Qwen keeps this matrix separate from the input embedding.',
  },
  zh: {
    names: ['LM head', '输出投影', 'lm_head', '输出层', '语言模型头'],
    answer:
      'LM head 就是输出投影：它把最后的隐藏状态乘以一个矩阵，为词表里的每个条目给出一个 logit；在 Qwen 里它不与嵌入共享。',
    key: '每个条目给出一个 logit',
    questions: QUESTIONS.zh,
    heldout: [
      'qwen 最后一层是干嘛的',
      '隐藏状态怎么变成词的分数',
      'lm head 和 embedding 有啥区别',
      'lm_head 输出的到底是啥',
    ],
    followUps: {
      why: '需要 LM head，是因为模型得把最后的向量变成在所有词元中的选择；每个条目一个分数，再做一次 softmax 就能选。',
      example:
        'LM head 举例：Qwen-7B 的 LM head 把 4096 维的隐藏状态映射成约 152K 个 logit，最大的那个对应最可能的下一个词元。',
      simpler: 'LM head 就像最后的评委：给词典里每个词打分，看它接在后面有多合适。',
      more: 'Qwen 的 LM head 接在最后一个 RMSNorm 之后；因为不共享权重，它学自己的矩阵，而不是复用嵌入表。',
      downside:
        '词表大时 LM head 很费：每个位置都要算约 152K 个 logit，训练长序列时占用不少内存和时间。',
    },
    prose:
      'Qwen 最上面是 LM head，也叫输出投影。经过最后一层和最后的 RMSNorm 之后，它把隐藏状态乘以一个矩阵，矩阵每一行对应词表里的一个条目，于是每个词元得到一个 logit。softmax 再把 logits 变成下一个词元的概率。Qwen 让这个矩阵和输入嵌入分开。',
  },
  compare: {
    with: 'untied',
    en: 'The LM head is the output matrix itself; untied embeddings is the choice to keep it separate from the input embedding table instead of sharing weights.',
    zh: 'LM head 就是输出矩阵本身；不共享的嵌入指的是让它和输入嵌入表分开，而不是共用权重。',
  },
};
