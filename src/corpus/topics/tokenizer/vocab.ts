/**
 * Corpus topic `vocab` (Qwen's vocabulary) of the tokenizer group (../tokenizer.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./vocab.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './vocab.questions.json';

export const vocab: Topic = {
  id: 'vocab',
  en: {
    names: ["Qwen's vocabulary", 'the Qwen vocabulary', 'vocabulary size', 'vocab size', 'vocab'],
    answer:
      "Qwen's vocabulary has about 152K tokens: the cl100k base vocabulary plus added Chinese and multilingual tokens, so each sentence needs fewer tokens.",
    key: '152K',
    questions: QUESTIONS.en,
    heldout: [
      'how many tokens in qwens vocab',
      'why is the vocab so huge',
      'whats the vocab size of qwen again',
      'is 152k tokens alot for a vocabulary',
    ],
    followUps: {
      why: "Qwen's vocabulary is large so that Chinese, code and many other languages get their own tokens, which shortens sequences and speeds up training and inference.",
      example:
        "With Qwen's vocabulary a common Chinese word can be one token, where a byte-only tokenizer would need 6 tokens for its two characters (3 UTF-8 bytes each).",
      simpler:
        "Qwen's vocabulary is the model's box of building blocks: with more kinds of blocks, the same sentence takes fewer blocks.",
      more: "Qwen's vocabulary, as released, holds 151,643 regular BPE tokens plus 208 special tokens, 151,851 in all.",
      downside:
        "Qwen's vocabulary makes the embedding and output matrices big: in Qwen-7B each has about 152K rows of 4,096 numbers, and rare tokens get few training updates.",
    },
    prose:
      'The Qwen vocabulary begins with the cl100k base vocabulary used by tiktoken. The team added frequently used Chinese characters and words and tokens for other languages, giving about 152K tokens. A larger vocabulary means fewer tokens per sentence, and the report found that the bigger vocabulary did not hurt downstream performance.',
  },
  zh: {
    names: ['Qwen 的词表', '词表大小', '词汇表', 'vocab', '152K 词表'],
    answer:
      'Qwen 的词表约有 152K 个词元：以 cl100k 基础词表为底，加上中文和多语言词元，所以一句话需要的词元更少。',
    key: '152K',
    questions: QUESTIONS.zh,
    heldout: [
      'qwen 词表到底多大',
      '词表为啥要搞这么大',
      'qwen 的 vocab size 是多少',
      '152k 个词元算多吗',
    ],
    followUps: {
      why: 'Qwen 的词表做得大，是为了让中文、代码和很多其他语言都有自己的词元，序列更短，训练和推理都更快。',
      example:
        'Qwen 的词表里，一个常见中文词可以只占一个词元；只用字节的话，两个汉字要 6 个词元（每个汉字 3 个 UTF-8 字节）。',
      simpler: 'Qwen 的词表就像模型的积木盒：积木种类越多，拼同一句话用的块越少。',
      more: 'Qwen 的词表在发布的分词器里有 151,643 个普通 BPE 词元和 208 个特殊词元，共 151,851 个。',
      downside:
        'Qwen 的词表让嵌入矩阵和输出矩阵都很大：Qwen-7B 里各约 152K 行、每行 4096 个数，罕见词元也得不到多少训练。',
    },
    prose:
      'Qwen 的词表以 tiktoken 的 cl100k 基础词表为起点，加入常用汉字、词语和其他语言的词元，总共约 152K 个。词表越大，一句话需要的词元越少；报告发现，词表变大并没有损害下游任务的表现。',
  },
  compare: {
    with: 'chinese-vocab',
    en: "The Chinese vocabulary extension is how the vocabulary grew: cl100k_base plus added Chinese characters and words gives Qwen's vocabulary of about 152K tokens.",
    zh: '中文词表扩充说明了词表是怎样变大的：cl100k_base 加上汉字和中文词语，得到 Qwen 约 152K 的词表。',
  },
};
