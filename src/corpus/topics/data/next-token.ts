/**
 * Corpus topic `next-token` (next-token prediction) of the data group (../data.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./next-token.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './next-token.questions.json';

export const nextToken: Topic = {
  id: 'next-token',
  en: {
    names: [
      'next-token prediction',
      'language modeling',
      'next token prediction',
      'the training objective',
      'autoregressive generation',
      'causal lm',
    ],
    answer:
      'Qwen is trained with next-token prediction: at every position it predicts the following token, the loss is the cross-entropy of the true token, and text is generated one token at a time.',
    key: 'predicts the following token',
    questions: QUESTIONS.en,
    heldout: [
      'how does a language model actually learn',
      'whats cross entropy loss here',
      'explain next token prediction like im five',
      'why does the model write one token at a time',
    ],
    followUps: {
      why: 'The beauty of next-token prediction is that it needs no labels: every sentence already contains its own answers, so trillions of tokens of raw text become training examples for free.',
      example:
        'An example of next-token prediction: for "The cat sat on the", the model should give "mat" high probability; if it gives 0.25, the loss there is -ln 0.25 ≈ 1.39.',
      simpler:
        'In plain words, next-token prediction is a guessing game: cover the next word, guess it, check, and repeat billions of times.',
      more: 'Training with next-token prediction uses a causal mask so each position sees only earlier tokens, which lets all positions of a sequence train in parallel.',
      downside:
        'Since next-token prediction rewards likely text rather than true text, a model can write fluent mistakes, and generating one token at a time is slow.',
    },
    prose:
      'Qwen is pretrained with the standard autoregressive language-modelling objective. At every position the model gives a probability to each possible next token, and the loss is the cross-entropy, the negative log probability of the token that really came next. To generate, the model picks one token, appends it and predicts again.',
  },
  zh: {
    names: ['下一个词元预测', '语言建模', 'next token prediction', '训练目标', '自回归生成'],
    answer:
      'Qwen 用下一个词元预测来训练：在每个位置预测后面的词元，损失是真实词元的交叉熵；生成时一次输出一个词元。',
    key: '预测后面的词元',
    questions: QUESTIONS.zh,
    heldout: [
      '语言模型到底是怎么学的',
      '这里的交叉熵损失是啥',
      '像跟小孩讲一样讲讲预测下一个词',
      '为啥模型要一个词一个词地写',
    ],
    followUps: {
      why: '下一个词元预测不需要人工标注：每句话本身就带着答案，上万亿个词元的原始文本都能直接当训练样本。',
      example:
        '下一个词元预测举例：对“今天天气很”，模型应给“好”较高概率；若给 0.25，这个位置的损失就是 -ln 0.25 ≈ 1.39。',
      simpler: '下一个词元预测就是猜词游戏：遮住下一个词，猜一猜，对答案，重复几十亿次。',
      more: '下一个词元预测用因果掩码，让每个位置只能看到前面的词元，这样一条序列的所有位置可以并行训练。',
      downside:
        '下一个词元预测奖励的是“像”而不是“对”，模型可能写出流畅的错话；一次生成一个词元，长回答也很慢。',
    },
    prose:
      'Qwen 用标准的自回归语言建模目标做预训练。在每个位置，模型给每个可能的下一个词元一个概率，损失是交叉熵，也就是真正出现的那个词元的负对数概率。生成时，模型选出一个词元，接到后面，再继续预测。',
  },
  compare: {
    with: 'perplexity',
    en: 'Next-token prediction is trained with cross-entropy loss; perplexity is that loss exponentiated, a readable score of how surprised the model is on average.',
    zh: '下一个词元预测用交叉熵损失训练；困惑度就是这个损失取指数，表示模型平均有多“意外”。',
  },
};
