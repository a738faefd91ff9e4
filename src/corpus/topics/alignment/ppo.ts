/**
 * Corpus topic `ppo` (PPO) of the alignment group (../alignment.ts): its names, short answer and
 * key idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its written
 * training questions are in ./ppo.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './ppo.questions.json';

export const ppo: Topic = {
  id: 'ppo',
  en: {
    names: ['PPO', 'proximal policy optimization', 'ppo', 'the PPO algorithm', 'PPO training'],
    answer:
      'PPO, proximal policy optimization, raises the policy’s reward while clipping the probability ratio, so one update cannot move too far; Qwen runs it with policy, value, reference and reward models.',
    key: 'clipping the probability ratio',
    questions: QUESTIONS.en,
    heldout: [
      'why does ppo clip anything',
      'ppo in plain words please',
      'how many models does qwen need for ppo',
      'whats the 0.2 in ppo for',
    ],
    followUps: {
      why: 'Without clipping, one lucky batch could push the policy far from where its samples came from; PPO keeps each step small and safe.',
      example:
        'In PPO with clip range 0.2, if a token’s probability ratio reaches 1.5 on a good reply, the gain is counted only up to 1.2.',
      simpler:
        'PPO is like steering a car with small turns of the wheel: you move toward the reward, but never swerve wildly.',
      more: 'In Qwen’s PPO the policy learning rate is 1e-6 and the value model’s is 5e-6, and two replies are sampled for each query.',
      downside:
        'PPO keeps four models in memory at once and needs many sampled replies per step, so it is slow and costly for large models.',
    },
    prose:
      'After SFT, Qwen is refined with reinforcement learning from human feedback using PPO, proximal policy optimization. Four models take part: the policy being trained, a value model, a frozen reference model and the reward model. PPO limits each update by clipping the ratio between new and old probabilities to the range 1 ± 0.2.',
  },
  zh: {
    names: ['PPO', '近端策略优化', 'ppo', 'PPO 算法', 'PPO 训练'],
    answer:
      'PPO 即近端策略优化：提高策略得到的奖励，同时对概率比做裁剪，防止一次更新走得太远；Qwen 用策略、价值、参考和奖励四个模型运行它。',
    key: '对概率比做裁剪',
    questions: QUESTIONS.zh,
    heldout: [
      'ppo 为啥要 clip',
      '用人话说说 ppo',
      'qwen 做 ppo 要几个模型',
      'ppo 里那个 0.2 是干什么的',
    ],
    followUps: {
      why: '没有裁剪时，一批运气好的样本就可能把策略推得很远；PPO 让每一步都小而稳。',
      example: 'PPO 的裁剪范围是 0.2：某个词元的概率比在好回答上涨到 1.5 时，收益只按 1.2 计算。',
      simpler: 'PPO 像开车时小幅转动方向盘：朝奖励的方向走，但绝不猛打方向。',
      more: 'Qwen 的 PPO 中，策略学习率是 1e-6，价值模型是 5e-6，每个问题同时采样两个回答。',
      downside: 'PPO 要同时在内存里放四个模型，每步还要采样很多回答，对大模型来说又慢又贵。',
    },
    prose:
      'SFT 之后，Qwen 用 PPO，即近端策略优化，做基于人类反馈的强化学习。四个模型参与其中：正在训练的策略模型、价值模型、冻结的参考模型和奖励模型。PPO 把新旧概率之比裁剪到 1 ± 0.2 的范围内，以限制每次更新的幅度。',
  },
  compare: {
    with: 'kl',
    en: 'PPO’s clipping limits how far one update moves from the previous policy; the KL penalty limits how far the whole run drifts from the SFT model.',
    zh: 'PPO 的裁剪限制一次更新离上一版策略多远；KL 惩罚限制整个训练离 SFT 模型多远。',
  },
};
