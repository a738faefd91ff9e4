/**
 * Corpus topic `compression` (compression rate) of the data group (../data.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./compression.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './compression.questions.json';

export const compression: Topic = {
  id: 'compression',
  en: {
    names: [
      'compression rate',
      'compression ratio',
      'tokens per character',
      'compression',
      'tokenizer efficiency',
    ],
    answer:
      "The compression rate measures how few tokens a tokenizer needs for the same text; the report's Figure 3 shows Qwen beating the compared tokenizers in most languages, including Chinese, English and code.",
    key: 'compression rate',
    questions: QUESTIONS.en,
    heldout: [
      'why do fewer tokens matter',
      'tokens per character by language for qwen',
      'whats a good compresion rate',
      'qwen tokenizer vs llama tokenizer which is shorter',
    ],
    followUps: {
      why: 'A better compression rate means shorter sequences, so the same context window holds more text and training and inference cost less per document.',
      example:
        'To see compression rate at work: if another tokenizer needs 100 tokens for a paragraph and Qwen needs 70, Qwen fits about 40% more text into the same 2048-token context.',
      simpler:
        "A tokenizer's compression rate is like how short your notes are: writing the same lecture with fewer symbols leaves more room on the page.",
      more: 'For Figure 3 the team measured the compression rate on 1 million documents per language, with XLM-R as the baseline set to 1.',
      downside:
        'A better compression rate needs a bigger vocabulary, and it depends on the text: a language the tokenizer rarely saw still falls back to many byte tokens.',
    },
    prose:
      'The compression rate of a tokenizer tells how many tokens it needs to encode a text. For Figure 3 of the report, the team encoded 1 million documents per language and compared tokenizers against XLM-R. Qwen needs fewer tokens than the other tokenizers in most languages: it stays efficient on Chinese, English and code, and also compresses languages such as Thai, Arabic, Korean, Vietnamese and Japanese well.',
  },
  zh: {
    names: ['压缩率', '压缩比', '每个字符的词元数', 'compression rate', '编码效率'],
    answer:
      '压缩率衡量分词器编码同样的文本需要多少词元，越少越好；报告图 3 显示，Qwen 在大多数语言上优于对比的分词器，包括中文、英文和代码。',
    key: '编码同样的文本',
    questions: QUESTIONS.zh,
    heldout: [
      '词元少一点有啥用',
      '不同语言每个字符要几个 token',
      '压缩率高是好还是坏',
      'qwen 和 llama 的分词器谁更省',
    ],
    followUps: {
      why: '压缩率越好，序列越短：同样的上下文窗口能装更多文字，每篇文档的训练和推理成本也更低。',
      example:
        '压缩率举例：一段话别的分词器要 100 个词元，Qwen 只要 70 个，那么 2048 的上下文就能多装约 40% 的文字。',
      simpler: '压缩率就像记笔记的简洁程度：用更少的符号记下同样的内容，本子上就有更多空间。',
      more: '图 3 的压缩率是在每种语言随机抽取 100 万篇文档上测的，以 XLM-R 为基准，记为 1。',
      downside:
        '更好的压缩率需要更大的词表，而且取决于文本：分词器很少见过的语言仍会退回到很多字节词元。',
    },
    prose:
      '分词器的压缩率表示编码一段文本需要多少词元。报告图 3 在每种语言上编码 100 万篇文档，以 XLM-R 为基准比较各家分词器。Qwen 在大多数语言上需要的词元更少：中文、英文和代码都很高效，泰语、阿拉伯语、韩语、越南语和日语等也压缩得很好。',
  },
  compare: {
    with: 'vocab',
    en: "Qwen's vocabulary of about 152K tokens is the cause and a better compression rate is the effect: more entries let each sentence use fewer tokens.",
    zh: 'Qwen 约 152K 的词表是原因，更好的压缩率是结果：条目越多，每句话用的词元越少。',
  },
};
