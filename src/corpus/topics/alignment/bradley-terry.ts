/**
 * Corpus topic `bradley-terry` (the Bradley–Terry loss) of the alignment group (../alignment.ts):
 * its names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./bradley-terry.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './bradley-terry.questions.json';

export const bradleyTerry: Topic = {
  id: 'bradley-terry',
  en: {
    names: [
      'the Bradley–Terry loss',
      'Bradley–Terry',
      'bradley terry',
      'the pairwise ranking loss',
      'the preference loss',
    ],
    answer:
      'The Bradley–Terry loss −log σ(r_chosen − r_rejected) trains the reward model on preference pairs; Qwen first runs preference model pretraining (PMP) on large comparison data, then fine-tunes on human preferences.',
    key: 'preference model pretraining',
    questions: QUESTIONS.en,
    heldout: [
      'bradley terry loss formula pls',
      'what does sigma of chosen minus rejected mean',
      'what is pmp good for before the real preference data',
      'how do you train a rm from pairs of answers',
    ],
    followUps: {
      why: 'Comparisons are much easier for people to give than absolute scores, and the Bradley–Terry loss needs only which reply they preferred.',
      example:
        'With the Bradley–Terry loss, rewards 2.0 and 0.0 give −log σ(2) ≈ 0.13; equal rewards give log 2 ≈ 0.69, a coin flip.',
      simpler:
        'Think of the Bradley–Terry loss as a tennis ranking: each match only says who won, and the scores shift until winners sit above losers.',
      more: 'With the Bradley–Terry loss, PMP alone reaches 62.68% accuracy on Qwen’s Helpful-base test; fine-tuning on human preferences lifts it to 74.78%.',
      downside:
        'Because the Bradley–Terry loss only fixes differences, reward values have no absolute meaning, and it assumes all labelers share one taste.',
    },
    prose:
      'The reward model learns from pairs: one reply people chose and one they rejected. The Bradley–Terry loss, −log σ(r_chosen − r_rejected), is small when the chosen reply scores clearly higher. Qwen trains in two stages: preference model pretraining, PMP, on a large amount of comparison data, then fine-tuning on high-quality human preference labels.',
  },
  zh: {
    names: ['Bradley–Terry 损失', 'Bradley–Terry', 'bradley terry', '成对排序损失', '偏好损失'],
    answer:
      'Bradley–Terry 损失 −log σ(r_chosen − r_rejected) 用偏好对训练奖励模型；Qwen 先在大量比较数据上做偏好模型预训练（PMP），再用人类偏好微调。',
    key: '偏好模型预训练',
    questions: QUESTIONS.zh,
    heldout: [
      'bradley terry 的公式是啥',
      'σ(chosen − rejected) 是什么意思',
      'pmp 这一步在干嘛',
      '怎么用两两比较的回答训练 rm',
    ],
    followUps: {
      why: 'Bradley–Terry 损失只需要知道人更喜欢哪个回答，不需要绝对分数，而比较对人来说容易得多。',
      example:
        'Bradley–Terry 损失下，奖励 2.0 对 0.0 时损失是 −log σ(2) ≈ 0.13；两者相等时是 log 2 ≈ 0.69。',
      simpler: 'Bradley–Terry 损失像网球排名：每场只记谁赢，分数慢慢调整到赢家高于输家。',
      more: '用 Bradley–Terry 损失，只做 PMP 时在 Qwen Helpful-base 上准确率为 62.68%，人类偏好微调后升到 74.78%。',
      downside:
        'Bradley–Terry 损失只确定分数之差，奖励值本身没有绝对含义，还假设所有标注员口味一致。',
    },
    prose:
      '奖励模型从成对数据里学习：一个是人们选中的回答，一个是被拒绝的回答。Bradley–Terry 损失 −log σ(r_chosen − r_rejected) 在被选回答得分明显更高时很小。Qwen 分两阶段训练：先在大量比较数据上做偏好模型预训练（PMP），再用高质量的人类偏好标注微调。',
  },
  compare: {
    with: 'sft-mask',
    en: 'Unlike the SFT loss mask, which picks the tokens of written answers that carry next-token loss, the Bradley–Terry loss compares two whole replies and asks that the chosen one score higher.',
    zh: 'SFT 损失屏蔽作用于写好答案上的下一个词元损失；Bradley–Terry 损失比较两个完整回答，只要求被选的那个分数更高。',
  },
};
