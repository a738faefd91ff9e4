/**
 * Corpus topic `rope` (RoPE) of the architecture group (../architecture.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./rope.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './rope.questions.json';

export const rope: Topic = {
  id: 'rope',
  en: {
    names: [
      'RoPE',
      'rotary position embedding',
      'rotary embeddings',
      'rope',
      'rotary positional encoding',
    ],
    answer:
      'RoPE, rotary position embedding, rotates each pair of query and key dimensions by an angle proportional to the position, so attention scores depend on relative distance.',
    key: 'rotary position embedding',
    questions: QUESTIONS.en,
    heldout: [
      'whats rope in qwen',
      'explain rotary embeddings like im five',
      'what is rotery position embedding',
      'how do positions get into q and k in qwen',
    ],
    followUps: {
      why: 'RoPE rotates instead of adding a position vector because a rotation keeps the vector length and makes the query–key dot product depend only on the distance between tokens.',
      example:
        'In RoPE the fastest pair turns 1 radian per token: a query at position 7 and a key at position 3 differ by 4 radians, exactly like positions 107 and 103.',
      simpler:
        'Think of RoPE as clock hands: each token turns its hands by its position, and attention only looks at how far apart two clocks are.',
      more: 'RoPE is applied to queries and keys only, not to values, and in every layer; each pair of dimensions uses its own frequency.',
      downside:
        'RoPE only knows the angles it saw in training, so beyond 2048 positions its slow dimensions reach new angles and quality drops without tricks like NTK scaling.',
    },
    prose:
      'Qwen encodes positions with RoPE, the rotary position embedding. Each pair of dimensions of a query or key is rotated by an angle equal to the position times a frequency. The dot product of a rotated query and key then depends only on their relative distance. Qwen computes the inverse frequencies in FP32 for accuracy.',
  },
  zh: {
    names: ['RoPE', '旋转位置编码', '旋转编码', 'rope', '旋转位置嵌入'],
    answer:
      'RoPE 即旋转位置编码，它把查询和键的每一对维度按与位置成正比的角度旋转，使注意力分数只取决于相对距离。',
    key: '旋转位置编码',
    questions: QUESTIONS.zh,
    heldout: ['rope 是干嘛的', '旋转位置编码到底在转什么', '用大白话讲讲 RoPE', '旋专位置编码是啥'],
    followUps: {
      why: 'RoPE 用旋转而不是加一个位置向量，因为旋转不改变向量长度，还能让查询和键的点积只取决于两者的距离。',
      example:
        'RoPE 里最快的一对维度每个位置转 1 弧度：位置 7 的查询和位置 3 的键相差 4 弧度，和位置 107、103 完全一样。',
      simpler: '可以把 RoPE 想成钟表指针：每个词元按自己的位置拨动指针，注意力只看两个钟相差多少。',
      more: 'RoPE 只作用在查询和键上，不作用在值上，而且每一层都要做；每对维度有自己的频率。',
      downside:
        'RoPE 只熟悉训练时见过的角度，超过 2048 个位置后慢速维度会出现新角度，不加 NTK 等技巧效果就会变差。',
    },
    prose:
      'Qwen 用 RoPE，即旋转位置编码，来表示位置。查询和键的每一对维度都按“位置乘以频率”的角度旋转，旋转后的查询与键的点积只取决于两者的相对距离。Qwen 用 FP32 计算逆频率，以保证精度。',
  },
  compare: {
    with: 'rope-base',
    en: 'RoPE is the rotation itself; the RoPE base, 10000 in Qwen, sets how fast each dimension pair rotates.',
    zh: 'RoPE 是旋转这个方法本身；RoPE 的基数（Qwen 里是 10000）决定每对维度转得多快。',
  },
};
