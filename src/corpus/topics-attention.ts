/**
 * Corpus topics about attention and the background the Qwen report builds on: self-attention,
 * softmax, multi-head and grouped-query attention, the residual stream, LayerNorm, position
 * interpolation, YaRN, why plain length extrapolation fails, and why RoPE stays in FP32. Each
 * has names, held-out questions, follow-up replies and a comparison.
 *
 * Deliberately left out: Qwen's own architecture choices and long-context tricks
 * (topics-architecture.ts, topics-long-context.ts), and attention variants this playground
 * does not use (ALiBi, sparse attention, multi-query attention beyond one mention).
 */
import type { Topic } from './types.ts';

export const ATTENTION_TOPICS: Topic[] = [
  {
    id: 'attention',
    en: {
      names: [
        'self-attention',
        'attention',
        'scaled dot-product attention',
        'self attention',
        'attn',
      ],
      answer:
        "Self-attention compares each token's query with the keys of the tokens up to it, scores them by q·k/√d, turns the scores into weights with softmax, and outputs the weighted sum of values.",
      key: 'weighted sum of values',
      questions: [
        'What is self-attention?',
        'How does attention compute its output?',
        'What is the attention formula?',
        'attention?',
        'What are queries, keys and values?',
        'How does a token decide which other tokens to look at?',
        'scaled dot-product attention?',
        'why is there a square root of d in the attention scores',
        'how does a query get matched against keys',
        'attention weights times values, what is that',
        'atention mechanism how does it work',
        'is it true that attention outputs a weighted average of values',
        "what's the role of self-attention in a transformer",
        'how is each attention output computed from queries, keys and values',
        'explain self attention step by step',
        'what is scaled dot product attention in qwen',
        'how exactly does one token pull information from earlier tokens?',
        'how are the attention scores between two tokens calculated',
        'what does the attention layer output for each token',
        'q k v attention in simple terms',
      ],
      heldout: [
        'explain attention like im five',
        'what does q dot k over root d mean',
        'how do transformers mix info between tokens',
        'whats the formula for self attention',
      ],
      followUps: {
        why: 'The point of self-attention is that each token can pull information from any earlier token in one step, with weights chosen by content rather than a fixed pattern.',
        example:
          'In the tiny model self-attention uses heads of d = 32, so q·k is divided by √32 ≈ 5.7; scores [2, 1, 0] become weights of about [0.67, 0.24, 0.09].',
        simpler:
          'In self-attention each word asks a question (query), every earlier word shows a label (key), and the best-matching words share most of their content (value).',
        more: 'The √d in self-attention is there because dot products of d-dimensional vectors grow like √d; without it softmax would become too peaked.',
        downside:
          'The cost of self-attention grows with the square of the length, since every token scores every earlier one; this is why long contexts are expensive.',
      },
      prose:
        'Self-attention lets each token gather information from the tokens before it. Each token has a query, a key and a value, and the score between two tokens is q·k/√d. Softmax turns the scores into weights, and the output is the weighted sum of the values. A causal mask hides future tokens.',
    },
    zh: {
      names: ['自注意力', '注意力', '注意力机制', 'self-attention', '缩放点积注意力'],
      answer:
        '自注意力用每个词元的查询和它及之前词元的键打分，分数是 q·k/√d，再经 softmax 变成权重，最后输出值的加权和。',
      key: '值的加权和',
      questions: [
        '什么是自注意力？',
        '注意力的输出怎么算？',
        '注意力的公式是什么？',
        'attention？',
        '查询、键和值分别是什么？',
        '一个词元怎样决定关注哪些词元？',
        '缩放点积注意力是啥',
        '注意力分数咋算的',
        '查询和键是怎么打分的',
        '注意力的输出是不是值的加权平均',
        'self-attention 到底在算什么',
        '注意力机制的原理是啥',
        '一个词怎么从前面的词拿信息',
        'attention 一步步怎么算',
        '注意力层给每个词元输出的是什么',
        'atention 是什么',
        '自注意力有啥用',
        '点积注意力？',
        '我知道 transformer 靠注意力，但具体一个词元是怎么看前面那些词元的',
        'qkv 注意力怎么算',
      ],
      heldout: [
        '用大白话讲讲注意力机制',
        'q 点乘 k 再除以根号 d 是啥意思',
        'transformer 里词和词之间怎么交换信息',
        'self attention 的公式长啥样',
      ],
      followUps: {
        why: '自注意力的好处是每个词元一步就能从任何前面的词元取信息，权重由内容决定，而不是固定的模式。',
        example:
          '迷你模型的自注意力每个头 d = 32，q·k 要除以 √32 ≈ 5.7；分数 [2, 1, 0] 经 softmax 约为 [0.67, 0.24, 0.09]。',
        simpler:
          '自注意力里每个词提出一个问题（查询），前面的词各举一个标签（键），最匹配的词分享最多的内容（值）。',
        more: '自注意力要除以 √d，是因为 d 维向量的点积大约随 √d 增大；不除的话 softmax 会过于尖锐。',
        downside:
          '自注意力的计算量随长度平方增长，因为每个词元都要给前面所有词元打分，所以长上下文很贵。',
      },
      prose:
        '自注意力让每个词元从它前面的词元收集信息。每个词元有查询、键和值，两个词元之间的分数是 q·k/√d。softmax 把分数变成权重，输出就是值的加权和。因果掩码会遮住未来的词元。',
    },
    compare: {
      with: 'softmax',
      en: 'Inside self-attention, softmax is the step that turns the q·k/√d scores into weights summing to 1 before the values are mixed.',
      zh: '在自注意力里，softmax 是其中一步：把 q·k/√d 分数变成和为 1 的权重，再去混合值。',
    },
  },
  {
    id: 'softmax',
    en: {
      names: [
        'softmax',
        'the softmax function',
        'soft max',
        'softmax normalization',
        'normalized exponential',
      ],
      answer:
        'Softmax turns scores into probabilities that sum to 1: take exp of each score and divide by their total; subtracting the max first avoids overflow.',
      key: 'probabilities that sum to 1',
      questions: [
        'What is softmax?',
        'How does softmax turn scores into probabilities?',
        'Why subtract the maximum before softmax?',
        'softmax?',
        'What is the formula of softmax?',
        'Why do attention weights add up to one?',
        'how do you turn scores into probabilities',
        'does the output of softmax sum to one',
        'how to make softmax numerically stable',
        'softamx formula?',
        'exp of each score divided by the sum, what is that called',
        'how does softmax handle a score of 1000 without overflowing',
        'softmax vs just dividing by the total',
        'what does softmax do to attention scores',
        'why is softmax called soft max',
        'explain the softmax step in simple terms',
        'I see softmax everywhere in the report, can you explain what it actually computes?',
        'what makes the outputs of softmax add up to one',
        'is it true that softmax gives a probability distribution',
        'subtract max then exp then normalize?',
      ],
      heldout: [
        'explain softmax like im five',
        'why does softmax use exp',
        'softmax overflow how do you avoid it',
        'what does sofmax output',
      ],
      followUps: {
        why: 'The exp in softmax makes every weight positive and lets bigger scores win more than proportionally; dividing by the total makes a proper distribution.',
        example:
          'For scores [2, 1, 0], softmax computes exp values 7.39, 2.72 and 1, total 11.11, giving about 0.67, 0.24 and 0.09.',
        simpler:
          'Think of softmax as sharing a cake: everyone gets a slice, a higher score gets a much bigger slice, and the slices always make one whole cake.',
        more: 'Subtracting the max m does not change softmax, because exp(a − m) / Σ exp(b − m) equals the original; it only stops exp from overflowing on scores like 1000.',
        downside:
          'A limit of softmax is that no weight is ever exactly zero, so over thousands of tokens the weight spreads thin, which is what LogN scaling counters.',
      },
      prose:
        'Softmax turns a list of scores into probabilities that sum to 1. It takes the exponential of each score and divides by the total. Subtracting the largest score first gives the same result and avoids overflow. Attention and the output layer both use softmax.',
    },
    zh: {
      names: ['softmax', 'softmax 函数', 'soft max', '归一化指数函数', '软最大值'],
      answer:
        'softmax 把分数变成和为 1 的概率：对每个分数取 exp，再除以总和；先减去最大值可以防止溢出。',
      key: '和为 1 的概率',
      questions: [
        '什么是 softmax？',
        'softmax 怎样把分数变成概率？',
        '为什么 softmax 之前要减去最大值？',
        'softmax？',
        'softmax 的公式是什么？',
        '为什么注意力权重加起来等于 1？',
        '怎么把一串分数变成概率',
        'softmax 输出加起来是不是等于 1',
        '归一化指数函数是啥',
        'softmax 咋算的',
        'softamx 是什么',
        'exp 之后除以总和是什么操作',
        'softmax 和直接除以总和有啥区别',
        'softmax 对注意力分数做了什么',
        '软最大值是什么意思',
        '分数 1000 做 softmax 不会溢出吗',
        'softmax 为啥叫 soft max',
        '报告里到处都是 softmax，它到底算的是什么',
        'softmax 的结果是概率吗',
        '先减最大值再取指数再归一化，这是啥',
      ],
      heldout: [
        '用大白话讲讲 softmax',
        'softmax 为啥要用 exp',
        'softmax 溢出了怎么办',
        'sofmax 输出的是什么',
      ],
      followUps: {
        why: 'softmax 用 exp，是为了让每个权重都为正，并让大的分数占得更多；再除以总和，就成了概率分布。',
        example:
          '分数 [2, 1, 0] 做 softmax：exp 后是 7.39、2.72、1，总和 11.11，结果约为 0.67、0.24、0.09。',
        simpler:
          'softmax 就像分蛋糕：人人有份，分数高的分到大得多的一块，所有块加起来正好一个蛋糕。',
        more: '减去最大值不会改变 softmax 的结果，因为分子分母同乘了 exp(−m)；它只是让 1000 这样的分数不会让 exp 溢出。',
        downside:
          'softmax 的局限是权重永远不会恰好为零，上千个词元时权重会摊得很薄，LogN 缩放正是为此而来。',
      },
      prose:
        'softmax 把一串分数变成和为 1 的概率：对每个分数取指数，再除以总和。先减去最大的分数，结果不变，还能避免溢出。注意力和输出层都用到 softmax。',
    },
    compare: {
      with: 'flash-attention',
      en: 'Flash attention uses an online softmax: it keeps a running max and sum over tiles, so it gets exactly the same softmax without storing all the scores.',
      zh: 'Flash 注意力用的是在线 softmax：分块维护滚动的最大值和总和，不存下全部分数也能得到完全相同的 softmax。',
    },
  },
  {
    id: 'gqa',
    en: {
      names: [
        'GQA',
        'grouped-query attention',
        'grouped query attention',
        'gqa',
        'shared key-value heads',
      ],
      answer:
        'GQA, grouped-query attention, lets several query heads share one key-value head, which shrinks the KV cache; the tiny model has 4 query heads and 2 key-value heads.',
      key: 'share one key-value head',
      questions: [
        'What is GQA?',
        'What is grouped-query attention?',
        'Why do query heads share key-value heads?',
        'gqa?',
        'How many key-value heads does the tiny model have?',
        'How does GQA make the KV cache smaller?',
        'how many query heads share one kv head in the tiny model',
        'gqa vs mqa',
        'does the tiny model use grouped-query attention',
        'why fewer key-value heads than query heads',
        'what does num_key_value_heads mean',
        'grouped-querry attention',
        "what's the idea of grouping query heads",
        'is it true that gqa shrinks the kv cache',
        '4 query heads and 2 kv heads, what is that called',
        'how does gqa differ from giving every head its own keys and values',
        'is gqa why the model has only 2 kv heads',
        'I saw n_kv_heads = 2 and n_heads = 4 in the config, why are they different?',
        'multi-query attention vs grouped-query attention',
        'query heads sharing keys and values?',
      ],
      heldout: [
        'grouped query attention vs multi head whats the difference',
        'why share kv heads',
        'how many kv heads are in this tiny model',
        'explain gqa like im five',
      ],
      followUps: {
        why: 'GQA exists because during generation the KV cache, not the arithmetic, is the bottleneck; fewer key-value heads mean less memory to store and read per token.',
        example:
          'In the tiny model GQA lets query heads 1–2 share key-value head 1 and heads 3–4 share head 2, halving the cached keys per layer from 4 × 32 to 2 × 32.',
        simpler:
          'With GQA several students (query heads) share one textbook (a key-value head) instead of each carrying their own copy.',
        more: 'GQA sits between two extremes: with as many key-value heads as query heads it is multi-head attention, and with a single one it is multi-query attention.',
        downside:
          'GQA gives each group of query heads the same keys and values, which can cost a little quality compared with full multi-head attention.',
      },
      prose:
        'Grouped-query attention, GQA, lets several query heads share one key-value head. The model then stores fewer keys and values, so the KV cache shrinks. The tiny model has 4 query heads and 2 key-value heads, so each pair of query heads shares one. The original Qwen models of the report use ordinary multi-head attention; Qwen2 and this tiny Qwen2-style model use GQA.',
    },
    zh: {
      names: ['GQA', '分组查询注意力', 'grouped query attention', 'gqa', '共享键值头'],
      answer:
        'GQA 即分组查询注意力，让几个查询头共享一个键值头，从而缩小 KV 缓存；迷你模型有 4 个查询头、2 个键值头。',
      key: '共享一个键值头',
      questions: [
        '什么是 GQA？',
        '什么是分组查询注意力？',
        '为什么查询头要共享键值头？',
        'gqa？',
        '迷你模型有几个键值头？',
        'GQA 怎样让 KV 缓存变小？',
        '几个查询头共用一个键值头是啥意思',
        'gqa 和 mqa 有啥区别',
        '为啥键值头比查询头少',
        'num_key_value_heads 是什么意思',
        '迷你模型几个查询头共享一个 kv 头',
        '是不是 gqa 能让 kv cache 变小',
        'gqa 是啥原理',
        'grouped qeury attention 是什么',
        '4 个查询头 2 个键值头这种结构叫啥',
        'gqa 有什么用',
        '分组查询',
        '配置里 n_kv_heads 是 2、n_heads 是 4，为啥不一样',
        '查询头分组共享 kv',
        '迷你模型用了分组查询注意力吗',
      ],
      heldout: [
        'gqa 和多头注意力差在哪',
        '为啥要共享 kv 头',
        '这个小模型有几个 kv head',
        '用大白话讲讲分组查询注意力',
      ],
      followUps: {
        why: '需要 GQA 是因为生成时瓶颈在 KV 缓存而不在计算；键值头越少，每个词元要存和读的内存就越少。',
        example:
          '迷你模型的 GQA 让查询头 1、2 共用键值头 1，查询头 3、4 共用键值头 2，每层每个词元只存 2 × 32 个键数，而不是 4 × 32。',
        simpler: '用 GQA 时，几个学生（查询头）合看一本课本（键值头），不必每人带一本。',
        more: 'GQA 介于两个极端之间：键值头和查询头一样多时就是多头注意力，只有一个键值头时就是多查询注意力。',
        downside: 'GQA 让同组的查询头看到相同的键和值，和完整的多头注意力相比可能损失一点质量。',
      },
      prose:
        '分组查询注意力 GQA 让几个查询头共享一个键值头。模型要保存的键和值更少，KV 缓存随之变小。迷你模型有 4 个查询头和 2 个键值头，每两个查询头共享一个。报告中最初的 Qwen 模型用的是普通多头注意力，Qwen2 和这个迷你 Qwen2 结构模型才用 GQA。',
    },
    compare: {
      with: 'multi-head',
      en: 'In multi-head attention every query head has its own key-value head; GQA lets groups of query heads share one, so the KV cache shrinks.',
      zh: '多头注意力里每个查询头都有自己的键值头；GQA 让一组查询头共享一个，于是 KV 缓存变小。',
    },
  },
  {
    id: 'multi-head',
    en: {
      names: [
        'multi-head attention',
        'multi head attention',
        'MHA',
        'attention heads',
        'multihead',
      ],
      answer:
        'Multi-head attention splits the width into several smaller heads that attend in parallel, each to different relations; their outputs are concatenated and projected back.',
      key: 'concatenated and projected',
      questions: [
        'What is multi-head attention?',
        'Why use several attention heads?',
        'What happens to the outputs of the heads?',
        'mha?',
        'How big is each attention head?',
        'Why not use one big attention head?',
        'why split the model width into heads',
        'what does each attention head learn',
        'is it true that each head attends to different relations',
        'multihead attention concat then project?',
        'multi-haed attention',
        'why do transformers run several attentions in parallel',
        'what is the head dimension in multi-head attention',
        'how does multi-head attention let the model focus on several things at once',
        'what is o_proj for after the attention heads',
        'parallel attention heads explained',
        'is there a good analogy for multi-head attention',
        'the attention paper splits into h heads, why do that?',
        'what is MHA in transformers',
        'many small heads vs one wide head',
      ],
      heldout: [
        'whats the point of having many heads',
        'how are the head outputs combined',
        'multi head vs single head attention',
        'explain multihead attention like im five',
      ],
      followUps: {
        why: 'The point of multi-head attention is that one softmax can focus on only a few things; several heads let one track the previous word while another tracks a distant name.',
        example:
          'In the tiny model multi-head attention splits width 128 into 4 heads of 32; Qwen-7B splits 4096 into 32 heads of 128.',
        simpler:
          'Think of multi-head attention as a team of readers, each skimming for something different, who then pool their notes.',
        more: 'Splitting keeps the cost of multi-head attention about the same as one wide head, since each of the h heads works in d/h dimensions.',
        downside:
          'In multi-head attention every head has its own keys and values, so the KV cache is large, and some heads turn out to be redundant.',
      },
      prose:
        'Multi-head attention splits the model width into several heads of smaller dimension. Each head computes its own attention in parallel and can focus on a different relation, such as the previous word or a distant name. The outputs of all heads are concatenated and projected back to the model width. The tiny model uses 4 heads of 32 dimensions.',
    },
    zh: {
      names: ['多头注意力', 'multi-head attention', 'MHA', '注意力头', '多头'],
      answer:
        '多头注意力把宽度分成几个较小的头并行计算，各自关注不同的关系；各头的输出拼接后再投影回去。',
      key: '拼接后再投影',
      questions: [
        '什么是多头注意力？',
        '为什么要用好几个注意力头？',
        '各个头的输出怎么处理？',
        'mha？',
        '每个注意力头有多大？',
        '为什么不用一个大的注意力头？',
        '注意力头？',
        '多头注意力咋工作的',
        '为啥要把宽度切成好几个头',
        '每个头各自学什么',
        '是不是每个头关注不同的关系',
        'mha 是什么意思',
        '多投注意力是啥',
        '并行的几个注意力头是干嘛的',
        'o_proj 在多头注意力里干嘛',
        '头的维度是怎么定的',
        '一个 softmax 只能盯几处，所以要多头吗',
        '论文里说把注意力分成 h 个头，为什么要这样做',
        '多头注意力能同时关注好几样东西吗',
        '好几个头并行算注意力',
      ],
      heldout: [
        '多头有什么意义',
        '各个 head 的结果怎么合起来',
        '多头和单头注意力比有啥区别',
        '用大白话讲讲 multi head attention',
      ],
      followUps: {
        why: '需要多头注意力，是因为一个 softmax 只能集中在少数几处；多个头可以一个盯着前一个词，另一个盯着远处的名字。',
        example:
          '迷你模型的多头注意力把 128 维分成 4 个 32 维的头；Qwen-7B 把 4096 维分成 32 个 128 维的头。',
        simpler: '多头注意力像一组读者，每人找不同的东西，最后把笔记汇总在一起。',
        more: '因为 h 个头每个只在 d/h 维上计算，多头注意力的开销和一个宽的头差不多。',
        downside: '多头注意力里每个头都有自己的键和值，KV 缓存很大；有些头还会变得多余。',
      },
      prose:
        '多头注意力把模型宽度分成几个维度更小的头。每个头并行地计算自己的注意力，可以关注不同的关系，比如前一个词或远处的名字。所有头的输出拼接后再投影回模型宽度。迷你模型用 4 个 32 维的头。',
    },
    compare: {
      with: 'attention',
      en: 'Plain self-attention is one set of scores over the sequence; multi-head attention runs several smaller copies in parallel and combines their outputs.',
      zh: '自注意力只有一组分数；多头注意力并行运行几个更小的副本，再把输出合起来。',
    },
  },
  {
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
      questions: [
        'What is the residual stream?',
        'Why is there x = x + block(norm(x)) in every layer?',
        'How does information move through the layers?',
        'residual stream?',
        'What is a residual connection?',
        'Why do blocks add their output instead of replacing x?',
        'what does x = x + f(x) do in a transformer',
        'what is the running sum through the layers',
        'how do layers share information in qwen',
        'residul stream',
        'is it true that every block writes into the residual stream',
        'why do transformers have skip connections',
        'how does the hidden state flow from the embedding to the output',
        'residual stream vs hidden state',
        'why are transformers built around a residual path',
        'what carries information between qwen layers',
        'interpretability people keep talking about the residual stream, what is it?',
        'shortcut connection in transformers?',
        'explain the residual stream with an analogy',
        'residual add in each layer?',
      ],
      heldout: [
        'whats the residual stream in a transformer',
        'why add the block output to x',
        'explain skip connections like im five',
        'how does info get from layer 1 to layer 4',
      ],
      followUps: {
        why: 'Adding instead of replacing means the residual stream always keeps a direct path, so gradients flow straight back and each block only has to learn a correction.',
        example:
          'In the tiny model the residual stream is 128 numbers per token, updated 8 times: by attention and by SwiGLU in each of the 4 layers.',
        simpler:
          'Think of the residual stream as a shared notebook passed down the layers: each layer reads it and adds a few notes, never erasing.',
        more: 'Before the first layer, the residual stream is just the token embedding; after a final RMSNorm, the output projection reads it to predict the next token.',
        downside:
          'Because the residual stream has a fixed width, 128 in the tiny model, every layer must share that limited space for everything it passes on.',
      },
      prose:
        'Every block of the model adds its output to the residual stream: x = x + block(norm(x)). The stream starts as the token embedding and runs through all layers, carrying information forward. Attention and the feed-forward layer each read a normalized copy and write back a correction. A final norm and the output layer read the end of the stream.',
    },
    zh: {
      names: ['残差流', 'residual stream', '残差连接', '跳跃连接', '残差'],
      answer:
        '残差流是贯穿整个模型的累加和：每个块都把输出加上去，x = x + block(norm(x))，信息就这样一层层传下去。',
      key: '累加和',
      questions: [
        '什么是残差流？',
        '为什么每层都有 x = x + block(norm(x))？',
        '信息怎样在层与层之间传递？',
        '残差流？',
        '什么是残差连接？',
        '为什么块要把输出加上去，而不是替换 x？',
        '残差是什么意思',
        'x = x + f(x) 是在干嘛',
        'transformer 里的累加和是什么意思',
        '各层之间靠什么传信息',
        '是不是每个块都往残差流里加东西',
        'residual stream 和隐藏状态是一回事吗',
        '残差留是啥',
        '为啥 transformer 要有残差',
        'shortcut 连接有什么用',
        '嵌入向量是怎么一路传到输出层的',
        'skip connection 的作用',
        '可解释性文章里老说 residual stream，这到底指什么',
        '残差流有啥用',
        '每层的残差相加',
      ],
      heldout: [
        'transformer 里的 residual stream 是啥',
        '为啥要把块的输出加到 x 上',
        '用大白话讲讲跳跃连接',
        '信息怎么从第 1 层走到第 4 层',
      ],
      followUps: {
        why: '用加法而不是替换，残差流始终保留一条直通路径，梯度可以直接传回，每个块只需学一个修正量。',
        example:
          '迷你模型里每个词元的残差流是 128 个数，要更新 8 次：4 层中每层的注意力和 SwiGLU 各一次。',
        simpler: '残差流像一本在各层之间传递的共享笔记本：每层读一读，再添几笔，从不擦掉。',
        more: '残差流从词元嵌入开始，经过最后一个 RMSNorm 后，由输出投影读取并预测下一个词元。',
        downside:
          '残差流的宽度是固定的，迷你模型里是 128，所有层要传下去的信息都得挤在这块有限的空间里。',
      },
      prose:
        '模型的每个块都把输出加到残差流上：x = x + block(norm(x))。残差流从词元嵌入开始，贯穿所有层，把信息往后传。注意力和前馈层各自读取一份归一化后的副本，再写回一个修正量。最后的归一化和输出层读取残差流的末端。',
    },
    compare: {
      with: 'embedding',
      en: 'The token embedding gives the first value of the residual stream; every block then adds to it, and the lm_head reads its final value.',
      zh: '词元嵌入给出残差流的初始值；之后每个块往上加，最后由 lm_head 读取。',
    },
  },
  {
    id: 'layernorm',
    en: {
      names: ['LayerNorm', 'layer normalization', 'layer norm', 'layernorm', 'LN'],
      answer:
        'LayerNorm subtracts the mean, divides by the standard deviation, then applies a learned gain and bias; RMSNorm drops both the mean and the bias.',
      key: 'subtracts the mean',
      questions: [
        'What is LayerNorm?',
        'What does LayerNorm compute?',
        'What is the formula of layer normalization?',
        'layernorm?',
        'What are the gain and bias in LayerNorm?',
        'What does LayerNorm have that RMSNorm lacks?',
        'what are gamma and beta in layer norm',
        'layer norm formula step by step',
        'layernrom?',
        'is it true that layernorm divides by the standard deviation',
        'why did older transformers use layernorm',
        "what's the idea of centering activations in layer norm",
        'explain layernorm with an example',
        'gpt-2 has ln_1 and ln_2, what do those layers compute?',
        'the normalization with mean, std, gain and bias, which one is that',
        'does layer normalization have learnable parameters',
        'centre and scale each token vector: what layer does that?',
        'layernorm mean and variance?',
        'how does layer normalization work',
        'LN in transformers?',
      ],
      heldout: [
        'what does layer norm do to a vector',
        'what does layernorm subtract first',
        'explain layer normalization like im five',
        'does layrnorm have a bias',
      ],
      followUps: {
        why: 'LayerNorm centres and rescales each vector so the next layer always sees inputs of a similar size, which made deep transformers trainable.',
        example:
          'LayerNorm of [1, 2, 3]: the mean is 2 and the standard deviation about 0.82, so the output is about [−1.22, 0, 1.22] before gain and bias.',
        simpler:
          'LayerNorm is like grading on a curve: shift everyone so the average is zero, then stretch the scores to a standard spread.',
        more: 'LayerNorm works per token across the channels, not across the batch, so it behaves the same in training and at inference; it also adds a small epsilon.',
        downside:
          'LayerNorm needs two statistics, the mean and the variance, plus a bias; RMSNorm skips the mean with about the same quality, which is why Qwen uses it.',
      },
      prose:
        'LayerNorm normalizes each token vector: it subtracts the mean, divides by the standard deviation and then applies a learned gain and bias. RMSNorm is a simpler version that drops the mean and the bias and divides by the root mean square. Qwen uses RMSNorm.',
    },
    zh: {
      names: ['LayerNorm', '层归一化', 'layer norm', 'layernorm', 'LN'],
      answer:
        'LayerNorm 先减去均值，再除以标准差，然后乘以可学习的增益、加上偏置；RMSNorm 去掉了均值和偏置。',
      key: '减去均值',
      questions: [
        '什么是 LayerNorm？',
        'LayerNorm 计算了什么？',
        '层归一化的公式是什么？',
        'layernorm？',
        'LayerNorm 里的增益和偏置是什么？',
        'LayerNorm 比 RMSNorm 多了什么？',
        'LN 是啥',
        'layernorm 里的 gamma 和 beta 是什么',
        'layer norm 怎么算',
        'layernorm 要除以标准差吗',
        '层归一化有可学习参数吗',
        'layernrom 是什么',
        '先减均值再除标准差是哪种归一化',
        'gpt-2 里的 ln_1 ln_2 算的是啥',
        '层归一化有啥用',
        'layernorm 为什么要减均值',
        '是不是 layernorm 既有增益又有偏置',
        '老的 transformer 用的那种 norm 是啥',
        '层规一化是啥意思',
        'layer norm 的均值和方差',
      ],
      heldout: [
        'layer norm 对一个向量做了什么',
        'layernorm 第一步减的是啥',
        '用大白话讲讲层归一化',
        'layrnorm 有没有偏置',
      ],
      followUps: {
        why: 'LayerNorm 把每个向量居中并缩放，让下一层总是看到大小相近的输入，深层 Transformer 因此才好训练。',
        example:
          '对 [1, 2, 3] 做 LayerNorm：均值是 2，标准差约 0.82，输出约为 [−1.22, 0, 1.22]，再乘增益、加偏置。',
        simpler: 'LayerNorm 像按曲线给分：先整体平移让平均分为零，再统一拉伸到标准的幅度。',
        more: 'LayerNorm 对每个词元在通道上计算，不跨批次，所以训练和推理时表现一致；它同样会加一个小的 epsilon。',
        downside:
          'LayerNorm 要算均值和方差两个统计量，还有偏置；RMSNorm 省掉均值而效果相当，所以 Qwen 选了后者。',
      },
      prose:
        'LayerNorm 对每个词元向量做归一化：减去均值，除以标准差，再乘以可学习的增益、加上偏置。RMSNorm 是它的简化版，去掉了均值和偏置，只除以均方根。Qwen 用的是 RMSNorm。',
    },
    compare: {
      with: 'pre-norm',
      en: 'LayerNorm is a kind of normalization; Pre-Norm is about where it goes, before each block. Qwen uses Pre-Norm with RMSNorm instead of LayerNorm.',
      zh: 'LayerNorm 是一种归一化方法；Pre-Norm 说的是它放在哪里，即每个块之前。Qwen 用的是 Pre-Norm 加 RMSNorm，而不是 LayerNorm。',
    },
  },
  {
    id: 'position-interpolation',
    en: {
      names: [
        'position interpolation',
        'PI',
        'positional interpolation',
        'linear position interpolation',
        'rope interpolation',
      ],
      answer:
        'Position interpolation divides the positions by the extension factor, so a longer input maps back into the trained range; unlike NTK scaling it needs some fine-tuning.',
      key: 'divides the positions',
      questions: [
        'What is position interpolation?',
        'How does PI extend the context of RoPE?',
        'Why divide positions by a factor?',
        'position interpolation?',
        'Does position interpolation need fine-tuning?',
        'How do you squeeze 8192 positions into 2048?',
        'how does dividing positions extend the context',
        'PI for rope?',
        'scale positions by 1/4 to read 8k tokens?',
        'why does squeezing positions keep them in the trained range',
        'position interpolaton',
        "what's the idea behind interpolating rope positions",
        'how does PI map long inputs back into 2048',
        'a method extended llama context by dividing positions, what is it?',
        'how do you compress position ids for a longer context',
        'extension factor in position interpolation?',
        'position interpolation in plain words?',
        'fractional positions in rope, which method uses them',
        'is position interpolation the same as dividing the inverse frequencies',
        'squeeze positions into the trained range?',
      ],
      heldout: [
        'explain position interpolation like im five',
        'why does pi need finetuning',
        'how does linear interpolation of rope positions work',
        'can i just scale rope positions down for longer text',
      ],
      followUps: {
        why: 'The idea of position interpolation is that a model handles unseen positions badly but in-between positions well, so it squeezes new positions between trained ones.',
        example:
          'With position interpolation and factor 4, a model trained on 2048 tokens reads 8192: position 8000 becomes 2000, inside the trained range.',
        simpler:
          'Think of position interpolation as shrinking a long photo to fit an old frame: everything fits, but fine details get squeezed together.',
        more: 'Dividing the positions by s in position interpolation is the same as dividing every RoPE inverse frequency by s, so all dimensions slow down equally.',
        downside:
          'The weak spot of position interpolation is that it squeezes the fast dimensions too, so neighbouring tokens blur together until the model is fine-tuned.',
      },
      prose:
        'Position interpolation, PI, extends a RoPE model by dividing every position by the extension factor. With factor 4, a model trained on 2048 tokens maps 8192 positions back into its trained range. This is the same as dividing the inverse frequencies by the factor. The model needs some fine-tuning to get used to the squeezed positions.',
    },
    zh: {
      names: ['位置插值', 'PI', 'position interpolation', '线性位置插值', 'RoPE 插值'],
      answer:
        '位置插值把位置除以扩展倍数，让更长的输入落回训练过的范围；和 NTK 缩放不同，它需要一些微调。',
      key: '把位置除以',
      questions: [
        '什么是位置插值？',
        'PI 怎样扩展 RoPE 的上下文？',
        '为什么要把位置除以一个倍数？',
        '位置插值？',
        '位置插值需要微调吗？',
        '怎样把 8192 个位置压进 2048 里？',
        '线性位置插值？',
        'rope 插值是啥',
        '把位置除以扩展倍数是什么方法',
        'pi 是什么意思，rope 那个',
        '位置插值咋扩展上下文的',
        '位置 id 缩小 4 倍能读 8k 吗',
        '位置插直是啥',
        '位置插值为啥能落回训练范围',
        '位置插值是不是等于把逆频率除以倍数',
        'position interpolation 的倍数是什么',
        '分数位置是什么方法',
        '有个方法把位置除以一个数来扩展 llama 上下文，那叫啥',
        '把长文本的位置压缩到训练长度里，这招叫什么',
        'PI 位置插值咋做的',
      ],
      heldout: [
        '用大白话讲讲位置插值',
        'pi 为啥要微调',
        'rope 位置线性插值是怎么回事',
        '长文本能不能直接把 rope 的位置缩小',
      ],
      followUps: {
        why: '位置插值的想法是：模型不擅长没见过的位置，却擅长已见位置之间的位置，所以把新位置塞进已训练的位置之间。',
        example:
          '用位置插值、倍数为 4 时，在 2048 上训练的模型能读 8192 个词元：位置 8000 变成 2000，落在训练范围内。',
        simpler: '位置插值像把一张长照片缩小塞进旧相框：都装得下，但细节挤到了一起。',
        more: '位置插值把位置除以 s，等价于把 RoPE 的每个逆频率都除以 s，所有维度一样变慢。',
        downside:
          '位置插值的弱点是连快速维度也被压缩，相邻词元变得难以区分，要微调后质量才能恢复。',
      },
      prose:
        '位置插值（PI）把每个位置除以扩展倍数，从而扩展 RoPE 模型的上下文。倍数为 4 时，在 2048 个词元上训练的模型能把 8192 个位置映射回训练过的范围。这等价于把逆频率除以同一个倍数。模型需要一些微调，才能适应被压缩的位置。',
    },
    compare: {
      with: 'yarn',
      en: 'Where position interpolation slows every RoPE dimension by the same factor, YaRN interpolates only the low-frequency ones and keeps the high-frequency ones intact.',
      zh: '位置插值把 RoPE 的每个维度都按同一倍数变慢；YaRN 只插值低频维度，高频维度保持不变。',
    },
  },
  {
    id: 'yarn',
    en: {
      names: ['YaRN', 'yarn', 'YaRN scaling', 'yarn rope scaling', 'yet another rope extension'],
      answer:
        'YaRN interpolates only the low-frequency RoPE dimensions, keeps the high-frequency ones, blends them with a ramp, and scales queries and keys by 0.1·ln(s) + 1.',
      key: 'only the low-frequency',
      questions: [
        'What is YaRN?',
        'How does YaRN extend the RoPE context?',
        'Which RoPE dimensions does YaRN interpolate?',
        'yarn?',
        'What is the ramp in YaRN?',
        'Why does YaRN rescale attention?',
        'how does yarn treat high and low frequency dimensions',
        'yet another rope extension?',
        'why does yarn multiply queries and keys by a factor',
        'does yarn interpolate every dimension',
        'yarn attention temperature?',
        'is it true that yarn only interpolates slow dimensions',
        'yaRN scailng',
        'which rope extension keeps high frequencies and blends with a ramp',
        'yarn context extension how does it work',
        'by-parts interpolation of rope, what is it',
        'I saw rope_scaling type yarn in a config, what does yarn do?',
        'how does yarn keep attention sharp at long lengths',
        'explain yarn in one sentence',
        'YaRN method?',
      ],
      heldout: [
        'yarn vs ntk whats the difference',
        'explain yarn rope scaling like im five',
        'what is the 0.1 ln s thing in yarn',
        'why does yarn leave the fast dimensions alone',
      ],
      followUps: {
        why: 'YaRN keeps the fast dimensions because they encode nearby order and already turn many times in training; only the slow ones meet unseen angles and need interpolating.',
        example:
          'For factor s = 4, YaRN scales queries and keys by 0.1 · ln 4 + 1 ≈ 1.14, and divides the slowest dimensions by 4, as position interpolation would.',
        simpler:
          'YaRN is like stretching only the slow hands of a clock for a longer day, leaving the second hand alone, and turning up the contrast a little.',
        more: 'YaRN decides per dimension by counting how many full turns it makes within the trained length: few turns means interpolate, many turns means keep.',
        downside:
          'YaRN works best with a short fine-tune, and the Qwen report itself uses dynamic NTK and LogN rather than YaRN.',
      },
      prose:
        'YaRN is a RoPE extension method that treats dimensions differently. Low-frequency dimensions are interpolated as in position interpolation, high-frequency dimensions are kept, and a ramp blends the ones in between. It also scales queries and keys by 0.1·ln(s) + 1 to keep attention sharp. The Qwen report itself uses dynamic NTK and LogN instead.',
    },
    zh: {
      names: ['YaRN', 'yarn', 'YaRN 缩放', 'YaRN 插值', 'yarn rope'],
      answer:
        'YaRN 只插值低频的 RoPE 维度，保留高频维度，中间用斜坡函数过渡，并把查询和键乘以 0.1·ln(s) + 1。',
      key: '只插值低频',
      questions: [
        '什么是 YaRN？',
        'YaRN 怎样扩展 RoPE 的上下文？',
        'YaRN 插值哪些 RoPE 维度？',
        'yarn？',
        'YaRN 里的斜坡函数是什么？',
        'YaRN 为什么要缩放注意力？',
        'yarn 缩放？',
        'yarn 怎么处理高频和低频维度',
        'yarn 为啥要把 q 和 k 乘个系数',
        'yarn 是不是只插值慢的维度',
        'yarn 插值是啥',
        'yarn 的注意力温度是什么',
        'yran 是什么',
        '哪种 rope 扩展方法只插值低频维度',
        'yarn 扩展上下文的原理',
        'config 里 rope_scaling 写的 yarn，这是干什么',
        '分段插值 rope 是啥',
        'yarn 会插值所有维度吗',
        'yarn 怎么让长文本注意力不变模糊',
        'YaRN方法',
      ],
      heldout: [
        'yarn 和 ntk 有啥区别',
        '用大白话讲讲 yarn',
        'yarn 里那个 0.1 ln s 是干嘛的',
        'yarn 为啥不动高频维度',
      ],
      followUps: {
        why: 'YaRN 保留快速维度，因为它们编码近处的顺序，训练中已转过很多圈；只有慢速维度会遇到没见过的角度，才需要插值。',
        example:
          '倍数 s = 4 时，YaRN 把查询和键乘以 0.1 · ln 4 + 1 ≈ 1.14，最慢的维度则像位置插值一样除以 4。',
        simpler: 'YaRN 像只把钟上慢的指针拉长去适应更长的一天，秒针不动，再把对比度稍微调高。',
        more: 'YaRN 按维度判断：数它在训练长度内转了几整圈，圈数少就插值，圈数多就保留。',
        downside:
          'YaRN 最好配合一次短微调；而且 Qwen 报告本身没有用 YaRN，用的是动态 NTK 和 LogN。',
      },
      prose:
        'YaRN 是一种区别对待各维度的 RoPE 扩展方法。低频维度像位置插值一样被插值，高频维度保持不变，中间的维度用斜坡函数过渡。它还把查询和键乘以 0.1·ln(s) + 1，让注意力保持集中。Qwen 报告本身用的是动态 NTK 和 LogN。',
    },
    compare: {
      with: 'ntk',
      en: 'NTK-aware scaling changes the RoPE base, which stretches dimensions smoothly; YaRN picks per dimension with a ramp and also rescales attention.',
      zh: 'NTK 感知缩放改的是 RoPE 基数，平滑地拉伸各维度；YaRN 用斜坡函数逐维决定，还会重新缩放注意力。',
    },
  },
  {
    id: 'extrapolation',
    en: {
      names: [
        'length extrapolation',
        'extrapolation',
        'context extrapolation',
        'going past the training length',
        'long context failure',
      ],
      answer:
        'A model trained at 2048 tokens fails beyond it because positions and slow RoPE angles there were never seen in training; Qwen-7B perplexity jumps from 3.78 to 39.35 at 4096.',
      key: 'never seen in training',
      questions: [
        'What is length extrapolation?',
        'Why does Qwen fail beyond 2048 tokens without tricks?',
        'What happens to perplexity past the training length?',
        'extrapolation?',
        'Why can a model not read longer texts than it was trained on?',
        'What breaks when RoPE sees new positions?',
        'why do models fail on inputs longer than training',
        'what breaks when you go past the training length',
        'unseen rope angles beyond 2048?',
        'why does qwen-7b perplexity jump to 39 at 4096 tokens',
        'extrapolaton problem',
        'is it true that a plain model cannot handle lengths it never trained on',
        "what's the problem with running qwen past its training length",
        'how come a transformer trained at 2048 breaks at 4096',
        'can qwen generalize to longer sequences without any tricks',
        'why is length generalization hard for rope models',
        'explain why longer inputs confuse the model',
        'I gave a base model a 10k-token document and the output became garbage, why?',
        'what does extrapolation mean for context length',
        'positions beyond the trained range?',
      ],
      heldout: [
        'why does the model break after 2048 tokens',
        'what happens if i feed qwen 8000 tokens',
        'explain length extrapolation like im five',
        'why does perplexity blow up on long inputs',
      ],
      followUps: {
        why: 'The reason length extrapolation fails is that the slowest RoPE pairs turn less than a full circle in 2048 tokens, so longer inputs give them angles the model never learned.',
        example:
          'Table 3 shows length extrapolation failing for plain Qwen-7B: perplexity 3.78 at 2048, 39.35 at 4096, 469.81 at 8192 and 2645.09 at 16384.',
        simpler:
          'Asking for length extrapolation is like asking someone who only practised counting to 100 to count to 1000: everything after 100 feels foreign.',
        more: 'Attention also gets blurrier in length extrapolation, because softmax spreads over more tokens than in training; that is what LogN scaling fixes.',
        downside:
          'Training-free tricks only soften length extrapolation: even with dynamic NTK, LogN and window attention, Qwen-7B perplexity at 16384 is 4.32, above 3.78 at 2048.',
      },
      prose:
        'Qwen was trained on 2048 tokens, and beyond that length a plain model fails. Positions past 2048 and the angles of the slow RoPE dimensions were never seen in training, and attention spreads over more tokens than usual. In report Table 3, Qwen-7B perplexity is 3.78 at 2048 tokens, 39.35 at 4096, 469.81 at 8192 and 2645.09 at 16384.',
    },
    zh: {
      names: ['长度外推', '外推', '上下文外推', '超出训练长度', 'extrapolation'],
      answer:
        '超过 2048 后，位置和慢速 RoPE 角度都是训练中从未见过的，所以模型失效：Qwen-7B 的困惑度到 4096 时升到 39.35。',
      key: '训练中从未见过',
      questions: [
        '什么是长度外推？',
        '为什么不加技巧时 Qwen 超过 2048 个词元就不行了？',
        '超过训练长度后困惑度会怎样？',
        '外推？',
        '为什么模型读不了比训练时更长的文本？',
        'RoPE 遇到新位置时哪里出了问题？',
        '超出训练长度会出啥问题',
        '模型为啥处理不了没见过的长度',
        '外推是什么意思',
        'rope 在 2048 之后为啥会出现没见过的角度',
        '长度泛化为啥这么难',
        'qwen-7b 到 4096 困惑度 39 是怎么回事',
        '外推失败',
        '长度外堆是啥',
        '训练 2048 的模型拿去跑 4096 为什么变差',
        '长上下文失效是啥原因',
        '我给基础模型喂了一万个 token 的文档，输出全乱了，为啥',
        'extrapolation 在长上下文里指什么',
        '位置超出训练范围会怎样',
        '上下文外推？',
      ],
      heldout: [
        '为啥模型过了 2048 就崩了',
        '给 qwen 喂 8000 个 token 会怎样',
        '用大白话讲讲长度外推',
        '长输入上困惑度为什么会爆炸',
      ],
      followUps: {
        why: '长度外推失败的原因是：最慢的 RoPE 维度在 2048 个词元内转不满一圈，更长的输入会给出模型没学过的角度。',
        example:
          '表 3 里原始 Qwen-7B 的长度外推：2048、4096、8192、16384 时困惑度是 3.78、39.35、469.81、2645.09。',
        simpler: '要求长度外推，就像让只练过数到 100 的人数到 1000：100 以后的数他都觉得陌生。',
        more: '长度外推时注意力也会变模糊，因为 softmax 要摊到比训练时更多的词元上；LogN 缩放解决的就是这个。',
        downside:
          '无需训练的技巧只能缓解长度外推：三种技巧都加上后，Qwen-7B 在 16384 时困惑度仍有 4.32，高于 2048 时的 3.78。',
      },
      prose:
        'Qwen 在 2048 个词元上训练，不加处理的模型超过这个长度就会失效。2048 之后的位置和慢速 RoPE 维度的角度在训练中从未见过，注意力也会摊到比平时更多的词元上。报告表 3 中，Qwen-7B 的困惑度在 2048 时是 3.78，4096 时是 39.35，8192 时是 469.81，16384 时是 2645.09。',
    },
    compare: {
      with: 'position-interpolation',
      en: 'Plain length extrapolation feeds positions beyond the trained range and fails; position interpolation squeezes them back inside the range and then fine-tunes.',
      zh: '直接长度外推是把超出训练范围的位置喂给模型，结果失效；位置插值则把它们压回训练范围内，再做微调。',
    },
  },
  {
    id: 'rope-fp32',
    en: {
      names: [
        'RoPE in FP32',
        'FP32 inverse frequencies',
        'rope fp32',
        'rope precision',
        'fp32 rotary frequencies',
      ],
      answer:
        'Qwen keeps the RoPE inverse frequencies in FP32 because BF16 has only 8 bits of precision, so angles pos·θ at large positions would be off by whole radians.',
      key: '8 bits of precision',
      questions: [
        'Why does Qwen compute RoPE in FP32?',
        'What precision are the RoPE inverse frequencies in?',
        'Why not keep RoPE frequencies in BF16?',
        'rope fp32?',
        'What goes wrong with RoPE angles in BF16?',
        'Which part of Qwen stays in FP32?',
        'why compute rotary frequencies in full precision',
        'why is pos times theta sensitive to rounding',
        'RoPE angles: fp32 or bf16?',
        'how many bits of precision does bf16 give rope angles',
        'rope fp32 precison',
        'is it true that qwen keeps rope in float32 even with bf16 training',
        'how come rope angles go wrong by whole radians in low precision',
        'the one part of qwen not done in bf16?',
        'I read that Qwen computes the rotary embedding in FP32 for accuracy, why does it matter there?',
        'rounding error in rope angles at position 2000?',
        'why does rope need more precision than the rest of the model',
        'explain the fp32 rope choice simply',
        'float32 inv freq for rotary embeddings, why?',
        'rope angle precision in half precision',
      ],
      heldout: [
        'why keep inverse frequencies in fp32',
        'whats wrong with bf16 rope',
        'does rope lose precision at big positions',
        'why is the rotary inv_freq not bf16',
      ],
      followUps: {
        why: 'RoPE in FP32 matters because the angle is position times frequency: a tiny relative error in θ gets multiplied by the position, so large positions get wrong angles.',
        example:
          'Without RoPE in FP32, BF16 numbers between 1024 and 2048 are 8 apart, so a 1500-radian angle can be off by 4 radians, over half a turn.',
        simpler:
          'RoPE in FP32 is like using a precise ruler for a long road: a ruler 0.4% off is fine for a desk but wrong by metres after a kilometre.',
        more: "BF16's 8 bits of precision are 7 stored mantissa bits plus an implicit leading 1, so its relative error is up to about 0.4%; RoPE in FP32 avoids that.",
        downside:
          'RoPE in FP32 costs a little extra memory and compute, and the rotated values still have to be cast back to BF16 for the rest of attention.',
      },
      prose:
        'Qwen computes the RoPE inverse frequencies in FP32 rather than BF16 or FP16. The rotation angle is the position times the frequency, so a small rounding error grows with the position. BF16 has only 8 bits of precision, and at positions in the thousands its angles would be off by whole radians. The report chose FP32 here for accuracy.',
    },
    zh: {
      names: ['FP32 逆频率', 'RoPE 的 FP32 精度', 'rope fp32', 'RoPE 精度', 'FP32 的 RoPE'],
      answer:
        'Qwen 把 RoPE 的逆频率保留在 FP32，因为 BF16 只有 8 位精度，大位置上的角度 pos·θ 会差出整弧度。',
      key: '8 位精度',
      questions: [
        'Qwen 为什么用 FP32 计算 RoPE？',
        'RoPE 的逆频率用什么精度？',
        '为什么不把 RoPE 频率放在 BF16 里？',
        'rope fp32？',
        'BF16 下 RoPE 角度会出什么问题？',
        'Qwen 的哪部分保持 FP32？',
        'rope 为啥要用全精度算',
        'FP32 的 RoPE 是什么意思',
        'pos 乘 theta 为啥对舍入很敏感',
        '旋转角度在 bf16 下会差多少',
        '是不是 qwen 训练用 bf16 但 rope 用 fp32',
        'rope 逆频率用 float32 有啥好处',
        'rope 逆频律为啥用 fp32',
        '大位置上 rope 角度为啥会差出整弧度',
        'qwen 里哪个部分没用 bf16',
        'rope 为什么比别的部分更需要精度',
        'bf16 只有 8 位精度对 rope 有啥影响',
        '旋转编码的频率用什么精度存',
        '报告说 rope 用 fp32 算是为了精度，具体是哪里会出错',
        'rope 精度问题',
      ],
      heldout: [
        '为啥逆频率要用 fp32',
        'bf16 的 rope 有什么问题',
        '位置很大时 rope 会丢精度吗',
        'rotary 的 inv_freq 为啥不用 bf16',
      ],
      followUps: {
        why: '需要 FP32 逆频率，是因为角度等于位置乘频率：θ 上很小的相对误差会被位置放大，位置越大角度越错。',
        example:
          '不用 FP32 逆频率的话，BF16 在 1024 到 2048 之间的间隔是 8，角度 1500 弧度可能差到 4 弧度，超过半圈。',
        simpler:
          'FP32 逆频率就像量长路时用精确的尺子：差 0.4% 的尺子量桌子没事，量一公里就差好几米。',
        more: 'BF16 的 8 位精度是 7 位尾数加一个隐含的 1，相对误差可达约 0.4%；FP32 逆频率避免了这个问题。',
        downside: 'FP32 逆频率要多花一点内存和计算，旋转后的结果还得转回 BF16 参与后面的注意力。',
      },
      prose:
        'Qwen 用 FP32 而不是 BF16 或 FP16 计算 RoPE 的逆频率。旋转角度等于位置乘以频率，所以很小的舍入误差会随位置变大。BF16 只有 8 位精度，位置到几千时角度会差出整弧度。报告在这里选择 FP32 是为了精度。',
    },
    compare: {
      with: 'rope',
      en: 'RoPE is the rotation by position times frequency; RoPE in FP32 is about computing those angles precisely, since BF16 would round them badly at large positions.',
      zh: 'RoPE 是按“位置乘频率”旋转；FP32 逆频率讲的是把这些角度算准，因为 BF16 在大位置上会舍入得很厉害。',
    },
  },
];
