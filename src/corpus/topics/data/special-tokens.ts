/**
 * Corpus topic `special-tokens` (special tokens) of the data group (../data.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./special-tokens.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './special-tokens.questions.json';

export const specialTokens: Topic = {
  id: 'special-tokens',
  en: {
    names: [
      'special tokens',
      'control tokens',
      'special token',
      'endoftext',
      'im_start and im_end',
    ],
    answer:
      'Special tokens such as endoftext, im_start and im_end are control tokens with their own ids that mark document ends and chat turns; text a user types is never turned into them.',
    key: 'control tokens',
    questions: QUESTIONS.en,
    heldout: [
      'whats endoftext for',
      'why cant users type im_end',
      'special tokens vs normal tokens difference',
      'what happens if i paste im_start into the chat',
    ],
    followUps: {
      why: 'The special tokens must be impossible to fake: if typed text could become im_end, a user could close the assistant turn early or pretend to be the system.',
      example:
        'With special tokens, a chat turn is im_start, "user", a newline, the message, then im_end, each marker a single id; endoftext sits between packed documents.',
      simpler:
        'The special tokens are like stage directions in a play script: they are not spoken lines, they tell who speaks and when a scene ends.',
      more: 'In Qwen the special tokens come after the 151,643 regular tokens: endoftext is id 151643, im_start 151644 and im_end 151645, with 205 extra ones reserved.',
      downside:
        "The special tokens need care: Qwen's released tokenizer by default parses their written forms in any text, so apps must switch that off to block injection.",
    },
    prose:
      'Besides regular BPE tokens, Qwen has special tokens that carry control signals. endoftext is placed after each document in pretraining, and im_start and im_end open and close each message in ChatML chats. The program adds them around the text; they are never produced from characters a user types, so typed text cannot fake a turn.',
  },
  zh: {
    names: ['特殊词元', '控制词元', 'special tokens', 'endoftext', 'im_start 和 im_end'],
    answer:
      'endoftext、im_start 和 im_end 这类特殊词元是控制词元，各有自己的编号，标记文档结束和对话轮次；用户输入的文字永远不会变成它们。',
    key: '控制词元',
    questions: QUESTIONS.zh,
    heldout: [
      'endoftext 是干嘛的',
      '为什么用户不能输入 im_end',
      '特殊词元和普通词元有啥区别',
      '我把 im_start 粘贴进聊天框会怎样',
    ],
    followUps: {
      why: '特殊词元必须无法伪造：如果输入的文字能变成 im_end，用户就能提前结束助手的轮次，或者冒充系统。',
      example:
        '用特殊词元，一轮对话是 im_start、“user”、换行、消息内容、im_end，每个标记只占一个编号；打包的文档之间放 endoftext。',
      simpler: '特殊词元像剧本里的舞台提示：它们不是台词，而是说明谁在说话、一幕何时结束。',
      more: '特殊词元排在 151,643 个普通词元之后：endoftext 的编号是 151643，im_start 是 151644，im_end 是 151645，另有 205 个备用。',
      downside:
        '特殊词元要小心处理：Qwen 发布的分词器默认会把文本里它们的写法解析成特殊词元，应用必须关掉这一点来防注入。',
    },
    prose:
      '除了普通的 BPE 词元，Qwen 还有传递控制信号的特殊词元。预训练时每篇文档后面放 endoftext；在 ChatML 对话里，im_start 和 im_end 标出每条消息的开头和结尾。它们由程序加在文本周围，绝不会由用户输入的字符生成，所以输入的文字无法伪造轮次。',
  },
  compare: {
    with: 'chatml',
    en: 'ChatML is the chat format and special tokens are its building blocks: im_start and im_end wrap each message, while endoftext ends whole documents.',
    zh: 'ChatML 是对话格式，特殊词元是它的积木：im_start 和 im_end 包住每条消息，endoftext 则标记整篇文档的结束。',
  },
};
