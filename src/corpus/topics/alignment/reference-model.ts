/**
 * Corpus topic `reference-model` (the reference model) of the alignment group (../alignment.ts):
 * its names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./reference-model.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './reference-model.questions.json';

export const referenceModel: Topic = {
  id: 'reference-model',
  en: {
    names: [
      'the reference model',
      'reference model',
      'the reference policy',
      'ref model',
      'the frozen SFT model',
    ],
    answer:
      'The reference model is a frozen copy of the SFT policy; PPO measures how far the policy moves from it, and the KL penalty keeps the two close.',
    key: 'frozen copy',
    questions: QUESTIONS.en,
    heldout: [
      'does the ref model ever change',
      'what is the reference model a copy of',
      'why does ppo keep an old version of the model around',
      'refernce model vs policy whats the difference',
    ],
    followUps: {
      why: 'PPO keeps the reference model because it remembers what sensible text looked like before PPO: a fixed anchor that the reward cannot move.',
      example:
        'If the reference model gives a token probability 0.30 and the policy now gives 0.60, that token adds log(0.60 / 0.30) ≈ 0.69 to the KL estimate.',
      simpler:
        'Think of the reference model as a photo taken before practice began, kept to check how much the model has changed.',
      more: 'Since the reference model only runs forward passes, never backward ones, it needs no gradients or optimizer state.',
      downside:
        'Keeping the reference model costs a full extra copy of the model in memory, and it pulls the policy toward SFT habits even where they are wrong.',
    },
    prose:
      'PPO keeps a reference model: a frozen copy of the policy as it was after supervised fine-tuning. For every sampled reply the log-probabilities of the policy and the reference model are compared, which estimates the KL divergence between them. The KL penalty on the reward then keeps the policy from drifting far from this copy.',
  },
  zh: {
    names: ['参考模型', 'reference model', '参考策略', 'ref 模型', '冻结的 SFT 模型'],
    answer: '参考模型是 SFT 策略的冻结副本；PPO 衡量策略离它有多远，KL 惩罚让两者保持接近。',
    key: '冻结副本',
    questions: QUESTIONS.zh,
    heldout: [
      'ref 模型会不会变',
      '参考模型是谁的副本',
      'reference model 是冻住的吗',
      'ppo 为啥要留一份旧模型',
    ],
    followUps: {
      why: '参考模型记住了 PPO 之前合理文字的样子，给训练一个奖励推不动的固定锚点。',
      example:
        '若参考模型给某词元 0.30 的概率，策略现在给 0.60，这个词元为 KL 估计贡献 log(0.60 / 0.30) ≈ 0.69。',
      simpler: '参考模型像练习开始前拍的一张照片，用来检查模型变了多少。',
      more: '参考模型只做前向计算，从不反向传播，所以不需要梯度和优化器状态。',
      downside:
        '参考模型是内存里多出的一整份模型，而且它会把策略拉回 SFT 的习惯，哪怕那些习惯是错的。',
    },
    prose:
      'PPO 会保留一个参考模型：策略在监督微调之后那一刻的冻结副本。对每个采样的回答，比较策略和参考模型的对数概率，就能估计两者之间的 KL 散度。奖励上的 KL 惩罚再让策略不要离这个副本太远。',
  },
  compare: {
    with: 'value-model',
    en: 'Unlike the value model, which is trained alongside the policy to predict the reward still to come, the reference model is frozen and only anchors the KL penalty.',
    zh: '参考模型是冻结的，只为 KL 惩罚提供锚点；价值模型和策略一起训练，用来预测之后的奖励。',
  },
};
