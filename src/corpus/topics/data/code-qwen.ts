/**
 * Corpus topic `code-qwen` (Code-Qwen) of the data group (../data.ts): its names, short answer and
 * key idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its written
 * training questions are in ./code-qwen.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './code-qwen.questions.json';

export const codeQwen: Topic = {
  id: 'code-qwen',
  en: {
    names: ['Code-Qwen', 'Code-Qwen-Chat', 'CodeQwen', 'code qwen', 'the coding model'],
    answer:
      'Code-Qwen continues pretraining the base Qwen on about 90 billion tokens of code data with a context of 8192, and supervised fine-tuning then turns it into Code-Qwen-Chat.',
    key: '90 billion tokens',
    questions: QUESTIONS.en,
    heldout: [
      'how did they make qwen better at coding',
      'code-qwen vs qwen whats the diff',
      'how many code tokens for codeqwen',
      'is code qwen trained from scratch',
    ],
    followUps: {
      why: 'Code-Qwen starts from the base model instead of from scratch, so it keeps its general language knowledge and only needs extra code data to specialize.',
      example:
        'Code-Qwen example: given a function signature and a docstring, Code-Qwen-Chat writes the function body; the report tests this on HumanEval and MBPP.',
      simpler:
        'Code-Qwen is Qwen sent to programming school: the same student, given a long extra course in code.',
      more: 'Code-Qwen comes in 7B and 14B sizes; its 8192-token context lets it read whole source files, and Flash attention keeps that long context affordable.',
      downside:
        'Code-Qwen costs the compute of 90 billion extra tokens, and heavy code training can weaken other skills unless ordinary text is mixed in.',
    },
    prose:
      'Code-Qwen is Qwen specialized for programming. Starting from the base model, the team continued pretraining on about 90 billion tokens of code data with a longer context of 8192 tokens. Supervised fine-tuning on coding dialogues then produced Code-Qwen-Chat, which the report evaluates on benchmarks such as HumanEval and MBPP.',
  },
  zh: {
    names: ['Code-Qwen', 'Code-Qwen-Chat', 'CodeQwen', 'code qwen', '代码模型'],
    answer:
      'Code-Qwen 在 Qwen 基础模型上继续预训练，用了约 900 亿个词元的代码数据，上下文长度 8192；再经监督微调得到 Code-Qwen-Chat。',
    key: '900 亿个词元',
    questions: QUESTIONS.zh,
    heldout: [
      '他们怎么让 qwen 更会写代码',
      'code-qwen 和 qwen 有啥区别',
      'codeqwen 用了多少代码 token',
      'code qwen 是从零开始训练的吗',
    ],
    followUps: {
      why: 'Code-Qwen 从基础模型出发而不是从零训练，所以保留了通用语言知识，只需额外的代码数据来专精。',
      example:
        'Code-Qwen 举例：给出函数签名和文档字符串，Code-Qwen-Chat 就能写出函数体；报告用 HumanEval 和 MBPP 来测试。',
      simpler: 'Code-Qwen 就是送 Qwen 去读编程学校：还是同一个学生，只是额外上了一门很长的代码课。',
      more: 'Code-Qwen 有 7B 和 14B 两种规模；8192 的上下文让它能读完整个源文件，Flash attention 让这么长的上下文不至于太贵。',
      downside:
        'Code-Qwen 要为额外 900 亿个词元付出算力，而且大量代码训练可能削弱其他能力，除非混入普通文本。',
    },
    prose:
      'Code-Qwen 是专攻编程的 Qwen。团队从基础模型出发，用约 900 亿个词元的代码数据继续预训练，上下文加长到 8192。之后在编程对话上做监督微调，得到 Code-Qwen-Chat，报告在 HumanEval 和 MBPP 等基准上评测它。',
  },
  compare: {
    with: 'math-qwen',
    en: 'Code-Qwen gets continued pretraining on code before its SFT, while Math-Qwen-Chat skips extra pretraining and only gets math-specific SFT.',
    zh: 'Code-Qwen 在监督微调前先用代码继续预训练；Math-Qwen-Chat 不做额外预训练，只做数学专项的监督微调。',
  },
};
