/**
 * Corpus topics about text, data and the basics of training and decoding around the Qwen report:
 * what a token is, regex pre-tokenization, the compression rate (Figure 3), special tokens and the
 * Chinese extension of cl100k_base (§2.2); pretraining data, deduplication and quality filtering
 * (§2.1); the three model sizes and AdamW (§2.4); Code-Qwen, Math-Qwen-Chat and tool use; and the
 * embedding table, the LM head, next-token prediction, temperature and top-k / top-p sampling.
 *
 * Deliberately left out: BPE, the vocabulary size and digit splitting (topics-tokenizer.ts),
 * architecture details such as RoPE, RMSNorm and untied embeddings (topics-architecture.ts), and
 * ChatML, ReAct and RLHF (topics-alignment.ts). Benchmark scores are not quoted.
 */
import type { Topic } from './types.ts';

export const DATA_TOPICS: Topic[] = [
  {
    id: 'tokens',
    en: {
      names: ['token', 'tokens', 'what a token is', 'token id', 'tokenization'],
      answer:
        'A token is a piece of text, such as a word, part of a word, a character or a byte, that the model reads and writes as one integer id.',
      key: 'one integer id',
      questions: [
        'What is a token?',
        'What does token mean in a language model?',
        'Is a token the same as a word?',
        'How does a model see text?',
        'token?',
        'What is a token id?',
      ],
      heldout: [
        'whats a token exactly',
        'explain tokens like im five',
        'token vs word: difference?',
        'are tokens just words or smaller',
      ],
      followUps: {
        why: 'A model computes only with numbers, so each token maps text to an id that selects a row of the embedding table, and a fixed token list covers any text.',
        example:
          'A sentence like "Hello world" may become two tokens, "Hello" and " world", each with its own id; the space belongs to the second token.',
        simpler:
          'A token is like a Lego brick of text: the model builds every sentence from one fixed box of bricks.',
        more: 'Each token in Qwen is a sequence of UTF-8 bytes; a common English word is usually one token, while a rare word splits into several.',
        downside:
          'A token is not a letter, so the model cannot easily see inside it; counting the letters of a word or spelling it backwards is harder.',
      },
      prose:
        "Language models do not read characters directly. A tokenizer cuts text into tokens, pieces such as words, parts of words, characters or bytes, and gives each one an integer id. The model reads a sequence of ids and predicts the id of the next token. Qwen's tokens are byte sequences learned with BPE.",
    },
    zh: {
      names: ['词元', 'token', '令牌', 'token id', '分词'],
      answer:
        '词元（token）是一段文本，可以是一个词、词的一部分、一个字或一个字节，模型把它当作一个整数编号来读写。',
      key: '一个整数编号',
      questions: [
        '什么是词元？',
        '语言模型里的 token 是什么意思？',
        '词元和词一样吗？',
        '模型是怎么看到文本的？',
        'token？',
        '什么是词元编号？',
      ],
      heldout: [
        'token 到底是啥',
        '用小孩能听懂的话讲讲词元',
        '词元和字有啥区别',
        '一个汉字是一个 token 吗',
      ],
      followUps: {
        why: '模型只能处理数字，所以每个词元都对应一个编号，用来选出嵌入表里的一行；一份固定的词元表就能覆盖任何文本。',
        example:
          '比如“Hello world”可能变成“Hello”和“ world”两个词元，各有自己的编号；空格属于第二个词元。',
        simpler: '词元就像文字的乐高积木：模型用一盒固定的积木拼出所有句子。',
        more: '在 Qwen 里，每个词元都是一串 UTF-8 字节；常见的英文单词通常是一个词元，生僻词会拆成好几个。',
        downside:
          '词元不是单个字母，模型很难看清词元内部，所以数一个词有几个字母、倒着拼写这类任务更难。',
      },
      prose:
        '语言模型并不直接读字符。分词器把文本切成词元，也就是词、词的一部分、字或字节，并给每个词元一个整数编号。模型读入一串编号，预测下一个词元的编号。Qwen 的词元是用 BPE 学出来的字节序列。',
    },
    compare: {
      with: 'bpe',
      en: 'A token is the unit the model reads; BPE is the method that decides which pieces of text become tokens.',
      zh: '词元是模型读入的单位；BPE 是决定哪些文本片段成为词元的方法。',
    },
  },
  {
    id: 'pretokenize',
    en: {
      names: [
        'pre-tokenization',
        'pretokenization',
        'regex pre-tokenization',
        'pretokenize',
        'the split regex',
      ],
      answer:
        'Before BPE, pre-tokenization cuts text with a regular expression into chunks such as words with their leading space, digits, punctuation and whitespace; merges never cross a chunk boundary.',
      key: 'never cross a chunk boundary',
      questions: [
        'What is pre-tokenization?',
        'What happens before the BPE merges?',
        'Why does the tokenizer use a regex?',
        'How is text split before BPE?',
        'pre-tokenization?',
        'What does the split pattern in Qwen do?',
      ],
      heldout: [
        'whats the regex step in the tokenizer for',
        'does bpe merge across spaces',
        'pretokenizaton vs bpe difference',
        'why cut text into chunks first',
      ],
      followUps: {
        why: 'Without pre-tokenization, BPE would learn junk tokens that glue a word to the punctuation after it, like "dog." or "dog!", and waste the vocabulary on them.',
        example:
          'For example, pre-tokenization turns "I have 25 cats!" into "I", " have", " ", "2", "5", " cats" and "!" before any merge happens.',
        simpler:
          'Think of pre-tokenization as cutting a sentence with scissors at spaces and punctuation before gluing letters together inside each piece.',
        more: "Qwen's pre-tokenization regex is the cl100k pattern with one change: numbers match one digit at a time instead of up to three.",
        downside:
          'The rules of pre-tokenization suit languages with spaces; Chinese has none, so a whole run of Han characters becomes one chunk and BPE alone must split it.',
      },
      prose:
        'A BPE tokenizer does not merge across the whole text at once. First a regular expression splits the text into chunks: letters with an optional leading space, single digits in Qwen, runs of punctuation, and whitespace. BPE merges are then applied inside each chunk only, so no token crosses a chunk boundary.',
    },
    zh: {
      names: ['预分词', 'pre-tokenization', '正则预分词', '预切分', 'pretokenize'],
      answer:
        '在 BPE 之前，预分词用正则表达式把文本切成小段，如带前导空格的单词、数字、标点和空白；合并永远不会跨过段的边界。',
      key: '不会跨过段的边界',
      questions: [
        '什么是预分词？',
        'BPE 合并之前发生了什么？',
        '分词器为什么要用正则表达式？',
        '文本在 BPE 之前怎样切分？',
        '预分词？',
        'Qwen 的切分正则是做什么的？',
      ],
      heldout: [
        '分词器里那个正则是干嘛的',
        'bpe 会跨空格合并吗',
        'pre-tokenization 和 bpe 有啥区别',
        '为啥要先把文本切成小段',
      ],
      followUps: {
        why: '预分词防止 BPE 学到把单词和后面标点粘在一起的垃圾词元，比如“dog.”和“dog!”，让词表用在有用的片段上。',
        example: '预分词会先把“I have 25 cats!”切成“I”“ have”“ ”“2”“5”“ cats”“!”，然后才开始合并。',
        simpler: '预分词就像先用剪刀在空格和标点处把句子剪开，再在每一小段里把字母粘起来。',
        more: 'Qwen 的预分词正则就是 cl100k 的正则改了一处：数字每次只匹配一位，而不是最多三位。',
        downside:
          '预分词规则是为有空格的语言设计的；中文没有空格，一串汉字会成为一整段，只能靠 BPE 自己来切。',
      },
      prose:
        'BPE 分词器不会在整段文本上直接合并。先用正则表达式把文本切成小段：带可选前导空格的字母串、Qwen 中的单个数字、连续的标点，以及空白。BPE 合并只在每一段内部进行，所以没有词元会跨过段的边界。',
    },
    compare: {
      with: 'bpe',
      en: 'BPE decides which bytes merge into tokens; pre-tokenization decides the chunks inside which those merges may happen.',
      zh: 'BPE 决定哪些字节合并成词元；预分词决定这些合并可以在哪些小段里发生。',
    },
  },
  {
    id: 'compression',
    en: {
      names: [
        'compression rate',
        'compression ratio',
        'tokens per character',
        'compression',
        'tokenizer efficiency',
      ],
      answer:
        "The compression rate measures how few tokens a tokenizer needs for the same text; the report's Figure 3 shows Qwen beating the compared tokenizers in most languages, including Chinese, English and code.",
      key: 'compression rate',
      questions: [
        'What is the compression rate of a tokenizer?',
        'How efficient is the Qwen tokenizer?',
        'What does Figure 3 of the Qwen report show?',
        'How many tokens does Qwen need per character?',
        'compression rate?',
        'Does Qwen encode Chinese efficiently?',
      ],
      heldout: [
        'why do fewer tokens matter',
        'tokens per character by language for qwen',
        'whats a good compresion rate',
        'qwen tokenizer vs llama tokenizer which is shorter',
      ],
      followUps: {
        why: 'A better compression rate means shorter sequences, so the same context window holds more text and training and inference cost less per document.',
        example:
          'To see compression rate at work: if another tokenizer needs 100 tokens for a paragraph and Qwen needs 70, Qwen fits about 40% more text into the same 2048-token context.',
        simpler:
          "A tokenizer's compression rate is like how short your notes are: writing the same lecture with fewer symbols leaves more room on the page.",
        more: 'For Figure 3 the team measured the compression rate on 1 million documents per language, with XLM-R as the baseline set to 1.',
        downside:
          'A better compression rate needs a bigger vocabulary, and it depends on the text: a language the tokenizer rarely saw still falls back to many byte tokens.',
      },
      prose:
        'The compression rate of a tokenizer tells how many tokens it needs to encode a text. For Figure 3 of the report, the team encoded 1 million documents per language and compared tokenizers against XLM-R. Qwen needs fewer tokens than the other tokenizers in most languages: it stays efficient on Chinese, English and code, and also compresses languages such as Thai, Arabic, Korean, Vietnamese and Japanese well.',
    },
    zh: {
      names: ['压缩率', '压缩比', '每个字符的词元数', 'compression rate', '编码效率'],
      answer:
        '压缩率衡量分词器编码同样的文本需要多少词元，越少越好；报告图 3 显示，Qwen 在大多数语言上优于对比的分词器，包括中文、英文和代码。',
      key: '编码同样的文本',
      questions: [
        '分词器的压缩率是什么？',
        'Qwen 分词器效率怎么样？',
        'Qwen 报告的图 3 讲了什么？',
        'Qwen 每个字要用几个词元？',
        '压缩率？',
        'Qwen 编码中文高效吗？',
      ],
      heldout: [
        '词元少一点有啥用',
        '不同语言每个字符要几个 token',
        '压缩率高是好还是坏',
        'qwen 和 llama 的分词器谁更省',
      ],
      followUps: {
        why: '压缩率越好，序列越短：同样的上下文窗口能装更多文字，每篇文档的训练和推理成本也更低。',
        example:
          '压缩率举例：一段话别的分词器要 100 个词元，Qwen 只要 70 个，那么 2048 的上下文就能多装约 40% 的文字。',
        simpler: '压缩率就像记笔记的简洁程度：用更少的符号记下同样的内容，本子上就有更多空间。',
        more: '图 3 的压缩率是在每种语言随机抽取 100 万篇文档上测的，以 XLM-R 为基准，记为 1。',
        downside:
          '更好的压缩率需要更大的词表，而且取决于文本：分词器很少见过的语言仍会退回到很多字节词元。',
      },
      prose:
        '分词器的压缩率表示编码一段文本需要多少词元。报告图 3 在每种语言上编码 100 万篇文档，以 XLM-R 为基准比较各家分词器。Qwen 在大多数语言上需要的词元更少：中文、英文和代码都很高效，泰语、阿拉伯语、韩语、越南语和日语等也压缩得很好。',
    },
    compare: {
      with: 'vocab',
      en: "Qwen's vocabulary of about 152K tokens is the cause and a better compression rate is the effect: more entries let each sentence use fewer tokens.",
      zh: 'Qwen 约 152K 的词表是原因，更好的压缩率是结果：条目越多，每句话用的词元越少。',
    },
  },
  {
    id: 'special-tokens',
    en: {
      names: [
        'special tokens',
        'control tokens',
        'special token',
        'endoftext',
        'im_start and im_end',
      ],
      answer:
        'Special tokens such as endoftext, im_start and im_end are control tokens with their own ids that mark document ends and chat turns; text a user types is never turned into them.',
      key: 'control tokens',
      questions: [
        'What are special tokens?',
        'What is endoftext?',
        'What do im_start and im_end do?',
        'Can I type a special token in my message?',
        'special tokens?',
        'How does the model know where a document ends?',
      ],
      heldout: [
        'whats endoftext for',
        'why cant users type im_end',
        'special tokens vs normal tokens difference',
        'what happens if i paste im_start into the chat',
      ],
      followUps: {
        why: 'The special tokens must be impossible to fake: if typed text could become im_end, a user could close the assistant turn early or pretend to be the system.',
        example:
          'With special tokens, a chat turn is im_start, "user", a newline, the message, then im_end, each marker a single id; endoftext sits between packed documents.',
        simpler:
          'The special tokens are like stage directions in a play script: they are not spoken lines, they tell who speaks and when a scene ends.',
        more: 'In Qwen the special tokens come after the 151,643 regular tokens: endoftext is id 151643, im_start 151644 and im_end 151645, with 205 extra ones reserved.',
        downside:
          "The special tokens need care: Qwen's released tokenizer by default parses their written forms in any text, so apps must switch that off to block injection.",
      },
      prose:
        'Besides regular BPE tokens, Qwen has special tokens that carry control signals. endoftext is placed after each document in pretraining, and im_start and im_end open and close each message in ChatML chats. The program adds them around the text; they are never produced from characters a user types, so typed text cannot fake a turn.',
    },
    zh: {
      names: ['特殊词元', '控制词元', 'special tokens', 'endoftext', 'im_start 和 im_end'],
      answer:
        'endoftext、im_start 和 im_end 这类特殊词元是控制词元，各有自己的编号，标记文档结束和对话轮次；用户输入的文字永远不会变成它们。',
      key: '控制词元',
      questions: [
        '什么是特殊词元？',
        'endoftext 是什么？',
        'im_start 和 im_end 有什么用？',
        '我能在消息里打出特殊词元吗？',
        '特殊词元？',
        '模型怎么知道一篇文档结束了？',
      ],
      heldout: [
        'endoftext 是干嘛的',
        '为什么用户不能输入 im_end',
        '特殊词元和普通词元有啥区别',
        '我把 im_start 粘贴进聊天框会怎样',
      ],
      followUps: {
        why: '特殊词元必须无法伪造：如果输入的文字能变成 im_end，用户就能提前结束助手的轮次，或者冒充系统。',
        example:
          '用特殊词元，一轮对话是 im_start、“user”、换行、消息内容、im_end，每个标记只占一个编号；打包的文档之间放 endoftext。',
        simpler: '特殊词元像剧本里的舞台提示：它们不是台词，而是说明谁在说话、一幕何时结束。',
        more: '特殊词元排在 151,643 个普通词元之后：endoftext 的编号是 151643，im_start 是 151644，im_end 是 151645，另有 205 个备用。',
        downside:
          '特殊词元要小心处理：Qwen 发布的分词器默认会把文本里它们的写法解析成特殊词元，应用必须关掉这一点来防注入。',
      },
      prose:
        '除了普通的 BPE 词元，Qwen 还有传递控制信号的特殊词元。预训练时每篇文档后面放 endoftext；在 ChatML 对话里，im_start 和 im_end 标出每条消息的开头和结尾。它们由程序加在文本周围，绝不会由用户输入的字符生成，所以输入的文字无法伪造轮次。',
    },
    compare: {
      with: 'chatml',
      en: 'ChatML is the chat format and special tokens are its building blocks: im_start and im_end wrap each message, while endoftext ends whole documents.',
      zh: 'ChatML 是对话格式，特殊词元是它的积木：im_start 和 im_end 包住每条消息，endoftext 则标记整篇文档的结束。',
    },
  },
  {
    id: 'chinese-vocab',
    en: {
      names: [
        'Chinese vocabulary extension',
        'Chinese tokens',
        'extended vocabulary',
        'chinese vocab',
        'cl100k_base',
      ],
      answer:
        'Qwen takes the cl100k_base vocabulary of tiktoken and extends it with commonly used Chinese characters and words, plus tokens of other languages, so Chinese text needs far fewer tokens.',
      key: 'commonly used Chinese characters',
      questions: [
        'How does Qwen handle Chinese in its tokenizer?',
        'What was added to cl100k_base?',
        'Why extend the cl100k vocabulary?',
        "Is Qwen's tokenizer based on GPT-4's?",
        'chinese tokens?',
        'Which vocabulary does the Qwen tokenizer start from?',
      ],
      heldout: [
        'why is cl100k bad at chinese',
        'what did qwen add to the gpt4 tokenizer',
        'chinese vocab extension whats the point',
        'does qwen have whole chinese words as tokens',
      ],
      followUps: {
        why: 'The Chinese vocabulary extension exists because cl100k_base was built mostly for English-like text and often spends two or three byte tokens on one Chinese character.',
        example:
          'Thanks to the Chinese vocabulary extension, a common word like 中国 can be one token, where plain bytes would need 6 (each Han character is 3 UTF-8 bytes).',
        simpler:
          'The Chinese vocabulary extension is like adding a Chinese section to an English phrasebook, so common Chinese words get their own entries.',
        more: 'The Chinese vocabulary extension also added tokens for other languages, and the report found that the larger vocabulary did not hurt downstream performance.',
        downside:
          'The Chinese vocabulary extension adds tens of thousands of rows to the embedding and output matrices, and rare added words get few training updates.',
      },
      prose:
        'Qwen does not train its tokenizer from scratch. It starts from cl100k_base, the BPE vocabulary of tiktoken, and augments it with commonly used Chinese characters and words as well as tokens for other languages. Chinese text then takes far fewer tokens, which makes training and inference in Chinese cheaper.',
    },
    zh: {
      names: ['中文词表扩充', '中文词元', '扩充词表', 'cl100k_base', '中文 vocab'],
      answer:
        'Qwen 以 tiktoken 的 cl100k_base 词表为基础，加入常用汉字和中文词语以及其他语言的词元，让中文文本所需的词元大大减少。',
      key: '常用汉字和中文词语',
      questions: [
        'Qwen 的分词器怎样处理中文？',
        'cl100k_base 上加了什么？',
        '为什么要扩充 cl100k 词表？',
        'Qwen 的分词器是基于 GPT-4 的吗？',
        '中文词元？',
        'Qwen 分词器的起点是哪个词表？',
      ],
      heldout: [
        'cl100k 为啥不擅长中文',
        'qwen 在 gpt-4 的分词器上加了啥',
        '扩充中文词表是干嘛的',
        'qwen 会把整个中文词当成一个 token 吗',
      ],
      followUps: {
        why: '要做中文词表扩充，是因为 cl100k_base 主要为英文这类语言设计，一个汉字常常要花两三个字节词元。',
        example:
          '有了中文词表扩充，“中国”这样的常用词可以是一个词元；只用字节则要 6 个（每个汉字 3 个 UTF-8 字节）。',
        simpler: '中文词表扩充就像给一本英文短语手册加上中文部分，让常用中文词有自己的词条。',
        more: '中文词表扩充同时加入了其他语言的词元；报告发现，词表变大并没有损害下游任务的表现。',
        downside: '中文词表扩充给嵌入矩阵和输出矩阵增加了几万行，新加的生僻词也得不到多少训练。',
      },
      prose:
        'Qwen 没有从零训练分词器，而是以 tiktoken 的 BPE 词表 cl100k_base 为起点，加入常用汉字和中文词语，以及其他语言的词元。这样中文文本需要的词元少得多，中文的训练和推理也更省。',
    },
    compare: {
      with: 'bpe',
      en: 'BPE is the algorithm that builds tokens by merging bytes; the Chinese vocabulary extension adds Chinese entries to the cl100k_base BPE vocabulary Qwen starts from.',
      zh: 'BPE 是通过合并字节构造词元的算法；中文词表扩充则是给 Qwen 起步用的 cl100k_base BPE 词表加入中文条目。',
    },
  },
  {
    id: 'pretrain-data',
    en: {
      names: [
        'pretraining data',
        'the pretraining corpus',
        'training data',
        'pretrain data',
        'the dataset',
      ],
      answer:
        'Qwen was pretrained on a dataset of up to 3 trillion tokens of public web documents, encyclopedia, books and code, multilingual but mostly English and Chinese.',
      key: 'up to 3 trillion tokens',
      questions: [
        'What data was Qwen trained on?',
        'How big is the Qwen pretraining dataset?',
        'What is in the Qwen pretraining corpus?',
        'Which languages are in the Qwen training data?',
        'pretraining data?',
        "Where does Qwen's training text come from?",
      ],
      heldout: [
        'how many tokens did qwen see in pretraining',
        'what kind of text is qwen trained on',
        'is qwen trained mostly on chinese or english',
        'explain qwens training data like im five',
      ],
      followUps: {
        why: 'The pretraining data has to be large and varied, because the model learns world knowledge, languages and coding from it before any chat tuning.',
        example:
          'The pretraining data mixes sources: a web page about cooking, an encyclopedia article on Beijing, a novel chapter and a Python file can all sit in one training batch.',
        simpler:
          'Think of the pretraining data as the huge library the model reads before school starts; what is in it shapes what it knows.',
        more: "Qwen's pretraining data also includes high-quality instruction data, and web pages are first extracted from HTML and labelled by a language identifier.",
        downside:
          'Web pretraining data is noisy and repetitive, so much of the work is cleaning it with deduplication and quality filters.',
      },
      prose:
        'Qwen was pretrained on a large, diverse dataset of up to 3 trillion tokens. It includes public web documents, encyclopedia articles, books and code, and it is multilingual, with most of the text in English and Chinese. Web pages are extracted from HTML and tagged by language, then deduplicated and filtered for quality.',
    },
    zh: {
      names: ['预训练数据', '预训练语料', '训练数据', 'pretrain data', '数据集'],
      answer:
        'Qwen 的预训练数据多达 3 万亿个词元，来自公开网页、百科、书籍和代码，覆盖多种语言，以英文和中文为主。',
      key: '3 万亿个词元',
      questions: [
        'Qwen 是用什么数据训练的？',
        'Qwen 的预训练数据有多大？',
        'Qwen 的预训练语料里有什么？',
        'Qwen 的训练数据包含哪些语言？',
        '预训练数据？',
        'Qwen 的训练文本从哪里来？',
      ],
      heldout: [
        'qwen 预训练看了多少 token',
        'qwen 是拿啥文本训练的',
        'qwen 的数据中文多还是英文多',
        '给小白讲讲 qwen 的训练数据',
      ],
      followUps: {
        why: '预训练数据必须又大又多样，因为模型在对话微调之前，要从中学会常识、语言和写代码。',
        example:
          '预训练数据是混合的：一个讲做菜的网页、一篇关于北京的百科、一章小说和一个 Python 文件，可能出现在同一批训练数据里。',
        simpler: '预训练数据就像模型入学前读的一座大图书馆：馆里有什么，它就知道什么。',
        more: 'Qwen 的预训练数据还加入了高质量的指令数据；网页先从 HTML 中提取文本，再用语言识别工具判断语言。',
        downside: '来自网络的预训练数据又杂又重复，所以很多功夫花在清洗上：要经过去重和质量过滤。',
      },
      prose:
        'Qwen 在多达 3 万亿个词元的大规模多样数据上预训练。数据包括公开网页、百科、书籍和代码，覆盖多种语言，其中大部分是英文和中文。网页先从 HTML 中提取文本并标注语言，再经过去重和质量过滤。',
    },
    compare: {
      with: 'quality-filter',
      en: 'Pretraining data is the raw mix of sources; quality filtering decides which of that text is clean enough to keep and which sources to up-sample.',
      zh: '预训练数据是各种来源的原始混合；质量过滤决定其中哪些文本够干净可以保留，哪些来源要上采样。',
    },
  },
  {
    id: 'dedup',
    en: {
      names: ['deduplication', 'dedup', 'data deduplication', 'fuzzy deduplication', 'MinHash'],
      answer:
        'Qwen removes repeated documents with exact-match deduplication after normalization and fuzzy deduplication using MinHash and LSH, which also catches near-duplicates.',
      key: 'MinHash and LSH',
      questions: [
        'What is deduplication?',
        'How does Qwen remove duplicate data?',
        'What are MinHash and LSH used for?',
        'Why deduplicate pretraining data?',
        'dedup?',
        'What is fuzzy deduplication?',
      ],
      heldout: [
        'why remove duplicate web pages',
        'minhash lsh what is that',
        'exact vs fuzzy dedup difference',
        'how does qwen find near duplicate docs',
      ],
      followUps: {
        why: 'The point of deduplication is diversity: a page copied a thousand times would otherwise be memorized and waste training tokens that could teach something new.',
        example:
          'An example of deduplication: two copies of a news story that differ only in ads and dates slip past exact matching, but MinHash sees they share most word n-grams and drops one.',
        simpler:
          'Think of deduplication as clearing the photocopies out of a library so each book is read only once.',
        more: 'In deduplication, MinHash turns each document into a short signature whose match rate estimates Jaccard similarity, and LSH buckets the signatures so only likely pairs are compared.',
        downside:
          'MinHash deduplication is approximate: it can miss some near-duplicates or drop distinct texts that share boilerplate, and it takes heavy compute on trillions of tokens.',
      },
      prose:
        'The web repeats itself, so Qwen deduplicates its pretraining data. First the text is normalized and exact duplicates are removed. Then fuzzy deduplication with MinHash and locality-sensitive hashing (LSH) finds documents that are nearly the same. This raises the diversity of the data.',
    },
    zh: {
      names: ['去重', '数据去重', 'dedup', '模糊去重', 'MinHash'],
      answer:
        'Qwen 先对文本归一化后做精确匹配去重，再用 MinHash 和 LSH 做模糊去重，把近似重复的文档也找出来删掉。',
      key: 'MinHash 和 LSH',
      questions: [
        '什么是去重？',
        'Qwen 怎样删除重复数据？',
        'MinHash 和 LSH 是做什么的？',
        '为什么要给预训练数据去重？',
        '去重？',
        '什么是模糊去重？',
      ],
      heldout: [
        '为啥要删掉重复的网页',
        'minhash 是干嘛的',
        '精确去重和模糊去重有啥区别',
        'qwen 怎么找出差不多一样的文档',
      ],
      followUps: {
        why: '去重是为了增加数据多样性：一篇被复制上千次的网页会被模型死记硬背，还浪费了本可以学新东西的词元。',
        example:
          '去重举例：两份只差广告和日期的新闻稿，精确匹配发现不了，但 MinHash 看出它们大部分词组相同，就删掉一份。',
        simpler: '去重就像把图书馆里的复印本清走，让每本书只读一遍。',
        more: '去重时，MinHash 把每篇文档压成一个短签名，签名的重合率近似 Jaccard 相似度；LSH 把签名分桶，只比较可能相似的文档。',
        downside:
          '用 MinHash 去重是近似的：可能漏掉一些近似重复，也可能误删只是套话相同的文档，而且在万亿词元上计算量很大。',
      },
      prose:
        '网络上的内容大量重复，所以 Qwen 要给预训练数据去重。先把文本归一化，删掉完全相同的副本；再用 MinHash 和局部敏感哈希（LSH）做模糊去重，找出几乎一样的文档。这样数据更加多样。',
    },
    compare: {
      with: 'quality-filter',
      en: 'Deduplication removes copies of the same text; quality filtering removes text that is low in quality or harmful, even when it appears only once.',
      zh: '去重删掉同一文本的副本；质量过滤删掉低质量或有害的文本，哪怕它只出现一次。',
    },
  },
  {
    id: 'quality-filter',
    en: {
      names: [
        'quality filtering',
        'quality filter',
        'data filtering',
        'data cleaning',
        'up-sampling',
      ],
      answer:
        'Qwen filters low-quality text with rules plus machine-learning models that score quality and flag offensive content, up-samples high-quality sources, and removes data that overlaps benchmark test sets.',
      key: 'up-samples high-quality sources',
      questions: [
        'How does Qwen filter its data?',
        'What is quality filtering?',
        'How is low-quality text removed?',
        'Does Qwen remove benchmark test data from training?',
        'quality filter?',
        'Why up-sample some data sources?',
      ],
      heldout: [
        'how do they decide which web text is good',
        'whats the point of filtering training data',
        'did qwen train on the test sets',
        'rule based vs model based filtering difference',
      ],
      followUps: {
        why: 'The model imitates what it reads, so quality filtering matters: spam, broken text and toxic pages would teach it bad habits.',
        example:
          'An example of quality filtering: a rule drops a page of mostly symbols, a scorer rates a clear tutorial high, and a sample sharing a 13-gram with a test set is removed.',
        simpler:
          'Think of quality filtering as a librarian who throws out junk mail, keeps the good books and buys extra copies of the best ones.',
        more: "Qwen's quality filtering combines several scoring models, including language models, text-quality scorers and detectors of inappropriate content, with manual review of samples.",
        downside:
          'The catch with quality filtering is bias: the scoring models may drop useful informal text or dialects, and every threshold is a judgment call.',
      },
      prose:
        'After deduplication, Qwen filters its data with a mix of rule-based and machine-learning methods. Several models score the text, including language models, text-quality scorers and models that detect offensive or inappropriate content, and samples are reviewed by hand. Data from certain high-quality sources is up-sampled. Instruction data that shares a 13-gram with the evaluation test sets is removed to keep the benchmarks fair.',
    },
    zh: {
      names: ['质量过滤', '数据过滤', '数据清洗', 'quality filter', '上采样'],
      answer:
        'Qwen 用规则加机器学习模型过滤低质量文本，模型会给质量打分并识别冒犯内容；还对高质量来源上采样，并删除与评测集重叠的数据。',
      key: '高质量来源上采样',
      questions: [
        'Qwen 怎样过滤数据？',
        '什么是质量过滤？',
        '低质量文本是怎么去掉的？',
        'Qwen 会把评测集的数据从训练中删掉吗？',
        '质量过滤？',
        '为什么要对某些数据来源上采样？',
      ],
      heldout: [
        '怎么判断哪些网页文本是好的',
        '过滤训练数据是干嘛的',
        'qwen 训练时见过测试集吗',
        '规则过滤和模型过滤有啥区别',
      ],
      followUps: {
        why: '质量过滤很重要，因为模型会模仿它读到的东西：垃圾广告、乱码和有害网页都会把它教坏。',
        example:
          '质量过滤举例：规则删掉几乎全是符号的网页，打分模型给一篇清楚的教程打高分，与测试集有 13-gram 重叠的指令样本则被删除。',
        simpler: '质量过滤就像图书管理员：扔掉垃圾传单，留下好书，还给最好的书多买几本。',
        more: 'Qwen 的质量过滤用了多个打分模型，包括语言模型、文本质量打分模型和识别不当内容的模型，还会人工抽样检查。',
        downside:
          '质量过滤可能带偏见：打分模型可能删掉有用的口语文本或方言，每个阈值也都要靠人来拿捏。',
      },
      prose:
        '去重之后，Qwen 用规则和机器学习相结合的方法过滤数据。多个模型给文本打分，包括语言模型、文本质量打分模型和识别冒犯或不当内容的模型，还会人工抽样审查。来自某些高质量来源的数据会被上采样。与评测集有 13-gram 重叠的指令数据会被删除，以保证评测公平。',
    },
    compare: {
      with: 'dedup',
      en: 'Quality filtering judges each text on its own merits; deduplication only asks whether the same or nearly the same text has already been kept.',
      zh: '质量过滤看每篇文本本身好不好；去重只看同样或几乎一样的文本是否已经保留过。',
    },
  },
  {
    id: 'qwen-sizes',
    en: {
      names: ['Qwen model sizes', 'Qwen sizes', 'model sizes', 'Qwen-7B', 'qwen 1.8b 7b 14b'],
      answer:
        'Qwen comes in three sizes: 1.8B with hidden size 2048 and 24 layers, 7B with 4096 and 32 layers, and 14B with 5120 and 40 layers, trained on 2.2T, 2.4T and 3.0T tokens.',
      key: '5120 and 40 layers',
      questions: [
        'What sizes does Qwen come in?',
        'How many layers does Qwen-7B have?',
        'What is the hidden size of Qwen-14B?',
        'How many tokens was each Qwen model trained on?',
        'qwen sizes?',
        'How big is Qwen-1.8B?',
      ],
      heldout: [
        'how many layers in qwen 14b',
        'qwen 7b vs 14b whats different',
        'biggest qwen model in the report',
        'how wide is the qwen-1.8b hidden size',
      ],
      followUps: {
        why: 'Qwen model sizes range from a small one for laptops and phones up to 14B for the best quality, and the larger models also get more training tokens.',
        example:
          'Qwen model sizes in practice: Qwen-7B stacks 32 layers of width 4096 with 32 heads of size 128, and it read 2.4 trillion tokens.',
        simpler:
          'Qwen model sizes are like small, medium and large cups: the same design, built wider and deeper.',
        more: 'All Qwen model sizes use head size 128 (16, 32 and 40 heads), a peak learning rate of 3e-4 and a batch of 4M tokens.',
        downside:
          'Larger Qwen model sizes cost more: Qwen-14B needs roughly twice the memory and compute per token of Qwen-7B.',
      },
      prose:
        'The report trains three base models with the same design. Qwen-1.8B has hidden size 2048, 24 layers and 16 attention heads and saw 2.2 trillion tokens. Qwen-7B has hidden size 4096, 32 layers and 32 heads and saw 2.4 trillion tokens. Qwen-14B has hidden size 5120, 40 layers and 40 heads and saw 3.0 trillion tokens; all three use a peak learning rate of 3e-4 and batches of 4M tokens.',
    },
    zh: {
      names: ['Qwen 模型规模', 'Qwen 尺寸', '模型大小', 'Qwen-7B', 'qwen 1.8b 7b 14b'],
      answer:
        'Qwen 有三种规模：1.8B 隐藏维度 2048、24 层，7B 为 4096、32 层，14B 为 5120、40 层，分别训练了 2.2T、2.4T 和 3.0T 个词元。',
      key: '5120、40 层',
      questions: [
        'Qwen 有哪些规模？',
        'Qwen-7B 有多少层？',
        'Qwen-14B 的隐藏维度是多少？',
        '每个 Qwen 模型训练了多少词元？',
        'qwen 尺寸？',
        'Qwen-1.8B 有多大？',
      ],
      heldout: [
        'qwen 14b 有几层',
        'qwen 7b 和 14b 有啥不同',
        '报告里最大的 qwen 是哪个',
        'qwen-1.8b 的 hidden size 多大',
      ],
      followUps: {
        why: 'Qwen 模型规模有大有小：小的能在笔记本和手机上跑，14B 效果最好；大模型也配了更多训练词元。',
        example:
          '以 Qwen 模型规模里的 Qwen-7B 为例：32 层，宽 4096，32 个头、每头 128 维，读了 2.4 万亿个词元。',
        simpler: 'Qwen 模型规模就像小杯、中杯、大杯：设计一样，只是做得更宽、更深。',
        more: '各个 Qwen 模型规模的头维度都是 128（16、32、40 个头），峰值学习率都是 3e-4，批大小都是 400 万个词元。',
        downside: 'Qwen 模型规模越大越贵：Qwen-14B 每个词元所需的内存和计算大约是 Qwen-7B 的两倍。',
      },
      prose:
        '报告用同一套设计训练了三个基础模型。Qwen-1.8B 隐藏维度 2048、24 层、16 个注意力头，训练了 2.2 万亿个词元；Qwen-7B 隐藏维度 4096、32 层、32 个头，训练了 2.4 万亿个词元；Qwen-14B 隐藏维度 5120、40 层、40 个头，训练了 3.0 万亿个词元。三者的峰值学习率都是 3e-4，批大小都是 400 万个词元。',
    },
    compare: {
      with: 'adamw',
      en: 'Qwen model sizes differ in width and depth, but the AdamW settings are shared: the same betas and the same peak learning rate of 3e-4 for all three.',
      zh: 'Qwen 各个模型规模的宽度和深度不同，但 AdamW 的设置相同：三者用同样的 beta 和同样的 3e-4 峰值学习率。',
    },
  },
  {
    id: 'code-qwen',
    en: {
      names: ['Code-Qwen', 'Code-Qwen-Chat', 'CodeQwen', 'code qwen', 'the coding model'],
      answer:
        'Code-Qwen continues pretraining the base Qwen on about 90 billion tokens of code data with a context of 8192, and supervised fine-tuning then turns it into Code-Qwen-Chat.',
      key: '90 billion tokens',
      questions: [
        'What is Code-Qwen?',
        'How was Code-Qwen trained?',
        'What is Code-Qwen-Chat?',
        'What context length does Code-Qwen use?',
        'code qwen?',
        'Is there a Qwen model for programming?',
      ],
      heldout: [
        'how did they make qwen better at coding',
        'code-qwen vs qwen whats the diff',
        'how many code tokens for codeqwen',
        'is code qwen trained from scratch',
      ],
      followUps: {
        why: 'Code-Qwen starts from the base model instead of from scratch, so it keeps its general language knowledge and only needs extra code data to specialize.',
        example:
          'Code-Qwen example: given a function signature and a docstring, Code-Qwen-Chat writes the function body; the report tests this on HumanEval and MBPP.',
        simpler:
          'Code-Qwen is Qwen sent to programming school: the same student, given a long extra course in code.',
        more: 'Code-Qwen comes in 7B and 14B sizes; its 8192-token context lets it read whole source files, and Flash attention keeps that long context affordable.',
        downside:
          'Code-Qwen costs the compute of 90 billion extra tokens, and heavy code training can weaken other skills unless ordinary text is mixed in.',
      },
      prose:
        'Code-Qwen is Qwen specialized for programming. Starting from the base model, the team continued pretraining on about 90 billion tokens of code data with a longer context of 8192 tokens. Supervised fine-tuning on coding dialogues then produced Code-Qwen-Chat, which the report evaluates on benchmarks such as HumanEval and MBPP.',
    },
    zh: {
      names: ['Code-Qwen', 'Code-Qwen-Chat', 'CodeQwen', 'code qwen', '代码模型'],
      answer:
        'Code-Qwen 在 Qwen 基础模型上继续预训练，用了约 900 亿个词元的代码数据，上下文长度 8192；再经监督微调得到 Code-Qwen-Chat。',
      key: '900 亿个词元',
      questions: [
        '什么是 Code-Qwen？',
        'Code-Qwen 是怎么训练的？',
        '什么是 Code-Qwen-Chat？',
        'Code-Qwen 的上下文有多长？',
        'code qwen？',
        '有专门写代码的 Qwen 吗？',
      ],
      heldout: [
        '他们怎么让 qwen 更会写代码',
        'code-qwen 和 qwen 有啥区别',
        'codeqwen 用了多少代码 token',
        'code qwen 是从零开始训练的吗',
      ],
      followUps: {
        why: 'Code-Qwen 从基础模型出发而不是从零训练，所以保留了通用语言知识，只需额外的代码数据来专精。',
        example:
          'Code-Qwen 举例：给出函数签名和文档字符串，Code-Qwen-Chat 就能写出函数体；报告用 HumanEval 和 MBPP 来测试。',
        simpler:
          'Code-Qwen 就是送 Qwen 去读编程学校：还是同一个学生，只是额外上了一门很长的代码课。',
        more: 'Code-Qwen 有 7B 和 14B 两种规模；8192 的上下文让它能读完整个源文件，Flash attention 让这么长的上下文不至于太贵。',
        downside:
          'Code-Qwen 要为额外 900 亿个词元付出算力，而且大量代码训练可能削弱其他能力，除非混入普通文本。',
      },
      prose:
        'Code-Qwen 是专攻编程的 Qwen。团队从基础模型出发，用约 900 亿个词元的代码数据继续预训练，上下文加长到 8192。之后在编程对话上做监督微调，得到 Code-Qwen-Chat，报告在 HumanEval 和 MBPP 等基准上评测它。',
    },
    compare: {
      with: 'math-qwen',
      en: 'Code-Qwen gets continued pretraining on code before its SFT, while Math-Qwen-Chat skips extra pretraining and only gets math-specific SFT.',
      zh: 'Code-Qwen 在监督微调前先用代码继续预训练；Math-Qwen-Chat 不做额外预训练，只做数学专项的监督微调。',
    },
  },
  {
    id: 'math-qwen',
    en: {
      names: ['Math-Qwen-Chat', 'Math-Qwen', 'math qwen', 'the math model', 'math specialist'],
      answer:
        'Math-Qwen-Chat is Qwen given math-specific supervised fine-tuning on math instruction data with a context of 1024, to solve arithmetic and math word problems.',
      key: 'math instruction data',
      questions: [
        'What is Math-Qwen-Chat?',
        'How was Math-Qwen-Chat trained?',
        'Is there a Qwen model for math?',
        'What context length does Math-Qwen-Chat use?',
        'math qwen?',
        'How did Qwen get better at word problems?',
      ],
      heldout: [
        'how did they make qwen good at math',
        'math qwen vs code qwen difference',
        'why is the math-qwen context only 1024',
        'does math qwen do extra pretraining',
      ],
      followUps: {
        why: 'Math-Qwen-Chat exists because math needs careful step-by-step reasoning, and a general chat model makes more slips in arithmetic and logic.',
        example:
          'Math-Qwen-Chat example: asked "Tom has 3 boxes of 12 pens and gives away 5; how many are left?", it works out 3 × 12 = 36, then 36 − 5 = 31.',
        simpler:
          'Math-Qwen-Chat is Qwen after a focused math tutoring course: the same brain, with much more practice on worked problems.',
        more: 'Math-Qwen-Chat is evaluated on GSM8K and MATH, on Math401 for arithmetic and on Math23K for Chinese word problems; the short 1024 context speeds up training.',
        downside:
          'Math-Qwen-Chat is tuned narrowly: it can still slip in long calculations, and it is not the best choice for general chat.',
      },
      prose:
        'Math-Qwen-Chat is a version of Qwen specialized for mathematics. It is built by supervised fine-tuning on math instruction data, without extra pretraining, and it uses a shorter context of 1024 tokens to train faster. The report tests it on arithmetic and on math word problems in English and Chinese, with benchmarks such as GSM8K, MATH, Math401 and Math23K.',
    },
    zh: {
      names: ['Math-Qwen-Chat', 'Math-Qwen', '数学模型', 'math qwen', '数学版 Qwen'],
      answer:
        'Math-Qwen-Chat 是在 Qwen 上用数学指令数据做专门的监督微调得到的，上下文长度 1024，用来解算术题和数学应用题。',
      key: '数学指令数据',
      questions: [
        '什么是 Math-Qwen-Chat？',
        'Math-Qwen-Chat 是怎么训练的？',
        '有专门做数学的 Qwen 吗？',
        'Math-Qwen-Chat 的上下文有多长？',
        'math qwen？',
        'Qwen 怎样变得更会做应用题？',
      ],
      heldout: [
        '怎么让 qwen 数学变好的',
        'math qwen 和 code qwen 有啥区别',
        'math-qwen 的上下文为啥只有 1024',
        'math qwen 有额外预训练吗',
      ],
      followUps: {
        why: '要做 Math-Qwen-Chat，是因为数学需要一步一步严谨推理，通用对话模型更容易在计算和逻辑上出错。',
        example:
          'Math-Qwen-Chat 举例：“小明有 3 盒笔，每盒 12 支，送出 5 支，还剩几支？”它先算 3 × 12 = 36，再算 36 − 5 = 31。',
        simpler:
          'Math-Qwen-Chat 就是上过数学辅导班的 Qwen：脑子还是那个脑子，只是多做了很多带步骤的练习题。',
        more: 'Math-Qwen-Chat 在 GSM8K、MATH、算术题集 Math401 和中文应用题集 Math23K 上评测；1024 的短上下文让训练更快。',
        downside: 'Math-Qwen-Chat 专精面窄：很长的计算中仍可能算错，也不是日常聊天的最佳选择。',
      },
      prose:
        'Math-Qwen-Chat 是专攻数学的 Qwen。它在数学指令数据上做监督微调，不做额外的预训练，并用 1024 的较短上下文加快训练。报告在英文和中文的算术题与数学应用题上测试它，例如 GSM8K、MATH、Math401 和 Math23K。',
    },
    compare: {
      with: 'code-qwen',
      en: 'Math-Qwen-Chat only adds math-specific SFT on top of Qwen, while Code-Qwen first continues pretraining on about 90 billion tokens of code.',
      zh: 'Math-Qwen-Chat 只在 Qwen 上加做数学专项的监督微调；Code-Qwen 则先用约 900 亿个词元的代码继续预训练。',
    },
  },
  {
    id: 'tool-use',
    en: {
      names: ['tool use', 'tool calling', 'function calling', 'code interpreter', 'agent'],
      answer:
        'Qwen-Chat can use tools: it calls APIs, writes and runs Python in a code interpreter, and acts as an agent, skills trained with ReAct-style samples in its fine-tuning data.',
      key: 'code interpreter',
      questions: [
        'Can Qwen use tools?',
        'What is tool use in Qwen-Chat?',
        'How does Qwen-Chat call an API?',
        'What is the code interpreter?',
        'tool use?',
        'Can Qwen act as an agent?',
      ],
      heldout: [
        'can qwen run python code',
        'how does the chat model use a calculator or search',
        'tool use vs plain chat difference',
        'how was qwen taught to call tools',
      ],
      followUps: {
        why: 'With tool use the model hands jobs it is bad at, like exact math, fresh facts from a search API or plotting data, to a program.',
        example:
          'An example of tool use: asked for the mean of 3, 7 and 20, Qwen-Chat writes Python, the code interpreter prints 10.0, and the model answers with that number.',
        simpler:
          'In plain words, tool use means the model knows when to reach for a calculator or a phone book instead of guessing.',
        more: "Qwen-Chat's tool use was trained with ReAct samples made by self-instruct, and the team built a benchmark to check whether its code-interpreter code runs and plots correctly.",
        downside:
          'The cost of tool use is risk: running model-written code needs a sandbox, and one wrong tool call or bad argument can derail the answer.',
      },
      prose:
        'Qwen-Chat is trained to use tools. It can call APIs described in its prompt, write Python and run it in a code interpreter for math, data analysis and charts, and act as an agent that chooses among many tools, for example as a Hugging Face Agent. The fine-tuning data includes ReAct-style samples made with self-instruct.',
    },
    zh: {
      names: ['工具调用', '工具使用', '函数调用', '代码解释器', 'tool use'],
      answer:
        'Qwen-Chat 会使用工具：调用 API，在代码解释器里编写并运行 Python，还能当智能体；这些能力靠微调数据里 ReAct 风格的样本学会。',
      key: '代码解释器',
      questions: [
        'Qwen 能使用工具吗？',
        'Qwen-Chat 的工具调用是什么？',
        'Qwen-Chat 怎样调用 API？',
        '代码解释器是什么？',
        '工具调用？',
        'Qwen 能当智能体吗？',
      ],
      heldout: [
        'qwen 能跑 python 代码吗',
        '对话模型怎么用计算器或者搜索',
        'tool use 和普通聊天有啥区别',
        'qwen 是怎么学会调工具的',
      ],
      followUps: {
        why: '工具调用让模型把不擅长的事交给程序，比如精确计算、用搜索 API 查最新信息或者画数据图。',
        example:
          '工具调用举例：问 3、7、20 的平均数，Qwen-Chat 写出 Python，代码解释器输出 10.0，模型再用这个数回答。',
        simpler: '工具调用就是模型知道什么时候该拿起计算器或查电话簿，而不是瞎猜。',
        more: 'Qwen-Chat 的工具调用用自指令生成的 ReAct 样本训练；团队还做了一个评测集，检查它在代码解释器里写的代码能否正确运行和画图。',
        downside:
          '工具调用带来风险和成本：运行模型写的代码需要沙箱，一次调错工具或参数写错都可能让回答跑偏。',
      },
      prose:
        'Qwen-Chat 经过训练可以使用工具。它能调用提示里描述的 API，编写 Python 并在代码解释器里运行，用来算数、分析数据和画图，还能作为智能体在许多工具中做选择，比如当 Hugging Face Agent。微调数据里有用自指令方法生成的 ReAct 风格样本。',
    },
    compare: {
      with: 'react',
      en: 'Tool use is the skill of calling programs; ReAct is the text format Qwen-Chat uses for it, with Thought, Action, Action Input and Observation.',
      zh: '工具调用是调用程序的能力；ReAct 是 Qwen-Chat 调用工具时用的文字格式，包括 Thought、Action、Action Input 和 Observation。',
    },
  },
  {
    id: 'embedding',
    en: {
      names: ['embedding table', 'token embedding', 'embeddings', 'embedding layer', 'wte'],
      answer:
        'The embedding table is a learned matrix with one row per token id: the model looks up the row of each input token and uses that vector as its first hidden state.',
      key: 'one row per token id',
      questions: [
        'What is the embedding table?',
        'What is a token embedding?',
        'How does a token id become a vector?',
        'What does the embedding layer do?',
        'embeddings?',
        'How big is the embedding matrix?',
      ],
      heldout: [
        'how do token ids turn into numbers the model can use',
        'embedding table explain like im five',
        'is the embedding just a lookup',
        'whats inside an embeding vector',
      ],
      followUps: {
        why: 'An embedding table is needed because an id like 42 means nothing by itself; learned vectors let similar tokens sit close together and carry useful features.',
        example:
          "Qwen-7B's embedding table, for example, has about 152K rows of 4,096 numbers, so token id 42 simply selects row 42.",
        simpler:
          'The embedding table is like a phone book: look up a token id and you get its vector, a long list of numbers.',
        more: 'The embedding table is trained like every other weight, but at each step only the rows of tokens that appear in the batch get gradient updates.',
        downside:
          'The embedding table grows with the vocabulary: in Qwen-7B it holds about 0.6B parameters, and rarely seen tokens keep poorly trained rows.',
      },
      prose:
        'The first layer of Qwen is the embedding table, a matrix with one row per token id. Each input token id selects its row, a vector as wide as the model, 4,096 numbers in Qwen-7B. These vectors are learned during training, so tokens used in similar ways end up with similar vectors.',
    },
    zh: {
      names: ['嵌入表', '词嵌入', 'embedding', '嵌入层', 'token embedding'],
      answer:
        '嵌入表是一个可学习的矩阵，每个词元编号对应一行：模型为每个输入词元查出那一行向量，作为它最初的隐藏状态。',
      key: '每个词元编号对应一行',
      questions: [
        '什么是嵌入表？',
        '什么是词嵌入？',
        '词元编号怎么变成向量？',
        '嵌入层是做什么的？',
        'embedding？',
        '嵌入矩阵有多大？',
      ],
      heldout: [
        'token id 怎么变成模型能用的数字',
        '像给小孩讲一样讲讲嵌入表',
        'embedding 是不是就是查表',
        '嵌入向量里装的是啥',
      ],
      followUps: {
        why: '需要嵌入表，是因为编号 42 本身没有意义；学出来的向量能让用法相似的词元靠得更近，并携带有用的特征。',
        example:
          '嵌入表举例：Qwen-7B 的嵌入表约有 152K 行，每行 4096 个数，词元编号 42 就是取第 42 行。',
        simpler: '嵌入表就像电话簿：查一个词元编号，得到它的向量，也就是一长串数字。',
        more: '嵌入表和其他权重一样被训练，但每一步只有这批数据里出现过的词元，它们的行才会得到梯度更新。',
        downside:
          '嵌入表随词表变大：Qwen-7B 的嵌入表约有 6 亿个参数，很少出现的词元那一行也训练得不好。',
      },
      prose:
        'Qwen 的第一层是嵌入表，它是一个矩阵，每个词元编号对应一行。每个输入词元的编号选出自己的那一行，得到一个和模型一样宽的向量，在 Qwen-7B 里是 4096 个数。这些向量在训练中学出来，所以用法相似的词元最后会有相似的向量。',
    },
    compare: {
      with: 'lm-head',
      en: 'The embedding table turns token ids into vectors at the input; the LM head turns the final vector back into one score per token at the output, and Qwen keeps the two untied.',
      zh: '嵌入表在输入端把词元编号变成向量；LM head 在输出端把最后的向量变回每个词元一个分数，Qwen 不让两者共享权重。',
    },
  },
  {
    id: 'lm-head',
    en: {
      names: ['LM head', 'lm_head', 'output projection', 'output layer', 'lm head'],
      answer:
        'The LM head is the output projection: it multiplies the final hidden state by a matrix to give one logit per vocabulary entry, and in Qwen it is untied from the embedding.',
      key: 'one logit per vocabulary entry',
      questions: [
        'What is the LM head?',
        'What does the output projection do?',
        'How does the model produce a score for every token?',
        'Where do the logits come from?',
        'lm_head?',
        'Is the LM head shared with the embedding in Qwen?',
      ],
      heldout: [
        'whats the last layer of qwen for',
        'how does the hidden state become word scores',
        'lm head vs embedding difference',
        'what does lm_head output exactly',
      ],
      followUps: {
        why: 'The LM head is needed because the model must turn its final vector into a choice among all tokens; with one score per entry, a softmax makes that choice.',
        example:
          'LM head example: in Qwen-7B it maps a hidden state of 4,096 numbers to about 152K logits, one per token, and the largest logit marks the likeliest next token.',
        simpler:
          'The LM head is the judge at the end: it gives every word in the dictionary a score for how well it fits next.',
        more: 'In Qwen the LM head comes after a final RMSNorm, and because it is untied it learns its own matrix instead of reusing the embedding table.',
        downside:
          'The LM head is costly with a big vocabulary: computing about 152K logits at every position takes notable memory and time, especially on long training sequences.',
      },
      prose:
        'At the top of Qwen sits the LM head, also called the output projection. After the last layer and a final RMSNorm, it multiplies the hidden state by a matrix with one row per vocabulary entry, producing one logit per token. A softmax turns the logits into next-token probabilities. Qwen keeps this matrix separate from the input embedding.',
    },
    zh: {
      names: ['LM head', '输出投影', 'lm_head', '输出层', '语言模型头'],
      answer:
        'LM head 就是输出投影：它把最后的隐藏状态乘以一个矩阵，为词表里的每个条目给出一个 logit；在 Qwen 里它不与嵌入共享。',
      key: '每个条目给出一个 logit',
      questions: [
        '什么是 LM head？',
        '输出投影是做什么的？',
        '模型怎样给每个词元打分？',
        'logits 是从哪来的？',
        'lm_head？',
        'Qwen 的 LM head 和嵌入共享吗？',
      ],
      heldout: [
        'qwen 最后一层是干嘛的',
        '隐藏状态怎么变成词的分数',
        'lm head 和 embedding 有啥区别',
        'lm_head 输出的到底是啥',
      ],
      followUps: {
        why: '需要 LM head，是因为模型得把最后的向量变成在所有词元中的选择；每个条目一个分数，再做一次 softmax 就能选。',
        example:
          'LM head 举例：Qwen-7B 的 LM head 把 4096 维的隐藏状态映射成约 152K 个 logit，最大的那个对应最可能的下一个词元。',
        simpler: 'LM head 就像最后的评委：给词典里每个词打分，看它接在后面有多合适。',
        more: 'Qwen 的 LM head 接在最后一个 RMSNorm 之后；因为不共享权重，它学自己的矩阵，而不是复用嵌入表。',
        downside:
          '词表大时 LM head 很费：每个位置都要算约 152K 个 logit，训练长序列时占用不少内存和时间。',
      },
      prose:
        'Qwen 最上面是 LM head，也叫输出投影。经过最后一层和最后的 RMSNorm 之后，它把隐藏状态乘以一个矩阵，矩阵每一行对应词表里的一个条目，于是每个词元得到一个 logit。softmax 再把 logits 变成下一个词元的概率。Qwen 让这个矩阵和输入嵌入分开。',
    },
    compare: {
      with: 'untied',
      en: 'The LM head is the output matrix itself; untied embeddings is the choice to keep it separate from the input embedding table instead of sharing weights.',
      zh: 'LM head 就是输出矩阵本身；不共享的嵌入指的是让它和输入嵌入表分开，而不是共用权重。',
    },
  },
  {
    id: 'next-token',
    en: {
      names: [
        'next-token prediction',
        'language modeling',
        'next token prediction',
        'the training objective',
        'autoregressive generation',
        'causal lm',
      ],
      answer:
        'Qwen is trained with next-token prediction: at every position it predicts the following token, the loss is the cross-entropy of the true token, and text is generated one token at a time.',
      key: 'predicts the following token',
      questions: [
        'What is next-token prediction?',
        'What objective is Qwen trained with?',
        'What loss does a language model use?',
        'How does Qwen generate text?',
        'next token prediction?',
        'What does autoregressive mean?',
      ],
      heldout: [
        'how does a language model actually learn',
        'whats cross entropy loss here',
        'explain next token prediction like im five',
        'why does the model write one token at a time',
      ],
      followUps: {
        why: 'The beauty of next-token prediction is that it needs no labels: every sentence already contains its own answers, so trillions of tokens of raw text become training examples for free.',
        example:
          'An example of next-token prediction: for "The cat sat on the", the model should give "mat" high probability; if it gives 0.25, the loss there is -ln 0.25 ≈ 1.39.',
        simpler:
          'In plain words, next-token prediction is a guessing game: cover the next word, guess it, check, and repeat billions of times.',
        more: 'Training with next-token prediction uses a causal mask so each position sees only earlier tokens, which lets all positions of a sequence train in parallel.',
        downside:
          'Since next-token prediction rewards likely text rather than true text, a model can write fluent mistakes, and generating one token at a time is slow.',
      },
      prose:
        'Qwen is pretrained with the standard autoregressive language-modelling objective. At every position the model gives a probability to each possible next token, and the loss is the cross-entropy, the negative log probability of the token that really came next. To generate, the model picks one token, appends it and predicts again.',
    },
    zh: {
      names: ['下一个词元预测', '语言建模', 'next token prediction', '训练目标', '自回归生成'],
      answer:
        'Qwen 用下一个词元预测来训练：在每个位置预测后面的词元，损失是真实词元的交叉熵；生成时一次输出一个词元。',
      key: '预测后面的词元',
      questions: [
        '什么是下一个词元预测？',
        'Qwen 用什么目标训练？',
        '语言模型用什么损失？',
        'Qwen 是怎样生成文本的？',
        'next token prediction？',
        '自回归是什么意思？',
      ],
      heldout: [
        '语言模型到底是怎么学的',
        '这里的交叉熵损失是啥',
        '像跟小孩讲一样讲讲预测下一个词',
        '为啥模型要一个词一个词地写',
      ],
      followUps: {
        why: '下一个词元预测不需要人工标注：每句话本身就带着答案，上万亿个词元的原始文本都能直接当训练样本。',
        example:
          '下一个词元预测举例：对“今天天气很”，模型应给“好”较高概率；若给 0.25，这个位置的损失就是 -ln 0.25 ≈ 1.39。',
        simpler: '下一个词元预测就是猜词游戏：遮住下一个词，猜一猜，对答案，重复几十亿次。',
        more: '下一个词元预测用因果掩码，让每个位置只能看到前面的词元，这样一条序列的所有位置可以并行训练。',
        downside:
          '下一个词元预测奖励的是“像”而不是“对”，模型可能写出流畅的错话；一次生成一个词元，长回答也很慢。',
      },
      prose:
        'Qwen 用标准的自回归语言建模目标做预训练。在每个位置，模型给每个可能的下一个词元一个概率，损失是交叉熵，也就是真正出现的那个词元的负对数概率。生成时，模型选出一个词元，接到后面，再继续预测。',
    },
    compare: {
      with: 'perplexity',
      en: 'Next-token prediction is trained with cross-entropy loss; perplexity is that loss exponentiated, a readable score of how surprised the model is on average.',
      zh: '下一个词元预测用交叉熵损失训练；困惑度就是这个损失取指数，表示模型平均有多“意外”。',
    },
  },
  {
    id: 'adamw',
    en: {
      names: [
        'AdamW',
        'the optimizer',
        'Adam with weight decay',
        'adamw',
        'the learning rate schedule',
      ],
      answer:
        'Qwen trains with AdamW using β1 0.9, β2 0.95 and ε 1e-8, with a cosine schedule that decays the learning rate to 10% of its peak.',
      key: 'β2 0.95',
      questions: [
        'Which optimizer does Qwen use?',
        'What are the AdamW settings in Qwen?',
        'What learning rate schedule does Qwen use?',
        'What is AdamW?',
        'adamw?',
        'How is the learning rate decayed in Qwen?',
      ],
      heldout: [
        'what optimizer trained qwen',
        'whats beta2 in qwens adamw',
        'explain the cosine lr schedule qwen uses',
        'does the learning rate go to zero at the end',
      ],
      followUps: {
        why: 'AdamW adapts the step of each weight from running averages of its gradients, and β2 0.95 reacts faster than the usual 0.999, which helps keep large-model training stable.',
        example:
          'AdamW schedule example: with the peak learning rate of 3e-4 used for the Qwen base models, the cosine curve ends at 3e-5, 10% of the peak.',
        simpler:
          'AdamW is like a careful hiker: bigger steps on smooth ground, smaller ones on rough ground, and slower steps near the end of the trip.',
        more: "AdamW decouples weight decay from the gradient step; for Qwen's SFT the report also uses a learning-rate warmup, weight decay 0.1 and gradient clipping at 1.0.",
        downside:
          'AdamW keeps two extra numbers per weight, the running mean and the running variance of its gradient, so the optimizer state needs about twice the memory of the weights.',
      },
      prose:
        'Qwen is optimized with AdamW, using β1 = 0.9, β2 = 0.95 and ε = 1e-8. The learning rate follows a cosine schedule: it reaches a peak set for each model size, 3e-4 for the base models, and then decays to a minimum of 10% of the peak. AdamW applies weight decay separately from the gradient update.',
    },
    zh: {
      names: ['AdamW', '优化器', '带权重衰减的 Adam', 'adamw', '学习率调度'],
      answer:
        'Qwen 用 AdamW 训练，β1 为 0.9、β2 为 0.95、ε 为 1e-8，并用余弦调度把学习率衰减到峰值的 10%。',
      key: 'β2 为 0.95',
      questions: [
        'Qwen 用什么优化器？',
        'Qwen 的 AdamW 参数是多少？',
        'Qwen 用什么学习率调度？',
        '什么是 AdamW？',
        'adamw？',
        'Qwen 的学习率是怎样衰减的？',
      ],
      heldout: [
        '训练 qwen 用的啥优化器',
        'qwen 的 adamw 里 beta2 是多少',
        '讲讲 qwen 的余弦学习率',
        '学习率最后会降到 0 吗',
      ],
      followUps: {
        why: 'AdamW 根据每个权重梯度的滑动平均来调整步长；β2 取 0.95 比常见的 0.999 反应更快，有助于大模型训练保持稳定。',
        example:
          'AdamW 调度举例：Qwen 基础模型的峰值学习率是 3e-4，余弦曲线最后降到 3e-5，也就是峰值的 10%。',
        simpler: 'AdamW 像一个谨慎的登山者：平路上步子大，崎岖处步子小，快到终点时放慢脚步。',
        more: 'AdamW 把权重衰减和梯度更新分开；在 Qwen 的 SFT 中，报告还用了学习率预热、0.1 的权重衰减和 1.0 的梯度裁剪。',
        downside:
          'AdamW 要为每个权重多存两个数（梯度的滑动均值和方差），光优化器状态就大约是权重的两倍内存。',
      },
      prose:
        'Qwen 用 AdamW 优化，β1 = 0.9，β2 = 0.95，ε = 1e-8。学习率按余弦调度：先达到为每个模型规模设定的峰值，基础模型是 3e-4，然后衰减到峰值的 10%。AdamW 把权重衰减和梯度更新分开处理。',
    },
    compare: {
      with: 'next-token',
      en: 'Next-token prediction defines the loss to lower; AdamW is the optimizer that moves the weights step by step to lower it.',
      zh: '下一个词元预测定义了要降低的损失；AdamW 是一步一步调整权重、让损失下降的优化器。',
    },
  },
  {
    id: 'temperature',
    en: {
      names: [
        'temperature',
        'sampling temperature',
        'temp',
        'temperature scaling',
        'greedy decoding',
      ],
      answer:
        'Temperature divides the logits before softmax: below 1 sharpens the distribution, above 1 flattens it for more random text, and temperature 0 means greedy, always the top token.',
      key: 'divides the logits',
      questions: [
        'What is temperature in sampling?',
        'What does temperature do?',
        'What happens at temperature 0?',
        'Why does a high temperature give random text?',
        'temperature?',
        'How is temperature applied to the logits?',
      ],
      heldout: [
        'what does turning up the temperature do',
        'temp 0 vs temp 1 difference',
        'why is my output weird at high temprature',
        'explain temperature like im five',
      ],
      followUps: {
        why: 'A low or high temperature lets you trade accuracy for variety: low values for facts and code, higher values for brainstorming or stories.',
        example:
          'Temperature example: logits 2 and 1 give probabilities of about 0.73 and 0.27; at temperature 0.5 they become 4 and 2, about 0.88 and 0.12.',
        simpler:
          'Think of temperature as a boldness knob: turn it down and the model picks safe words, turn it up and it takes more chances.',
        more: 'Temperature never changes the order of the tokens, only the gaps between their probabilities; at temperature 0 code skips the division and takes the argmax.',
        downside:
          'No single temperature is perfect: too low gives repetitive loops, too high gives nonsense, and it cannot fix a token the model ranks wrongly.',
      },
      prose:
        'Before sampling, the logits from the LM head can be divided by a temperature. A temperature below 1 makes the softmax sharper, so likely tokens win more often; above 1 makes it flatter and the text more random. At temperature 0 the model is greedy and always picks the most likely token.',
    },
    zh: {
      names: ['温度', '采样温度', 'temperature', 'temp', '贪心解码'],
      answer:
        '温度是在 softmax 之前把 logits 除以一个数：小于 1 让分布更尖，大于 1 让分布更平、输出更随机；温度为 0 就是贪心，总选最高的词元。',
      key: '把 logits 除以',
      questions: [
        '采样里的温度是什么？',
        '温度有什么作用？',
        '温度为 0 会怎样？',
        '为什么温度高输出就更随机？',
        '温度？',
        '温度是怎样作用在 logits 上的？',
      ],
      heldout: [
        '把温度调高会怎样',
        '温度 0 和温度 1 有啥区别',
        '温度高了为啥输出很怪',
        'temperature 是干嘛的',
      ],
      followUps: {
        why: '温度让你在准确和多样之间取舍：查事实、写代码用低温度，头脑风暴、写故事用高一点的温度。',
        example:
          '温度举例：logits 为 2 和 1 时，概率约为 0.73 和 0.27；温度 0.5 时变成 4 和 2，概率约为 0.88 和 0.12。',
        simpler: '温度就像胆量旋钮：调低，模型挑稳妥的词；调高，它更敢冒险。',
        more: '温度不会改变词元的排序，只改变概率之间的差距；温度为 0 时，程序通常不做除法，直接取最大值。',
        downside:
          '温度没有完美的值：太低容易重复打转，太高会胡言乱语，而且它改不了模型本身排错的词元。',
      },
      prose:
        '采样之前，可以把 LM head 给出的 logits 除以一个温度。温度小于 1，softmax 更尖，高概率词元更常被选中；温度大于 1，分布更平，文字更随机。温度为 0 时模型做贪心选择，总是选最可能的词元。',
    },
    compare: {
      with: 'top-k-top-p',
      en: 'Temperature reshapes the whole distribution; top-k and top-p then cut off its unlikely tail before a token is drawn.',
      zh: '温度改变整个分布的形状；top-k 和 top-p 则在抽取词元之前砍掉低概率的尾巴。',
    },
  },
  {
    id: 'top-k-top-p',
    en: {
      names: [
        'top-k and top-p',
        'top-p sampling',
        'top-k sampling',
        'nucleus sampling',
        'top p',
        'top k',
      ],
      answer:
        'Top-k sampling keeps only the k most likely tokens; top-p, or nucleus, sampling keeps the smallest set whose probabilities add up to p; the model then samples from what is left.',
      key: 'smallest set whose',
      questions: [
        'What is top-k sampling?',
        'What is top-p sampling?',
        'What is nucleus sampling?',
        'How do top-k and top-p differ?',
        'top-p?',
        'Why cut off unlikely tokens when sampling?',
      ],
      heldout: [
        'top k vs top p which is better',
        'whats nucleus samplng',
        'explain top p like im five',
        'what does top_p 0.9 mean',
      ],
      followUps: {
        why: 'With top-k and top-p the sampler never picks from the long tail of very unlikely tokens, each tiny but large together, which is where nonsense comes from.',
        example:
          'A top-k and top-p example: with probabilities 0.5, 0.3, 0.15 and 0.05, top-p 0.8 keeps the first two and top-k 3 keeps the first three, then renormalizes.',
        simpler:
          'With top-k and top-p only the strongest candidates stay in the hat before you draw one, like a shortlist.',
        more: 'Of top-k and top-p, only top-p adapts to confidence: when one token has probability 0.95 it keeps just that one, but on a flat distribution it keeps many.',
        downside:
          'Both top-k and top-p need tuning: a fixed k is too many when the model is sure and too few when unsure, and a low p makes text dull.',
      },
      prose:
        'After the logits are turned into probabilities, a sampler often trims the list. Top-k keeps the k most likely tokens. Top-p, also called nucleus sampling, sorts the tokens and keeps the smallest set whose probabilities add up to at least p. The kept probabilities are renormalized and one token is drawn.',
    },
    zh: {
      names: ['top-k 和 top-p', 'top-p 采样', 'top-k 采样', '核采样', 'top p', 'nucleus sampling'],
      answer:
        'top-k 采样只保留概率最高的 k 个词元；top-p 采样也叫核采样，保留概率加起来达到 p 的最小集合；然后从剩下的词元里抽样。',
      key: '达到 p 的最小集合',
      questions: [
        '什么是 top-k 采样？',
        '什么是 top-p 采样？',
        '什么是核采样？',
        'top-k 和 top-p 有什么不同？',
        'top-p？',
        '为什么采样时要去掉低概率词元？',
      ],
      heldout: [
        'top-p 采样是啥',
        'top k 和 top p 哪个好',
        'top_p 设成 0.9 是什么意思',
        '核采样是干嘛的',
      ],
      followUps: {
        why: 'top-k 和 top-p 防止采样抽到长尾里那些极不可能的词元：单个很小，加起来却不少，胡话往往就从这里来。',
        example:
          'top-k 和 top-p 举例：概率为 0.5、0.3、0.15、0.05 时，top-p 0.8 保留前两个，top-k 3 保留前三个，再重新归一化。',
        simpler: 'top-k 和 top-p 就像先列候选名单：只有最强的几个留在抽签箱里，再从中抽一个。',
        more: 'top-k 和 top-p 中，只有 top-p 会随把握程度变化：一个词元概率 0.95 时只留它一个，分布很平时就留很多个。',
        downside:
          'top-k 和 top-p 都要调参：固定的 k 在模型很确定时太多、不确定时太少；p 太低又会让文字单调重复。',
      },
      prose:
        '把 logits 变成概率之后，采样器常会先裁剪候选。top-k 保留概率最高的 k 个词元。top-p 也叫核采样，它把词元按概率排序，保留概率加起来至少达到 p 的最小集合。保留下来的概率重新归一化，再从中抽一个词元。',
    },
    compare: {
      with: 'temperature',
      en: 'Temperature changes how peaked the probabilities are; top-k and top-p decide which tokens are allowed at all.',
      zh: '温度改变概率分布有多尖；top-k 和 top-p 决定哪些词元有资格被选中。',
    },
  },
];
