/**
 * Corpus topic `chinese-vocab` (Chinese vocabulary extension) of the data group (../data.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./chinese-vocab.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './chinese-vocab.questions.json';

export const chineseVocab: Topic = {
  id: 'chinese-vocab',
  en: {
    names: [
      'Chinese vocabulary extension',
      'Chinese tokens',
      'extended vocabulary',
      'chinese vocab',
      'cl100k_base',
    ],
    answer:
      'Qwen takes the cl100k_base vocabulary of tiktoken and extends it with commonly used Chinese characters and words, plus tokens of other languages, so Chinese text needs far fewer tokens.',
    key: 'commonly used Chinese characters',
    questions: QUESTIONS.en,
    heldout: [
      'why is cl100k bad at chinese',
      'what did qwen add to the gpt4 tokenizer',
      'chinese vocab extension whats the point',
      'does qwen have whole chinese words as tokens',
    ],
    followUps: {
      why: 'The Chinese vocabulary extension exists because cl100k_base was built mostly for English-like text and often spends two or three byte tokens on one Chinese character.',
      example:
        'Thanks to the Chinese vocabulary extension, a common word like 中国 can be one token, where plain bytes would need 6 (each Han character is 3 UTF-8 bytes).',
      simpler:
        'The Chinese vocabulary extension is like adding a Chinese section to an English phrasebook, so common Chinese words get their own entries.',
      more: 'The Chinese vocabulary extension also added tokens for other languages, and the report found that the larger vocabulary did not hurt downstream performance.',
      downside:
        'The Chinese vocabulary extension adds tens of thousands of rows to the embedding and output matrices, and rare added words get few training updates.',
    },
    prose:
      'Qwen does not train its tokenizer from scratch. It starts from cl100k_base, the BPE vocabulary of tiktoken, and augments it with commonly used Chinese characters and words as well as tokens for other languages. Chinese text then takes far fewer tokens, which makes training and inference in Chinese cheaper.',
  },
  zh: {
    names: ['中文词表扩充', '中文词元', '扩充词表', 'cl100k_base', '中文 vocab'],
    answer:
      'Qwen 以 tiktoken 的 cl100k_base 词表为基础，加入常用汉字和中文词语以及其他语言的词元，让中文文本所需的词元大大减少。',
    key: '常用汉字和中文词语',
    questions: QUESTIONS.zh,
    heldout: [
      'cl100k 为啥不擅长中文',
      'qwen 在 gpt-4 的分词器上加了啥',
      '扩充中文词表是干嘛的',
      'qwen 会把整个中文词当成一个 token 吗',
    ],
    followUps: {
      why: '要做中文词表扩充，是因为 cl100k_base 主要为英文这类语言设计，一个汉字常常要花两三个字节词元。',
      example:
        '有了中文词表扩充，“中国”这样的常用词可以是一个词元；只用字节则要 6 个（每个汉字 3 个 UTF-8 字节）。',
      simpler: '中文词表扩充就像给一本英文短语手册加上中文部分，让常用中文词有自己的词条。',
      more: '中文词表扩充同时加入了其他语言的词元；报告发现，词表变大并没有损害下游任务的表现。',
      downside: '中文词表扩充给嵌入矩阵和输出矩阵增加了几万行，新加的生僻词也得不到多少训练。',
    },
    prose:
      'Qwen 没有从零训练分词器，而是以 tiktoken 的 BPE 词表 cl100k_base 为起点，加入常用汉字和中文词语，以及其他语言的词元。这样中文文本需要的词元少得多，中文的训练和推理也更省。',
  },
  compare: {
    with: 'bpe',
    en: 'BPE is the algorithm that builds tokens by merging bytes; the Chinese vocabulary extension adds Chinese entries to the cl100k_base BPE vocabulary Qwen starts from.',
    zh: 'BPE 是通过合并字节构造词元的算法；中文词表扩充则是给 Qwen 起步用的 cl100k_base BPE 词表加入中文条目。',
  },
};
