/**
 * Corpus topics about long context and inference (report §2.5): NTK-aware scaling, dynamic NTK
 * with Qwen's α, LogN attention scaling, layer-wise window attention and the KV cache, each with
 * names, held-out questions, follow-up replies and a comparison. Follow-ups quote single cells
 * of report Table 3 (Qwen-7B perplexity) where they show the effect of one trick.
 *
 * Deliberately left out: a walk-through of the whole ablation table, and the background methods
 * position interpolation, YaRN and why plain extrapolation fails (topics-attention.ts).
 */
import type { Topic } from './types.ts';

export const LONG_CONTEXT_TOPICS: Topic[] = [
  {
    id: 'ntk',
    en: {
      names: [
        'NTK-aware scaling',
        'NTK-aware interpolation',
        'ntk scaling',
        'ntk rope',
        'NTK-aware RoPE',
      ],
      answer:
        'NTK-aware scaling raises the RoPE base to base · α^(d/(d−2)), so low frequencies are stretched for longer inputs while high frequencies stay sharp, without any training.',
      key: 'raises the RoPE base',
      questions: [
        'What is NTK-aware scaling?',
        'What does NTK-aware interpolation change in RoPE?',
        'How can RoPE handle longer inputs without training?',
        'ntk?',
        'Why change the RoPE base for long context?',
        'How is NTK scaling different from position interpolation?',
        'what is the formula for the new rope base in ntk scaling',
        'why do high frequencies stay sharp with ntk',
        'base times alpha to the d over d minus 2, what is that',
        'rope base bump for longer context?',
        'which rope dimensions get stretched when you raise the base',
        'can you extend rope context by just enlarging the base, no finetune',
        'ntk vs position interpolation, which keeps nearby tokens sharp',
        'ntk aware scalling',
        'i was reading about extending llama context on reddit, people bump the rotary base, how does that work?',
        'instead of squeezing positions you change the base? how',
        'why d/(d-2) in the ntk exponent',
        'ntk trick for long context in simple words',
        'raising the rope base at inference time to read longer inputs, what is it called',
        'ntk aware interpolation math',
      ],
      heldout: [
        'how does ntk aware scaling stretch rope',
        'whats the point of changing the rotary base at inference',
        'explain ntk scaling like im five',
        'does ntk interpolation need fine tuning',
      ],
      followUps: {
        why: 'NTK-aware scaling exists because squeezing all positions equally blurs nearby tokens; changing the base stretches mostly the slow dimensions and keeps the fast ones sharp.',
        example:
          'For Qwen-7B with d = 128 and α = 3, NTK-aware scaling gives a base of 10000 · 3^(128/126) ≈ 30,500 instead of 10000.',
        simpler:
          'NTK-aware scaling slows down the slow clock hands so they fit a longer day, while the fast second hand keeps ticking as before.',
        more: 'With NTK-aware scaling the fastest pair keeps frequency 1, while the slowest pair turns exactly α times slower, just like plain interpolation.',
        downside:
          'NTK-aware scaling needs α chosen in advance, and a fixed large α slightly hurts short inputs, which is why Qwen makes it dynamic.',
      },
      prose:
        'NTK-aware interpolation extends the context of a RoPE model without training. Instead of squeezing every position, it raises the RoPE base to base times α to the power d/(d−2). The slow, low-frequency dimensions are stretched to cover the longer input, while the fast, high-frequency dimensions keep their resolution for nearby tokens.',
    },
    zh: {
      names: ['NTK 感知缩放', 'NTK 感知插值', 'ntk scaling', 'ntk', 'NTK-aware RoPE'],
      answer:
        'NTK 感知缩放把 RoPE 基数提高到 base · α^(d/(d−2))，拉长低频维度以适应更长的输入，同时保持高频清晰，而且无需训练。',
      key: 'RoPE 基数提高到',
      questions: [
        '什么是 NTK 感知缩放？',
        'NTK 感知插值怎样工作？',
        'RoPE 怎样不经训练处理更长的输入？',
        'ntk？',
        '为什么长上下文要改变 RoPE 基数？',
        'NTK 缩放和位置插值有什么不同？',
        'NTK 缩放的新基数公式是啥',
        '为啥 NTK 缩放后高频还能保持清晰',
        'base 乘 α 的 d/(d-2) 次方 是什么',
        'ntk aware 是啥意思',
        '调大旋转基数能不能不微调就读更长文本',
        '把基数调大 哪些维度被拉长了',
        'ntk 和位置插值哪个能保住近处的分辨率',
        '不压缩位置 改基数 这是啥方法',
        'ntk感知插值啥原理',
        '网上说把 rope base 调大就能扩上下文 这是啥原理',
        'NTK 缩放在低频和高频上有啥不同',
        'ntk 放缩是怎么回事',
        '长上下文的 ntk 技巧是啥',
        '为什么 ntk 的指数是 d/(d-2)',
      ],
      heldout: [
        'ntk aware 缩放怎么拉长 rope',
        '推理时改旋转基数有啥用',
        '用大白话讲讲 ntk 插值',
        'ntk 插值要不要微调',
      ],
      followUps: {
        why: 'NTK 感知缩放的动机是：把所有位置同样压缩会让近处词元变模糊；改基数主要拉长慢速维度，快速维度保持清晰。',
        example: 'd = 128、α = 3 时，NTK 感知缩放把基数变成 10000 · 3^(128/126) ≈ 30500。',
        simpler: 'NTK 感知缩放就是把钟上慢的指针调得更慢，让它装得下更长的一天，秒针照常走。',
        more: '用 NTK 感知缩放时，最快的一对维度频率仍是 1，最慢的一对正好慢了 α 倍，和位置插值一样。',
        downside:
          'NTK 感知缩放要事先选好 α；固定的大 α 会略微损害短输入，所以 Qwen 把它做成动态的。',
      },
      prose:
        'NTK 感知插值无需训练就能扩展 RoPE 模型的上下文。它不去压缩每个位置，而是把 RoPE 基数提高到 base 乘以 α 的 d/(d−2) 次方。慢速的低频维度被拉长以覆盖更长的输入，快速的高频维度则保留对近处词元的分辨率。',
    },
    compare: {
      with: 'position-interpolation',
      en: 'Unlike position interpolation, which divides every position by the same factor and needs fine-tuning, NTK-aware scaling raises the RoPE base and keeps fast dimensions sharp without training.',
      zh: '位置插值把所有位置除以同一个倍数，需要微调；NTK 感知缩放调大 RoPE 基数，快速维度保持清晰，也不用训练。',
    },
  },
  {
    id: 'dynamic-ntk',
    en: {
      names: [
        'dynamic NTK',
        'dynamic NTK scaling',
        'dynamic ntk',
        'the alpha of dynamic NTK',
        'dynamic ntk alpha',
      ],
      answer:
        'Dynamic NTK picks α from the current length: Qwen uses α = 2^ceil(log2(n/2048) + 1) − 1, so α is 1 up to 2048 tokens, 3 up to 4096 and 7 up to 8192.',
      key: '3 up to 4096',
      questions: [
        'What is dynamic NTK?',
        'How does Qwen choose alpha?',
        'dynamic ntk?',
        'When does Qwen change the RoPE base?',
        'What is alpha for 4096 tokens?',
        'Why make NTK scaling dynamic?',
        'alpha for a 3000 token input?',
        'is alpha 1 for short prompts under 2048 tokens',
        'what is 2^ceil(log2(n/2048)+1)-1 in qwen',
        'ntk vs dynamic ntk difference?',
        'alpha 1 3 7 15, where do those numbers come from',
        'does qwen pick the rope scaling factor from the current input length',
        'what alpha does a 16k input get',
        'dynamic ntk like im five',
        'dynamc ntk alpha',
        'why does qwen leave the rope base alone for short inputs',
        'how does qwen decide how much to stretch rope for each input',
        'is the ntk alpha fixed in qwen or does it depend on n',
        'at what length does alpha jump from 3 to 7',
        'so qwen recomputes the base when the prompt gets longer, how exactly?',
      ],
      heldout: [
        'how does dynamic ntk change with the length',
        'what alpha does qwen use at 8192 tokens',
        'why not use one fixed ntk alpha',
        'whats the formula for alpha in qwen',
      ],
      followUps: {
        why: 'With dynamic NTK, short inputs keep the exact trained base, and the stretch grows only as much as the current length needs.',
        example:
          'With dynamic NTK a 3000-token input gets α = 3: log2(3000/2048) + 1 ≈ 1.55 rounds up to 2, and 2² − 1 = 3; 16384 tokens get α = 15.',
        simpler:
          'Think of dynamic NTK as a zoom lens: it stays at normal zoom for short texts and zooms out step by step as the text gets longer.',
        more: 'In Table 3, dynamic NTK keeps Qwen-7B perplexity at 3.59 for 4096 tokens and 3.66 for 8192, where the plain model reaches 39.35 and 469.81.',
        downside:
          'Even with dynamic NTK perplexity rises to 5.71 at 16384 tokens, and α jumps in steps, so all angles change at once when the length crosses a boundary.',
      },
      prose:
        'Dynamic NTK chooses the scaling from the length of the input. Qwen computes α = 2^ceil(log2(n/2048) + 1) − 1 with a floor of 1. Inputs up to 2048 tokens keep the original base, up to 4096 tokens use α = 3, up to 8192 tokens use α = 7, and up to 16384 tokens use α = 15. Short inputs are therefore never disturbed.',
    },
    zh: {
      names: ['动态 NTK', '动态 NTK 缩放', 'dynamic ntk', '动态 NTK 的 alpha', '动态 ntk'],
      answer:
        '动态 NTK 根据当前长度选择 α：Qwen 用 α = 2^ceil(log2(n/2048) + 1) − 1，所以 2048 个词元以内 α 为 1，4096 以内为 3，8192 以内为 7。',
      key: '4096 以内为 3',
      questions: [
        '什么是动态 NTK？',
        'Qwen 怎样选择 alpha？',
        'dynamic ntk？',
        'Qwen 什么时候改变 RoPE 基数？',
        '4096 个词元时 alpha 是多少？',
        '为什么要让 NTK 缩放变成动态的？',
        '3000 个词元 alpha 是几',
        '2048 以内 alpha 是不是 1',
        'ntk 和动态 ntk 有啥区别',
        'α 为啥是 1、3、7、15 这样跳',
        'qwen 是按当前输入长度选缩放系数吗',
        '16k 输入 alpha 取几',
        '给小白讲讲动态 NTK',
        '短输入 qwen 为啥不改 rope 基数',
        '动太 ntk 是啥',
        'alpha 是固定的还是跟着 n 变',
        '长度到多少 alpha 从 3 变成 7',
        'prompt 变长了 qwen 会重新算基数吗',
        'ceil(log2(n/2048)+1) 这个式子是干嘛的',
        'qwen 每次推理怎么决定 rope 拉伸多少',
      ],
      heldout: [
        '动态 NTK 怎么随长度变化？',
        '8192 个 token 时 alpha 取多少',
        '为啥不用一个固定的 ntk alpha',
        'qwen 的 alpha 公式是啥',
      ],
      followUps: {
        why: '用动态 NTK，短输入保持训练时的原始基数，拉伸程度只随当前长度的需要而增加。',
        example:
          '用动态 NTK 时，3000 个词元得 log2(3000/2048) + 1 ≈ 1.55，取整为 2，α = 2² − 1 = 3；16384 个词元时 α = 15。',
        simpler: '动态 NTK 像变焦镜头：短文本时保持正常焦距，文本越长就一步步拉远。',
        more: '表 3 中加上动态 NTK 后，Qwen-7B 在 4096 和 8192 时困惑度为 3.59 和 3.66，原始模型是 39.35 和 469.81。',
        downside:
          '即使用动态 NTK，16384 个词元时困惑度仍升到 5.71；而且 α 是跳变的，长度跨过边界时所有角度会一起改变。',
      },
      prose:
        '动态 NTK 根据输入长度选择缩放。Qwen 计算 α = 2^ceil(log2(n/2048) + 1) − 1，最小为 1。2048 个词元以内保持原来的基数，4096 以内用 α = 3，8192 以内用 α = 7，16384 以内用 α = 15。因此短输入完全不受影响。',
    },
    compare: {
      with: 'ntk',
      en: 'NTK-aware scaling raises the RoPE base by a chosen α; dynamic NTK picks α from the current length, so inputs up to 2048 tokens stay unchanged.',
      zh: 'NTK 感知缩放按选定的 α 调大 RoPE 基数；动态 NTK 根据当前长度选 α，所以 2048 个词元以内完全不变。',
    },
  },
  {
    id: 'logn',
    en: {
      names: ['LogN scaling', 'LogN attention scaling', 'logn', 'log-n scaling', 'logn attention'],
      answer:
        'LogN scaling multiplies each query by log(n) / log(2048) once the position n passes the training length, which keeps the attention entropy stable on long inputs.',
      key: 'attention entropy',
      questions: [
        'What is LogN attention scaling?',
        'What does LogN do?',
        'Why scale queries by a logarithm?',
        'How does Qwen keep attention sharp on long inputs?',
        'logn?',
        'When does LogN apply?',
        'log(n)/log(2048) what is that factor',
        'how to keep attention entropy stable on long inputs',
        'why does attention get blurry with more tokens and how does qwen fix it',
        'query at position 16384 gets multiplied by what',
        'log-n attention?',
        'attention entropy and long context, what is the trick',
        'logn scalng qwen',
        'is it true qwen multiplies queries by a log factor past 2048',
        'what keeps softmax from spreading weight too thin over 16k tokens',
        'why bigger queries for positions beyond the training length',
        'log n factor in qwen attention',
        'does the query scale grow with position in qwen',
        'why does attention lose focus on long texts',
        'logn scaling formula?',
      ],
      heldout: [
        'why multiply the query by log n',
        'explain logn attention like im five',
        'what is the logn trick in qwen for',
        'does logn change anything below 2048 tokens',
      ],
      followUps: {
        why: 'LogN scaling is needed because softmax over more tokens spreads its weight thinner; a slightly larger query sharpens the scores back to the focus seen in training.',
        example:
          'With LogN scaling a query at position 4096 is multiplied by log(4096) / log(2048) = 12/11 ≈ 1.09, and one at 16384 by 14/11 ≈ 1.27.',
        simpler:
          'LogN scaling is like turning up the contrast when a photo gets bigger, so the important parts still stand out.',
        more: 'In Table 3, adding LogN scaling to dynamic NTK lowers Qwen-7B perplexity at 16384 tokens from 5.71 to 4.62.',
        downside:
          'LogN scaling only fixes how spread out attention is; it cannot teach the model distances it never saw, so it is combined with NTK scaling.',
      },
      prose:
        'With more tokens to attend to, softmax spreads its weight more thinly and attention becomes blurry. LogN scaling fixes this: beyond the training length of 2048, each query is multiplied by log(n) / log(2048), where n is its position. This keeps the attention entropy stable. It is used at inference only.',
    },
    zh: {
      names: ['LogN 缩放', 'LogN 注意力缩放', 'logn', 'log-n 缩放', '对数缩放'],
      answer:
        'LogN 缩放在位置 n 超过训练长度后，把每个查询乘以 log(n) / log(2048)，使长输入上的注意力熵保持稳定。',
      key: '注意力熵',
      questions: [
        '什么是 LogN 注意力缩放？',
        'LogN 有什么作用？',
        '为什么用对数缩放查询？',
        'Qwen 怎样在长输入上保持注意力集中？',
        'logn？',
        'LogN 什么时候起作用？',
        'log(n)/log(2048) 这个系数是啥',
        '长输入上注意力熵咋保持稳定',
        '为啥词元多了注意力会变模糊 qwen 咋解决',
        '位置 16384 的查询要乘多少',
        'log-n 那个缩放咋回事',
        '注意力熵是啥 跟 logn 有啥关系',
        '是不是 qwen 超过 2048 就把查询乘一个对数',
        'softmax 在 16k 个词元上权重太分散 怎么办',
        '查询乘对数因子是什么技巧',
        '打个比方说说 logn 缩放',
        'logn 所放是什么',
        '为啥超出训练长度后查询要变大',
        '长文本注意力不集中了咋办',
        'qwen 注意力里的 log n 因子',
      ],
      heldout: [
        '为啥要把 query 乘上 log n',
        '用大白话讲讲 logn 注意力',
        'qwen 里 logn 这个技巧是干嘛的',
        '2048 以内 logn 会改变什么吗',
      ],
      followUps: {
        why: '需要 LogN 缩放，是因为词元越多 softmax 的权重分得越散；把查询稍微放大，分数就恢复到训练时的集中程度。',
        example:
          '用 LogN 缩放时，位置 4096 的查询乘以 log(4096) / log(2048) ≈ 1.09，位置 16384 乘以约 1.27。',
        simpler: 'LogN 缩放就像照片放大后调高对比度，让重要的部分依然醒目。',
        more: '表 3 中在动态 NTK 上再加 LogN 缩放，Qwen-7B 在 16384 个词元时的困惑度从 5.71 降到 4.62。',
        downside:
          'LogN 缩放只解决注意力分散的问题，不能让模型认识没见过的距离，所以要和 NTK 缩放一起用。',
      },
      prose:
        '要关注的词元越多，softmax 的权重就分得越散，注意力变得模糊。LogN 缩放解决这个问题：超过 2048 的训练长度后，每个查询乘以 log(n) / log(2048)，n 是它的位置。这样注意力熵保持稳定。它只在推理时使用。',
    },
    compare: {
      with: 'softmax',
      en: 'LogN scaling enlarges the queries on long inputs so that softmax, which makes the weights sum to 1, does not spread them too thinly.',
      zh: 'softmax 把分数变成和为 1 的权重；LogN 缩放在长输入上放大查询，免得 softmax 把权重摊得太薄。',
    },
  },
  {
    id: 'window',
    en: {
      names: [
        'window attention',
        'layer-wise window attention',
        'sliding window attention',
        'windowed attention',
        'local attention',
      ],
      answer:
        'Window attention lets each token attend only to a window of recent tokens; Qwen gives lower layers short windows and higher layers long windows, since lower layers are more sensitive to context length.',
      key: 'short windows',
      questions: [
        'What is window attention?',
        'What is layer-wise window attention?',
        'Why do lower layers get short windows?',
        'How does Qwen limit attention on long inputs?',
        'window attention?',
        'Do all layers use the same window?',
        'why only look at nearby tokens',
        'local attn in qwen',
        'swa in qwen?',
        'which layers of qwen are most sensitive to context length',
        'do higher layers get longer windows than lower ones',
        'attention restricted to recent tokens, what is that called',
        'window attention vs full attention, what changes',
        'what is windw attention',
        'is it true qwen gives each layer a different window size',
        'so I read that lower layers are sensitive to context length extension, what does qwen do about that?',
        'why would a token attend only to the last few tokens',
        "per layer window sizes, what's the idea",
        'sliding-window attention meaning',
        'each token attends to a window of recent tokens, how does that help long context',
      ],
      heldout: [
        'explain window attention like im five',
        'why do the bottom layers of qwen use smaller windows',
        'whats the point of layerwise windows',
        'sliding window attn in qwen how does it help',
      ],
      followUps: {
        why: 'Qwen uses layer-wise window attention because it found lower layers more sensitive to context length extension than higher layers, so they get shorter windows.',
        example:
          'In Table 3, adding window attention on top of dynamic NTK and LogN lowers Qwen-7B perplexity at 16384 tokens from 4.62 to 4.32.',
        simpler:
          'With window attention each word reads only the last few pages; the bottom floors of the model read fewer pages, the top floors read more.',
        more: 'Besides quality, window attention bounds the cost: each token attends to at most w keys, so the work per token stops growing with the input.',
        downside:
          'With window attention a token cannot directly see anything outside its window in that layer, and the report does not give the exact window sizes.',
      },
      prose:
        'Window attention restricts each token to a window of the most recent tokens. Qwen found that lower layers are more sensitive to context length extension than higher layers, so it uses layer-wise windows: short windows for lower layers and long windows for higher layers. The report does not give the exact sizes.',
    },
    zh: {
      names: ['窗口注意力', '分层窗口注意力', '滑动窗口注意力', 'window attention', '局部注意力'],
      answer:
        '窗口注意力让每个词元只关注最近一段窗口内的词元；Qwen 给低层短窗口、高层长窗口，因为低层对上下文长度更敏感。',
      key: '短窗口',
      questions: [
        '什么是窗口注意力？',
        '什么是分层窗口注意力？',
        '为什么低层用短窗口？',
        'Qwen 在长输入上怎样限制注意力？',
        'window attention？',
        '所有层用同样的窗口吗？',
        '为啥只看附近的词元',
        'swa 是啥',
        'qwen 哪些层对上下文长度更敏感',
        '高层窗口是不是比低层长',
        '只关注最近一段词元 这叫啥',
        '窗口注意力和全注意力有啥区别',
        '窗口注意了是什么',
        '是不是 qwen 每层的窗口大小不一样',
        '我看报告说低层对长度扩展更敏感 所以 qwen 做了啥',
        '一个词元只看前面几个词元 有啥好处',
        '滑窗注意力',
        '局部注意力在 qwen 里咋用的',
        '按层设置窗口是怎么回事',
        '窗口 attention 低层高层咋分',
      ],
      heldout: [
        '用大白话讲讲窗口注意力',
        'qwen 底下几层为啥窗口更小',
        '分层窗口有啥意义',
        'sliding window attn 在 qwen 里有什么用',
      ],
      followUps: {
        why: 'Qwen 用分层的窗口注意力，是因为它发现低层比高层对上下文长度扩展更敏感，所以给低层更短的窗口。',
        example:
          '表 3 中在动态 NTK 和 LogN 上再加窗口注意力，Qwen-7B 在 16384 个词元时困惑度从 4.62 降到 4.32。',
        simpler: '窗口注意力就是每个词只读最近几页；模型底层读得少，顶层读得多。',
        more: '窗口注意力还能限制开销：每个词元最多关注 w 个键，每个词元的计算量不再随总长度增长。',
        downside: '用窗口注意力时，该层的词元看不到窗口之外的内容；报告也没有给出具体的窗口大小。',
      },
      prose:
        '窗口注意力把每个词元限制在最近的一段窗口内。Qwen 发现低层比高层对上下文扩展更敏感，于是按层设置窗口：低层用短窗口，高层用长窗口。报告没有给出具体的窗口大小。',
    },
    compare: {
      with: 'logn',
      en: 'LogN scaling keeps attention sharp over many tokens; window attention instead limits how many tokens each layer may look at.',
      zh: 'LogN 缩放让注意力在很多词元上保持集中；窗口注意力则直接限制每层能看多少个词元。',
    },
  },
  {
    id: 'kv-cache',
    en: {
      names: ['the KV cache', 'KV cache', 'kv cache', 'key-value cache', 'key value caching'],
      answer:
        'The KV cache stores the keys and values of earlier tokens, so each new token only computes its own and attends to the cache, costing O(n·d) per step instead of recomputing everything.',
      key: 'stores the keys and values',
      questions: [
        'What is the KV cache?',
        'Why is decoding fast with a KV cache?',
        'What does the model store while generating?',
        'How much does each new token cost with a cache?',
        'kv cache?',
        'Why does the KV cache grow during generation?',
        'kv caching?',
        'why is generation O(n·d) per token instead of recomputing everything',
        'are queries cached too or only keys and values',
        'how does caching past keys and values speed up decoding',
        'what gets reused from earlier tokens when generating the next one',
        'what is a kv cahce',
        'key value cache vs recomputing the whole prefix',
        'is it true generation without a cache redoes the whole prefix every step',
        'so when a chatbot types word by word, does it redo all the attention for old words every time?',
        'why keep old keys and values around during generation',
        'what does past_key_values mean in hugging face',
        'incremental decoding with cached keys, how does it work',
        'memory vs speed tradeoff when generating, what is being cached',
        'why does each new token only compute its own key and value',
      ],
      heldout: [
        "what's the point of a kv cache",
        'why dont we recompute old keys every step',
        'how big does the kv cache get',
        'explain kv caching like im five',
      ],
      followUps: {
        why: 'Past keys and values never change during generation, so recomputing them each step is wasted work; the KV cache trades memory for that time.',
        example:
          'For Qwen-7B the KV cache holds 32 layers × 2 × 4096 numbers per token, about 0.5 MB in BF16, so 2048 tokens take about 1 GB.',
        simpler:
          'Think of the KV cache as lecture notes: instead of replaying the whole lecture for each new sentence, you glance at your notes.',
        more: 'Queries are not cached: only the newest token needs a query, while its keys and values are appended to the KV cache for later tokens.',
        downside:
          'The memory of the KV cache grows linearly with length and batch size, and for long inputs it can exceed the model weights; GQA is one way to shrink it.',
      },
      prose:
        'During generation a model predicts one token at a time. Without a cache it would recompute the whole prefix for every new token, O(n²·d) work. The KV cache stores the keys and values of all earlier tokens, so each step computes only the new token and attends to the cache. The cost per token is O(n·d), and the cache grows by one entry per token.',
    },
    zh: {
      names: ['KV 缓存', '键值缓存', 'kv cache', 'KV cache', 'kv 缓存'],
      answer:
        'KV 缓存保存前面词元的键和值，每个新词元只计算自己的键值并关注缓存，每步代价是 O(n·d)，不用全部重算。',
      key: '前面词元的键和值',
      questions: [
        '什么是 KV 缓存？',
        '为什么有了 KV 缓存解码更快？',
        '生成时模型保存了什么？',
        '有缓存时每个新词元的代价是多少？',
        'kv cache？',
        '为什么 KV 缓存在生成时会变大？',
        '查询也要缓存吗 还是只存键和值',
        '生成下一个词时能复用前面哪些东西',
        'kv 缓冲是啥',
        '不用缓存的话每步是不是要把前缀全算一遍',
        'past_key_values 是啥意思',
        '为啥每步代价是 O(n·d)',
        'chatgpt 一个字一个字往外蹦 每次都重算前面的注意力吗',
        '缓存键值换来了什么',
        '增量解码怎么做的',
        'KV cache 省了啥',
        '为什么只缓存 K 和 V',
        '每个新词元只算自己的键值是啥意思',
        '推理加速里的 kv 缓存原理',
        'kv cache 咋就能加速了',
      ],
      heldout: [
        'kv cache 到底有啥用',
        '为什么不每步重算旧的 key',
        'kv 缓存会变得多大',
        '用大白话讲讲键值缓存',
      ],
      followUps: {
        why: '生成时过去的键值不会再变，每步重算纯属浪费；KV 缓存用内存换来了这部分时间。',
        example:
          'Qwen-7B 的 KV 缓存每个词元要存 32 层 × 2 × 4096 个数，BF16 下约 0.5 MB，2048 个词元约 1 GB。',
        simpler: 'KV 缓存就像上课记的笔记：每听一句新话，不用把整堂课重放一遍，看一眼笔记就行。',
        more: '查询不需要缓存：只有最新的词元需要查询，它的键和值则追加到 KV 缓存里，留给后面的词元用。',
        downside:
          'KV 缓存的内存随长度和批大小线性增长，长输入时甚至超过模型权重；GQA 是缩小它的一种办法。',
      },
      prose:
        '生成时模型一次预测一个词元。没有缓存的话，每个新词元都要把整个前缀重算一遍，代价是 O(n²·d)。KV 缓存保存所有前面词元的键和值，每一步只计算新词元并关注缓存。每个词元的代价是 O(n·d)，缓存每步增加一项。',
    },
    compare: {
      with: 'gqa',
      en: 'GQA shrinks the KV cache: the cache stores keys and values per key-value head, and GQA shares each such head among several query heads.',
      zh: 'KV 缓存要为每个键值头保存键和值；GQA 让几个查询头共享一个键值头，缓存因此变小。',
    },
  },
];
