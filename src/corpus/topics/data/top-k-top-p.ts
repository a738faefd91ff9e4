/**
 * Corpus topic `top-k-top-p` (top-k and top-p) of the data group (../data.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./top-k-top-p.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './top-k-top-p.questions.json';

export const topKTopP: Topic = {
  id: 'top-k-top-p',
  en: {
    names: [
      'top-k and top-p',
      'top-p sampling',
      'top-k sampling',
      'nucleus sampling',
      'top p',
      'top k',
    ],
    answer:
      'Top-k sampling keeps only the k most likely tokens; top-p, or nucleus, sampling keeps the smallest set whose probabilities add up to p; the model then samples from what is left.',
    key: 'smallest set whose',
    questions: QUESTIONS.en,
    heldout: [
      'top k vs top p which is better',
      'whats nucleus samplng',
      'explain top p like im five',
      'what does top_p 0.9 mean',
    ],
    followUps: {
      why: 'With top-k and top-p the sampler never picks from the long tail of very unlikely tokens, each tiny but large together, which is where nonsense comes from.',
      example:
        'A top-k and top-p example: with probabilities 0.5, 0.3, 0.15 and 0.05, top-p 0.8 keeps the first two and top-k 3 keeps the first three, then renormalizes.',
      simpler:
        'With top-k and top-p only the strongest candidates stay in the hat before you draw one, like a shortlist.',
      more: 'Of top-k and top-p, only top-p adapts to confidence: when one token has probability 0.95 it keeps just that one, but on a flat distribution it keeps many.',
      downside:
        'Both top-k and top-p need tuning: a fixed k is too many when the model is sure and too few when unsure, and a low p makes text dull.',
    },
    prose:
      'After the logits are turned into probabilities, a sampler often trims the list. Top-k keeps the k most likely tokens. Top-p, also called nucleus sampling, sorts the tokens and keeps the smallest set whose probabilities add up to at least p. The kept probabilities are renormalized and one token is drawn.',
  },
  zh: {
    names: ['top-k 和 top-p', 'top-p 采样', 'top-k 采样', '核采样', 'top p', 'nucleus sampling'],
    answer:
      'top-k 采样只保留概率最高的 k 个词元；top-p 采样也叫核采样，保留概率加起来达到 p 的最小集合；然后从剩下的词元里抽样。',
    key: '达到 p 的最小集合',
    questions: QUESTIONS.zh,
    heldout: [
      'top-p 采样是啥',
      'top k 和 top p 哪个好',
      'top_p 设成 0.9 是什么意思',
      '核采样是干嘛的',
    ],
    followUps: {
      why: 'top-k 和 top-p 防止采样抽到长尾里那些极不可能的词元：单个很小，加起来却不少，胡话往往就从这里来。',
      example:
        'top-k 和 top-p 举例：概率为 0.5、0.3、0.15、0.05 时，top-p 0.8 保留前两个，top-k 3 保留前三个，再重新归一化。',
      simpler: 'top-k 和 top-p 就像先列候选名单：只有最强的几个留在抽签箱里，再从中抽一个。',
      more: 'top-k 和 top-p 中，只有 top-p 会随把握程度变化：一个词元概率 0.95 时只留它一个，分布很平时就留很多个。',
      downside:
        'top-k 和 top-p 都要调参：固定的 k 在模型很确定时太多、不确定时太少；p 太低又会让文字单调重复。',
    },
    prose:
      '把 logits 变成概率之后，采样器常会先裁剪候选。top-k 保留概率最高的 k 个词元。top-p 也叫核采样，它把词元按概率排序，保留概率加起来至少达到 p 的最小集合。保留下来的概率重新归一化，再从中抽一个词元。',
  },
  compare: {
    with: 'temperature',
    en: 'Temperature changes how peaked the probabilities are; top-k and top-p decide which tokens are allowed at all.',
    zh: '温度改变概率分布有多尖；top-k 和 top-p 决定哪些词元有资格被选中。',
  },
};
