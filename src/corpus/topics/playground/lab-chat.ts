/**
 * Corpus topic `lab-chat` (the chat lab) of the playground group (../playground.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./lab-chat.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './lab-chat.questions.json';

export const labChat: Topic = {
  id: 'lab-chat',
  en: {
    names: [
      'the chat lab',
      'chat lab',
      'the chat page',
      'chat with the tiny model',
      'the chat playground',
    ],
    answer:
      'On the chat page you talk with this tiny model in ChatML, see the exact prompt and its SFT loss mask, inspect the top 10 alternatives of every token, and can download a real Qwen.',
    key: 'top 10 alternatives',
    questions: QUESTIONS.en,
    heldout: [
      'can i see the alternatives for each word it wrote',
      'is there a bigger qwen i can try in the browser',
      'what can you see in the chat lab',
      'where do i just talk to the model',
    ],
    followUps: {
      why: 'In the chat lab you see a language model from the inside: not just its reply, but the prompt it read and the choices it had at every step.',
      example:
        'In the chat lab, ask “What is RoPE?” and click a word of the reply: a table lists the 10 most likely tokens at that step with their probabilities.',
      simpler:
        'Think of the chat lab as a conversation with x-ray glasses: you talk as usual, but you see the tokens and the odds behind every word.',
      more: 'Sliders in the chat lab set temperature, top-k, top-p and repetition penalty; temperature 0 always picks the most probable token.',
      downside:
        'The tiny model in the chat lab only knows its tutor corpus about the Qwen report, so it cannot answer general questions, and a real Qwen is a large download.',
    },
    prose:
      'The chat lab runs the tiny model in the browser and talks in ChatML, with an editable system prompt. An under-the-hood view shows every token of the exact prompt and marks which ones would carry SFT loss. Clicking any token of a reply shows the ten tokens the model considered at that step, and visitors can opt in to download a real small Qwen from the Hugging Face Hub.',
  },
  zh: {
    names: ['对话实验室', '对话页面', '聊天实验室', 'chat lab', '聊天页面'],
    answer:
      '在对话页面，你用 ChatML 和这个小模型聊天，能看到完整提示和 SFT 损失掩码，查看每个词元的前 10 个候选，还可以下载一个真正的 Qwen。',
    key: '前 10 个候选',
    questions: QUESTIONS.zh,
    heldout: [
      '聊天页面是干嘛的',
      '能看到它写的每个词的候选吗',
      '浏览器里能试更大的 qwen 吗',
      'chat lab 怎么玩',
    ],
    followUps: {
      why: '对话实验室让你从内部看语言模型：不只看回答，还看它读到的提示和每一步的选择。',
      example:
        '在对话实验室问“什么是 RoPE？”，点回答里的一个词，就会列出那一步最可能的 10 个词元和概率。',
      simpler: '对话实验室像戴着透视眼镜聊天：照常说话，却能看到每个词背后的词元和概率。',
      more: '对话实验室有温度、top-k、top-p 和重复惩罚滑块；温度为 0 时总是选最可能的词元。',
      downside:
        '对话实验室的小模型只懂关于 Qwen 报告的助教语料，答不了一般问题；真正的 Qwen 要下载很大的文件。',
    },
    prose:
      '对话实验室在浏览器里运行小模型，用 ChatML 聊天，系统提示可以修改。“幕后”视图列出完整提示的每个词元，并标出哪些会计入 SFT 损失。点回答里的任意词元，就能看到模型在那一步考虑过的十个词元；访客还可以选择从 Hugging Face Hub 下载一个真正的小型 Qwen。',
  },
  compare: {
    with: 'lab-alignment',
    en: 'In the chat lab you use a finished chat model; the alignment lab takes apart how such a model is made: SFT masking, a reward model and PPO.',
    zh: '对话实验室让你使用做好的对话模型；对齐实验室拆开讲这种模型怎么做出来：SFT 屏蔽、奖励模型和 PPO。',
  },
};
