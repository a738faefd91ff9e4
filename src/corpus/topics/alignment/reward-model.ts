/**
 * Corpus topic `reward-model` (the reward model) of the alignment group (../alignment.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./reward-model.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './reward-model.questions.json';

export const rewardModel: Topic = {
  id: 'reward-model',
  en: {
    names: ['the reward model', 'reward model', 'RM', 'reward models', 'the preference model'],
    answer:
      'A reward model reads a prompt and a response and outputs one scalar score, pooled at the end token; it is trained on human comparisons so preferred answers score higher.',
    key: 'scalar score',
    questions: QUESTIONS.en,
    heldout: [
      'what does an rm actually output',
      'how does the reward model give a number to an answer',
      'who decides which answer is better for the reward model',
      'is the reward model a seperate network from the chat model',
    ],
    followUps: {
      why: 'PPO needs a score for every sampled reply, and people cannot rate millions of them, so the reward model learns to imitate their judgments.',
      example:
        'Asked “What is RoPE?”, the reward model might give a clear, correct answer 1.8 and an off-topic one −0.9; only the difference matters.',
      simpler:
        'Picture the reward model as a judge who has watched people pick their favourite answers and now hands out points on its own.',
      more: 'Qwen builds the reward model from a pretrained Qwen of the same size, adding a pooling layer that reads the hidden state at a special end token.',
      downside:
        'Since the reward model only imitates human taste, PPO can find replies it over-scores, such as long or flattering ones.',
    },
    prose:
      'A reward model judges answers. It reads a prompt and a response and produces one scalar score from the hidden state at the end token. Qwen starts it from a pretrained language model, first pretrains it on large comparison data, then fine-tunes it on carefully labeled human comparisons, so that the preferred response of each pair gets the higher score.',
  },
  zh: {
    names: ['奖励模型', 'RM', 'reward model', '打分模型', 'Qwen 的奖励模型'],
    answer:
      '奖励模型读取提示和回答，在结束词元处输出一个标量分数；它用人类比较数据训练，让更受偏好的回答得分更高。',
    key: '标量分数',
    questions: QUESTIONS.zh,
    heldout: [
      'rm 最后输出的是个啥',
      '奖励模型怎么给一个回答打分',
      '谁来决定哪个回答更好',
      '通俗点讲讲 reward model',
    ],
    followUps: {
      why: 'PPO 要给每个采样的回答打分，人不可能评几百万条，所以奖励模型学着模仿人的判断。',
      example:
        '问“什么是 RoPE？”时，奖励模型可能给清楚正确的回答 1.8 分，给跑题的回答 −0.9 分；只有差值有意义。',
      simpler: '奖励模型像一位看过很多人挑选答案的裁判，现在能自己给回答打分。',
      more: 'Qwen 用同样大小的预训练 Qwen 搭建奖励模型，再加一个池化层，读取特殊结束词元处的隐藏状态。',
      downside:
        '奖励模型只是对人类口味的模仿，PPO 可能找到它给分过高的回答，比如又长又奉承的回答。',
    },
    prose:
      '奖励模型负责评判回答。它读取提示和回答，从结束词元处的隐藏状态得到一个标量分数。Qwen 从预训练语言模型出发，先在大量比较数据上预训练它，再用精心标注的人类比较数据微调，让每对回答中更受偏好的一个得分更高。',
  },
  compare: {
    with: 'bradley-terry',
    en: 'Think of the reward model as the network that scores a reply; the Bradley–Terry loss is how it is trained, pushing the chosen reply’s score above the rejected one’s.',
    zh: '奖励模型是给回答打分的网络；Bradley–Terry 损失是训练它的方法，让被选回答的分数高于被拒回答。',
  },
};
