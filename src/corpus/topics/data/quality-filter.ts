/**
 * Corpus topic `quality-filter` (quality filtering) of the data group (../data.ts): its names,
 * short answer and key idea, held-out questions, follow-up replies and comparison, in English and
 * 简体中文. Its written training questions are in ./quality-filter.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './quality-filter.questions.json';

export const qualityFilter: Topic = {
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
    questions: QUESTIONS.en,
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
    questions: QUESTIONS.zh,
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
};
