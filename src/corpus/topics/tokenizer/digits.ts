/**
 * Corpus topic `digits` (digit splitting) of the tokenizer group (../tokenizer.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./digits.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './digits.questions.json';

export const digits: Topic = {
  id: 'digits',
  en: {
    names: [
      'digit splitting',
      'splitting numbers into digits',
      'single-digit tokens',
      'digits',
      'number tokenization',
    ],
    answer:
      'Qwen splits numbers into single digits, so 2048 becomes the four tokens 2, 0, 4, 8; this keeps arithmetic regular, while cl100k groups up to three digits.',
    key: 'single digits',
    questions: QUESTIONS.en,
    heldout: [
      'how does qwen tokenize 12345',
      'why not keep 2048 as one token',
      'whats the point of splitting digits',
      'single digits vs 3 digit chunks: difference?',
    ],
    followUps: {
      why: 'With digit splitting every number is written with the same ten digit tokens, so place value looks the same in every number; the report follows LLaMA here.',
      example:
        'With digit splitting, 1234 + 56 becomes 1 2 3 4 + 5 6 and each digit lines up with its column, whereas cl100k would cut 1234 into 123 and 4.',
      simpler:
        'In plain words, digit splitting means the model reads numbers one digit at a time, like a child doing sums on paper.',
      more: 'In Qwen, digit splitting happens in pre-tokenization: its regex takes one number character per chunk, where the cl100k regex takes up to three.',
      downside:
        'The cost of digit splitting is length: a 10-digit phone number takes 10 tokens instead of about 4.',
    },
    prose:
      'The Qwen tokenizer splits every number into single digits. The number 2048 becomes four tokens: 2, 0, 4 and 8. The cl100k tokenizer instead groups up to three digits in one token. Single digits give the model a regular view of numbers, which helps arithmetic.',
  },
  zh: {
    names: ['数字拆分', '数字切分', '单个数字', '拆分数字', 'digits'],
    answer:
      'Qwen 把数字拆成单个数字，例如 2048 变成 2、0、4、8 四个词元；这样算术更有规律，而 cl100k 最多把三位数字合成一个词元。',
    key: '单个数字',
    questions: QUESTIONS.zh,
    heldout: [
      'qwen 怎么切 12345',
      '2048 为啥不当成一个词元',
      '把数字拆开是干嘛的',
      '单个数字和三位一组有啥区别',
    ],
    followUps: {
      why: '数字拆分让所有数都由同样 10 个数字词元写成，每一位的含义在任何数里都一致；报告在这点上沿用了 LLaMA 的做法。',
      example:
        '数字拆分后，1234 + 56 变成 1 2 3 4 + 5 6，每一位都对得上；cl100k 则会把 1234 切成 123 和 4。',
      simpler: '数字拆分就是让模型一位一位地读数字，像小学生在纸上列竖式。',
      more: '数字拆分发生在预分词阶段：Qwen 的正则每段只取一个数字字符，cl100k 的正则最多取三个。',
      downside: '数字拆分让长数字更费词元：一个 10 位的电话号码要 10 个词元，而不是大约 4 个。',
    },
    prose:
      'Qwen 分词器把每个数字拆成单个数字。2048 会变成 2、0、4、8 四个词元，而 cl100k 分词器最多把三位数字放进一个词元。单个数字让模型看到规整的数字结构，对算术有帮助。',
  },
  compare: {
    with: 'pretokenize',
    en: 'Pre-tokenization is the regex step that cuts text into chunks; digit splitting is one rule inside it, allowing only one digit per chunk.',
    zh: '预分词是用正则切分文本的步骤；数字拆分是其中的一条规则：每段只放一个数字。',
  },
};
