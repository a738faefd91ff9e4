/**
 * Corpus topic `pretokenize` (pre-tokenization) of the data group (../data.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./pretokenize.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './pretokenize.questions.json';

export const pretokenize: Topic = {
  id: 'pretokenize',
  en: {
    names: [
      'pre-tokenization',
      'pretokenization',
      'regex pre-tokenization',
      'pretokenize',
      'the split regex',
    ],
    answer:
      'Before BPE, pre-tokenization cuts text with a regular expression into chunks such as words with their leading space, digits, punctuation and whitespace; merges never cross a chunk boundary.',
    key: 'never cross a chunk boundary',
    questions: QUESTIONS.en,
    heldout: [
      'whats the regex step in the tokenizer for',
      'does bpe merge across spaces',
      'pretokenizaton vs bpe difference',
      'why cut text into chunks first',
    ],
    followUps: {
      why: 'Without pre-tokenization, BPE would learn junk tokens that glue a word to the punctuation after it, like "dog." or "dog!", and waste the vocabulary on them.',
      example:
        'For example, pre-tokenization turns "I have 25 cats!" into "I", " have", " ", "2", "5", " cats" and "!" before any merge happens.',
      simpler:
        'Think of pre-tokenization as cutting a sentence with scissors at spaces and punctuation before gluing letters together inside each piece.',
      more: "Qwen's pre-tokenization regex is the cl100k pattern with one change: numbers match one digit at a time instead of up to three.",
      downside:
        'The rules of pre-tokenization suit languages with spaces; Chinese has none, so a whole run of Han characters becomes one chunk and BPE alone must split it.',
    },
    prose:
      'A BPE tokenizer does not merge across the whole text at once. First a regular expression splits the text into chunks: letters with an optional leading space, single digits in Qwen, runs of punctuation, and whitespace. BPE merges are then applied inside each chunk only, so no token crosses a chunk boundary.',
  },
  zh: {
    names: ['预分词', 'pre-tokenization', '正则预分词', '预切分', 'pretokenize'],
    answer:
      '在 BPE 之前，预分词用正则表达式把文本切成小段，如带前导空格的单词、数字、标点和空白；合并永远不会跨过段的边界。',
    key: '不会跨过段的边界',
    questions: QUESTIONS.zh,
    heldout: [
      '分词器里那个正则是干嘛的',
      'bpe 会跨空格合并吗',
      'pre-tokenization 和 bpe 有啥区别',
      '为啥要先把文本切成小段',
    ],
    followUps: {
      why: '预分词防止 BPE 学到把单词和后面标点粘在一起的垃圾词元，比如“dog.”和“dog!”，让词表用在有用的片段上。',
      example: '预分词会先把“I have 25 cats!”切成“I”“ have”“ ”“2”“5”“ cats”“!”，然后才开始合并。',
      simpler: '预分词就像先用剪刀在空格和标点处把句子剪开，再在每一小段里把字母粘起来。',
      more: 'Qwen 的预分词正则就是 cl100k 的正则改了一处：数字每次只匹配一位，而不是最多三位。',
      downside:
        '预分词规则是为有空格的语言设计的；中文没有空格，一串汉字会成为一整段，只能靠 BPE 自己来切。',
    },
    prose:
      'BPE 分词器不会在整段文本上直接合并。先用正则表达式把文本切成小段：带可选前导空格的字母串、Qwen 中的单个数字、连续的标点，以及空白。BPE 合并只在每一段内部进行，所以没有词元会跨过段的边界。',
  },
  compare: {
    with: 'bpe',
    en: 'BPE decides which bytes merge into tokens; pre-tokenization decides the chunks inside which those merges may happen.',
    zh: 'BPE 决定哪些字节合并成词元；预分词决定这些合并可以在哪些小段里发生。',
  },
};
