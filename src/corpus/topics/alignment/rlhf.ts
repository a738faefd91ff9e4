/**
 * Corpus topic `rlhf` (RLHF) of the alignment group (../alignment.ts): its names, short answer and
 * key idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its written
 * training questions are in ./rlhf.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './rlhf.questions.json';

export const rlhf: Topic = {
  id: 'rlhf',
  en: {
    names: [
      'RLHF',
      'reinforcement learning from human feedback',
      'rlhf',
      'the RLHF pipeline',
      'learning from human feedback',
    ],
    answer:
      'RLHF runs in three steps: start from the SFT model, train a reward model on human preference pairs, then tune the policy with PPO to earn more reward from it.',
    key: 'three steps',
    questions: QUESTIONS.en,
    heldout: [
      'what order do the rlhf steps go in',
      'what does human feedback mean in rlhf',
      'how do you get from a chat model to qwen-chat-rlhf',
      'rlhf for someone who never heard of it',
    ],
    followUps: {
      why: 'RLHF is used because writing perfect answers is hard, but people can easily say which of two answers is better.',
      example:
        'In RLHF a labeler sees two replies to “Explain RoPE” and picks the clearer one; thousands of such picks train the reward model that PPO then follows.',
      simpler:
        'RLHF is like training a dog: first show it the trick, then let a judge hand out treats, then let it practise to earn more treats.',
      more: 'In the report RLHF turns Qwen-Chat into Qwen-Chat-RLHF, which people preferred over the SFT-only models in human evaluation.',
      downside:
        'RLHF is expensive: it needs human comparisons, a separate reward model and four models in memory during PPO, and it can still learn to flatter.',
    },
    prose:
      'Reinforcement learning from human feedback, RLHF, comes after supervised fine-tuning. People compare pairs of replies, and a reward model learns to score replies the way they would. Then PPO tunes the SFT model to earn more reward, while a KL penalty keeps it close to where it started. In the report this step gives Qwen-Chat-RLHF.',
  },
  zh: {
    names: ['RLHF', '基于人类反馈的强化学习', 'rlhf', 'RLHF 流程', '人类反馈强化学习'],
    answer:
      'RLHF 分三步：从 SFT 模型出发，用人类偏好对训练奖励模型，再用 PPO 调整策略，让它从奖励模型那里拿到更多奖励。',
    key: '分三步',
    questions: QUESTIONS.zh,
    heldout: [
      'rlhf 里的人类反馈指的是什么',
      'rlhf 的几个步骤先后顺序是啥',
      'rlhf 对外行人怎么讲',
      '从聊天模型到 qwen-chat-rlhf 中间做了啥',
    ],
    followUps: {
      why: '用 RLHF 是因为写出完美答案很难，但人很容易判断两个答案哪个更好。',
      example:
        'RLHF 中，标注员看“解释 RoPE”的两个回答，选出更清楚的一个；成千上万次选择训练出奖励模型，再由 PPO 跟着学。',
      simpler: 'RLHF 像训练小狗：先示范动作，再请裁判发零食，最后让它练习去赢更多零食。',
      more: '报告里 RLHF 把 Qwen-Chat 变成 Qwen-Chat-RLHF，人工评测中它比只做 SFT 的模型更受欢迎。',
      downside:
        'RLHF 很贵：要人工比较、单独的奖励模型，PPO 时还要放四个模型，而且它仍可能学会讨好。',
    },
    prose:
      '基于人类反馈的强化学习，即 RLHF，排在监督微调之后。人们比较成对的回答，奖励模型学着像他们一样打分。然后 PPO 调整 SFT 模型去拿更多奖励，同时用 KL 惩罚让它不离起点太远。报告中这一步得到了 Qwen-Chat-RLHF。',
  },
  compare: {
    with: 'sft',
    en: 'SFT teaches the model from written example answers; RLHF then improves it from preferences, scoring its own replies with a reward model and updating it with PPO.',
    zh: '监督微调用写好的示范答案教模型；RLHF 接着用偏好改进它：奖励模型给它自己的回答打分，再用 PPO 更新。',
  },
};
