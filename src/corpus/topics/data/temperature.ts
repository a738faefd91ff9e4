/**
 * Corpus topic `temperature` (temperature) of the data group (../data.ts): its names, short answer
 * and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its
 * written training questions are in ./temperature.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './temperature.questions.json';

export const temperature: Topic = {
  id: 'temperature',
  en: {
    names: [
      'temperature',
      'sampling temperature',
      'temp',
      'temperature scaling',
      'greedy decoding',
    ],
    answer:
      'Temperature divides the logits before softmax: below 1 sharpens the distribution, above 1 flattens it for more random text, and temperature 0 means greedy, always the top token.',
    key: 'divides the logits',
    questions: QUESTIONS.en,
    heldout: [
      'what does turning up the temperature do',
      'temp 0 vs temp 1 difference',
      'why is my output weird at high temprature',
      'explain temperature like im five',
    ],
    followUps: {
      why: 'A low or high temperature lets you trade accuracy for variety: low values for facts and code, higher values for brainstorming or stories.',
      example:
        'Temperature example: logits 2 and 1 give probabilities of about 0.73 and 0.27; at temperature 0.5 they become 4 and 2, about 0.88 and 0.12.',
      simpler:
        'Think of temperature as a boldness knob: turn it down and the model picks safe words, turn it up and it takes more chances.',
      more: 'Temperature never changes the order of the tokens, only the gaps between their probabilities; at temperature 0 code skips the division and takes the argmax.',
      downside:
        'No single temperature is perfect: too low gives repetitive loops, too high gives nonsense, and it cannot fix a token the model ranks wrongly.',
    },
    prose:
      'Before sampling, the logits from the LM head can be divided by a temperature. A temperature below 1 makes the softmax sharper, so likely tokens win more often; above 1 makes it flatter and the text more random. At temperature 0 the model is greedy and always picks the most likely token.',
  },
  zh: {
    names: ['温度', '采样温度', 'temperature', 'temp', '贪心解码'],
    answer:
      '温度是在 softmax 之前把 logits 除以一个数：小于 1 让分布更尖，大于 1 让分布更平、输出更随机；温度为 0 就是贪心，总选最高的词元。',
    key: '把 logits 除以',
    questions: QUESTIONS.zh,
    heldout: [
      '把温度调高会怎样',
      '温度 0 和温度 1 有啥区别',
      '温度高了为啥输出很怪',
      'temperature 是干嘛的',
    ],
    followUps: {
      why: '温度让你在准确和多样之间取舍：查事实、写代码用低温度，头脑风暴、写故事用高一点的温度。',
      example:
        '温度举例：logits 为 2 和 1 时，概率约为 0.73 和 0.27；温度 0.5 时变成 4 和 2，概率约为 0.88 和 0.12。',
      simpler: '温度就像胆量旋钮：调低，模型挑稳妥的词；调高，它更敢冒险。',
      more: '温度不会改变词元的排序，只改变概率之间的差距；温度为 0 时，程序通常不做除法，直接取最大值。',
      downside:
        '温度没有完美的值：太低容易重复打转，太高会胡言乱语，而且它改不了模型本身排错的词元。',
    },
    prose:
      '采样之前，可以把 LM head 给出的 logits 除以一个温度。温度小于 1，softmax 更尖，高概率词元更常被选中；温度大于 1，分布更平，文字更随机。温度为 0 时模型做贪心选择，总是选最可能的词元。',
  },
  compare: {
    with: 'top-k-top-p',
    en: 'Temperature reshapes the whole distribution; top-k and top-p then cut off its unlikely tail before a token is drawn.',
    zh: '温度改变整个分布的形状；top-k 和 top-p 则在抽取词元之前砍掉低概率的尾巴。',
  },
};
