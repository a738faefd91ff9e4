/**
 * Corpus topic `perplexity` (perplexity) of the playground group (../playground.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./perplexity.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './perplexity.questions.json';

export const perplexity: Topic = {
  id: 'perplexity',
  en: {
    names: ['perplexity', 'PPL', 'ppl', 'the perplexity metric', 'model perplexity'],
    answer:
      'Perplexity is the exponential of the mean cross-entropy per token; lower is better, and the report measures long context by perplexity on arXiv papers at growing lengths.',
    key: 'mean cross-entropy',
    questions: QUESTIONS.en,
    heldout: [
      'why is low perplexity good',
      'whats the formula for ppl',
      'how do they test if qwen handles long text',
      'perplexity vs loss are they the same thing',
    ],
    followUps: {
      why: 'A loss value is hard to read, so perplexity turns it into a count: roughly how many equally likely tokens the model is choosing among at each step.',
      example:
        'If the model gives every correct token probability 0.25, the cross-entropy is ln 4 ≈ 1.39 and the perplexity is exactly 4.',
      simpler:
        'A perplexity of 2 is like guessing between two options, 100 like guessing among a hundred: it measures how surprised the model is.',
      more: 'The report computes perplexity on arXiv papers at 1024 to 16384 tokens, to see whether Qwen still predicts well past its 2048-token training length.',
      downside:
        'Low perplexity only means the next token is predicted well; it says nothing about whether answers are helpful, true or safe, and it depends on the tokenizer.',
    },
    prose:
      'Perplexity is how language models are scored on plain text: take the mean cross-entropy of the correct next tokens and exponentiate it. A perplexity of 4 means the model is as unsure as if it chose among four equally likely tokens, so lower is better. The report uses perplexity on arXiv papers at lengths from 1024 to 16384 tokens to test long-context tricks.',
  },
  zh: {
    names: ['困惑度', 'perplexity', 'PPL', 'ppl', '模型困惑度'],
    answer:
      '困惑度是每个词元平均交叉熵的指数，越低越好；报告用 arXiv 论文在不同长度上的困惑度来衡量长上下文能力。',
    key: '平均交叉熵',
    questions: QUESTIONS.zh,
    heldout: [
      '用大白话讲讲困惑度',
      '为什么困惑度低是好事',
      'ppl 的公式是什么',
      '他们怎么测 qwen 能不能处理长文本',
    ],
    followUps: {
      why: '困惑度把平均损失变成好读的数字：大约相当于模型每一步在多少个同样可能的词元里挑。',
      example: '如果模型给每个正确词元的概率都是 0.25，交叉熵是 ln 4 ≈ 1.39，困惑度正好是 4。',
      simpler: '困惑度衡量模型对文本有多意外：困惑度 2 像在两个选项里猜，100 像在一百个里猜。',
      more: '报告在 arXiv 论文上计算 1024 到 16384 个词元的困惑度，看模型超出 2048 训练长度后是否仍预测得好。',
      downside:
        '困惑度只说明下一个词元预测得好不好，不能说明回答是否有用、真实或安全，而且它依赖分词器。',
    },
    prose:
      '困惑度是在普通文本上给语言模型打分的方法：取正确的下一个词元的平均交叉熵，再取指数。困惑度为 4，意味着模型像在四个同样可能的词元里挑一样没把握，所以越低越好。报告用 arXiv 论文在 1024 到 16384 个词元上的困惑度来检验长上下文技巧。',
  },
  compare: {
    with: 'table3',
    en: 'Table 3 is where the report puts perplexity to work, comparing plain RoPE with dynamic NTK, LogN and window attention at lengths up to 16384.',
    zh: '表 3 是报告使用困惑度的地方，在最长 16384 的长度上比较普通 RoPE 与动态 NTK、LogN 和窗口注意力。',
  },
};
