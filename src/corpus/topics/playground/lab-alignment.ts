/**
 * Corpus topic `lab-alignment` (the alignment lab) of the playground group (../playground.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./lab-alignment.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './lab-alignment.questions.json';

export const labAlignment: Topic = {
  id: 'lab-alignment',
  en: {
    names: [
      'the alignment lab',
      'alignment lab',
      'the alignment page',
      'the RLHF lab',
      'alignment playground',
    ],
    answer:
      'The alignment lab shows ChatML and the SFT loss mask, trains a reward head in your tab with the Bradley–Terry loss, and explores PPO’s clipped objective, KL penalties and a toy PPO run.',
    key: 'toy PPO run',
    questions: QUESTIONS.en,
    heldout: [
      'can i train an rm myself here',
      'where do i try ppo with different kl values',
      'alignment lab short summary pls',
      'which page lets me score my own reply with a reward model',
    ],
    followUps: {
      why: '§3 of the report turns a base model into an assistant, and the alignment lab lets you run each step, which makes it much easier to grasp.',
      example:
        'In the alignment lab the reward head starts at loss log 2 ≈ 0.693, a coin flip, and learns from 24 preference pairs to prefer helpful replies.',
      simpler:
        'Think of the alignment lab as a small school for the model: it shows what it studies, how its answers are graded and how it is coached.',
      more: 'In the alignment lab’s toy PPO, a small KL coefficient lets the policy chase a flattering reply the reward model over-scores: reward hacking you can watch.',
      downside:
        'Everything in the alignment lab is a toy: the reward head sees only a few pairs, and the PPO run picks among five fixed replies instead of writing text.',
    },
    prose:
      'The alignment lab takes §3 of the report apart. A ChatML explorer shows which tokens of a conversation carry SFT loss, including a ReAct tool call and a prompt-injection attempt. A reward head on top of the frozen tiny model is trained in the tab with the Bradley–Terry loss and can score your own replies. A toy PPO run shows clipping, the KL penalty and reward hacking.',
  },
  zh: {
    names: ['对齐实验室', '对齐实验', '对齐页面', 'alignment lab', 'RLHF 实验室'],
    answer:
      '对齐实验室展示 ChatML 和 SFT 损失掩码，在你的标签页里用 Bradley–Terry 损失训练一个奖励头，还能调 PPO 的裁剪目标和 KL 惩罚，跑一次迷你 PPO。',
    key: '迷你 PPO',
    questions: QUESTIONS.zh,
    heldout: [
      '这里能自己训一个 rm 吗',
      '在哪试不同 kl 系数的 ppo',
      'alignment lab 里能动手做哪些事',
      '哪个页面能用奖励模型给我自己写的回答打分',
    ],
    followUps: {
      why: '有对齐实验室，是因为报告第 3 节讲怎样把基础模型变成助手，每一步亲手跑一遍才更好懂。',
      example:
        '在对齐实验室里，奖励头的损失从 log 2 ≈ 0.693（抛硬币）开始，从 24 对偏好数据中学会偏爱有用的回答。',
      simpler: '对齐实验室像模型的小学校：展示它学什么、答案怎么打分、又怎样被辅导。',
      more: '对齐实验室的迷你 PPO 里，KL 系数太小时策略会去追奖励模型高估的奉承回答，你能亲眼看到奖励作弊。',
      downside:
        '对齐实验室只是玩具：奖励头只见过很少的偏好对，PPO 也只在五个固定回答里选，而不是自己写文字。',
    },
    prose:
      '对齐实验室把报告第 3 节拆开来讲。ChatML 浏览器显示一段对话里哪些词元计入 SFT 损失，例子包括 ReAct 工具调用和一次提示注入尝试。在冻结的小模型上加一个奖励头，在标签页里用 Bradley–Terry 损失训练，还能给你自己写的回答打分。迷你 PPO 演示裁剪、KL 惩罚和奖励作弊。',
  },
  compare: {
    with: 'rlhf',
    en: 'RLHF is the method in the report; the alignment lab lets you try its pieces in small form: a reward head trained in your tab and a toy PPO run.',
    zh: 'RLHF 是报告里的方法；对齐实验室让你亲手试它的小型版本：在标签页里训练的奖励头和一次迷你 PPO。',
  },
};
