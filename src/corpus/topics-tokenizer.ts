/**
 * Corpus topics about the Qwen tokenizer (report §2.2): byte-level BPE, the vocabulary of about
 * 152K tokens and the splitting of numbers into single digits, each with names, held-out
 * questions, follow-up replies and a comparison.
 *
 * Deliberately left out: what a token is, regex pre-tokenization, the compression rate, special
 * tokens and the Chinese extension of cl100k_base (topics-data.ts); greetings and questions about
 * the playground's tiny model itself, which are handled elsewhere.
 */
import type { Topic } from './types.ts';

export const TOKENIZER_TOPICS: Topic[] = [
  {
    id: 'bpe',
    en: {
      names: ['BPE', 'byte pair encoding', 'byte-level BPE', 'bpe', 'bbpe'],
      answer:
        'Qwen uses byte-level BPE: text is first turned into bytes, then the most frequent adjacent pairs are merged into new tokens, so any string can be encoded without unknown tokens.',
      key: 'byte-level BPE',
      questions: [
        'What is BPE?',
        'How does Qwen tokenize text?',
        'What is byte-level BPE?',
        'Explain byte pair encoding.',
        'Why does Qwen work on bytes?',
        'How are merges learned in BPE?',
        'bpe?',
        'byte level bpe vs a character level tokenizer whats the difference',
        'can qwen encode any string, even emoji or rare scripts',
        'can the qwen tokenizer ever output unk',
        'why start from utf-8 bytes instead of characters',
        'how does the bpe training loop work',
        'what is a merge in byte pair encoding',
        'is it true bpe glues frequent pairs into new tokens',
        'bbpe meaning',
        'so i read qwen uses tiktoken with byte level bpe, what does that mean',
        'byte pair encoding in one sentence',
        'whats the point of byte level bpe',
        'how does a bpe tokenizer build its vocabulary',
        'bytepair encoding how does it work',
      ],
      heldout: [
        'whats bpe in simple words',
        'explain byte pair encodng like im five',
        'why doesnt qwen have an unknown token',
        'how does bpe decide what to merge',
      ],
      followUps: {
        why: 'BPE keeps frequent strings as single tokens and breaks rare ones into smaller pieces, so common text stays short while nothing is ever out of vocabulary.',
        example:
          'With BPE, if "t" and "h" are the most frequent pair, they merge into "th"; later "th" and "e" may merge into "the", one token instead of three.',
        simpler:
          'BPE is like inventing shorthand: letters that keep appearing together get glued into one symbol.',
        more: 'Qwen runs BPE with the tiktoken library, and the merges are applied only inside the chunks that regex pre-tokenization cuts out first.',
        downside:
          'BPE splits rare words and rare scripts into many small pieces, sometimes single bytes, so such text costs more tokens and a piece may not be a whole character.',
      },
      prose:
        'Qwen tokenizes text with byte-level BPE. The text is turned into UTF-8 bytes, and training repeatedly merges the most frequent adjacent pair into a new token. Because every byte is in the vocabulary, any string can be encoded and there is no unknown token.',
    },
    zh: {
      names: ['BPE', '字节对编码', '字节级 BPE', 'bpe', 'BBPE'],
      answer:
        'Qwen 使用字节级 BPE：先把文本变成字节，再把最常见的相邻字节对合并成新词元，所以任何字符串都能编码，不会出现未知词元。',
      key: '字节级 BPE',
      questions: [
        '什么是 BPE？',
        'Qwen 怎样切分文本？',
        '什么是字节级 BPE？',
        '解释一下字节对编码。',
        '为什么 Qwen 在字节上分词？',
        'BPE 的合并规则是怎么学出来的？',
        'bpe 是个啥',
        '字节级 bpe 和按字符分词有啥区别',
        'qwen 能编码任何字符串吗，emoji 也行吗',
        'qwen 的分词器会输出 unk 吗',
        '为啥要从 utf-8 字节开始分词',
        'bpe 训练的过程是怎样的',
        'bpe 里的合并是什么意思',
        'bpe 是不是把常一起出现的两块粘成新词元',
        'bbpe 是啥',
        '听说 qwen 用 tiktoken 做字节级 bpe，这是啥意思',
        '一句话解释字节对编码',
        'bpe 分词器的词表是怎么一步步长出来的',
        'byte pair encoding 中文叫啥，原理是啥',
        'qwen 分词是从字符开始还是从字节开始',
      ],
      heldout: [
        'bpe 用大白话讲讲',
        '字节对编码是干嘛的',
        '为啥 qwen 没有未知词元',
        'bpe 怎么决定合并哪两个',
      ],
      followUps: {
        why: 'BPE 让常见的字符串成为一个词元，罕见的拆成小块，所以常见文本很短，又不会有词表外的字。',
        example:
          'BPE 举例：如果“t”和“h”最常相邻，就合并成“th”；之后“th”和“e”可能再合并成“the”，三个变一个。',
        simpler: 'BPE 就像发明速记：总是一起出现的字母被粘成一个符号。',
        more: 'Qwen 用 tiktoken 库实现 BPE，而且合并只在正则预分词切出的小段内部进行。',
        downside:
          'BPE 会把生僻词和少见文字拆成很多小块，甚至单个字节，这些文本更费词元，一块也可能不是完整的字。',
      },
      prose:
        'Qwen 用字节级 BPE 分词。文本先变成 UTF-8 字节，训练时不断把最常见的相邻字节对合并成新词元。因为每个字节都在词表里，任何字符串都能编码，不存在未知词元。',
    },
    compare: {
      with: 'pretokenize',
      en: 'Pre-tokenization first cuts the text into chunks with a regex; BPE then merges bytes only inside each chunk.',
      zh: '预分词先用正则把文本切成小段；BPE 再只在每一段内部合并字节。',
    },
  },
  {
    id: 'vocab',
    en: {
      names: ["Qwen's vocabulary", 'the Qwen vocabulary', 'vocabulary size', 'vocab size', 'vocab'],
      answer:
        "Qwen's vocabulary has about 152K tokens: the cl100k base vocabulary plus added Chinese and multilingual tokens, so each sentence needs fewer tokens.",
      key: '152K',
      questions: [
        'How large is the Qwen vocabulary?',
        'How many tokens does Qwen have?',
        'Why is the Qwen vocabulary so big?',
        'What is the vocabulary size of Qwen?',
        'vocab size?',
        'How many entries are in the Qwen tokenizer?',
        'vocab?',
        'is qwens vocab 152k or 151k',
        'what does a bigger vocabulary buy you',
        'why would a larger vocab mean fewer tokens per sentence',
        'how big is the token list of the qwen tokenizer',
        'explain vocabulary size like im five',
        'is it true qwen has around 150 thousand tokens',
        'did the bigger vocabulary hurt qwen',
        'so gpt-4 has about 100k tokens, how many does qwen have',
        'vocabluary size qwen',
        'how many different token ids can qwen produce',
        'qwen vocab size compared to cl100k',
        'how many words does qwen know',
        'why does vocabulary size matter for sequence length',
      ],
      heldout: [
        'how many tokens in qwens vocab',
        'why is the vocab so huge',
        'whats the vocab size of qwen again',
        'is 152k tokens alot for a vocabulary',
      ],
      followUps: {
        why: "Qwen's vocabulary is large so that Chinese, code and many other languages get their own tokens, which shortens sequences and speeds up training and inference.",
        example:
          "With Qwen's vocabulary a common Chinese word can be one token, where a byte-only tokenizer would need 6 tokens for its two characters (3 UTF-8 bytes each).",
        simpler:
          "Qwen's vocabulary is the model's box of building blocks: with more kinds of blocks, the same sentence takes fewer blocks.",
        more: "Qwen's vocabulary, as released, holds 151,643 regular BPE tokens plus 208 special tokens, 151,851 in all.",
        downside:
          "Qwen's vocabulary makes the embedding and output matrices big: in Qwen-7B each has about 152K rows of 4,096 numbers, and rare tokens get few training updates.",
      },
      prose:
        'The Qwen vocabulary begins with the cl100k base vocabulary used by tiktoken. The team added frequently used Chinese characters and words and tokens for other languages, giving about 152K tokens. A larger vocabulary means fewer tokens per sentence, and the report found that the bigger vocabulary did not hurt downstream performance.',
    },
    zh: {
      names: ['Qwen 的词表', '词表大小', '词汇表', 'vocab', '152K 词表'],
      answer:
        'Qwen 的词表约有 152K 个词元：以 cl100k 基础词表为底，加上中文和多语言词元，所以一句话需要的词元更少。',
      key: '152K',
      questions: [
        'Qwen 的词表有多大？',
        'Qwen 有多少个词元？',
        '为什么 Qwen 的词表这么大？',
        'Qwen 的词表规模是多少？',
        '词表大小？',
        'Qwen 分词器里有多少个条目？',
        '词表？',
        'qwen 词表是 152k 还是 151k',
        '词表大一点有啥好处',
        '为啥词表大了每句话的词元就少了',
        'qwen 分词器一共能输出多少种 token id',
        '给小白讲讲词表大小',
        'qwen 是不是有差不多十五万个词元',
        '词表变大会不会让模型变差',
        'gpt-4 大概 10 万个词元，qwen 有多少',
        '词汇表大小 qwen',
        'qwen 认识多少个词',
        '词表大小和序列长度有啥关系',
        'qwen 的词表比 cl100k 大多少',
        '词表太小会怎样',
      ],
      heldout: [
        'qwen 词表到底多大',
        '词表为啥要搞这么大',
        'qwen 的 vocab size 是多少',
        '152k 个词元算多吗',
      ],
      followUps: {
        why: 'Qwen 的词表做得大，是为了让中文、代码和很多其他语言都有自己的词元，序列更短，训练和推理都更快。',
        example:
          'Qwen 的词表里，一个常见中文词可以只占一个词元；只用字节的话，两个汉字要 6 个词元（每个汉字 3 个 UTF-8 字节）。',
        simpler: 'Qwen 的词表就像模型的积木盒：积木种类越多，拼同一句话用的块越少。',
        more: 'Qwen 的词表在发布的分词器里有 151,643 个普通 BPE 词元和 208 个特殊词元，共 151,851 个。',
        downside:
          'Qwen 的词表让嵌入矩阵和输出矩阵都很大：Qwen-7B 里各约 152K 行、每行 4096 个数，罕见词元也得不到多少训练。',
      },
      prose:
        'Qwen 的词表以 tiktoken 的 cl100k 基础词表为起点，加入常用汉字、词语和其他语言的词元，总共约 152K 个。词表越大，一句话需要的词元越少；报告发现，词表变大并没有损害下游任务的表现。',
    },
    compare: {
      with: 'chinese-vocab',
      en: "The Chinese vocabulary extension is how the vocabulary grew: cl100k_base plus added Chinese characters and words gives Qwen's vocabulary of about 152K tokens.",
      zh: '中文词表扩充说明了词表是怎样变大的：cl100k_base 加上汉字和中文词语，得到 Qwen 约 152K 的词表。',
    },
  },
  {
    id: 'digits',
    en: {
      names: [
        'digit splitting',
        'splitting numbers into digits',
        'single-digit tokens',
        'digits',
        'number tokenization',
      ],
      answer:
        'Qwen splits numbers into single digits, so 2048 becomes the four tokens 2, 0, 4, 8; this keeps arithmetic regular, while cl100k groups up to three digits.',
      key: 'single digits',
      questions: [
        'How does Qwen tokenize numbers?',
        'Why split digits?',
        'What happens to 2048 in the Qwen tokenizer?',
        'Does Qwen keep numbers as one token?',
        'How are digits handled by the tokenizer?',
        'What is digit splitting?',
        'digits?',
        'how many tokens is the number 100 in qwen',
        'does qwen split numbers one digit at a time',
        'why is arithmetic easier with single digit tokens',
        'explain digit splitting like im five',
        'is it true a year like 1999 becomes four tokens',
        'how are phone numbers tokenized by qwen',
        'number tokenization in qwen?',
        'does qwen handle numbers the way llama does',
        'what does the tokenizer do with long numbers',
        'can 42 be one token in qwen',
        'so i typed 3.14159 into a tokenizer and got lots of tokens, why',
        'digit spliting why',
        'does qwen ever merge two digits into one token',
      ],
      heldout: [
        'how does qwen tokenize 12345',
        'why not keep 2048 as one token',
        'whats the point of splitting digits',
        'single digits vs 3 digit chunks: difference?',
      ],
      followUps: {
        why: 'With digit splitting every number is written with the same ten digit tokens, so place value looks the same in every number; the report follows LLaMA here.',
        example:
          'With digit splitting, 1234 + 56 becomes 1 2 3 4 + 5 6 and each digit lines up with its column, whereas cl100k would cut 1234 into 123 and 4.',
        simpler:
          'In plain words, digit splitting means the model reads numbers one digit at a time, like a child doing sums on paper.',
        more: 'In Qwen, digit splitting happens in pre-tokenization: its regex takes one number character per chunk, where the cl100k regex takes up to three.',
        downside:
          'The cost of digit splitting is length: a 10-digit phone number takes 10 tokens instead of about 4.',
      },
      prose:
        'The Qwen tokenizer splits every number into single digits. The number 2048 becomes four tokens: 2, 0, 4 and 8. The cl100k tokenizer instead groups up to three digits in one token. Single digits give the model a regular view of numbers, which helps arithmetic.',
    },
    zh: {
      names: ['数字拆分', '数字切分', '单个数字', '拆分数字', 'digits'],
      answer:
        'Qwen 把数字拆成单个数字，例如 2048 变成 2、0、4、8 四个词元；这样算术更有规律，而 cl100k 最多把三位数字合成一个词元。',
      key: '单个数字',
      questions: [
        'Qwen 怎样切分数字？',
        '为什么要拆分数字？',
        '2048 在 Qwen 分词器里会变成什么？',
        'Qwen 会把整个数字当成一个词元吗？',
        '分词器怎样处理数字？',
        '什么是数字拆分？',
        '数字拆分？',
        '数字 100 在 qwen 里是几个词元',
        'qwen 是不是一位一位地切数字',
        '为啥单个数字的词元让算术更容易',
        '给小孩讲讲数字拆分',
        '年份 1999 会变成四个词元吗',
        '电话号码在 qwen 里怎么分词',
        'qwen 的数字分词跟 llama 一样吗',
        '很长的数字分词器会怎么处理',
        '42 在 qwen 里能是一个 token 吗',
        '我在分词器里输入 3.14159 出来好多词元，为啥',
        'qwen 会把两个数字合成一个词元吗',
        'number tokenization 是啥',
        '数字切分对做数学题有啥帮助',
      ],
      heldout: [
        'qwen 怎么切 12345',
        '2048 为啥不当成一个词元',
        '把数字拆开是干嘛的',
        '单个数字和三位一组有啥区别',
      ],
      followUps: {
        why: '数字拆分让所有数都由同样 10 个数字词元写成，每一位的含义在任何数里都一致；报告在这点上沿用了 LLaMA 的做法。',
        example:
          '数字拆分后，1234 + 56 变成 1 2 3 4 + 5 6，每一位都对得上；cl100k 则会把 1234 切成 123 和 4。',
        simpler: '数字拆分就是让模型一位一位地读数字，像小学生在纸上列竖式。',
        more: '数字拆分发生在预分词阶段：Qwen 的正则每段只取一个数字字符，cl100k 的正则最多取三个。',
        downside: '数字拆分让长数字更费词元：一个 10 位的电话号码要 10 个词元，而不是大约 4 个。',
      },
      prose:
        'Qwen 分词器把每个数字拆成单个数字。2048 会变成 2、0、4、8 四个词元，而 cl100k 分词器最多把三位数字放进一个词元。单个数字让模型看到规整的数字结构，对算术有帮助。',
    },
    compare: {
      with: 'pretokenize',
      en: 'Pre-tokenization is the regex step that cuts text into chunks; digit splitting is one rule inside it, allowing only one digit per chunk.',
      zh: '预分词是用正则切分文本的步骤；数字拆分是其中的一条规则：每段只放一个数字。',
    },
  },
];
