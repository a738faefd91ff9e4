/**
 * Corpus topics about the Qwen architecture and training setup (report §2.3–2.4): RoPE and its
 * base, RMSNorm, Pre-Norm, SwiGLU, untied embeddings, QKV bias, Flash attention, the 2048
 * context and BF16.
 *
 * Deliberately left out: long-context tricks (topics-long-context.ts) and alignment.
 */
import type { Topic } from './types.ts';

export const ARCHITECTURE_TOPICS: Topic[] = [
  {
    id: 'rope',
    en: {
      answer:
        'RoPE, rotary position embedding, rotates each pair of query and key dimensions by an angle proportional to the position, so attention scores depend on relative distance.',
      key: 'rotary position embedding',
      questions: [
        'What is RoPE?',
        'How does Qwen encode positions?',
        'Explain rotary position embedding.',
        'Why does RoPE rotate queries and keys?',
        'What positional encoding does Qwen use?',
        'How does RoPE give relative positions?',
      ],
      prose:
        'Qwen encodes positions with RoPE, the rotary position embedding. Each pair of dimensions of a query or key is rotated by an angle equal to the position times a frequency. The dot product of a rotated query and key then depends only on their relative distance. Qwen computes the inverse frequencies in FP32 for accuracy.',
    },
    zh: {
      answer:
        'RoPE 即旋转位置编码，它把查询和键的每一对维度按与位置成正比的角度旋转，使注意力分数只取决于相对距离。',
      key: '旋转位置编码',
      questions: [
        '什么是 RoPE？',
        'Qwen 怎样编码位置？',
        '解释一下旋转位置编码。',
        '为什么 RoPE 要旋转查询和键？',
        'Qwen 用的是哪种位置编码？',
        'RoPE 怎样表示相对位置？',
      ],
      prose:
        'Qwen 用 RoPE，即旋转位置编码，来表示位置。查询和键的每一对维度都按“位置乘以频率”的角度旋转，旋转后的查询与键的点积只取决于两者的相对距离。Qwen 用 FP32 计算逆频率，以保证精度。',
    },
  },
  {
    id: 'rope-base',
    en: {
      answer:
        'The RoPE base is 10000: dimension pair i turns with frequency 1 / 10000^(2i/d), so early pairs spin fast and late pairs spin slowly.',
      key: '10000',
      questions: [
        'What is the RoPE base?',
        'What does the base of RoPE control?',
        'Which RoPE base does Qwen use?',
        'How are RoPE frequencies computed?',
        'What is theta in RoPE?',
        'Why do some RoPE dimensions rotate slowly?',
      ],
      prose:
        'The base of RoPE sets its frequencies. With base 10000, dimension pair i rotates with inverse frequency 1 / 10000^(2i/d). The first pairs spin quickly and capture nearby positions, while the last pairs spin slowly and capture long distances. Raising the base slows every rotation.',
    },
    zh: {
      answer:
        'RoPE 的基数是 10000：第 i 对维度的频率是 1 / 10000^(2i/d)，所以前面的维度转得快，后面的维度转得慢。',
      key: '10000',
      questions: [
        'RoPE 的基数是什么？',
        'RoPE 的基数控制什么？',
        'Qwen 用多大的 RoPE 基数？',
        'RoPE 的频率怎么计算？',
        'RoPE 里的 theta 是什么？',
        '为什么有些 RoPE 维度转得很慢？',
      ],
      prose:
        'RoPE 的基数决定它的频率。基数为 10000 时，第 i 对维度的逆频率是 1 / 10000^(2i/d)。前面的维度转得快，捕捉近距离；后面的维度转得慢，捕捉远距离。增大基数会让所有旋转都变慢。',
    },
  },
  {
    id: 'rmsnorm',
    en: {
      answer:
        'RMSNorm divides each vector by its root mean square and multiplies by a learned weight; unlike LayerNorm it subtracts no mean and has no bias, so it is cheaper.',
      key: 'root mean square',
      questions: [
        'What is RMSNorm?',
        'How does RMSNorm differ from LayerNorm?',
        'Which normalization does Qwen use?',
        'Explain root mean square normalization.',
        'Why does Qwen use RMSNorm?',
        'What is the formula of RMSNorm?',
      ],
      prose:
        'Qwen normalizes activations with RMSNorm. Each vector is divided by its root mean square, the square root of the mean of its squares plus a small epsilon, and then scaled by a learned weight. Unlike LayerNorm it does not subtract the mean and has no bias, which saves computation with the same stability.',
    },
    zh: {
      answer:
        'RMSNorm 把每个向量除以它的均方根，再乘以可学习的权重；和 LayerNorm 不同，它不减均值也没有偏置，计算更省。',
      key: '均方根',
      questions: [
        '什么是 RMSNorm？',
        'RMSNorm 和 LayerNorm 有什么区别？',
        'Qwen 用哪种归一化？',
        '解释一下均方根归一化。',
        'Qwen 为什么用 RMSNorm？',
        'RMSNorm 的公式是什么？',
      ],
      prose:
        'Qwen 用 RMSNorm 做归一化。每个向量除以它的均方根，即各分量平方的平均值加上一个很小的 epsilon 后再开方，然后乘以可学习的权重。它不像 LayerNorm 那样减去均值，也没有偏置，计算更少而稳定性相当。',
    },
  },
  {
    id: 'pre-norm',
    en: {
      answer:
        'Pre-Norm applies the normalization before each attention and feed-forward block and adds the result to the residual stream, which makes training more stable than Post-Norm.',
      key: 'before each',
      questions: [
        'What is Pre-Norm?',
        'Where is the normalization placed in Qwen?',
        'Pre-Norm or Post-Norm?',
        'Why normalize before the attention block?',
        'How is the residual connection arranged in Qwen?',
        'Why is Pre-Norm more stable?',
      ],
      prose:
        'Qwen uses Pre-Norm: the input of each attention block and each feed-forward block is normalized first, and the block output is added back to the unnormalized residual stream. Compared with Post-Norm, gradients flow more easily through the residual path, so training is more stable. A final norm comes before the output layer.',
    },
    zh: {
      answer:
        'Pre-Norm 在每个注意力块和前馈块之前做归一化，再把结果加回残差流，这比 Post-Norm 训练更稳定。',
      key: '之前做归一化',
      questions: [
        '什么是 Pre-Norm？',
        'Qwen 把归一化放在哪里？',
        '用 Pre-Norm 还是 Post-Norm？',
        '为什么在注意力块之前做归一化？',
        'Qwen 的残差连接是怎样安排的？',
        '为什么 Pre-Norm 更稳定？',
      ],
      prose:
        'Qwen 采用 Pre-Norm：每个注意力块和前馈块的输入都先归一化，块的输出再加回未归一化的残差流。与 Post-Norm 相比，梯度更容易沿残差路径传播，训练更稳定。输出层之前还有一个最终归一化。',
    },
  },
  {
    id: 'swiglu',
    en: {
      answer:
        'SwiGLU computes down(silu(gate(x)) * up(x)), a gated feed-forward layer; Qwen shrinks its hidden size to about 8/3 of the model width to keep the parameter count.',
      key: '8/3',
      questions: [
        'What is SwiGLU?',
        'What activation does Qwen use?',
        'How does the Qwen feed-forward layer work?',
        'Why is the FFN size 8/3 of the hidden size?',
        'Explain the gated linear unit in Qwen.',
        'What is SiLU used for in Qwen?',
      ],
      prose:
        'The feed-forward layer of Qwen is SwiGLU. Two projections, gate and up, read the input; the gate goes through SiLU, the two are multiplied element by element, and a down projection maps back. Because there are three matrices instead of two, the hidden size is reduced from 4 times to about 8/3 times the model width.',
    },
    zh: {
      answer:
        'SwiGLU 计算 down(silu(gate(x)) * up(x))，是带门控的前馈层；Qwen 把它的隐藏维度缩小到模型宽度的约 8/3，以保持参数量。',
      key: '8/3',
      questions: [
        '什么是 SwiGLU？',
        'Qwen 用什么激活函数？',
        'Qwen 的前馈层怎样工作？',
        '为什么前馈层大小是隐藏维度的 8/3？',
        '解释一下 Qwen 里的门控线性单元。',
        'Qwen 里 SiLU 用来做什么？',
      ],
      prose:
        'Qwen 的前馈层是 SwiGLU。gate 和 up 两个投影读取输入，gate 经过 SiLU，两者逐元素相乘，再由 down 投影映射回去。因为有三个矩阵而不是两个，隐藏维度从 4 倍缩小到模型宽度的约 8/3 倍。',
    },
  },
  {
    id: 'untied',
    en: {
      answer:
        'Qwen unties the embeddings: the input embedding and the output projection are separate matrices, which costs memory but gives better performance.',
      key: 'separate matrices',
      questions: [
        'What are untied embeddings?',
        'Does Qwen share the embedding and lm_head?',
        'Why untie the input and output embeddings?',
        'Is the output layer tied to the embedding in Qwen?',
        'What is weight tying?',
        'How many embedding matrices does Qwen have?',
      ],
      prose:
        'Many small models tie weights: the output layer reuses the input embedding matrix. Qwen does not. Its input embedding and its output projection, the lm_head, are separate matrices. This uses more memory, but the report found it performs better.',
    },
    zh: {
      answer: 'Qwen 不共享嵌入权重：输入嵌入和输出投影是两个独立的矩阵，这样更占内存，但效果更好。',
      key: '独立的矩阵',
      questions: [
        '什么是不共享的嵌入？',
        'Qwen 的嵌入层和 lm_head 共享吗？',
        '为什么不共享输入和输出嵌入？',
        'Qwen 的输出层和嵌入层绑定吗？',
        '什么是权重共享？',
        'Qwen 有几个嵌入矩阵？',
      ],
      prose:
        '很多小模型会共享权重：输出层复用输入嵌入矩阵。Qwen 没有这样做，它的输入嵌入和输出投影 lm_head 是两个独立的矩阵。这样更占内存，但报告发现效果更好。',
    },
  },
  {
    id: 'qkv-bias',
    en: {
      answer:
        'Qwen removes most biases but keeps a bias on the query, key and value projections, which the report adds to improve extrapolation to longer contexts.',
      key: 'query, key and value',
      questions: [
        'What is QKV bias?',
        'Does Qwen use biases?',
        'Why add bias to the QKV projections?',
        'Which layers in Qwen have a bias?',
        'Is there a bias in the attention projections?',
        'Does the output projection have a bias?',
      ],
      prose:
        'Most linear layers in Qwen have no bias. The exception is attention: the query, key and value projections keep a bias, while the output projection has none. The report adds this QKV bias to help the model extrapolate to longer contexts.',
    },
    zh: {
      answer:
        'Qwen 去掉了大多数偏置，但在查询、键和值的投影上保留偏置，报告加入它是为了提升对更长上下文的外推能力。',
      key: '查询、键和值',
      questions: [
        '什么是 QKV 偏置？',
        'Qwen 用偏置吗？',
        '为什么给 QKV 投影加偏置？',
        'Qwen 哪些层有偏置？',
        '注意力投影里有偏置吗？',
        '输出投影有偏置吗？',
      ],
      prose:
        'Qwen 的大多数线性层没有偏置。例外是注意力：查询、键和值的投影保留偏置，输出投影则没有。报告加入 QKV 偏置，是为了帮助模型外推到更长的上下文。',
    },
  },
  {
    id: 'flash-attention',
    en: {
      answer:
        'Flash attention computes attention in tiles with an online softmax, so the full attention matrix is never stored; it saves memory and time, and Qwen used it in training.',
      key: 'online softmax',
      questions: [
        'What is Flash attention?',
        'How does Flash attention save memory?',
        'Why did Qwen train with Flash attention?',
        'What is an online softmax?',
        'Does Flash attention change the result?',
        'Explain tiled attention.',
      ],
      prose:
        'Flash attention is an exact way to compute attention in tiles. It keeps a running maximum and a running sum, an online softmax, so the full attention matrix never has to be stored in memory. The result is the same as ordinary attention, but faster and lighter. Qwen used Flash attention during pretraining.',
    },
    zh: {
      answer:
        'Flash 注意力把注意力分块计算，并使用在线 softmax，所以不必存下完整的注意力矩阵；它省内存也更快，Qwen 训练时用了它。',
      key: '在线 softmax',
      questions: [
        '什么是 Flash 注意力？',
        'Flash 注意力怎样节省内存？',
        'Qwen 为什么用 Flash 注意力训练？',
        '什么是在线 softmax？',
        'Flash 注意力会改变结果吗？',
        '解释一下分块注意力。',
      ],
      prose:
        'Flash 注意力是一种分块计算注意力的精确方法。它维护一个滚动的最大值和滚动的和，也就是在线 softmax，因此不用在内存中保存完整的注意力矩阵。结果和普通注意力相同，但更快更省。Qwen 预训练时使用了 Flash 注意力。',
    },
  },
  {
    id: 'context-2048',
    en: {
      answer:
        'Qwen was pretrained with a context length of 2048 tokens; longer inputs at inference rely on tricks like NTK-aware scaling, LogN and window attention.',
      key: '2048',
      questions: [
        'What is the context length of Qwen?',
        'How long is the training context?',
        'How many tokens can Qwen see in pretraining?',
        'What happens beyond 2048 tokens?',
        'What was the sequence length in Qwen pretraining?',
        'Why does context length matter?',
      ],
      prose:
        'Qwen was pretrained on sequences of 2048 tokens. Attention cost grows with the square of the length, so training on very long sequences is expensive. To read longer inputs at inference, the report adds training-free tricks: NTK-aware scaling, LogN attention scaling and window attention.',
    },
    zh: {
      answer:
        'Qwen 预训练时的上下文长度是 2048 个词元；推理时处理更长的输入要靠 NTK 感知缩放、LogN 和窗口注意力等技巧。',
      key: '2048',
      questions: [
        'Qwen 的上下文长度是多少？',
        '训练时的上下文有多长？',
        'Qwen 预训练时能看到多少个词元？',
        '超过 2048 个词元会怎样？',
        'Qwen 预训练的序列长度是多少？',
        '上下文长度为什么重要？',
      ],
      prose:
        'Qwen 预训练使用 2048 个词元的序列。注意力的计算量随长度的平方增长，所以在很长的序列上训练很昂贵。为了在推理时读更长的输入，报告加入了无需训练的技巧：NTK 感知缩放、LogN 注意力缩放和窗口注意力。',
    },
  },
  {
    id: 'bf16',
    en: {
      answer:
        'Qwen trains in BF16, bfloat16, which keeps the 8 exponent bits of FP32 but only 7 mantissa bits, so it has the same range with less precision and half the memory.',
      key: 'bfloat16',
      questions: [
        'What is BF16?',
        'Which number format does Qwen train in?',
        'How does BF16 differ from FP16?',
        'Why train with BF16?',
        'How many bits does BF16 have?',
        'What is mixed precision training?',
      ],
      prose:
        'Qwen uses BF16 mixed precision. BF16, or bfloat16, is a 16-bit format with the same 8 exponent bits as FP32 and only 7 mantissa bits. It covers the same range of values as FP32, so it rarely overflows, but rounds more coarsely. Sensitive parts such as RoPE frequencies stay in FP32.',
    },
    zh: {
      answer:
        'Qwen 用 BF16 即 bfloat16 训练，它保留 FP32 的 8 位指数但只有 7 位尾数，所以范围相同、精度较低，内存减半。',
      key: 'bfloat16',
      questions: [
        '什么是 BF16？',
        'Qwen 用什么数值格式训练？',
        'BF16 和 FP16 有什么区别？',
        '为什么用 BF16 训练？',
        'BF16 有多少位？',
        '什么是混合精度训练？',
      ],
      prose:
        'Qwen 使用 BF16 混合精度。BF16 也叫 bfloat16，是 16 位格式，和 FP32 一样有 8 位指数，但只有 7 位尾数。它和 FP32 的数值范围相同，很少溢出，只是舍入更粗。RoPE 频率等敏感部分仍用 FP32。',
    },
  },
];
