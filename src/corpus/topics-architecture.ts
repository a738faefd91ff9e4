/**
 * Corpus topics about the Qwen architecture and training setup (report §2.3–2.4): RoPE and its
 * base, RMSNorm, Pre-Norm, SwiGLU, untied embeddings, QKV bias, Flash attention, the 2048
 * context and BF16, each with names, held-out questions, follow-up replies and a comparison.
 *
 * Deliberately left out: long-context tricks (topics-long-context.ts), general attention
 * background such as softmax, GQA, LayerNorm and FP32 RoPE (topics-attention.ts), and alignment.
 */
import type { Topic } from './types.ts';

export const ARCHITECTURE_TOPICS: Topic[] = [
  {
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
      questions: [
        'What is RoPE?',
        'How does Qwen encode positions?',
        'rope?',
        'Why does RoPE rotate queries and keys?',
        'What positional encoding does Qwen use?',
        'How does RoPE give relative positions?',
      ],
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
      questions: [
        '什么是 RoPE？',
        'Qwen 怎样编码位置？',
        'RoPE？',
        '为什么 RoPE 要旋转查询和键？',
        'Qwen 用的是哪种位置编码？',
        'RoPE 怎样表示相对位置？',
      ],
      heldout: [
        'rope 是干嘛的',
        '旋转位置编码到底在转什么',
        '用大白话讲讲 RoPE',
        '旋专位置编码是啥',
      ],
      followUps: {
        why: 'RoPE 用旋转而不是加一个位置向量，因为旋转不改变向量长度，还能让查询和键的点积只取决于两者的距离。',
        example:
          'RoPE 里最快的一对维度每个位置转 1 弧度：位置 7 的查询和位置 3 的键相差 4 弧度，和位置 107、103 完全一样。',
        simpler:
          '可以把 RoPE 想成钟表指针：每个词元按自己的位置拨动指针，注意力只看两个钟相差多少。',
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
  },
  {
    id: 'rope-base',
    en: {
      names: ['the RoPE base', 'RoPE base', 'rotary base', 'rope theta', 'rope base frequency'],
      answer:
        'The RoPE base is 10000: dimension pair i turns with frequency 1 / 10000^(2i/d), so early pairs spin fast and late pairs spin slowly.',
      key: 'base is 10000',
      questions: [
        'What is the RoPE base?',
        'rope base?',
        'Which RoPE base does Qwen use?',
        'How are RoPE frequencies computed?',
        'What is theta in RoPE?',
        'Why do some RoPE dimensions rotate slowly?',
      ],
      heldout: [
        'what number is the rope base in qwen',
        'why 10000 for the rotary base',
        'how fast does each rope dimension spin',
        'what does rope_theta control',
      ],
      followUps: {
        why: 'A large value for the RoPE base spreads the frequencies over many scales, so fast pairs tell neighbours apart while slow pairs still separate tokens thousands of positions away.',
        example:
          'With the RoPE base 10000 and d = 128, pair 0 turns 1 radian per token, one turn in about 6 tokens; the last pair needs about 54,000 tokens per turn.',
        simpler:
          'Choosing the RoPE base is like choosing the gears of a clock: a bigger base adds slower hands that take longer to go round.',
        more: 'Only the RoPE base changes under NTK-aware scaling: Qwen keeps 10000 for training and raises it at inference for inputs longer than 2048 tokens.',
        downside:
          'With the RoPE base fixed, only the trained lengths are covered: the slowest pairs never complete a turn in 2048 tokens, so longer inputs show them new angles.',
      },
      prose:
        'The base of RoPE sets its frequencies. With base 10000, dimension pair i rotates with inverse frequency 1 / 10000^(2i/d). The first pairs spin quickly and capture nearby positions, while the last pairs spin slowly and capture long distances. Raising the base slows every rotation except the first.',
    },
    zh: {
      names: ['RoPE 的基数', 'RoPE 基数', '旋转编码的基数', 'rope theta', 'rope base'],
      answer:
        'RoPE 的基数是 10000：第 i 对维度的频率是 1 / 10000^(2i/d)，所以前面的维度转得快，后面的维度转得慢。',
      key: '基数是 10000',
      questions: [
        'RoPE 的基数是什么？',
        'rope base？',
        'Qwen 用多大的 RoPE 基数？',
        'RoPE 的频率怎么计算？',
        'RoPE 里的 theta 是什么？',
        '为什么有些 RoPE 维度转得很慢？',
      ],
      heldout: [
        'qwen 的 rope 基数是多少来着',
        '为什么旋转基数选 10000',
        'rope_theta 控制的是什么',
        'RoPE 每个维度转多快',
      ],
      followUps: {
        why: 'RoPE 的基数把频率铺开到很多尺度：快的维度区分相邻词元，慢的维度能分辨相隔几千个位置的词元。',
        example:
          'RoPE 的基数为 10000、d = 128 时，第 0 对维度约 6 个词元转一圈，最后一对约 54000 个词元才转一圈。',
        simpler: 'RoPE 的基数就像给钟表选齿轮：基数越大，就多出一些转得更慢、很久才转一圈的指针。',
        more: 'NTK 感知缩放只改 RoPE 的基数：Qwen 训练时用 10000，推理时遇到超过 2048 个词元的输入才把它调大。',
        downside:
          'RoPE 的基数固定时只覆盖训练长度；最慢的维度在 2048 个词元内转不满一圈，更长的输入会让它们出现新角度。',
      },
      prose:
        'RoPE 的基数决定它的频率。基数为 10000 时，第 i 对维度的逆频率是 1 / 10000^(2i/d)。前面的维度转得快，捕捉近距离；后面的维度转得慢，捕捉远距离。增大基数会让除第一对以外的所有旋转都变慢。',
    },
    compare: {
      with: 'ntk',
      en: 'During training the RoPE base is a fixed 10000; NTK-aware scaling raises it at inference so the slow dimensions stretch over longer inputs.',
      zh: 'RoPE 的基数在训练时固定为 10000；NTK 感知缩放在推理时把它调大，让慢速维度覆盖更长的输入。',
    },
  },
  {
    id: 'rmsnorm',
    en: {
      names: [
        'RMSNorm',
        'root mean square normalization',
        'rms norm',
        'rmsnorm',
        'RMS normalization',
      ],
      answer:
        'RMSNorm divides each vector by its root mean square and multiplies by a learned weight; unlike LayerNorm it subtracts no mean and has no bias, so it is cheaper.',
      key: 'root mean square',
      questions: [
        'What is RMSNorm?',
        'How does RMSNorm differ from LayerNorm?',
        'Which normalization does Qwen use?',
        'rmsnorm?',
        'Why does Qwen use RMSNorm?',
        'What is the formula of RMSNorm?',
      ],
      heldout: [
        'rmsnorm vs layernorm what is the difference',
        'why does qwen normalize with rms',
        'waht does rmsnorm do',
        'is there a mean subtraction in rmsnorm',
      ],
      followUps: {
        why: 'RMSNorm keeps activations at a steady scale so deep stacks train stably, and dropping the mean saves work without hurting quality.',
        example:
          'RMSNorm of [3, 4]: the mean square is (9 + 16) / 2 = 12.5, its root about 3.54, so the output is about [0.85, 1.13] before the weight.',
        simpler:
          'RMSNorm is a volume knob: it turns every vector to about the same loudness, then a learned weight fine-tunes each channel.',
        more: 'RMSNorm in Qwen adds an epsilon of 1e-6 inside the square root, so a vector of zeros never causes a division by zero.',
        downside:
          'RMSNorm still needs a sum over the whole vector, and without the mean it cannot remove a constant offset shared by all channels.',
      },
      prose:
        'Qwen normalizes activations with RMSNorm. Each vector is divided by its root mean square, the square root of the mean of its squares plus a small epsilon (1e-6 in Qwen), and then scaled by a learned weight. Unlike LayerNorm it does not subtract the mean and has no bias, which saves computation with the same stability.',
    },
    zh: {
      names: ['RMSNorm', '均方根归一化', 'rms norm', 'rmsnorm', 'RMS 归一化'],
      answer:
        'RMSNorm 把每个向量除以它的均方根，再乘以可学习的权重；和 LayerNorm 不同，它不减均值也没有偏置，计算更省。',
      key: '均方根',
      questions: [
        '什么是 RMSNorm？',
        'RMSNorm 和 LayerNorm 有什么区别？',
        'Qwen 用哪种归一化？',
        'rmsnorm？',
        'Qwen 为什么用 RMSNorm？',
        'RMSNorm 的公式是什么？',
      ],
      heldout: [
        'rmsnorm 跟 layernorm 差在哪',
        '均方根归一化具体算了啥',
        'qwen 的归一化层为啥不减均值',
        'RMS norm 用大白话说是什么',
      ],
      followUps: {
        why: 'RMSNorm 让激活保持稳定的尺度，深层网络训练更稳；去掉均值能省计算，效果却基本不变。',
        example:
          '对 [3, 4] 做 RMSNorm：平方均值 (9 + 16) / 2 = 12.5，开方约 3.54，输出约 [0.85, 1.13]，再乘权重。',
        simpler: 'RMSNorm 像音量旋钮：先把每个向量调到差不多的音量，再用可学习的权重微调每个通道。',
        more: 'Qwen 的 RMSNorm 在开方里加了 1e-6 的 epsilon，所以全零向量也不会除以零。',
        downside:
          'RMSNorm 仍要对整个向量求一次平方和；而且不减均值，就去不掉所有通道共有的常数偏移。',
      },
      prose:
        'Qwen 用 RMSNorm 做归一化。每个向量除以它的均方根，即各分量平方的平均值加上一个很小的 epsilon（Qwen 里是 1e-6）后再开方，然后乘以可学习的权重。它不像 LayerNorm 那样减去均值，也没有偏置，计算更少而稳定性相当。',
    },
    compare: {
      with: 'layernorm',
      en: 'LayerNorm subtracts the mean, divides by the standard deviation and adds a bias; RMSNorm only divides by the root mean square and scales, which is cheaper.',
      zh: 'LayerNorm 要减均值、除以标准差，还要加偏置；RMSNorm 只除以均方根再乘权重，计算更省。',
    },
  },
  {
    id: 'pre-norm',
    en: {
      names: ['Pre-Norm', 'pre-normalization', 'pre norm', 'prenorm', 'pre-layer normalization'],
      answer:
        'Pre-Norm applies the normalization before each attention and feed-forward block and adds the result to the residual stream, which makes training more stable than Post-Norm.',
      key: 'before each',
      questions: [
        'What is Pre-Norm?',
        'Where is the normalization placed in Qwen?',
        'Pre-Norm or Post-Norm?',
        'Why normalize before the attention block?',
        'prenorm?',
        'Why is Pre-Norm more stable?',
      ],
      heldout: [
        'pre norm vs post norm which one does qwen use',
        'why put the norm first',
        'where does the rmsnorm go in each qwen block',
        'whats the point of prenorm',
      ],
      followUps: {
        why: 'Pre-Norm leaves the residual path untouched, so gradients reach early layers directly; Post-Norm normalizes that path and often needs careful warmup.',
        example:
          'With Pre-Norm a layer computes x = x + attn(norm(x)), then x = x + ffn(norm(x)); the tiny model has 4 layers, so 8 norms plus one final norm.',
        simpler:
          'Pre-Norm means each block tidies up its own copy of the input before working, while the original stays untouched on the main road.',
        more: 'Because Pre-Norm never normalizes the residual stream itself, its values can grow layer by layer, so a final norm comes before the output projection.',
        downside:
          'With Pre-Norm the residual stream keeps growing, so each later layer changes it relatively less, and very deep layers can end up contributing little.',
      },
      prose:
        'Qwen uses Pre-Norm: the input of each attention block and each feed-forward block is normalized first, and the block output is added back to the unnormalized residual stream. Compared with Post-Norm, gradients flow more easily through the residual path, so training is more stable. A final norm comes before the output layer.',
    },
    zh: {
      names: ['Pre-Norm', '前置归一化', 'pre norm', 'prenorm', '前置层归一化'],
      answer:
        'Pre-Norm 在每个注意力块和前馈块之前做归一化，再把结果加回残差流，这比 Post-Norm 训练更稳定。',
      key: '之前做归一化',
      questions: [
        '什么是 Pre-Norm？',
        'Qwen 把归一化放在哪里？',
        '用 Pre-Norm 还是 Post-Norm？',
        '为什么在注意力块之前做归一化？',
        'prenorm？',
        '为什么 Pre-Norm 更稳定？',
      ],
      heldout: [
        'pre norm 和 post norm 选哪个',
        'qwen 为啥先归一化再进注意力',
        '每个块里 rmsnorm 放在什么位置',
        '前置归一化有啥好处',
      ],
      followUps: {
        why: 'Pre-Norm 不碰残差路径，梯度能直接传到前面的层；Post-Norm 会归一化这条路径，往往要小心地预热。',
        example:
          '用 Pre-Norm 时每层算 x = x + attn(norm(x)) 和 x = x + ffn(norm(x))；迷你模型 4 层，共 8 个归一化加最后 1 个。',
        simpler: 'Pre-Norm 就是每个块先把自己那份输入整理干净再干活，主干道上的原始信息不被改动。',
        more: '因为 Pre-Norm 从不归一化残差流本身，它的数值会逐层变大，所以输出投影之前还有一个最终归一化。',
        downside: '用 Pre-Norm 时残差流越来越大，后面的层相对改动越来越小，很深的层可能贡献不多。',
      },
      prose:
        'Qwen 采用 Pre-Norm：每个注意力块和前馈块的输入都先归一化，块的输出再加回未归一化的残差流。与 Post-Norm 相比，梯度更容易沿残差路径传播，训练更稳定。输出层之前还有一个最终归一化。',
    },
    compare: {
      with: 'residual-stream',
      en: 'Pre-Norm normalizes only the copy each block reads from the residual stream, never the stream itself, which stays a plain running sum.',
      zh: '残差流是贯穿模型的累加和；Pre-Norm 只归一化每个块读取的那份副本，从不改动残差流本身。',
    },
  },
  {
    id: 'swiglu',
    en: {
      names: [
        'SwiGLU',
        'the SwiGLU activation',
        'swiglu',
        'gated linear unit',
        'SwiGLU feed-forward',
      ],
      answer:
        'SwiGLU computes down(silu(gate(x)) * up(x)), a gated feed-forward layer; Qwen shrinks its hidden size to about 8/3 of the model width to keep the parameter count.',
      key: '8/3',
      questions: [
        'What is SwiGLU?',
        'What activation does Qwen use?',
        'What does the Qwen feed-forward layer compute?',
        'Why is the FFN size 8/3 of the hidden size?',
        'swiglu?',
        'What is SiLU used for in Qwen?',
      ],
      heldout: [
        'swiglu vs relu whats better',
        'why is the ffn only 8/3 times the width',
        'what does the gate in swiglu do',
        'explain the qwen mlp like im five',
      ],
      followUps: {
        why: 'SwiGLU lets one projection act as a gate that decides, per channel, how much of the other passes through; gated layers reach lower loss than plain ReLU.',
        example:
          "In the tiny model SwiGLU maps width 128 to 352, near 8/3 × 128 ≈ 341; its three 128×352 matrices hold about 135K weights, like a plain 4× FFN's 131K.",
        simpler:
          'SwiGLU is like a mixing desk: one path makes the signal, the other is a row of faders deciding how loud each channel gets.',
        more: 'SiLU, used inside SwiGLU, is x · sigmoid(x): it grows smoothly like ReLU but gives slightly negative outputs for small negative inputs.',
        downside:
          'SwiGLU needs three matrices instead of two, so for the same parameters the hidden layer must be narrower, and it does one more matrix multiplication.',
      },
      prose:
        'The feed-forward layer of Qwen is SwiGLU. Two projections, gate and up, read the input; the gate goes through SiLU, the two are multiplied element by element, and a down projection maps back. Because there are three matrices instead of two, the hidden size is reduced from 4 times to about 8/3 times the model width.',
    },
    zh: {
      names: ['SwiGLU', 'SwiGLU 激活函数', 'swiglu', '门控线性单元', 'SwiGLU 前馈层'],
      answer:
        'SwiGLU 计算 down(silu(gate(x)) * up(x))，是带门控的前馈层；Qwen 把隐藏维度缩到模型宽度的约 8/3，以保持参数量。',
      key: '8/3',
      questions: [
        '什么是 SwiGLU？',
        'Qwen 用什么激活函数？',
        'Qwen 的前馈层怎样工作？',
        '为什么前馈层大小是隐藏维度的 8/3？',
        'swiglu？',
        'Qwen 里 SiLU 用来做什么？',
      ],
      heldout: [
        'swiglu 和 relu 哪个好',
        'ffn 为啥只有 8/3 倍宽',
        'swiglu 里的 gate 是干什么的',
        '给小白讲讲 qwen 的 mlp',
      ],
      followUps: {
        why: 'SwiGLU 让一个投影充当门，逐通道决定另一个投影放行多少；带门控的前馈层比普通 ReLU 损失更低。',
        example:
          '迷你模型的 SwiGLU 把 128 维映射到 352 维，接近 8/3 × 128 ≈ 341，参数量和普通 4 倍前馈层相当。',
        simpler: 'SwiGLU 像调音台：一路产生信号，另一路是一排推子，决定每个通道放多大声。',
        more: 'SwiGLU 里的 SiLU 是 x · sigmoid(x)：像 ReLU 一样平滑增长，但小的负输入会得到略微为负的输出。',
        downside: 'SwiGLU 要三个矩阵而不是两个，参数相同时隐藏层只能更窄，还多做一次矩阵乘法。',
      },
      prose:
        'Qwen 的前馈层是 SwiGLU。gate 和 up 两个投影读取输入，gate 经过 SiLU，两者逐元素相乘，再由 down 投影映射回去。因为有三个矩阵而不是两个，隐藏维度从 4 倍缩小到模型宽度的约 8/3 倍。',
    },
    compare: {
      with: 'attention',
      en: 'Where self-attention mixes information between tokens, SwiGLU processes each token on its own, position by position.',
      zh: '自注意力在词元之间交换信息；SwiGLU 则对每个词元单独处理，逐个位置进行。',
    },
  },
  {
    id: 'untied',
    en: {
      names: [
        'untied embeddings',
        'untied embedding',
        'weight tying',
        'tied embeddings',
        'separate lm head',
      ],
      answer:
        'Qwen unties the embeddings: the input embedding and the output projection are separate matrices, which costs memory but gives better performance.',
      key: 'separate matrices',
      questions: [
        'What are untied embeddings?',
        'Does Qwen share the embedding and lm_head?',
        'Why untie the input and output embeddings?',
        'untied embeddings?',
        'What is weight tying?',
        'How many embedding matrices does Qwen have?',
      ],
      heldout: [
        'does qwen tie its input and output weights',
        'whats the point of untying embeddings',
        'tied vs untied embeddings which is better',
        'is lm_head the same matrix as the embedding in qwen',
      ],
      followUps: {
        why: 'With untied embeddings, reading a token and predicting a token get their own matrices, so neither job has to compromise; the report chose this for better performance.',
        example:
          'In the tiny model, untied embeddings mean two 2000×128 matrices of about 256K weights each instead of one shared matrix.',
        simpler:
          'With untied embeddings the model has one dictionary for reading words and a separate one for writing them.',
        more: 'Qwen-7B has a vocabulary of about 152K and a width of 4096, so untied embeddings add roughly 0.6B extra parameters.',
        downside:
          'The cost of untied embeddings is memory: the vocabulary matrices are doubled, which is a large share of the weights in a small model.',
      },
      prose:
        'Many small models tie weights: the output layer reuses the input embedding matrix. Qwen does not. Its input embedding and its output projection, the lm_head, are separate matrices. This uses more memory, but the report found it performs better.',
    },
    zh: {
      names: ['不共享的嵌入', '不共享嵌入', '权重共享', 'untied embedding', '解绑嵌入'],
      answer: 'Qwen 不共享嵌入权重：输入嵌入和输出投影是两个独立的矩阵，这样更占内存，但效果更好。',
      key: '独立的矩阵',
      questions: [
        '什么是不共享的嵌入？',
        'Qwen 的嵌入层和 lm_head 共享吗？',
        '为什么不共享输入和输出嵌入？',
        'untied embedding？',
        '什么是权重共享？',
        'Qwen 有几个嵌入矩阵？',
      ],
      heldout: [
        'qwen 的输入输出权重绑在一起吗',
        '嵌入不共享有什么好处',
        'tied 和 untied 有啥区别',
        'lm_head 跟 embedding 是同一个矩阵吗',
      ],
      followUps: {
        why: '用不共享的嵌入，读入词元和预测词元各有自己的矩阵，两件事不必互相迁就；报告为了更好的效果选择了它。',
        example:
          '迷你模型用不共享的嵌入，就有两个 2000×128 的矩阵，各约 25.6 万个权重，而不是共用一个。',
        simpler: '不共享的嵌入就是模型有两本词典：一本用来读词，另一本用来写词。',
        more: 'Qwen-7B 词表约 152K、宽度 4096，不共享的嵌入大约多出 6 亿个参数。',
        downside: '不共享的嵌入代价是内存：词表矩阵翻倍，对小模型来说会占掉很大一部分权重。',
      },
      prose:
        '很多小模型会共享权重：输出层复用输入嵌入矩阵。Qwen 没有这样做，它的输入嵌入和输出投影 lm_head 是两个独立的矩阵。这样更占内存，但报告发现效果更好。',
    },
    compare: {
      with: 'lm-head',
      en: 'The lm_head turns the final hidden state into scores over the vocabulary; with untied embeddings it is a separate matrix from the input embedding.',
      zh: 'lm_head 把最后的隐藏状态变成词表上的分数；用不共享的嵌入时，它和输入嵌入是两个独立的矩阵。',
    },
  },
  {
    id: 'qkv-bias',
    en: {
      names: ['the QKV bias', 'QKV bias', 'qkv bias', 'bias on query key value', 'attention bias'],
      answer:
        'Qwen removes most biases but keeps a bias on the query, key and value projections, which the report adds to improve extrapolation to longer contexts.',
      key: 'keeps a bias',
      questions: [
        'What is QKV bias?',
        'Does Qwen use biases?',
        'Why add bias to the QKV projections?',
        'Which layers in Qwen have a bias?',
        'qkv bias?',
        'Does the output projection have a bias?',
      ],
      heldout: [
        'why does qwen only put bias on qkv',
        'which linear layers in qwen have bias terms',
        'whats the point of the qkv bias',
        'does the mlp in qwen have biases',
      ],
      followUps: {
        why: 'The report adds the QKV bias to help the model extrapolate to longer contexts; the other layers work fine without biases, so they were removed.',
        example:
          'In the tiny model the QKV bias is 128 numbers for queries and 64 each for keys and values, 256 per layer, a tiny cost.',
        simpler:
          'Think of the QKV bias as a small learned offset added to every query, key and value, like a default setting each head starts from.',
        more: 'Qwen adds the QKV bias inside the projection, before RoPE rotates the queries and keys.',
        downside:
          'One cost of the QKV bias is a special case: every other linear layer is bias-free, so code that loads Qwen weights must remember this exception.',
      },
      prose:
        'Most linear layers in Qwen have no bias. The exception is attention: the query, key and value projections keep a bias, while the output projection has none. The report adds this QKV bias to help the model extrapolate to longer contexts.',
    },
    zh: {
      names: ['QKV 偏置', 'qkv bias', 'QKV 的偏置', '查询、键和值的偏置', '注意力偏置'],
      answer:
        'Qwen 去掉了大多数偏置，但在查询、键和值的投影上保留偏置，报告加入它是为了提升对更长上下文的外推能力。',
      key: '保留偏置',
      questions: [
        '什么是 QKV 偏置？',
        'Qwen 用偏置吗？',
        '为什么给 QKV 投影加偏置？',
        'Qwen 哪些层有偏置？',
        'qkv bias？',
        '输出投影有偏置吗？',
      ],
      heldout: [
        'qwen 为啥只在 qkv 上加 bias',
        '哪些线性层带偏置',
        'qkv 偏置有什么用处',
        'qwen 的 mlp 有没有 bias',
      ],
      followUps: {
        why: '报告加入 QKV 偏置是为了增强对更长上下文的外推能力；其他层没有偏置也能工作，所以都去掉了。',
        example: '迷你模型里 QKV 偏置是查询 128 个数、键和值各 64 个数，每层共 256 个，代价很小。',
        simpler: 'QKV 偏置就是给每个查询、键和值加一个可学习的小偏移，像每个头的默认起点。',
        more: 'QKV 偏置在投影里就加上了，之后 RoPE 才去旋转查询和键。',
        downside:
          'QKV 偏置多了一个特例：其他线性层都没有偏置，加载 Qwen 权重的代码必须记住这个例外。',
      },
      prose:
        'Qwen 的大多数线性层没有偏置。例外是注意力：查询、键和值的投影保留偏置，输出投影则没有。报告加入 QKV 偏置，是为了帮助模型外推到更长的上下文。',
    },
    compare: {
      with: 'extrapolation',
      en: 'The report adds the QKV bias as one small design choice to help length extrapolation, which means running a model beyond its training length.',
      zh: '长度外推是让模型处理超过训练长度的输入；QKV 偏置是报告为帮助外推加入的一个小设计。',
    },
  },
  {
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
      questions: [
        'What is Flash attention?',
        'How does Flash attention save memory?',
        'Why did Qwen train with Flash attention?',
        'What is an online softmax?',
        'Does Flash attention change the result?',
        'flash attn?',
      ],
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
      questions: [
        '什么是 Flash 注意力？',
        'Flash 注意力怎样节省内存？',
        'Qwen 为什么用 Flash 注意力训练？',
        '什么是在线 softmax？',
        'Flash 注意力会改变结果吗？',
        'flash attn？',
      ],
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
        simpler:
          'Flash 注意力像一页一页地读一本厚书并随手记摘要，而不是把整本书抄到一张巨大的纸上。',
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
  },
  {
    id: 'context-2048',
    en: {
      names: [
        'the 2048-token context',
        'the Qwen context length',
        'context length',
        'context window',
        'max sequence length',
      ],
      answer:
        'Qwen was pretrained with a context length of 2048 tokens; longer inputs at inference rely on tricks like NTK-aware scaling, LogN and window attention.',
      key: 'context length of 2048',
      questions: [
        'What is the context length of Qwen?',
        'How long is the training context?',
        'How many tokens can Qwen see in pretraining?',
        'What was the sequence length in Qwen pretraining?',
        'context length?',
        'Why does context length matter?',
      ],
      heldout: [
        'how many tokens was qwen trained on at once',
        'whats the max sequence length in qwen pretraining',
        'was qwen trained on 2048 or 4096 tokens',
        'how long are the training sequences of qwen',
      ],
      followUps: {
        why: 'A reason for the 2048-token context is cost: attention work grows with the square of the length, so 4096 tokens would make each score matrix four times larger.',
        example:
          'Report Table 3 shows the limit of the 2048-token context: without long-context tricks Qwen-7B has perplexity 3.78 at 2048 tokens but 39.35 at 4096.',
        simpler:
          'Picture the 2048-token context as how much text Qwen could keep in view at once during training, roughly a few pages.',
        more: 'Beyond the 2048-token context, Qwen adds training-free tricks at inference: dynamic NTK, LogN scaling and layer-wise window attention.',
        downside:
          'For long documents the 2048-token context is short, and plain Qwen degrades quickly past it, so long inputs depend on inference-time tricks.',
      },
      prose:
        'Qwen was pretrained on sequences of 2048 tokens. Attention cost grows with the square of the length, so training on very long sequences is expensive. To read longer inputs at inference, the report adds training-free tricks: NTK-aware scaling, LogN attention scaling and window attention.',
    },
    zh: {
      names: ['2048 上下文', 'Qwen 的上下文长度', '上下文长度', '上下文窗口', '最大序列长度'],
      answer:
        'Qwen 预训练时的上下文长度是 2048 个词元；推理时处理更长的输入要靠 NTK 感知缩放、LogN 和窗口注意力等技巧。',
      key: '上下文长度是 2048',
      questions: [
        'Qwen 的上下文长度是多少？',
        '训练时的上下文有多长？',
        'Qwen 预训练时能看到多少个词元？',
        'Qwen 预训练的序列长度是多少？',
        '上下文长度？',
        '上下文长度为什么重要？',
      ],
      heldout: [
        'qwen 一次训练多少个 token',
        'qwen 预训练的最大序列长度是几',
        'qwen 训练时是 2048 还是 4096',
        'qwen 的训练序列有多长呀',
      ],
      followUps: {
        why: '选 2048 上下文的一个原因是成本：注意力的计算随长度平方增长，翻倍到 4096 会让每个分数矩阵变成 4 倍大。',
        example:
          '表 3 显示了 2048 上下文的界限：不加长上下文技巧时，Qwen-7B 在 2048 时困惑度 3.78，到 4096 就是 39.35。',
        simpler: '2048 上下文就是 Qwen 训练时一次能看到的文字量，大约几页纸。',
        more: '超出 2048 上下文时，Qwen 在推理阶段加入无需训练的技巧：动态 NTK、LogN 缩放和分层窗口注意力。',
        downside:
          '2048 上下文对长文档来说太短，原始 Qwen 一超过它就迅速变差，长输入只能靠推理时的技巧。',
      },
      prose:
        'Qwen 预训练使用 2048 个词元的序列。注意力的计算量随长度的平方增长，所以在很长的序列上训练很昂贵。为了在推理时读更长的输入，报告加入了无需训练的技巧：NTK 感知缩放、LogN 注意力缩放和窗口注意力。',
    },
    compare: {
      with: 'dynamic-ntk',
      en: 'Qwen trained with the 2048-token context; dynamic NTK leaves that range untouched and raises the RoPE base only when the input grows longer.',
      zh: '2048 上下文是 Qwen 训练时的长度；动态 NTK 在这个长度内不做改动，只有输入更长时才调大 RoPE 基数。',
    },
  },
  {
    id: 'bf16',
    en: {
      names: ['BF16', 'bfloat16', 'bf16', 'brain float 16', 'BF16 mixed precision'],
      answer:
        'Qwen trains in BF16, bfloat16, which keeps the 8 exponent bits of FP32 but only 7 mantissa bits, so it has the same range with less precision and half the memory.',
      key: 'bfloat16',
      questions: [
        'What is BF16?',
        'Which number format does Qwen train in?',
        'How does BF16 differ from FP16?',
        'Why train with BF16?',
        'bf16?',
        'What is mixed precision training?',
      ],
      heldout: [
        'bf16 vs fp16 whats the difference',
        'why does qwen train in bfloat16 and not fp32',
        'how many exponent bits does bf16 have',
        'what precision was qwen trained in',
      ],
      followUps: {
        why: "BF16 halves memory and speeds up matrix units, and because it keeps FP32's exponent range it rarely overflows, which the report cites for training stability.",
        example:
          'BF16 reaches about 3.4 × 10^38 like FP32, while FP16 stops at 65504; but near 1 BF16 steps by 1/128, so 1.001 rounds to 1.',
        simpler:
          'BF16 is like writing numbers with few digits but keeping the exponent: you can write huge and tiny numbers, just not very exactly.',
        more: 'In BF16 mixed precision the big matrix multiplications run in BF16, while precision-sensitive parts, such as the RoPE inverse frequencies in Qwen, stay in FP32.',
        downside:
          'BF16 has only 7 mantissa bits, about 2 to 3 decimal digits, so small updates and large values such as RoPE angles can be rounded badly.',
      },
      prose:
        'Qwen uses BF16 mixed precision. BF16, or bfloat16, is a 16-bit format with the same 8 exponent bits as FP32 and only 7 mantissa bits. It covers the same range of values as FP32, so it rarely overflows, but rounds more coarsely. Sensitive parts such as RoPE frequencies stay in FP32.',
    },
    zh: {
      names: ['BF16', 'bfloat16', 'bf16', '脑浮点 16', 'BF16 混合精度'],
      answer:
        'Qwen 用 BF16 即 bfloat16 训练，它保留 FP32 的 8 位指数但只有 7 位尾数，所以范围相同、精度较低，内存减半。',
      key: 'bfloat16',
      questions: [
        '什么是 BF16？',
        'Qwen 用什么数值格式训练？',
        'BF16 和 FP16 有什么区别？',
        '为什么用 BF16 训练？',
        'bf16？',
        '什么是混合精度训练？',
      ],
      heldout: [
        'bf16 跟 fp16 差在哪',
        'qwen 为啥用 bfloat16 不用 fp32',
        'bf16 的指数有几位',
        'qwen 用什么精度训练的呀',
      ],
      followUps: {
        why: 'BF16 让内存减半、矩阵运算更快，又因为保留了 FP32 的指数范围而很少溢出，报告正是为了训练稳定才用它。',
        example:
          'BF16 能表示到约 3.4 × 10^38，FP16 最大只有 65504；但 BF16 在 1 附近间隔是 1/128，1.001 会变成 1。',
        simpler: 'BF16 就像只写几位有效数字但保留指数：很大和很小的数都能写，只是写得不太准。',
        more: '在 BF16 混合精度中，大的矩阵乘法用 BF16 计算，精度敏感的部分，比如 Qwen 的 RoPE 逆频率，仍用 FP32。',
        downside:
          'BF16 只有 7 位尾数，约 2 到 3 位十进制有效数字，很小的更新和 RoPE 角度这样的大数值都可能被舍入得很厉害。',
      },
      prose:
        'Qwen 使用 BF16 混合精度。BF16 也叫 bfloat16，是 16 位格式，和 FP32 一样有 8 位指数，但只有 7 位尾数。它和 FP32 的数值范围相同，很少溢出，只是舍入更粗。RoPE 频率等敏感部分仍用 FP32。',
    },
    compare: {
      with: 'rope-fp32',
      en: "BF16 is the format for most of Qwen's training maths; RoPE in FP32 is the exception, because rotation angles at large positions need more precision.",
      zh: 'BF16 用于 Qwen 训练中的大部分计算；FP32 逆频率是例外，因为大位置上的旋转角度需要更高的精度。',
    },
  },
];
