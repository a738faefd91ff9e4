/**
 * Corpus topic `chatml` (ChatML) of the alignment group (../alignment.ts): its names, short answer
 * and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its
 * written training questions are in ./chatml.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './chatml.questions.json';

export const chatml: Topic = {
  id: 'chatml',
  en: {
    names: ['ChatML', 'the ChatML format', 'chat markup language', 'chatml', 'the chat format'],
    answer:
      'ChatML wraps every message between the special tokens im_start and im_end, with the role on the first line, so the model can tell system, user and assistant turns apart.',
    key: 'im_start and im_end',
    questions: QUESTIONS.en,
    heldout: [
      'why does qwen put im_start before every message',
      'how does qwen mark who said what in a chat',
      'what do the chatml tags around a message look like',
      'whats the format qwen-chat reads converstions in',
    ],
    followUps: {
      why: 'ChatML uses special tokens because typed text can never produce them, so a user cannot fake a system or assistant turn by typing “assistant:” in a message.',
      example:
        'In ChatML a user turn “Hi” becomes im_start, the word user, a newline, Hi, then im_end; the reply then opens with im_start and assistant.',
      simpler:
        'ChatML is like the names in a play script: every line starts with who speaks and ends with a clear stop sign.',
      more: 'In the Qwen vocabulary the ChatML markers are single special tokens: im_start has id 151644 and im_end has id 151645.',
      downside:
        'ChatML costs a few extra tokens per message, and a model trained only on ChatML answers poorly when a prompt uses another format.',
    },
    prose:
      'Qwen chat models read conversations in ChatML. Each message starts with the special token im_start, then the role, such as system, user or assistant, then a newline and the content, and ends with im_end. The special tokens cannot be typed as plain text, so a user cannot fake a role.',
  },
  zh: {
    names: ['ChatML', 'ChatML 格式', '对话标记语言', 'chatml', 'Qwen 的对话格式'],
    answer:
      'ChatML 用特殊词元 im_start 和 im_end 包住每条消息，第一行写角色，让模型分清系统、用户和助手的轮次。',
    key: 'im_start 和 im_end',
    questions: QUESTIONS.zh,
    heldout: [
      '为什么每条消息前面都有 im_start',
      '用大白话讲讲 ChatML',
      'qwen 聊天时怎么区分谁在说话',
      'chatml 这种格式长啥样',
    ],
    followUps: {
      why: 'ChatML 的标记是特殊词元，普通文字打不出来，所以用户没法在消息里冒充系统或助手。',
      example:
        '在 ChatML 里，用户说“你好”会变成 im_start、user、换行、“你好”、im_end；回答则以 im_start 和 assistant 开头。',
      simpler: 'ChatML 就像剧本里的角色名：每句台词前写明谁在说，说完再打一个结束记号。',
      more: '在 Qwen 词表里，ChatML 的标记各是一个特殊词元：im_start 的 id 是 151644，im_end 是 151645。',
      downside: 'ChatML 每条消息要多花几个词元；只用 ChatML 训练的模型，换成别的提示格式就答得差。',
    },
    prose:
      'Qwen 对话模型用 ChatML 读取对话。每条消息以特殊词元 im_start 开头，接着是角色，比如 system、user 或 assistant，然后换行写内容，最后以 im_end 结束。特殊词元不能当作普通文本输入，所以用户无法冒充角色。',
  },
  compare: {
    with: 'sft-mask',
    en: 'ChatML is the format that marks each turn; the SFT loss mask uses those marks to choose which tokens are learned: only the assistant turns and their im_end.',
    zh: 'ChatML 负责标出每一轮；SFT 损失屏蔽借这些标记决定学哪些词元：只学助手的轮次和它的 im_end。',
  },
};
