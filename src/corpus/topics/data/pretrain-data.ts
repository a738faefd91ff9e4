/**
 * Corpus topic `pretrain-data` (pretraining data) of the data group (../data.ts): its names, short
 * answer and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文.
 * Its written training questions are in ./pretrain-data.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './pretrain-data.questions.json';

export const pretrainData: Topic = {
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
    questions: QUESTIONS.en,
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
    questions: QUESTIONS.zh,
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
};
