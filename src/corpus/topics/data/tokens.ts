/**
 * Corpus topic `tokens` (token) of the data group (../data.ts): its names, short answer and key
 * idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its written
 * training questions are in ./tokens.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './tokens.questions.json';

export const tokens: Topic = {
  id: 'tokens',
  en: {
    names: ['token', 'tokens', 'what a token is', 'token id', 'tokenization'],
    answer:
      'A token is a piece of text, such as a word, part of a word, a character or a byte, that the model reads and writes as one integer id.',
    key: 'one integer id',
    questions: QUESTIONS.en,
    heldout: [
      'whats a token exactly',
      'explain tokens like im five',
      'token vs word: difference?',
      'are tokens just words or smaller',
    ],
    followUps: {
      why: 'A model computes only with numbers, so each token maps text to an id that selects a row of the embedding table, and a fixed token list covers any text.',
      example:
        'A sentence like "Hello world" may become two tokens, "Hello" and " world", each with its own id; the space belongs to the second token.',
      simpler:
        'A token is like a Lego brick of text: the model builds every sentence from one fixed box of bricks.',
      more: 'Each token in Qwen is a sequence of UTF-8 bytes; a common English word is usually one token, while a rare word splits into several.',
      downside:
        'A token is not a letter, so the model cannot easily see inside it; counting the letters of a word or spelling it backwards is harder.',
    },
    prose:
      "Language models do not read characters directly. A tokenizer cuts text into tokens, pieces such as words, parts of words, characters or bytes, and gives each one an integer id. The model reads a sequence of ids and predicts the id of the next token. Qwen's tokens are byte sequences learned with BPE.",
  },
  zh: {
    names: ['词元', 'token', '令牌', 'token id', '分词'],
    answer:
      '词元（token）是一段文本，可以是一个词、词的一部分、一个字或一个字节，模型把它当作一个整数编号来读写。',
    key: '一个整数编号',
    questions: QUESTIONS.zh,
    heldout: [
      'token 到底是啥',
      '用小孩能听懂的话讲讲词元',
      '词元和字有啥区别',
      '一个汉字是一个 token 吗',
    ],
    followUps: {
      why: '模型只能处理数字，所以每个词元都对应一个编号，用来选出嵌入表里的一行；一份固定的词元表就能覆盖任何文本。',
      example:
        '比如“Hello world”可能变成“Hello”和“ world”两个词元，各有自己的编号；空格属于第二个词元。',
      simpler: '词元就像文字的乐高积木：模型用一盒固定的积木拼出所有句子。',
      more: '在 Qwen 里，每个词元都是一串 UTF-8 字节；常见的英文单词通常是一个词元，生僻词会拆成好几个。',
      downside:
        '词元不是单个字母，模型很难看清词元内部，所以数一个词有几个字母、倒着拼写这类任务更难。',
    },
    prose:
      '语言模型并不直接读字符。分词器把文本切成词元，也就是词、词的一部分、字或字节，并给每个词元一个整数编号。模型读入一串编号，预测下一个词元的编号。Qwen 的词元是用 BPE 学出来的字节序列。',
  },
  compare: {
    with: 'bpe',
    en: 'A token is the unit the model reads; BPE is the method that decides which pieces of text become tokens.',
    zh: '词元是模型读入的单位；BPE 是决定哪些文本片段成为词元的方法。',
  },
};
