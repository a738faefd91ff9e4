/**
 * Corpus topic `lab-model` (the model lab) of the playground group (../playground.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./lab-model.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './lab-model.questions.json';

export const labModel: Topic = {
  id: 'lab-model',
  en: {
    names: [
      'the model lab',
      'model lab',
      'the model page',
      'the architecture lab',
      'model explorer',
    ],
    answer:
      'The model lab shows the tiny model’s architecture with the parameter count of every part beside Qwen-1.8B, 7B and 14B, its next-token guesses for your prompt, and how it was trained.',
    key: 'parameter count of every part',
    questions: QUESTIONS.en,
    heldout: [
      'whats on the model page',
      'where do i see how big qwen-14b is compared to the tiny one',
      'can i see what the model predicts next for my own text',
      'architecture lab what is there to click',
    ],
    followUps: {
      why: 'The report’s Table 1 becomes concrete in the model lab: you click a block and see which tensors hold the parameters, instead of just reading totals.',
      example:
        'In the model lab, click the output head of Qwen-7B: untied from the embedding, it is a 151,936 × 4,096 matrix, 622 M parameters on its own.',
      simpler:
        'Think of the model lab as an exploded drawing of the model: every part laid out with a label saying how big it is.',
      more: 'There is also a temperature slider in the model lab: below 1 it sharpens the next-token distribution, above 1 it flattens it.',
      downside:
        'Predictions in the model lab come from a tiny model trained on a small tutor corpus, so its guesses for ordinary text are often poor.',
    },
    prose:
      'The model lab draws a Qwen model as a stack of decoder layers between the embedding and the output head. Clicking a block lists its tensors and parameter counts, for the tiny model that runs in the tab and for Qwen-1.8B, 7B and 14B from the report. Visitors can type a prompt and see the tiny model’s ten most likely next tokens, and a chart shows how it was trained: pretraining first, then SFT.',
  },
  zh: {
    names: ['模型实验室', '模型实验', '模型页面', '架构实验室', 'model lab'],
    answer:
      '模型实验室展示小模型的架构和每个部分的参数量，并与 Qwen-1.8B、7B、14B 对比，还显示它对你的提示的下一个词元预测，以及它是怎样训练的。',
    key: '每个部分的参数量',
    questions: QUESTIONS.zh,
    heldout: [
      '模型页面上有啥',
      '在哪看 qwen-14b 和小模型差多大',
      '能看模型对我自己的文字下一步预测什么吗',
      'model lab 是干嘛的',
    ],
    followUps: {
      why: '模型实验室把报告的表 1 变得具体：点一个模块就能看到参数在哪些张量里，而不只是读总数。',
      example:
        '在模型实验室点 Qwen-7B 的输出头：它不和嵌入共享，是 151,936 × 4,096 的矩阵，单独就有 6.22 亿参数。',
      simpler: '模型实验室像一张模型的分解图：每个零件都摆出来，标着它有多大。',
      more: '模型实验室还有温度滑块：小于 1 让下一个词元的分布更尖，大于 1 让它更平。',
      downside: '模型实验室用一个小型助教语料训练的小模型做预测，所以它对普通文本的猜测常常不准。',
    },
    prose:
      '模型实验室把 Qwen 模型画成嵌入和输出头之间的一摞解码器层。点击一个模块会列出它的张量和参数量，既有在标签页里运行的小模型，也有报告里的 Qwen-1.8B、7B 和 14B。访客可以输入提示，看小模型最可能的十个下一个词元；还有一张图展示它的训练过程：先预训练，再 SFT。',
  },
  compare: {
    with: 'transformer-block',
    en: 'While the decoder block is one repeated unit of the model, the model lab shows the whole stack of them between the embedding and the output head, with every parameter counted.',
    zh: '解码器块是模型里重复的一个单元；模型实验室展示嵌入和输出头之间整摞的解码器块，并数清每个参数。',
  },
};
