/**
 * Corpus topic `bpe` (BPE) of the tokenizer group (../tokenizer.ts): its names, short answer and
 * key idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its written
 * training questions are in ./bpe.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './bpe.questions.json';

export const bpe: Topic = {
  id: 'bpe',
  en: {
    names: ['BPE', 'byte pair encoding', 'byte-level BPE', 'bpe', 'bbpe'],
    answer:
      'Qwen uses byte-level BPE: text is first turned into bytes, then the most frequent adjacent pairs are merged into new tokens, so any string can be encoded without unknown tokens.',
    key: 'byte-level BPE',
    questions: QUESTIONS.en,
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
    questions: QUESTIONS.zh,
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
};
