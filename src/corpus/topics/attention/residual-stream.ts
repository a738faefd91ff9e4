/**
 * Corpus topic `residual-stream` (the residual stream) of the attention group (../attention.ts):
 * its names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./residual-stream.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './residual-stream.questions.json';
import { TINY_FACTS as F } from '../../tinyFacts.ts';

export const residualStream: Topic = {
  id: 'residual-stream',
  en: {
    names: [
      'the residual stream',
      'residual stream',
      'residual connection',
      'skip connection',
      'residuals',
    ],
    answer:
      'The residual stream is the running sum through the model: each block adds its output, x = x + block(norm(x)), so information flows from layer to layer.',
    key: 'each block adds its output',
    questions: QUESTIONS.en,
    heldout: [
      'whats the residual stream in a transformer',
      'why add the block output to x',
      'explain skip connections like im five',
      'how does info get from layer 1 to layer 4',
    ],
    followUps: {
      why: 'Adding instead of replacing means the residual stream always keeps a direct path, so gradients flow straight back and each block only has to learn a correction.',
      example: `In the tiny model the residual stream is ${F.hidden} numbers per token, updated ${F.updates} times: by attention and by SwiGLU in each of the ${F.layers} layers.`,
      simpler:
        'Think of the residual stream as a shared notebook passed down the layers: each layer reads it and adds a few notes, never erasing.',
      more: 'Before the first layer, the residual stream is just the token embedding; after a final RMSNorm, the output projection reads it to predict the next token.',
      downside: `Because the residual stream has a fixed width, ${F.hidden} in the tiny model, every layer must share that limited space for everything it passes on.`,
    },
    prose:
      'Every block of the model adds its output to the residual stream: x = x + block(norm(x)). The stream starts as the token embedding and runs through all layers, carrying information forward. Attention and the feed-forward layer each read a normalized copy and write back a correction. A final norm and the output layer read the end of the stream.',
  },
  zh: {
    names: ['残差流', 'residual stream', '残差连接', '跳跃连接', '残差'],
    answer:
      '残差流是贯穿整个模型的累加和：每个块都把输出加上去，x = x + block(norm(x))，信息就这样一层层传下去。',
    key: '累加和',
    questions: QUESTIONS.zh,
    heldout: [
      'transformer 里的 residual stream 是啥',
      '为啥要把块的输出加到 x 上',
      '用大白话讲讲跳跃连接',
      '信息怎么从第 1 层走到第 4 层',
    ],
    followUps: {
      why: '用加法而不是替换，残差流始终保留一条直通路径，梯度可以直接传回，每个块只需学一个修正量。',
      example: `迷你模型里每个词元的残差流是 ${F.hidden} 个数，要更新 ${F.updates} 次：${F.layers} 层中每层的注意力和 SwiGLU 各一次。`,
      simpler: '残差流像一本在各层之间传递的共享笔记本：每层读一读，再添几笔，从不擦掉。',
      more: '残差流从词元嵌入开始，经过最后一个 RMSNorm 后，由输出投影读取并预测下一个词元。',
      downside: `残差流的宽度是固定的，迷你模型里是 ${F.hidden}，所有层要传下去的信息都得挤在这块有限的空间里。`,
    },
    prose:
      '模型的每个块都把输出加到残差流上：x = x + block(norm(x))。残差流从词元嵌入开始，贯穿所有层，把信息往后传。注意力和前馈层各自读取一份归一化后的副本，再写回一个修正量。最后的归一化和输出层读取残差流的末端。',
  },
  compare: {
    with: 'embedding',
    en: 'The token embedding gives the first value of the residual stream; every block then adds to it, and the lm_head reads its final value.',
    zh: '词元嵌入给出残差流的初始值；之后每个块往上加，最后由 lm_head 读取。',
  },
};
