/**
 * Corpus topic `lab-tokenizer` (the tokenizer lab) of the playground group (../playground.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./lab-tokenizer.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './lab-tokenizer.questions.json';

export const labTokenizer: Topic = {
  id: 'lab-tokenizer',
  en: {
    names: [
      'the tokenizer lab',
      'tokenizer lab',
      'the BPE lab',
      'the tokenizer page',
      'tokenizer playground',
    ],
    answer:
      'In the tokenizer lab you compare the Qwen, cl100k, o200k and LLaMA-2 vocabularies side by side, watch digits split and merges applied one by one, train your own BPE and compare languages.',
    key: 'train your own BPE',
    questions: QUESTIONS.en,
    heldout: [
      'whats in the tokenizer lab',
      'where do i compare qwen and gpt-4 tokens',
      'can i watch bpe merges step by step somewhere',
      'tokenizer lab what is it good for',
    ],
    followUps: {
      why: 'Everything in the report starts from tokens, which is why the tokenizer lab matters: fewer tokens for the same text mean a longer effective context and cheaper training.',
      example:
        'In the tokenizer lab, type 1234567: Qwen cuts it into seven single digits, while cl100k cuts it into 123, 456 and 7.',
      simpler:
        'Think of the tokenizer lab as a magnifying glass for text: you see exactly how a sentence is chopped into the pieces the model reads.',
      more: 'Special tokens are in the tokenizer lab too: with the toggle on, im_end typed into the text becomes one special id instead of plain characters.',
      downside:
        'For languages, the tokenizer lab compares one short paragraph each, not the report’s large corpora, so its compression ratios are only rough.',
    },
    prose:
      'The tokenizer lab puts up to four vocabularies side by side: Qwen, cl100k, o200k and LLaMA-2, plus the tiny model’s own. It shows pre-tokenization, where Qwen splits numbers into one digit each, then replays the merges of each chunk step by step. Visitors can train their own BPE on sample texts, compare how many tokens each language needs, and see how special tokens are kept apart from typed text.',
  },
  zh: {
    names: ['分词器实验室', '分词器实验', 'BPE 实验室', '分词器页面', 'tokenizer lab'],
    answer:
      '在分词器实验室里，你可以并排比较 Qwen、cl100k、o200k 和 LLaMA-2 词表，逐步看数字拆分和合并过程，训练自己的 BPE，并比较各语言的压缩率。',
    key: '训练自己的 BPE',
    questions: QUESTIONS.zh,
    heldout: [
      '分词器实验室里都有啥',
      '在哪能对比 qwen 和 gpt-4 的分词',
      '有没有地方能一步步看 bpe 合并',
      'tokenizer lab 值得玩吗，能学到啥',
    ],
    followUps: {
      why: '有分词器实验室，是因为报告里的一切都从词元开始：同样的文本词元越少，有效上下文越长，训练越便宜。',
      example: '在分词器实验室输入 1234567：Qwen 切成 7 个单独的数字，cl100k 切成 123、456 和 7。',
      simpler: '分词器实验室就像文字的放大镜：你能清楚看到一句话被切成模型读的哪些小块。',
      more: '分词器实验室还展示特殊词元：打开开关后，文本里输入的 im_end 会变成一个特殊 id，而不是普通字符。',
      downside:
        '分词器实验室的语言对比每种语言只用一小段文字，不是报告里的大语料，所以压缩比例只是粗略的。',
    },
    prose:
      '分词器实验室最多可以并排放四个词表：Qwen、cl100k、o200k 和 LLaMA-2，还有小模型自己的词表。它展示预分词，Qwen 在这一步把数字逐个拆开；然后一步步重放每个片段的合并。访客可以用示例文本训练自己的 BPE，比较各语言需要多少词元，并看到特殊词元怎样和输入的文字区分开。',
  },
  compare: {
    with: 'lab-model',
    en: 'First the tokenizer lab turns text into token ids; then the model lab shows what the tiny model does with them: its layers, its parameters and its next-token guesses.',
    zh: '分词器实验室把文本变成词元 id；模型实验室展示小模型怎样处理这些 id：它的层、参数和对下一个词元的猜测。',
  },
};
