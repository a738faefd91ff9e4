/**
 * Corpus topic `flash-attention` (Flash attention) of the architecture group (../architecture.ts):
 * its names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./flash-attention.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './flash-attention.questions.json';

export const flashAttention: Topic = {
  id: 'flash-attention',
  en: {
    names: [
      'Flash attention',
      'FlashAttention',
      'flash attn',
      'tiled attention',
      'flash-attention',
    ],
    answer:
      'Flash attention computes attention in tiles with an online softmax, so the full attention matrix is never stored; it saves memory and time, and Qwen used it in training.',
    key: 'online softmax',
    questions: QUESTIONS.en,
    heldout: [
      'why is flash attention faster',
      'does flashattention give the same numbers as normal attention',
      'how does flash attn avoid storing the big matrix',
      'whats the point of flash attention in qwen training',
    ],
    followUps: {
      why: 'Flash attention exists because moving the n×n score matrix through GPU memory is slower than the arithmetic; keeping small tiles in fast on-chip memory avoids that traffic.',
      example:
        'At 2048 tokens one head has 2048 × 2048 ≈ 4.2 million scores; Flash attention never stores them, only small tiles plus a running max and sum per row.',
      simpler:
        'Flash attention reads a long book page by page and keeps a running summary, instead of copying the whole book onto one huge sheet.',
      more: 'When a new tile brings a larger maximum, Flash attention rescales the running sum and output by exp(old max − new max), so the final result is exact.',
      downside:
        'Flash attention still does O(n²) work: it saves memory and time but not arithmetic, and it needs special GPU kernels.',
    },
    prose:
      'Flash attention is an exact way to compute attention in tiles. It keeps a running maximum and a running sum, an online softmax, so the full attention matrix never has to be stored in memory. The result is the same as ordinary attention, but faster and lighter. Qwen used Flash attention during pretraining.',
  },
  zh: {
    names: ['Flash 注意力', 'FlashAttention', 'flash attn', '分块注意力', '闪电注意力'],
    answer:
      'Flash 注意力把注意力分块计算，并使用在线 softmax，所以不必存下完整的注意力矩阵；它省内存也更快，Qwen 训练时用了它。',
    key: '在线 softmax',
    questions: QUESTIONS.zh,
    heldout: [
      'flash attention 为啥更快',
      'flashattention 算出来和普通注意力一样吗',
      '分块注意力怎么做到不存大矩阵的',
      'qwen 训练用 flash attn 图啥',
    ],
    followUps: {
      why: 'Flash 注意力的出发点是：在显存里搬运 n×n 的分数矩阵比计算还慢，把小块留在片上快速内存里就省掉了搬运。',
      example:
        '2048 个词元时一个头有约 420 万个分数；Flash 注意力从不存下它们，每行只留小块和滚动的最大值与和。',
      simpler: 'Flash 注意力像一页一页地读一本厚书并随手记摘要，而不是把整本书抄到一张巨大的纸上。',
      more: '新的小块带来更大的最大值时，Flash 注意力用 exp(旧最大值 − 新最大值) 重新缩放已有的和与输出，所以结果是精确的。',
      downside:
        'Flash 注意力的计算量仍是 O(n²)：它省的是内存和时间，不省算术，而且需要专门的 GPU 内核。',
    },
    prose:
      'Flash 注意力是一种分块计算注意力的精确方法。它维护一个滚动的最大值和滚动的和，也就是在线 softmax，因此不用在内存中保存完整的注意力矩阵。结果和普通注意力相同，但更快更省。Qwen 预训练时使用了 Flash 注意力。',
  },
  compare: {
    with: 'attention',
    en: 'Flash attention computes exactly what self-attention defines, scores, softmax and a weighted sum, but in tiles to save memory.',
    zh: '自注意力规定了数学：打分、softmax、加权求和；Flash 注意力分块算出完全相同的结果，以节省内存。',
  },
};
