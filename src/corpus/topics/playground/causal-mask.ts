/**
 * Corpus topic `causal-mask` (the causal mask) of the playground group (../playground.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./causal-mask.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './causal-mask.questions.json';

export const causalMask: Topic = {
  id: 'causal-mask',
  en: {
    names: [
      'the causal mask',
      'causal mask',
      'causal attention',
      'the attention mask',
      'masking future tokens',
    ],
    answer:
      'The causal mask lets each token attend only to itself and earlier tokens: scores for future positions are set to −∞ before the softmax, so their weights become zero.',
    key: 'itself and earlier tokens',
    questions: QUESTIONS.en,
    heldout: [
      'why cant the model look ahead',
      'what does masking with minus infinity do',
      'can token 3 see token 5',
      'how does a decoder stop peeking at the next word',
    ],
    followUps: {
      why: 'Training stays honest thanks to the causal mask: the model predicts each next token, so it must not see that token or anything after it.',
      example:
        'With the causal mask, in “the cat sat” the token “cat” attends to “the” and itself, while “sat” attends to all three.',
      simpler:
        'Reading with the causal mask is like reading a book with a card covering everything below the current line.',
      more: 'It is the causal mask that makes the KV cache possible: earlier tokens never look ahead, so their keys and values never change.',
      downside:
        'With the causal mask an early token can never use later context, so each word is read without knowing what comes after it.',
    },
    prose:
      'Qwen is a decoder-only model, so its attention is causal. Before the softmax, the score of every query with a later key is set to minus infinity, and e to the minus infinity is zero. Each token therefore mixes information only from itself and the tokens before it, which is exactly what predicting the next token requires.',
  },
  zh: {
    names: ['因果掩码', 'causal mask', '因果注意力', '注意力掩码', '屏蔽未来词元'],
    answer:
      '因果掩码让每个词元只能关注自己和之前的词元：未来位置的分数在 softmax 之前被设为 −∞，所以权重变成零。',
    key: '自己和之前的词元',
    questions: QUESTIONS.zh,
    heldout: [
      '模型为啥不能往后看',
      '用负无穷做 mask 有啥用',
      '第 3 个词元能看到第 5 个吗',
      '因果掩码能打个比方吗',
    ],
    followUps: {
      why: '因果掩码让训练不作弊：模型要预测下一个词元，就不能看到它和它之后的内容。',
      example: '有了因果掩码，在“我 爱 你”里，“爱”只能关注“我”和自己，“你”能关注全部三个。',
      simpler: '因果掩码就像读书时用卡片盖住当前这一行以下的所有内容。',
      more: '因果掩码让 KV 缓存成为可能：前面的词元从不往后看，所以它们的键和值永远不变。',
      downside: '因果掩码意味着前面的词元永远用不上后文，一个词被读到时并不知道后面是什么。',
    },
    prose:
      'Qwen 是只有解码器的模型，所以它的注意力是因果的。在 softmax 之前，每个查询与后面键的分数都被设为负无穷，而 e 的负无穷次方是零。因此每个词元只混合自己和前面词元的信息，这正是预测下一个词元所需要的。',
  },
  compare: {
    with: 'window',
    en: 'Both hide keys: the causal mask hides the future, and window attention also hides the distant past, so a token sees only the last few tokens up to itself.',
    zh: '因果掩码挡住未来；窗口注意力还挡住较远的过去，让词元只能看到包括自己在内的最近一段词元。',
  },
};
