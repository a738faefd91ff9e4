/**
 * Corpus topic `kl` (the KL penalty) of the alignment group (../alignment.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./kl.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './kl.questions.json';

export const kl: Topic = {
  id: 'kl',
  en: {
    names: [
      'the KL penalty',
      'KL penalty',
      'the KL term',
      'the KL coefficient',
      'kl divergence penalty',
    ],
    answer:
      'The KL penalty subtracts 0.04 times the KL divergence from the reference model from each reward, so the policy cannot drift far from the SFT model to game the reward model.',
    key: '0.04 times the KL',
    questions: QUESTIONS.en,
    heldout: [
      'why subtract kl from the reward',
      'what happens if the kl coefficent is zero',
      'how does qwen stop ppo from gaming the reward',
      'kl penalty vs no kl penalty what changes',
    ],
    followUps: {
      why: 'Without the KL penalty the policy would chase whatever the reward model over-scores and forget how to write fluent, normal text.',
      example:
        'With the KL penalty at 0.04, a reply scored 2.0 by the reward model whose KL from the reference is 5 earns 2.0 − 0.2 = 1.8.',
      simpler:
        'Think of the KL penalty as a leash: the policy may explore for reward, but the further it walks from the SFT model, the harder the pull back.',
      more: 'The report finds the KL penalty strong enough to limit the alignment tax on benchmarks such as common sense and reading comprehension.',
      downside:
        'Set too high, the KL penalty also holds back good changes, and PPO barely improves on the SFT model.',
    },
    prose:
      'A policy trained only to maximize reward can find strange answers that fool the reward model. To prevent this, each reward is reduced by a penalty proportional to the KL divergence between the policy and the frozen reference model, which is the SFT model. Qwen sets the coefficient to 0.04; it decides how far the policy may drift.',
  },
  zh: {
    names: ['KL 惩罚', 'KL 惩罚项', 'KL 项', 'KL 系数', 'kl penalty'],
    answer:
      'KL 惩罚从每个奖励中减去与参考模型之间 KL 散度的 0.04 倍，使策略不能远离 SFT 模型去钻奖励模型的空子。',
    key: '0.04 倍',
    questions: QUESTIONS.zh,
    heldout: [
      '为啥要从奖励里减掉 kl',
      'kl 系数设成 0 会怎样',
      '新手求问：KL 惩罚图个啥',
      'qwen 怎么防止 ppo 钻奖励模型的空子',
    ],
    followUps: {
      why: '没有 KL 惩罚，策略会追逐奖励模型给分过高的回答，还会忘掉怎样写通顺正常的文字。',
      example:
        'KL 惩罚系数为 0.04 时，奖励模型打 2.0 分、与参考模型 KL 为 5 的回答，最终得 2.0 − 0.2 = 1.8。',
      simpler: 'KL 惩罚像一根牵引绳：策略可以去找奖励，但离 SFT 模型越远，被拉回来的力就越大。',
      more: '报告发现，KL 惩罚足以抑制常识和阅读理解等基准上的对齐税。',
      downside: 'KL 惩罚也会挡住好的改变：系数太大时，PPO 几乎无法超过 SFT 模型。',
    },
    prose:
      '只追求奖励最大的策略可能找到骗过奖励模型的奇怪回答。为防止这种情况，每个奖励都要减去一个惩罚，它和策略与冻结参考模型（也就是 SFT 模型）之间的 KL 散度成正比。Qwen 把系数设为 0.04，它决定策略能偏离多远。',
  },
  compare: {
    with: 'reference-model',
    en: 'Compared with the reference model, the frozen SFT copy the policy is measured against, the KL penalty is the price the policy pays for moving away from it.',
    zh: '参考模型是拿来比较的冻结 SFT 副本；KL 惩罚是策略离开它要付出的代价。',
  },
};
