/**
 * Corpus topic `value-model` (the value model) of the alignment group (../alignment.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./value-model.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './value-model.questions.json';

export const valueModel: Topic = {
  id: 'value-model',
  en: {
    names: ['the value model', 'value model', 'the critic', 'critic model', 'the value function'],
    answer:
      'The value model, or critic, estimates the expected reward from each token onward; PPO turns these estimates into advantages with GAE, and Qwen warms it up for 50 steps first.',
    key: 'estimates the expected reward',
    questions: QUESTIONS.en,
    heldout: [
      'why warm up the value model for 50 steps',
      'what does the value model predict',
      'is the critic the same thing as the reward model',
      'where do ppo advantages come from',
    ],
    followUps: {
      why: 'The value model gives PPO a baseline: a reply is pushed up only if it did better than the value model expected, which makes learning far less noisy.',
      example:
        'If the value model expects 0.5 at some token and the reply finally earns 1.2, the advantage there is positive, so PPO makes those tokens more likely.',
      simpler:
        'Think of the value model as a friend who guesses your exam grade before it comes back: you learn from beating or missing the guess.',
      more: 'Qwen pauses the policy and trains only the value model for 50 steps, so it adapts to the reward model before PPO updates begin.',
      downside:
        'Training the value model costs memory and compute, since it is usually as large as the policy, and a poor value model misleads every update.',
    },
    prose:
      'In PPO the value model, also called the critic, predicts at each token how much reward the reply will still earn. The difference between what happened and what it predicted is the advantage, which PPO smooths with generalized advantage estimation, GAE. Before PPO starts, Qwen freezes the policy and trains only the value model for 50 steps, so its predictions fit the reward model.',
  },
  zh: {
    names: ['价值模型', 'critic', '评论家模型', 'value model', '价值函数'],
    answer:
      '价值模型也叫 critic，它估计从每个词元往后的期望奖励；PPO 用 GAE 把这些估计变成优势，Qwen 还会先单独预热它 50 步。',
    key: '期望奖励',
    questions: QUESTIONS.zh,
    heldout: [
      '价值模型为啥要先预热 50 步',
      '价值模型到底在预测什么',
      '价值模型和 critic 是一回事吗',
      '那个 critic 模型负责干什么活',
    ],
    followUps: {
      why: '价值模型给 PPO 一个基线：只有表现比它预期好的回答才被加强，学习的噪声因此小得多。',
      example:
        '若价值模型在某词元处预期 0.5，回答最终得到 1.2，这里的优势为正，PPO 就提高这些词元的概率。',
      simpler: '价值模型像一个先猜你考几分的朋友：你从“比猜的好还是差”中学习。',
      more: 'Qwen 先暂停策略更新，只训练价值模型 50 步，让它适应奖励模型后再开始 PPO。',
      downside: '价值模型通常和策略一样大，多占内存和算力；价值模型估得不准，每次更新都会被误导。',
    },
    prose:
      '在 PPO 中，价值模型也叫 critic，它在每个词元处预测回答之后还能拿到多少奖励。实际结果和预测之差就是优势，PPO 用广义优势估计（GAE）把它平滑。PPO 开始前，Qwen 冻结策略，只训练价值模型 50 步，让它的预测适应奖励模型。',
  },
  compare: {
    with: 'reward-model',
    en: 'Unlike the reward model, which scores a finished reply once, the value model predicts the reward still to come at every token, so PPO can tell good steps from lucky ones.',
    zh: '奖励模型给写完的回答打一次分；价值模型在每个词元处预测之后还能得到的奖励，帮 PPO 分清好的步骤和侥幸。',
  },
};
