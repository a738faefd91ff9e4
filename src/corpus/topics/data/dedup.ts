/**
 * Corpus topic `dedup` (deduplication) of the data group (../data.ts): its names, short answer and
 * key idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its written
 * training questions are in ./dedup.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './dedup.questions.json';

export const dedup: Topic = {
  id: 'dedup',
  en: {
    names: ['deduplication', 'dedup', 'data deduplication', 'fuzzy deduplication', 'MinHash'],
    answer:
      'Qwen removes repeated documents with exact-match deduplication after normalization and fuzzy deduplication using MinHash and LSH, which also catches near-duplicates.',
    key: 'MinHash and LSH',
    questions: QUESTIONS.en,
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
    questions: QUESTIONS.zh,
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
};
