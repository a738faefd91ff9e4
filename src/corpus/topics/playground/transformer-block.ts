/**
 * Corpus topic `transformer-block` (the decoder block) of the playground group (../playground.ts):
 * its names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./transformer-block.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './transformer-block.questions.json';

export const transformerBlock: Topic = {
  id: 'transformer-block',
  en: {
    names: [
      'the decoder block',
      'decoder block',
      'a Qwen decoder layer',
      'the transformer block',
      'transformer layer',
    ],
    answer:
      'A Qwen decoder block does RMSNorm, attention and an add to the residual, then RMSNorm, the SwiGLU MLP and another add; it is stacked N times, followed by a final RMSNorm and the output head.',
    key: 'stacked N times',
    questions: QUESTIONS.en,
    heldout: [
      'whats in one layer of qwen',
      'transformer block step by step pls',
      'does the norm come before or after attention in a block',
      'what happens to a token inside one decoder layer',
    ],
    followUps: {
      why: 'One block only mixes information a little, so the decoder block is repeated; stacking many lets the model build complex features step by step.',
      example:
        'Qwen-7B stacks the decoder block 32 times at width 4096; Qwen-1.8B uses 24 blocks and Qwen-14B uses 40.',
      simpler:
        'Think of the decoder block as one station on an assembly line: it reads the product, adds a small improvement and passes it on.',
      more: 'In the decoder block the residual stream itself is never normalized; each sub-block reads a normalized copy and adds its output back.',
      downside:
        'Each copy of the decoder block must wait for the one before it, so depth adds latency: every new token passes through all N blocks in order.',
    },
    prose:
      'Every Qwen layer is the same decoder block. It normalizes the residual stream with RMSNorm, runs causal self-attention with RoPE and adds the result back; then it normalizes again, runs the SwiGLU MLP and adds that back too. The block is stacked N times, 32 in Qwen-7B, and a final RMSNorm and the output head turn the last vector into next-token logits.',
  },
  zh: {
    names: ['解码器块', '解码器层', 'Transformer 块', 'transformer block', 'Qwen 的一层'],
    answer:
      'Qwen 的解码器块先做 RMSNorm、注意力、加回残差，再做 RMSNorm、SwiGLU MLP、再加回；它堆叠 N 层，最后接一个 RMSNorm 和输出头。',
    key: '堆叠 N 层',
    questions: QUESTIONS.zh,
    heldout: [
      'qwen 一层里都有啥',
      '一步步讲讲 transformer block',
      '块里的 norm 在注意力前面还是后面',
      '一个词元进了一层解码器会经历什么',
    ],
    followUps: {
      why: '解码器块要重复，是因为一个块只能稍微混合一点信息；堆叠很多块，模型才能一步步搭出复杂特征。',
      example: 'Qwen-7B 把解码器块堆叠 32 次，宽度 4096；Qwen-1.8B 用 24 个块，Qwen-14B 用 40 个。',
      simpler: '解码器块像流水线上的一个工位：读进产品，加一点改进，再传给下一个工位。',
      more: '在解码器块里，残差流本身从不被归一化；每个子块读取归一化后的副本，再把输出加回去。',
      downside:
        '解码器块只能一个接一个地运行，所以层数越多延迟越大：每个新词元都要按顺序穿过全部 N 个块。',
    },
    prose:
      'Qwen 的每一层都是同样的解码器块。它先用 RMSNorm 归一化残差流，做带 RoPE 的因果自注意力，再把结果加回；然后再次归一化，经过 SwiGLU MLP，也把结果加回。这个块堆叠 N 层，Qwen-7B 是 32 层，最后由一个 RMSNorm 和输出头把最后的向量变成下一个词元的 logits。',
  },
  compare: {
    with: 'causal-mask',
    en: 'Inside the attention of the decoder block sits the causal mask, so in all N blocks a token only mixes in itself and earlier tokens.',
    zh: '因果掩码位于每个解码器块的注意力里，所以在全部 N 个块中，词元都只混合自己和之前的词元。',
  },
};
