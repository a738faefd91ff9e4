/**
 * Corpus topics about long context and inference (report §2.5): NTK-aware scaling, dynamic NTK
 * with Qwen's α, LogN attention scaling, layer-wise window attention and the KV cache.
 *
 * Deliberately left out: the numbers of the ablation table (the Long-context panel shows them).
 */
import type { Topic } from './types.ts';

export const LONG_CONTEXT_TOPICS: Topic[] = [
  {
    id: 'ntk',
    en: {
      answer:
        'NTK-aware scaling raises the RoPE base to base · α^(d/(d−2)), so low frequencies are stretched for longer inputs while high frequencies stay sharp, without any training.',
      key: 'raises the RoPE base',
      questions: [
        'What is NTK-aware scaling?',
        'How does NTK-aware interpolation work?',
        'How can RoPE handle longer inputs without training?',
        'What is NTK-aware RoPE?',
        'Why change the RoPE base for long context?',
        'How is NTK scaling different from position interpolation?',
      ],
      prose:
        'NTK-aware interpolation extends the context of a RoPE model without training. Instead of squeezing every position, it raises the RoPE base to base times α to the power d/(d−2). The slow, low-frequency dimensions are stretched to cover the longer input, while the fast, high-frequency dimensions keep their resolution for nearby tokens.',
    },
    zh: {
      answer:
        'NTK 感知缩放把 RoPE 基数提高到 base · α^(d/(d−2))，拉长低频维度以适应更长的输入，同时保持高频清晰，而且无需训练。',
      key: '提高到',
      questions: [
        '什么是 NTK 感知缩放？',
        'NTK 感知插值怎样工作？',
        'RoPE 怎样不经训练处理更长的输入？',
        '什么是 NTK 感知的 RoPE？',
        '为什么长上下文要改变 RoPE 基数？',
        'NTK 缩放和位置插值有什么不同？',
      ],
      prose:
        'NTK 感知插值无需训练就能扩展 RoPE 模型的上下文。它不去压缩每个位置，而是把 RoPE 基数提高到 base 乘以 α 的 d/(d−2) 次方。慢速的低频维度被拉长以覆盖更长的输入，快速的高频维度则保留对近处词元的分辨率。',
    },
  },
  {
    id: 'dynamic-ntk',
    en: {
      answer:
        'Dynamic NTK picks α from the current length: Qwen uses α = 2^ceil(log2(n/2048) + 1) − 1, so α is 1 up to 2048 tokens, 3 up to 4096 and 7 up to 8192.',
      key: '4096',
      questions: [
        'What is dynamic NTK?',
        'How does Qwen choose alpha?',
        'What is the alpha in Qwen dynamic NTK?',
        'When does Qwen change the RoPE base?',
        'What is alpha for 4096 tokens?',
        'Why make NTK scaling dynamic?',
      ],
      prose:
        'Dynamic NTK chooses the scaling from the length of the input. Qwen computes α = 2^ceil(log2(n/2048) + 1) − 1 with a floor of 1. Inputs up to 2048 tokens keep the original base, up to 4096 tokens use α = 3, and up to 8192 tokens use α = 7. Short inputs are therefore never disturbed.',
    },
    zh: {
      answer:
        '动态 NTK 根据当前长度选择 α：Qwen 用 α = 2^ceil(log2(n/2048) + 1) − 1，所以 2048 个词元以内 α 为 1，4096 以内为 3，8192 以内为 7。',
      key: '4096',
      questions: [
        '什么是动态 NTK？',
        'Qwen 怎样选择 alpha？',
        'Qwen 动态 NTK 里的 alpha 是什么？',
        'Qwen 什么时候改变 RoPE 基数？',
        '4096 个词元时 alpha 是多少？',
        '为什么要让 NTK 缩放变成动态的？',
      ],
      prose:
        '动态 NTK 根据输入长度选择缩放。Qwen 计算 α = 2^ceil(log2(n/2048) + 1) − 1，最小为 1。2048 个词元以内保持原来的基数，4096 以内用 α = 3，8192 以内用 α = 7。因此短输入完全不受影响。',
    },
  },
  {
    id: 'logn',
    en: {
      answer:
        'LogN scaling multiplies each query by log(n) / log(2048) once the position n passes the training length, which keeps the attention entropy stable on long inputs.',
      key: 'attention entropy',
      questions: [
        'What is LogN attention scaling?',
        'What does LogN do?',
        'Why scale queries by a logarithm?',
        'How does Qwen keep attention sharp on long inputs?',
        'What is log-n scaling?',
        'When does LogN apply?',
      ],
      prose:
        'With more tokens to attend to, softmax spreads its weight more thinly and attention becomes blurry. LogN scaling fixes this: beyond the training length of 2048, each query is multiplied by log(n) / log(2048), where n is its position. This keeps the attention entropy stable. It is used at inference only.',
    },
    zh: {
      answer:
        'LogN 缩放在位置 n 超过训练长度后，把每个查询乘以 log(n) / log(2048)，使长输入上的注意力熵保持稳定。',
      key: '注意力熵',
      questions: [
        '什么是 LogN 注意力缩放？',
        'LogN 有什么作用？',
        '为什么用对数缩放查询？',
        'Qwen 怎样在长输入上保持注意力集中？',
        '什么是 log-n 缩放？',
        'LogN 什么时候起作用？',
      ],
      prose:
        '要关注的词元越多，softmax 的权重就分得越散，注意力变得模糊。LogN 缩放解决这个问题：超过 2048 的训练长度后，每个查询乘以 log(n) / log(2048)，n 是它的位置。这样注意力熵保持稳定。它只在推理时使用。',
    },
  },
  {
    id: 'window',
    en: {
      answer:
        'Window attention lets each token attend only to a window of recent tokens; Qwen gives lower layers short windows and higher layers long windows, since lower layers are more sensitive to context length.',
      key: 'short windows',
      questions: [
        'What is window attention?',
        'What is layer-wise window attention?',
        'Why do lower layers get short windows?',
        'How does Qwen limit attention on long inputs?',
        'What is sliding window attention?',
        'Do all layers use the same window?',
      ],
      prose:
        'Window attention restricts each token to a window of the most recent tokens. Qwen found that lower layers are more sensitive to context length extension than higher layers, so it uses layer-wise windows: short windows for lower layers and long windows for higher layers. The report does not give the exact sizes.',
    },
    zh: {
      answer:
        '窗口注意力让每个词元只关注最近一段窗口内的词元；Qwen 给低层短窗口、高层长窗口，因为低层对上下文长度更敏感。',
      key: '短窗口',
      questions: [
        '什么是窗口注意力？',
        '什么是分层窗口注意力？',
        '为什么低层用短窗口？',
        'Qwen 在长输入上怎样限制注意力？',
        '什么是滑动窗口注意力？',
        '所有层用同样的窗口吗？',
      ],
      prose:
        '窗口注意力把每个词元限制在最近的一段窗口内。Qwen 发现低层比高层对上下文扩展更敏感，于是按层设置窗口：低层用短窗口，高层用长窗口。报告没有给出具体的窗口大小。',
    },
  },
  {
    id: 'kv-cache',
    en: {
      answer:
        'The KV cache stores the keys and values of earlier tokens, so each new token only computes its own and attends to the cache, costing O(n·d) per step instead of recomputing everything.',
      key: 'keys and values',
      questions: [
        'What is the KV cache?',
        'Why is decoding fast with a KV cache?',
        'What does the model store while generating?',
        'How much does each new token cost with a cache?',
        'Explain key-value caching.',
        'Why does the KV cache grow during generation?',
      ],
      prose:
        'During generation a model predicts one token at a time. Without a cache it would recompute the whole prefix for every new token. The KV cache stores the keys and values of all earlier tokens, so each step computes only the new token and attends to the cache. The cost per token is O(n·d), and the cache grows by one entry per token.',
    },
    zh: {
      answer:
        'KV 缓存保存前面词元的键和值，每个新词元只计算自己的键值并关注缓存，每步代价是 O(n·d)，不用全部重算。',
      key: '键和值',
      questions: [
        '什么是 KV 缓存？',
        '为什么有了 KV 缓存解码更快？',
        '生成时模型保存了什么？',
        '有缓存时每个新词元的代价是多少？',
        '解释一下键值缓存。',
        '为什么 KV 缓存在生成时会变大？',
      ],
      prose:
        '生成时模型一次预测一个词元。没有缓存的话，每个新词元都要把整个前缀重算一遍。KV 缓存保存所有前面词元的键和值，每一步只计算新词元并关注缓存。每个词元的代价是 O(n·d)，缓存每步增加一项。',
    },
  },
];
