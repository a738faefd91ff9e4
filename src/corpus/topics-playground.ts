/**
 * Corpus topics about this playground: what a visitor can do in each lab (tokenizer, model,
 * RoPE, Norm & FFN, long context, chat, alignment), plus the ideas the labs measure and draw
 * that no other topic file covers: perplexity, the report's Table 3, the causal mask and the
 * decoder block.
 *
 * Deliberately left out: buttons, slider ranges and other interface details that change with
 * the code, exact sizes of the tiny model (they change when it is retrained; the "who are
 * you" reply states them), and the mechanics each lab illustrates when another topic file
 * already teaches them (BPE, RoPE, NTK scaling, RMSNorm, the KV cache, PPO…).
 */
import type { Topic } from './types.ts';

export const PLAYGROUND_TOPICS: Topic[] = [
  {
    id: 'lab-tokenizer',
    en: {
      names: [
        'the tokenizer lab',
        'tokenizer lab',
        'the BPE lab',
        'the tokenizer page',
        'tokenizer playground',
      ],
      answer:
        'In the tokenizer lab you compare the Qwen, cl100k, o200k and LLaMA-2 vocabularies side by side, watch digits split and merges applied one by one, train your own BPE and compare languages.',
      key: 'train your own BPE',
      questions: [
        'What can I do in the tokenizer lab?',
        'What is the tokenizer page for?',
        'Which vocabularies does the tokenizer lab compare?',
        'Can I train my own BPE here?',
        'Where can I see how Qwen splits text into tokens?',
        'What does the BPE lab show?',
      ],
      heldout: [
        'whats in the tokenizer lab',
        'where do i compare qwen and gpt-4 tokens',
        'can i watch bpe merges step by step somewhere',
        'tokenizer lab what is it good for',
      ],
      followUps: {
        why: 'Everything in the report starts from tokens, which is why the tokenizer lab matters: fewer tokens for the same text mean a longer effective context and cheaper training.',
        example:
          'In the tokenizer lab, type 1234567: Qwen cuts it into seven single digits, while cl100k cuts it into 123, 456 and 7.',
        simpler:
          'Think of the tokenizer lab as a magnifying glass for text: you see exactly how a sentence is chopped into the pieces the model reads.',
        more: 'Special tokens are in the tokenizer lab too: with the toggle on, im_end typed into the text becomes one special id instead of plain characters.',
        downside:
          'For languages, the tokenizer lab compares one short paragraph each, not the report’s large corpora, so its compression ratios are only rough.',
      },
      prose:
        'The tokenizer lab puts up to four vocabularies side by side: Qwen, cl100k, o200k and LLaMA-2, plus the tiny model’s own. It shows pre-tokenization, where Qwen splits numbers into one digit each, then replays the merges of each chunk step by step. Visitors can train their own BPE on sample texts, compare how many tokens each language needs, and see how special tokens are kept apart from typed text.',
    },
    zh: {
      names: ['分词器实验室', '分词器实验', 'BPE 实验室', '分词器页面', 'tokenizer lab'],
      answer:
        '在分词器实验室里，你可以并排比较 Qwen、cl100k、o200k 和 LLaMA-2 词表，逐步看数字拆分和合并过程，训练自己的 BPE，并比较各语言的压缩率。',
      key: '训练自己的 BPE',
      questions: [
        '分词器实验室能做什么？',
        '分词器页面是干什么用的？',
        '分词器实验室比较哪些词表？',
        '我能在这里训练自己的 BPE 吗？',
        '在哪里能看到 Qwen 怎样把文本切成词元？',
        'BPE 实验室展示什么？',
      ],
      heldout: [
        '分词器实验室里都有啥',
        '在哪能对比 qwen 和 gpt-4 的分词',
        '有没有地方能一步步看 bpe 合并',
        'tokenizer lab 值得玩吗，能学到啥',
      ],
      followUps: {
        why: '有分词器实验室，是因为报告里的一切都从词元开始：同样的文本词元越少，有效上下文越长，训练越便宜。',
        example:
          '在分词器实验室输入 1234567：Qwen 切成 7 个单独的数字，cl100k 切成 123、456 和 7。',
        simpler: '分词器实验室就像文字的放大镜：你能清楚看到一句话被切成模型读的哪些小块。',
        more: '分词器实验室还展示特殊词元：打开开关后，文本里输入的 im_end 会变成一个特殊 id，而不是普通字符。',
        downside:
          '分词器实验室的语言对比每种语言只用一小段文字，不是报告里的大语料，所以压缩比例只是粗略的。',
      },
      prose:
        '分词器实验室最多可以并排放四个词表：Qwen、cl100k、o200k 和 LLaMA-2，还有小模型自己的词表。它展示预分词，Qwen 在这一步把数字逐个拆开；然后一步步重放每个片段的合并。访客可以用示例文本训练自己的 BPE，比较各语言需要多少词元，并看到特殊词元怎样和输入的文字区分开。',
    },
    compare: {
      with: 'lab-model',
      en: 'First the tokenizer lab turns text into token ids; then the model lab shows what the tiny model does with them: its layers, its parameters and its next-token guesses.',
      zh: '分词器实验室把文本变成词元 id；模型实验室展示小模型怎样处理这些 id：它的层、参数和对下一个词元的猜测。',
    },
  },
  {
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
      questions: [
        'What can I do in the model lab?',
        'What is the model page for?',
        'Where can I see how many parameters each part has?',
        'Can I compare the tiny model with Qwen-7B?',
        'Where can I see the next-token distribution for my prompt?',
        'Where can I see how the tiny model was trained?',
      ],
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
      questions: [
        '模型实验室能做什么？',
        '模型页面是干什么用的？',
        '在哪里能看到每个部分有多少参数？',
        '能把小模型和 Qwen-7B 对比吗？',
        '在哪里能看到我的提示的下一个词元分布？',
        '在哪里能看到小模型是怎么训练的？',
      ],
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
        downside:
          '模型实验室用一个小型助教语料训练的小模型做预测，所以它对普通文本的猜测常常不准。',
      },
      prose:
        '模型实验室把 Qwen 模型画成嵌入和输出头之间的一摞解码器层。点击一个模块会列出它的张量和参数量，既有在标签页里运行的小模型，也有报告里的 Qwen-1.8B、7B 和 14B。访客可以输入提示，看小模型最可能的十个下一个词元；还有一张图展示它的训练过程：先预训练，再 SFT。',
    },
    compare: {
      with: 'transformer-block',
      en: 'While the decoder block is one repeated unit of the model, the model lab shows the whole stack of them between the embedding and the output head, with every parameter counted.',
      zh: '解码器块是模型里重复的一个单元；模型实验室展示嵌入和输出头之间整摞的解码器块，并数清每个参数。',
    },
  },
  {
    id: 'lab-rope',
    en: {
      names: ['the RoPE lab', 'RoPE lab', 'rope lab', 'the RoPE page', 'the rotary embedding lab'],
      answer:
        'The RoPE lab draws each frequency pair as a clock hand, plots wavelengths and long-term decay, and compares linear, NTK-aware, dynamic NTK and YaRN scaling, FP32 against BF16 frequencies, and LogN.',
      key: 'clock hand',
      questions: [
        'What can I do in the RoPE lab?',
        'What is the RoPE page for?',
        'Where can I compare RoPE scaling methods?',
        'Does the playground show RoPE as clocks?',
        'Where can I see why inverse frequencies stay in FP32?',
        'What does the RoPE lab show about long-term decay?',
      ],
      heldout: [
        'whats in the rope lab',
        'where can i play with ntk and yarn scaling',
        'the clocks on the rope page what do they mean',
        'can i see bf16 breaking rope somewhere',
      ],
      followUps: {
        why: 'RoPE is easy to write down but hard to picture, so the RoPE lab uses sliders to show how each scaling method changes every frequency.',
        example:
          'In the RoPE lab, set the training length to 2,048 and the target to 8,192: Qwen’s dynamic NTK picks α = 7, and the slowest hand turns 7 times slower.',
        simpler:
          'Think of the RoPE lab as a wall of clocks: each position is a set of hands, some fast and some slow, and you can stretch the clocks for longer texts.',
        more: 'In the RoPE lab you can also measure the entropy of attention over many random keys, with and without LogN, to see why long inputs flatten attention.',
        downside:
          'What the RoPE lab shows are frequencies and toy scores, not a trained model’s accuracy, so it explains why the tricks help but not how much.',
      },
      prose:
        'The RoPE lab turns rotary position embedding into pictures. Each pair of features is a clock hand that turns at its own speed; a chart of wavelengths shows which pairs never complete a turn within the training length, and another shows how scores decay with distance. Visitors can switch between linear, NTK-aware, dynamic NTK, YaRN and Llama 3 scaling, see how BF16 rounding spoils the angles, and watch LogN keep attention sharp.',
    },
    zh: {
      names: ['RoPE 实验室', 'RoPE 实验', 'RoPE 页面', 'rope lab', '旋转编码实验室'],
      answer:
        'RoPE 实验室把每对频率画成一根时钟指针，画出波长和远程衰减，并比较线性、NTK 感知、动态 NTK 和 YaRN 缩放、FP32 与 BF16 频率以及 LogN。',
      key: '时钟指针',
      questions: [
        'RoPE 实验室能做什么？',
        'RoPE 页面是干什么用的？',
        '在哪里能比较 RoPE 的缩放方法？',
        '演练场会把 RoPE 画成时钟吗？',
        '在哪里能看到逆频率为什么要用 FP32？',
        'RoPE 实验室怎样展示远程衰减？',
      ],
      heldout: [
        'rope 实验室里有啥',
        '哪里可以玩 ntk 和 yarn 缩放',
        'rope 页面那些时钟是啥意思',
        '能看到 bf16 把 rope 搞坏吗',
      ],
      followUps: {
        why: '有 RoPE 实验室，是因为 RoPE 写起来简单却很难想象；滑块能显示每种缩放怎样改变每个频率。',
        example:
          '在 RoPE 实验室把训练长度设为 2048、目标设为 8192：Qwen 的动态 NTK 选 α = 7，最慢的指针慢 7 倍。',
        simpler: 'RoPE 实验室把每个位置画成一组快慢不同的时钟指针，还能把时钟拉长去读更长的文本。',
        more: 'RoPE 实验室还测量注意力在许多随机键上的熵，对比有无 LogN，说明长输入为什么让注意力变平。',
        downside:
          'RoPE 实验室展示的是频率和玩具分数，不是训练好的模型的准确率，只能解释技巧为何有效，说不清效果多大。',
      },
      prose:
        'RoPE 实验室把旋转位置编码变成图。每对特征是一根按自己速度转动的时钟指针；波长图显示哪些维度在训练长度内转不满一圈，另一张图显示分数怎样随距离衰减。访客可以切换线性、NTK 感知、动态 NTK、YaRN 和 Llama 3 缩放，看 BF16 舍入怎样弄坏角度，并看到 LogN 怎样让注意力保持集中。',
    },
    compare: {
      with: 'lab-long-context',
      en: 'Where the RoPE lab shows what scaling does to the frequencies, the long-context lab measures what it does to a real model, rerunning the report’s ablation on the tiny model.',
      zh: 'RoPE 实验室展示缩放对频率的影响；长上下文实验室在小模型上重跑报告的消融实验，测量它对真实模型的影响。',
    },
  },
  {
    id: 'lab-norm',
    en: {
      names: [
        'the Norm & FFN lab',
        'Norm & FFN lab',
        'norm lab',
        'the normalization lab',
        'the FFN lab',
      ],
      answer:
        'The Norm & FFN lab compares RMSNorm with LayerNorm and their invariances, plots GELU, SiLU and SwiGLU, counts FFN parameters, contrasts Pre-Norm with Post-Norm, and shows the tiny model’s residual stream.',
      key: 'their invariances',
      questions: [
        'What can I do in the Norm & FFN lab?',
        'What is the norm page for?',
        'Where can I compare RMSNorm and LayerNorm?',
        'Where does the playground explain SwiGLU?',
        'Can I see Pre-Norm and Post-Norm side by side?',
        'Where can I look at the tiny model’s residual stream?',
      ],
      heldout: [
        'whats the norm lab about',
        'where do i see why swiglu uses 8/3',
        'can i edit a vector and normalize it somewhere',
        'which lab shows gelu and silu curves',
      ],
      followUps: {
        why: 'These choices look like small details in the report, yet they decide whether a deep model trains stably; the Norm & FFN lab makes them visible.',
        example:
          'In the Norm & FFN lab, add a constant 5 to every entry of your vector: LayerNorm’s output stays the same, but RMSNorm’s output moves.',
        simpler:
          'In the Norm & FFN lab you poke the parts inside each block, like turning the knobs of a mixing desk and hearing the result.',
        more: 'You can also see in the Norm & FFN lab why SwiGLU’s hidden size is about 8/3 of the width: three matrices then hold as many weights as two 4 times wide.',
        downside:
          'For Pre-Norm against Post-Norm, the Norm & FFN lab uses a random toy stack at initialization, so it shows gradients, not final training results.',
      },
      prose:
        'The Norm & FFN lab opens the parts inside each Qwen block. Visitors edit a vector and see that RMSNorm and LayerNorm both ignore scaling, while only LayerNorm removes an added constant. It plots GELU, SiLU and the SwiGLU gate, works out the FFN parameter count, runs a toy deep stack with Pre-Norm and Post-Norm, and looks inside the tiny model at its residual stream and learned gains.',
    },
    zh: {
      names: ['Norm 与 FFN 实验室', '归一化实验室', 'norm lab', 'Norm 实验', 'FFN 实验室'],
      answer:
        'Norm 与 FFN 实验室比较 RMSNorm 和 LayerNorm 及其不变性，画出 GELU、SiLU 和 SwiGLU，计算 FFN 参数量，对比 Pre-Norm 和 Post-Norm，并展示小模型的残差流。',
      key: '及其不变性',
      questions: [
        'Norm 与 FFN 实验室能做什么？',
        '归一化页面是干什么用的？',
        '在哪里能比较 RMSNorm 和 LayerNorm？',
        '演练场在哪里讲 SwiGLU？',
        '能并排看 Pre-Norm 和 Post-Norm 吗？',
        '在哪里能看小模型的残差流？',
      ],
      heldout: [
        'norm 实验室讲的是啥',
        '在哪看 swiglu 为什么用 8/3',
        '有地方能编辑一个向量再归一化吗',
        '哪个实验室有 gelu 和 silu 的曲线',
      ],
      followUps: {
        why: '有 Norm 与 FFN 实验室，是因为这些选择在报告里像小细节，却决定了深层模型能否稳定训练。',
        example:
          '在 Norm 与 FFN 实验室给向量每一项加 5：LayerNorm 的输出不变，RMSNorm 的输出却变了。',
        simpler: 'Norm 与 FFN 实验室让你动手拨弄每个块里的零件，就像拧调音台的旋钮、马上听到效果。',
        more: 'Norm 与 FFN 实验室还解释 SwiGLU 的隐藏维度为何约为宽度的 8/3：这样三个矩阵和 4 倍宽的两个矩阵参数一样多。',
        downside:
          'Norm 与 FFN 实验室的 Pre-Norm 与 Post-Norm 对比用初始化时的随机玩具网络，只看梯度，不看最终训练效果。',
      },
      prose:
        'Norm 与 FFN 实验室打开每个 Qwen 块里的零件。访客编辑一个向量，会看到 RMSNorm 和 LayerNorm 都不受缩放影响，但只有 LayerNorm 能去掉加上的常数。它画出 GELU、SiLU 和 SwiGLU 门控，算出 FFN 的参数量，用 Pre-Norm 和 Post-Norm 跑一个深层玩具网络，还能查看小模型的残差流和学到的增益。',
    },
    compare: {
      with: 'lab-model',
      en: 'While the model lab counts where the parameters of the whole model live, the Norm & FFN lab opens the norms and feed-forward network inside each block and lets you change their inputs.',
      zh: '模型实验室统计整个模型的参数在哪里；Norm 与 FFN 实验室打开每个块里的归一化和前馈网络，让你改变它们的输入。',
    },
  },
  {
    id: 'lab-long-context',
    en: {
      names: [
        'the long-context lab',
        'long-context lab',
        'long context lab',
        'the long context page',
        'the KV cache lab',
      ],
      answer:
        'The long-context lab prices the KV cache, steps through Flash-style tiled attention, draws window masks per layer, and reruns the report’s long-context ablation on the tiny model.',
      key: 'tiled attention',
      questions: [
        'What can I do in the long-context lab?',
        'What is the long context page for?',
        'Where can I see how much memory the KV cache needs?',
        'Does the playground rerun the report’s long-context ablation?',
        'Where can I see window attention masks?',
        'Where is Flash attention explained step by step?',
      ],
      heldout: [
        'whats in the long context lab',
        'where can i time generation with and without kv cache',
        'is the ablation table run live somewhere',
        'long-context lab in a nutshell',
      ],
      followUps: {
        why: 'The report’s long-context tricks have costs, and the long-context lab shows them, so you see why caching, tiling and windows matter when inputs grow.',
        example:
          'In the long-context lab, pick Qwen-7B: its KV cache takes half a megabyte per token in BF16, about a gigabyte at 2,048 tokens.',
        simpler:
          'Think of the long-context lab as a workshop for long texts: it weighs the memory, walks through attention and tests the model beyond its training length.',
        more: 'In the long-context lab you can also time generation in your tab with and without the KV cache, and both cost formulas are fitted to the measured points.',
        downside:
          'The ablation in the long-context lab uses a tiny model that saw the evaluation text in training, so it shows the report’s trend much more weakly.',
      },
      prose:
        'The long-context lab is about the machinery around long inputs. It computes how much memory the KV cache needs and times generation with and without it, steps through the tiled attention kernel that never holds a whole row of scores, and draws each layer’s window mask. Its ablation scores the tiny model at 1×, 2×, 4× and 8× its training length with plain RoPE, dynamic NTK, LogN and windows, as the report’s Table 3 does for Qwen-7B.',
    },
    zh: {
      names: [
        '长上下文实验室',
        '长上下文实验',
        '长上下文页面',
        'long context lab',
        'KV 缓存实验室',
      ],
      answer:
        '长上下文实验室估算 KV 缓存的开销，一步步演示 Flash 式分块注意力，画出每层的窗口掩码，并在小模型上重跑报告的长上下文消融实验。',
      key: '分块注意力',
      questions: [
        '长上下文实验室能做什么？',
        '长上下文页面是干什么用的？',
        '在哪里能看到 KV 缓存要多少内存？',
        '演练场会重跑报告的长上下文消融实验吗？',
        '在哪里能看到窗口注意力的掩码？',
        '哪里一步步讲解 Flash 注意力？',
      ],
      heldout: [
        '长上下文实验室里有啥',
        '在哪能测有无 kv cache 的生成速度',
        '消融实验能在网页里现场跑吗',
        'long context lab 能测些什么',
      ],
      followUps: {
        why: '长上下文实验室展示报告里长上下文技巧背后的代价，让你看到输入变长时缓存、分块和窗口为何重要。',
        example:
          '在长上下文实验室选 Qwen-7B：BF16 下它的 KV 缓存每个词元占半兆字节，2048 个词元约 1 GB。',
        simpler:
          '长上下文实验室像长文本的工作间：称一称内存，走一遍注意力，再用比训练更长的输入测试模型。',
        more: '长上下文实验室还会在你的标签页里测量有缓存和无缓存的生成时间，并用两条代价公式拟合测得的点。',
        downside:
          '长上下文实验室的消融用的小模型在训练中见过评测文本，所以它显示的趋势比报告弱得多。',
      },
      prose:
        '长上下文实验室讲的是长输入背后的机制。它计算 KV 缓存需要多少内存，并测量有无缓存时的生成时间；一步步演示从不保存整行分数的分块注意力；画出每层的窗口掩码。它的消融实验在训练长度的 1×、2×、4× 和 8× 上给小模型打分，比较普通 RoPE、动态 NTK、LogN 和窗口，就像报告的表 3 对 Qwen-7B 做的那样。',
    },
    compare: {
      with: 'table3',
      en: 'Table 3 is the report’s measurement on Qwen-7B; the long-context lab reruns the same idea on the tiny model at 1×, 2×, 4× and 8× its training length.',
      zh: '表 3 是报告在 Qwen-7B 上的测量；长上下文实验室在小模型上按训练长度的 1×、2×、4× 和 8× 重做同样的实验。',
    },
  },
  {
    id: 'lab-chat',
    en: {
      names: [
        'the chat lab',
        'chat lab',
        'the chat page',
        'chat with the tiny model',
        'the chat playground',
      ],
      answer:
        'On the chat page you talk with this tiny model in ChatML, see the exact prompt and its SFT loss mask, inspect the top 10 alternatives of every token, and can download a real Qwen.',
      key: 'top 10 alternatives',
      questions: [
        'What can I do in the chat lab?',
        'What is the chat page for?',
        'Can I talk to the tiny model?',
        'Where can I see the exact prompt the model reads?',
        'Can I see which other tokens the model considered?',
        'Can I chat with a real Qwen in this playground?',
      ],
      heldout: [
        'can i see the alternatives for each word it wrote',
        'is there a bigger qwen i can try in the browser',
        'what can you see in the chat lab',
        'where do i just talk to the model',
      ],
      followUps: {
        why: 'In the chat lab you see a language model from the inside: not just its reply, but the prompt it read and the choices it had at every step.',
        example:
          'In the chat lab, ask “What is RoPE?” and click a word of the reply: a table lists the 10 most likely tokens at that step with their probabilities.',
        simpler:
          'Think of the chat lab as a conversation with x-ray glasses: you talk as usual, but you see the tokens and the odds behind every word.',
        more: 'Sliders in the chat lab set temperature, top-k, top-p and repetition penalty; temperature 0 always picks the most probable token.',
        downside:
          'The tiny model in the chat lab only knows its tutor corpus about the Qwen report, so it cannot answer general questions, and a real Qwen is a large download.',
      },
      prose:
        'The chat lab runs the tiny model in the browser and talks in ChatML, with an editable system prompt. An under-the-hood view shows every token of the exact prompt and marks which ones would carry SFT loss. Clicking any token of a reply shows the ten tokens the model considered at that step, and visitors can opt in to download a real small Qwen from the Hugging Face Hub.',
    },
    zh: {
      names: ['对话实验室', '对话页面', '聊天实验室', 'chat lab', '聊天页面'],
      answer:
        '在对话页面，你用 ChatML 和这个小模型聊天，能看到完整提示和 SFT 损失掩码，查看每个词元的前 10 个候选，还可以下载一个真正的 Qwen。',
      key: '前 10 个候选',
      questions: [
        '对话实验室能做什么？',
        '对话页面是干什么用的？',
        '我能和小模型聊天吗？',
        '在哪里能看到模型读到的完整提示？',
        '能看到模型考虑过的其他词元吗？',
        '这个演练场能和真正的 Qwen 聊天吗？',
      ],
      heldout: [
        '聊天页面是干嘛的',
        '能看到它写的每个词的候选吗',
        '浏览器里能试更大的 qwen 吗',
        'chat lab 怎么玩',
      ],
      followUps: {
        why: '对话实验室让你从内部看语言模型：不只看回答，还看它读到的提示和每一步的选择。',
        example:
          '在对话实验室问“什么是 RoPE？”，点回答里的一个词，就会列出那一步最可能的 10 个词元和概率。',
        simpler: '对话实验室像戴着透视眼镜聊天：照常说话，却能看到每个词背后的词元和概率。',
        more: '对话实验室有温度、top-k、top-p 和重复惩罚滑块；温度为 0 时总是选最可能的词元。',
        downside:
          '对话实验室的小模型只懂关于 Qwen 报告的助教语料，答不了一般问题；真正的 Qwen 要下载很大的文件。',
      },
      prose:
        '对话实验室在浏览器里运行小模型，用 ChatML 聊天，系统提示可以修改。“幕后”视图列出完整提示的每个词元，并标出哪些会计入 SFT 损失。点回答里的任意词元，就能看到模型在那一步考虑过的十个词元；访客还可以选择从 Hugging Face Hub 下载一个真正的小型 Qwen。',
    },
    compare: {
      with: 'lab-alignment',
      en: 'In the chat lab you use a finished chat model; the alignment lab takes apart how such a model is made: SFT masking, a reward model and PPO.',
      zh: '对话实验室让你使用做好的对话模型；对齐实验室拆开讲这种模型怎么做出来：SFT 屏蔽、奖励模型和 PPO。',
    },
  },
  {
    id: 'lab-alignment',
    en: {
      names: [
        'the alignment lab',
        'alignment lab',
        'the alignment page',
        'the RLHF lab',
        'alignment playground',
      ],
      answer:
        'The alignment lab shows ChatML and the SFT loss mask, trains a reward head in your tab with the Bradley–Terry loss, and explores PPO’s clipped objective, KL penalties and a toy PPO run.',
      key: 'toy PPO run',
      questions: [
        'What can I do in the alignment lab?',
        'What is the alignment page for?',
        'Can I train a reward model in my browser?',
        'Where can I play with PPO settings?',
        'Where can I see which tokens carry SFT loss?',
        'Does the playground show reward hacking?',
      ],
      heldout: [
        'can i train an rm myself here',
        'where do i try ppo with different kl values',
        'alignment lab short summary pls',
        'which page lets me score my own reply with a reward model',
      ],
      followUps: {
        why: '§3 of the report turns a base model into an assistant, and the alignment lab lets you run each step, which makes it much easier to grasp.',
        example:
          'In the alignment lab the reward head starts at loss log 2 ≈ 0.693, a coin flip, and learns from 24 preference pairs to prefer helpful replies.',
        simpler:
          'Think of the alignment lab as a small school for the model: it shows what it studies, how its answers are graded and how it is coached.',
        more: 'In the alignment lab’s toy PPO, a small KL coefficient lets the policy chase a flattering reply the reward model over-scores: reward hacking you can watch.',
        downside:
          'Everything in the alignment lab is a toy: the reward head sees only a few pairs, and the PPO run picks among five fixed replies instead of writing text.',
      },
      prose:
        'The alignment lab takes §3 of the report apart. A ChatML explorer shows which tokens of a conversation carry SFT loss, including a ReAct tool call and a prompt-injection attempt. A reward head on top of the frozen tiny model is trained in the tab with the Bradley–Terry loss and can score your own replies. A toy PPO run shows clipping, the KL penalty and reward hacking.',
    },
    zh: {
      names: ['对齐实验室', '对齐实验', '对齐页面', 'alignment lab', 'RLHF 实验室'],
      answer:
        '对齐实验室展示 ChatML 和 SFT 损失掩码，在你的标签页里用 Bradley–Terry 损失训练一个奖励头，还能调 PPO 的裁剪目标和 KL 惩罚，跑一次迷你 PPO。',
      key: '迷你 PPO',
      questions: [
        '对齐实验室能做什么？',
        '对齐页面是干什么用的？',
        '能在浏览器里训练奖励模型吗？',
        '在哪里能调 PPO 的参数？',
        '在哪里能看到哪些词元计入 SFT 损失？',
        '演练场会展示奖励作弊吗？',
      ],
      heldout: [
        '这里能自己训一个 rm 吗',
        '在哪试不同 kl 系数的 ppo',
        'alignment lab 里能动手做哪些事',
        '哪个页面能用奖励模型给我自己写的回答打分',
      ],
      followUps: {
        why: '有对齐实验室，是因为报告第 3 节讲怎样把基础模型变成助手，每一步亲手跑一遍才更好懂。',
        example:
          '在对齐实验室里，奖励头的损失从 log 2 ≈ 0.693（抛硬币）开始，从 24 对偏好数据中学会偏爱有用的回答。',
        simpler: '对齐实验室像模型的小学校：展示它学什么、答案怎么打分、又怎样被辅导。',
        more: '对齐实验室的迷你 PPO 里，KL 系数太小时策略会去追奖励模型高估的奉承回答，你能亲眼看到奖励作弊。',
        downside:
          '对齐实验室只是玩具：奖励头只见过很少的偏好对，PPO 也只在五个固定回答里选，而不是自己写文字。',
      },
      prose:
        '对齐实验室把报告第 3 节拆开来讲。ChatML 浏览器显示一段对话里哪些词元计入 SFT 损失，例子包括 ReAct 工具调用和一次提示注入尝试。在冻结的小模型上加一个奖励头，在标签页里用 Bradley–Terry 损失训练，还能给你自己写的回答打分。迷你 PPO 演示裁剪、KL 惩罚和奖励作弊。',
    },
    compare: {
      with: 'rlhf',
      en: 'RLHF is the method in the report; the alignment lab lets you try its pieces in small form: a reward head trained in your tab and a toy PPO run.',
      zh: 'RLHF 是报告里的方法；对齐实验室让你亲手试它的小型版本：在标签页里训练的奖励头和一次迷你 PPO。',
    },
  },
  {
    id: 'perplexity',
    en: {
      names: ['perplexity', 'PPL', 'ppl', 'the perplexity metric', 'model perplexity'],
      answer:
        'Perplexity is the exponential of the mean cross-entropy per token; lower is better, and the report measures long context by perplexity on arXiv papers at growing lengths.',
      key: 'mean cross-entropy',
      questions: [
        'What is perplexity?',
        'How is perplexity computed?',
        'Is lower perplexity better?',
        'How does the report measure long-context ability?',
        'What does a perplexity of 4 mean?',
        'What is PPL?',
      ],
      heldout: [
        'why is low perplexity good',
        'whats the formula for ppl',
        'how do they test if qwen handles long text',
        'perplexity vs loss are they the same thing',
      ],
      followUps: {
        why: 'A loss value is hard to read, so perplexity turns it into a count: roughly how many equally likely tokens the model is choosing among at each step.',
        example:
          'If the model gives every correct token probability 0.25, the cross-entropy is ln 4 ≈ 1.39 and the perplexity is exactly 4.',
        simpler:
          'A perplexity of 2 is like guessing between two options, 100 like guessing among a hundred: it measures how surprised the model is.',
        more: 'The report computes perplexity on arXiv papers at 1024 to 16384 tokens, to see whether Qwen still predicts well past its 2048-token training length.',
        downside:
          'Low perplexity only means the next token is predicted well; it says nothing about whether answers are helpful, true or safe, and it depends on the tokenizer.',
      },
      prose:
        'Perplexity is how language models are scored on plain text: take the mean cross-entropy of the correct next tokens and exponentiate it. A perplexity of 4 means the model is as unsure as if it chose among four equally likely tokens, so lower is better. The report uses perplexity on arXiv papers at lengths from 1024 to 16384 tokens to test long-context tricks.',
    },
    zh: {
      names: ['困惑度', 'perplexity', 'PPL', 'ppl', '模型困惑度'],
      answer:
        '困惑度是每个词元平均交叉熵的指数，越低越好；报告用 arXiv 论文在不同长度上的困惑度来衡量长上下文能力。',
      key: '平均交叉熵',
      questions: [
        '什么是困惑度？',
        '困惑度怎么计算？',
        '困惑度越低越好吗？',
        '报告怎样衡量长上下文能力？',
        '困惑度为 4 是什么意思？',
        'PPL 是什么？',
      ],
      heldout: [
        '用大白话讲讲困惑度',
        '为什么困惑度低是好事',
        'ppl 的公式是什么',
        '他们怎么测 qwen 能不能处理长文本',
      ],
      followUps: {
        why: '困惑度把平均损失变成好读的数字：大约相当于模型每一步在多少个同样可能的词元里挑。',
        example: '如果模型给每个正确词元的概率都是 0.25，交叉熵是 ln 4 ≈ 1.39，困惑度正好是 4。',
        simpler: '困惑度衡量模型对文本有多意外：困惑度 2 像在两个选项里猜，100 像在一百个里猜。',
        more: '报告在 arXiv 论文上计算 1024 到 16384 个词元的困惑度，看模型超出 2048 训练长度后是否仍预测得好。',
        downside:
          '困惑度只说明下一个词元预测得好不好，不能说明回答是否有用、真实或安全，而且它依赖分词器。',
      },
      prose:
        '困惑度是在普通文本上给语言模型打分的方法：取正确的下一个词元的平均交叉熵，再取指数。困惑度为 4，意味着模型像在四个同样可能的词元里挑一样没把握，所以越低越好。报告用 arXiv 论文在 1024 到 16384 个词元上的困惑度来检验长上下文技巧。',
    },
    compare: {
      with: 'table3',
      en: 'Table 3 is where the report puts perplexity to work, comparing plain RoPE with dynamic NTK, LogN and window attention at lengths up to 16384.',
      zh: '表 3 是报告使用困惑度的地方，在最长 16384 的长度上比较普通 RoPE 与动态 NTK、LogN 和窗口注意力。',
    },
  },
  {
    id: 'table3',
    en: {
      names: [
        'Table 3',
        'table 3',
        'the long-context ablation',
        'the Table 3 ablation',
        'the perplexity table',
      ],
      answer:
        'In Table 3, plain Qwen-7B perplexity on arXiv climbs from 4.23 at 1024 tokens to 2645.09 at 16384; with dynamic NTK, LogN and window attention it stays low, at 4.32.',
      key: '2645.09',
      questions: [
        'What does Table 3 of the Qwen report show?',
        'How does Qwen-7B perplexity change with length?',
        'What happens to plain RoPE beyond 2048 tokens?',
        'How much do dynamic NTK and LogN help in Table 3?',
        'What is the long-context ablation in the report?',
        'What perplexity does Qwen-7B reach at 16384 tokens?',
      ],
      heldout: [
        'table 3 numbers pls',
        'how bad is qwen-7b at 16k without tricks',
        'does window attention help in the ablation',
        'what does the long context ablation prove',
      ],
      followUps: {
        why: 'Table 3 shows that training-free tricks are enough: without them Qwen-7B breaks past its 2048 training tokens, with them it reads 16384 tokens well.',
        example:
          'At 8192 tokens Table 3 gives 469.81 for plain Qwen-7B, 3.66 with dynamic NTK, 3.56 adding LogN, and 3.49 adding window attention.',
        simpler:
          'Table 3 is a before-and-after picture: the plain model gets lost in long texts, and the tricks keep it on track.',
        more: 'In Table 3 all four rows are identical up to 2048 tokens, 4.23 and 3.78, because the tricks only act beyond the training length.',
        downside:
          'Table 3 measures perplexity on arXiv papers only; a low perplexity at 16384 tokens does not prove the model can answer questions about long documents.',
      },
      prose:
        'Table 3 of the report measures Qwen-7B perplexity on arXiv papers at 1024, 2048, 4096, 8192 and 16384 tokens. Plain RoPE gives 4.23, 3.78, 39.35, 469.81 and 2645.09: it breaks once inputs pass the 2048-token training length. Adding dynamic NTK gives 4.23, 3.78, 3.59, 3.66 and 5.71; adding LogN gives 3.58, 3.56 and 4.62 at the three longest lengths; adding window attention gives 3.58, 3.49 and 4.32.',
    },
    zh: {
      names: ['表 3', 'Table 3', 'table 3', '长上下文消融表', '困惑度表'],
      answer:
        '表 3 中，普通 Qwen-7B 在 arXiv 上的困惑度从 1024 词元的 4.23 涨到 16384 词元的 2645.09；加上动态 NTK、LogN 和窗口注意力后只有 4.32。',
      key: '2645.09',
      questions: [
        'Qwen 报告的表 3 展示了什么？',
        'Qwen-7B 的困惑度怎样随长度变化？',
        '超过 2048 个词元后普通 RoPE 会怎样？',
        '表 3 里动态 NTK 和 LogN 帮了多少？',
        '报告里的长上下文消融实验是什么？',
        'Qwen-7B 在 16384 个词元时困惑度是多少？',
      ],
      heldout: [
        '表 3 的数字是多少',
        '不用技巧的话 qwen-7b 在 16k 上有多差',
        '消融里窗口注意力有用吗',
        '长上下文消融实验说明了什么',
      ],
      followUps: {
        why: '表 3 说明不用训练的技巧就够了：没有它们，Qwen-7B 超过 2048 训练长度就崩；有了它们，能读好 16384 个词元。',
        example:
          '表 3 在 8192 词元处：普通 469.81，加动态 NTK 3.66，再加 LogN 3.56，再加窗口注意力 3.49。',
        simpler: '表 3 像一张前后对比照：普通模型在长文本里迷路，加上技巧后就不会。',
        more: '表 3 里四行在 2048 以内完全相同，都是 4.23 和 3.78，因为这些技巧只在超出训练长度后才起作用。',
        downside:
          '表 3 只在 arXiv 论文上测困惑度；16384 处困惑度低，不代表模型能回答关于长文档的问题。',
      },
      prose:
        '报告的表 3 测量 Qwen-7B 在 arXiv 论文上 1024、2048、4096、8192 和 16384 个词元时的困惑度。普通 RoPE 依次是 4.23、3.78、39.35、469.81 和 2645.09：输入超过 2048 的训练长度就崩了。加动态 NTK 后是 4.23、3.78、3.59、3.66 和 5.71；再加 LogN，后三个长度是 3.58、3.56 和 4.62；再加窗口注意力是 3.58、3.49 和 4.32。',
    },
    compare: {
      with: 'dynamic-ntk',
      en: 'Table 3 measures dynamic NTK as one of the tricks: on its own it cuts the 16384-token perplexity from 2645.09 to 5.71.',
      zh: '动态 NTK 是表 3 测量的技巧之一：单用它就把 16384 词元处的困惑度从 2645.09 降到 5.71。',
    },
  },
  {
    id: 'causal-mask',
    en: {
      names: [
        'the causal mask',
        'causal mask',
        'causal attention',
        'the attention mask',
        'masking future tokens',
      ],
      answer:
        'The causal mask lets each token attend only to itself and earlier tokens: scores for future positions are set to −∞ before the softmax, so their weights become zero.',
      key: 'itself and earlier tokens',
      questions: [
        'What is the causal mask?',
        'Why can a token not see future tokens?',
        'How does attention hide the future?',
        'Why is minus infinity added to attention scores?',
        'What is causal attention?',
        'Which tokens can a token attend to in Qwen?',
      ],
      heldout: [
        'why cant the model look ahead',
        'what does masking with minus infinity do',
        'can token 3 see token 5',
        'how does a decoder stop peeking at the next word',
      ],
      followUps: {
        why: 'Training stays honest thanks to the causal mask: the model predicts each next token, so it must not see that token or anything after it.',
        example:
          'With the causal mask, in “the cat sat” the token “cat” attends to “the” and itself, while “sat” attends to all three.',
        simpler:
          'Reading with the causal mask is like reading a book with a card covering everything below the current line.',
        more: 'It is the causal mask that makes the KV cache possible: earlier tokens never look ahead, so their keys and values never change.',
        downside:
          'With the causal mask an early token can never use later context, so each word is read without knowing what comes after it.',
      },
      prose:
        'Qwen is a decoder-only model, so its attention is causal. Before the softmax, the score of every query with a later key is set to minus infinity, and e to the minus infinity is zero. Each token therefore mixes information only from itself and the tokens before it, which is exactly what predicting the next token requires.',
    },
    zh: {
      names: ['因果掩码', 'causal mask', '因果注意力', '注意力掩码', '屏蔽未来词元'],
      answer:
        '因果掩码让每个词元只能关注自己和之前的词元：未来位置的分数在 softmax 之前被设为 −∞，所以权重变成零。',
      key: '自己和之前的词元',
      questions: [
        '什么是因果掩码？',
        '为什么词元不能看到后面的词元？',
        '注意力怎样挡住未来？',
        '为什么要给注意力分数加上负无穷？',
        '什么是因果注意力？',
        '在 Qwen 里一个词元能关注哪些词元？',
      ],
      heldout: [
        '模型为啥不能往后看',
        '用负无穷做 mask 有啥用',
        '第 3 个词元能看到第 5 个吗',
        '因果掩码能打个比方吗',
      ],
      followUps: {
        why: '因果掩码让训练不作弊：模型要预测下一个词元，就不能看到它和它之后的内容。',
        example: '有了因果掩码，在“我 爱 你”里，“爱”只能关注“我”和自己，“你”能关注全部三个。',
        simpler: '因果掩码就像读书时用卡片盖住当前这一行以下的所有内容。',
        more: '因果掩码让 KV 缓存成为可能：前面的词元从不往后看，所以它们的键和值永远不变。',
        downside: '因果掩码意味着前面的词元永远用不上后文，一个词被读到时并不知道后面是什么。',
      },
      prose:
        'Qwen 是只有解码器的模型，所以它的注意力是因果的。在 softmax 之前，每个查询与后面键的分数都被设为负无穷，而 e 的负无穷次方是零。因此每个词元只混合自己和前面词元的信息，这正是预测下一个词元所需要的。',
    },
    compare: {
      with: 'window',
      en: 'Both hide keys: the causal mask hides the future, and window attention also hides the distant past, so a token sees only the last few tokens up to itself.',
      zh: '因果掩码挡住未来；窗口注意力还挡住较远的过去，让词元只能看到包括自己在内的最近一段词元。',
    },
  },
  {
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
      questions: [
        'What is inside a Qwen decoder block?',
        'What does one transformer layer do?',
        'How is a Qwen layer built?',
        'In what order are norm, attention and MLP applied?',
        'What comes after the last layer in Qwen?',
        'How are the layers of Qwen stacked?',
      ],
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
      questions: [
        'Qwen 的解码器块里有什么？',
        '一个 Transformer 层做什么？',
        'Qwen 的一层是怎样搭的？',
        '归一化、注意力和 MLP 按什么顺序执行？',
        'Qwen 最后一层之后还有什么？',
        'Qwen 的层是怎样堆起来的？',
      ],
      heldout: [
        'qwen 一层里都有啥',
        '一步步讲讲 transformer block',
        '块里的 norm 在注意力前面还是后面',
        '一个词元进了一层解码器会经历什么',
      ],
      followUps: {
        why: '解码器块要重复，是因为一个块只能稍微混合一点信息；堆叠很多块，模型才能一步步搭出复杂特征。',
        example:
          'Qwen-7B 把解码器块堆叠 32 次，宽度 4096；Qwen-1.8B 用 24 个块，Qwen-14B 用 40 个。',
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
  },
];
