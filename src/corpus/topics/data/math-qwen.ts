/**
 * Corpus topic `math-qwen` (Math-Qwen-Chat) of the data group (../data.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./math-qwen.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './math-qwen.questions.json';

export const mathQwen: Topic = {
  id: 'math-qwen',
  en: {
    names: ['Math-Qwen-Chat', 'Math-Qwen', 'math qwen', 'the math model', 'math specialist'],
    answer:
      'Math-Qwen-Chat is Qwen given math-specific supervised fine-tuning on math instruction data with a context of 1024, to solve arithmetic and math word problems.',
    key: 'math instruction data',
    questions: QUESTIONS.en,
    heldout: [
      'how did they make qwen good at math',
      'math qwen vs code qwen difference',
      'why is the math-qwen context only 1024',
      'does math qwen do extra pretraining',
    ],
    followUps: {
      why: 'Math-Qwen-Chat exists because math needs careful step-by-step reasoning, and a general chat model makes more slips in arithmetic and logic.',
      example:
        'Math-Qwen-Chat example: asked "Tom has 3 boxes of 12 pens and gives away 5; how many are left?", it works out 3 × 12 = 36, then 36 − 5 = 31.',
      simpler:
        'Math-Qwen-Chat is Qwen after a focused math tutoring course: the same brain, with much more practice on worked problems.',
      more: 'Math-Qwen-Chat is evaluated on GSM8K and MATH, on Math401 for arithmetic and on Math23K for Chinese word problems; the short 1024 context speeds up training.',
      downside:
        'Math-Qwen-Chat is tuned narrowly: it can still slip in long calculations, and it is not the best choice for general chat.',
    },
    prose:
      'Math-Qwen-Chat is a version of Qwen specialized for mathematics. It is built by supervised fine-tuning on math instruction data, without extra pretraining, and it uses a shorter context of 1024 tokens to train faster. The report tests it on arithmetic and on math word problems in English and Chinese, with benchmarks such as GSM8K, MATH, Math401 and Math23K.',
  },
  zh: {
    names: ['Math-Qwen-Chat', 'Math-Qwen', '数学模型', 'math qwen', '数学版 Qwen'],
    answer:
      'Math-Qwen-Chat 是在 Qwen 上用数学指令数据做专门的监督微调得到的，上下文长度 1024，用来解算术题和数学应用题。',
    key: '数学指令数据',
    questions: QUESTIONS.zh,
    heldout: [
      '怎么让 qwen 数学变好的',
      'math qwen 和 code qwen 有啥区别',
      'math-qwen 的上下文为啥只有 1024',
      'math qwen 有额外预训练吗',
    ],
    followUps: {
      why: '要做 Math-Qwen-Chat，是因为数学需要一步一步严谨推理，通用对话模型更容易在计算和逻辑上出错。',
      example:
        'Math-Qwen-Chat 举例：“小明有 3 盒笔，每盒 12 支，送出 5 支，还剩几支？”它先算 3 × 12 = 36，再算 36 − 5 = 31。',
      simpler:
        'Math-Qwen-Chat 就是上过数学辅导班的 Qwen：脑子还是那个脑子，只是多做了很多带步骤的练习题。',
      more: 'Math-Qwen-Chat 在 GSM8K、MATH、算术题集 Math401 和中文应用题集 Math23K 上评测；1024 的短上下文让训练更快。',
      downside: 'Math-Qwen-Chat 专精面窄：很长的计算中仍可能算错，也不是日常聊天的最佳选择。',
    },
    prose:
      'Math-Qwen-Chat 是专攻数学的 Qwen。它在数学指令数据上做监督微调，不做额外的预训练，并用 1024 的较短上下文加快训练。报告在英文和中文的算术题与数学应用题上测试它，例如 GSM8K、MATH、Math401 和 Math23K。',
  },
  compare: {
    with: 'code-qwen',
    en: 'Math-Qwen-Chat only adds math-specific SFT on top of Qwen, while Code-Qwen first continues pretraining on about 90 billion tokens of code.',
    zh: 'Math-Qwen-Chat 只在 Qwen 上加做数学专项的监督微调；Code-Qwen 则先用约 900 亿个词元的代码继续预训练。',
  },
};
