/**
 * Corpus topics about the tokenizer and the model itself (Qwen report §2.2, and this
 * playground's tiny model): byte-level BPE, the 152K vocabulary, digit splitting, plus a
 * greeting and "who are you" so the toy chat has something friendly to say.
 *
 * Deliberately left out: held-out questions (heldout.ts) and how text is packed (build.ts).
 */
import type { Topic } from './types.ts';

export const TOKENIZER_TOPICS: Topic[] = [
  {
    id: 'greeting',
    en: {
      answer:
        'Hello! I am a tiny Qwen-style tutor. Ask me about tokens, RoPE, attention, normalization or alignment.',
      key: 'tiny Qwen',
      questions: [
        'Hello!',
        'Hi there.',
        'Hey, good morning.',
        'Hello, can you help me?',
        'Hi! Anyone here?',
        'Good evening, tutor.',
      ],
      prose:
        'This playground includes a tiny Qwen-style tutor. It greets the learner and answers short questions about tokens, RoPE, attention, normalization and alignment.',
    },
    zh: {
      answer: '你好！我是一个迷你 Qwen 小助教，可以问我词元、RoPE、注意力、归一化或对齐的问题。',
      key: '迷你 Qwen',
      questions: [
        '你好！',
        '您好。',
        '嗨，早上好。',
        '你好，能帮我一下吗？',
        '哈喽，有人在吗？',
        '老师晚上好。',
      ],
      prose:
        '这个演练场里有一个迷你 Qwen 小助教。它会打招呼，并回答关于词元、RoPE、注意力、归一化和对齐的简短问题。',
    },
  },
  {
    id: 'tiny-model',
    en: {
      answer:
        'I am a tiny Qwen2-style model with 4 layers, hidden size 128 and about 2,000 tokens, trained in this playground on a small bilingual corpus.',
      key: '4 layers',
      questions: [
        'Who are you?',
        'What are you?',
        'How big is this model?',
        'Tell me about yourself.',
        'What kind of model are you?',
        'How many layers do you have?',
      ],
      prose:
        'The tiny model of this playground follows the Qwen2 architecture at a very small scale: 4 layers, hidden size 128, 4 query heads and 2 key-value heads, and a vocabulary of about 2,000 tokens. It was trained on a small bilingual corpus written for the playground.',
    },
    zh: {
      answer:
        '我是一个迷你的 Qwen2 结构模型，有 4 层，隐藏维度 128，词表约 2000 个词元，在这个演练场里用小型双语语料训练。',
      key: '4 层',
      questions: [
        '你是谁？',
        '你是什么？',
        '这个模型有多大？',
        '介绍一下你自己。',
        '你是什么样的模型？',
        '你有几层？',
      ],
      prose:
        '演练场里的迷你模型按 Qwen2 结构缩小而成：4 层，隐藏维度 128，4 个查询头和 2 个键值头，词表约 2000 个词元。它用为演练场专门编写的小型双语语料训练。',
    },
  },
  {
    id: 'bpe',
    en: {
      answer:
        'Qwen uses byte-level BPE: text is first turned into bytes, then the most frequent adjacent pairs are merged into new tokens, so any string can be encoded without unknown tokens.',
      key: 'byte-level BPE',
      questions: [
        'What is BPE?',
        'How does Qwen tokenize text?',
        'What is byte-level BPE?',
        'Explain byte pair encoding.',
        'Why does Qwen work on bytes?',
        'How are merges learned in BPE?',
      ],
      prose:
        'Qwen tokenizes text with byte-level BPE. The text is turned into UTF-8 bytes, and training repeatedly merges the most frequent adjacent pair into a new token. Because every byte is in the vocabulary, any string can be encoded and there is no unknown token.',
    },
    zh: {
      answer:
        'Qwen 使用字节级 BPE：先把文本变成字节，再把最常见的相邻字节对合并成新词元，所以任何字符串都能编码，不会出现未知词元。',
      key: '字节级 BPE',
      questions: [
        '什么是 BPE？',
        'Qwen 怎样切分文本？',
        '什么是字节级 BPE？',
        '解释一下字节对编码。',
        '为什么 Qwen 在字节上分词？',
        'BPE 的合并规则是怎么学出来的？',
      ],
      prose:
        'Qwen 用字节级 BPE 分词。文本先变成 UTF-8 字节，训练时不断把最常见的相邻字节对合并成新词元。因为每个字节都在词表里，任何字符串都能编码，不存在未知词元。',
    },
  },
  {
    id: 'vocab',
    en: {
      answer:
        'Qwen starts from the cl100k base vocabulary and adds common Chinese characters and words, reaching about 152K tokens, which compresses Chinese and many other languages better.',
      key: '152K',
      questions: [
        'How large is the Qwen vocabulary?',
        'How many tokens does Qwen have?',
        'Where does the Qwen vocabulary come from?',
        'Why is the Qwen vocabulary so big?',
        'What is the vocabulary size of Qwen?',
        'Does Qwen extend the cl100k vocabulary?',
      ],
      prose:
        'The Qwen vocabulary begins with the cl100k base vocabulary used by tiktoken. The team added frequently used Chinese characters and words and tokens for other languages, giving about 152K tokens. A larger vocabulary means fewer tokens per sentence, which the report calls a better compression rate.',
    },
    zh: {
      answer:
        'Qwen 以 cl100k 词表为基础，加入常用汉字和词语，总共约 152K 个词元，因此中文和很多其他语言的压缩率更高。',
      key: '152K',
      questions: [
        'Qwen 的词表有多大？',
        'Qwen 有多少个词元？',
        'Qwen 的词表从哪里来？',
        '为什么 Qwen 的词表这么大？',
        'Qwen 的词表规模是多少？',
        'Qwen 扩展了 cl100k 词表吗？',
      ],
      prose:
        'Qwen 的词表以 tiktoken 的 cl100k 词表为起点，加入常用汉字、词语和其他语言的词元，总共约 152K 个。词表越大，一句话需要的词元越少，报告把这称为更好的压缩率。',
    },
  },
  {
    id: 'digits',
    en: {
      answer:
        'Qwen splits numbers into single digits, so 2048 becomes the four tokens 2, 0, 4, 8; this keeps arithmetic regular, while cl100k groups up to three digits.',
      key: 'single digits',
      questions: [
        'How does Qwen tokenize numbers?',
        'Why split digits?',
        'What happens to 2048 in the Qwen tokenizer?',
        'Does Qwen keep numbers as one token?',
        'How are digits handled by the tokenizer?',
        'What is digit splitting?',
      ],
      prose:
        'The Qwen tokenizer splits every number into single digits. The number 2048 becomes four tokens: 2, 0, 4 and 8. The cl100k tokenizer instead groups up to three digits in one token. Single digits give the model a regular view of numbers, which helps arithmetic.',
    },
    zh: {
      answer:
        'Qwen 把数字拆成单个数字，例如 2048 变成 2、0、4、8 四个词元；这样算术更有规律，而 cl100k 最多把三位数字合成一个词元。',
      key: '单个数字',
      questions: [
        'Qwen 怎样切分数字？',
        '为什么要拆分数字？',
        '2048 在 Qwen 分词器里会变成什么？',
        'Qwen 会把整个数字当成一个词元吗？',
        '分词器怎样处理数字？',
        '什么是数字拆分？',
      ],
      prose:
        'Qwen 分词器把每个数字拆成单个数字。2048 会变成 2、0、4、8 四个词元，而 cl100k 分词器最多把三位数字放进一个词元。单个数字让模型看到规整的数字结构，对算术有帮助。',
    },
  },
];
