/**
 * Corpus topic `system-prompt` (the system prompt) of the alignment group (../alignment.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./system-prompt.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './system-prompt.questions.json';

export const systemPrompt: Topic = {
  id: 'system-prompt',
  en: {
    names: [
      'the system prompt',
      'system prompt',
      'the system message',
      'the system role',
      'system instructions',
    ],
    answer:
      'The system prompt is the first ChatML message, with role system; it sets the assistant’s role and rules before the user speaks, for example “You are a helpful assistant.”',
    key: 'role and rules',
    questions: QUESTIONS.en,
    heldout: [
      'what goes in the system message',
      'whats the point of a system prompt',
      'can the system prompt make the bot talk like a pirate',
      'system promt vs user message',
    ],
    followUps: {
      why: 'With the system prompt an app builder sets behaviour once, such as tone, language or limits, without repeating it in every user message.',
      example:
        'This playground’s tutor was trained with the system prompt “You are a friendly tutor who explains the Qwen technical report in short answers.”',
      simpler:
        'Think of the system prompt as the note a manager gives a new shop assistant before the first customer walks in.',
      more: 'In SFT the system prompt is read as context but masked out of the loss, so the model learns to follow it, not to write it.',
      downside:
        'Keep in mind that the system prompt takes up context on every turn, and a tiny model may ignore one it never saw in training.',
    },
    prose:
      'A ChatML conversation usually begins with a system message. It tells the assistant who it is and how to behave, for example which language to use or how long answers should be, before any user message arrives. During SFT the system message is context only: the model reads it but is not trained to produce it.',
  },
  zh: {
    names: ['系统提示', 'system prompt', '系统消息', '系统角色', '系统提示词'],
    answer:
      '系统提示是 ChatML 里角色为 system 的第一条消息，在用户开口之前设定助手的角色和规则，比如“你是一个乐于助人的助手。”',
    key: '角色和规则',
    questions: QUESTIONS.zh,
    heldout: [
      'system message 里一般写什么',
      '系统提示有啥意义',
      '系统提示能让机器人用海盗口吻说话吗',
      '系统提示和用户消息有啥区别',
    ],
    followUps: {
      why: '有了系统提示，开发者只需设定一次语气、语言或限制，不必在每条用户消息里重复。',
      example:
        '这个演练场的助教用系统提示“你是一位友好的助教，用简短的回答讲解 Qwen 技术报告。”训练。',
      simpler: '系统提示就像店长在第一位顾客进门前，交给新店员的一张便条。',
      more: '监督微调时系统提示被当作上下文读取，但不计入损失，所以模型学会遵守它，而不是写出它。',
      downside: '系统提示每一轮都占用上下文，而迷你模型可能忽略训练中没见过的系统提示。',
    },
    prose:
      'ChatML 对话通常以一条系统消息开头。它在任何用户消息之前告诉助手自己是谁、该怎样表现，比如用哪种语言、回答多长。监督微调时系统消息只是上下文：模型读它，但不被训练去生成它。',
  },
  compare: {
    with: 'chatml',
    en: 'ChatML is the whole message format; the system prompt is just its first message, the one with role system that sets the rules.',
    zh: 'ChatML 是整套消息格式；系统提示只是其中第一条、角色为 system、负责定规则的消息。',
  },
};
