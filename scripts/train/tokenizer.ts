/**
 * Trains the tiny model's tokenizer with the project's own BPE kernel on the corpus text and
 * exports it as Hugging Face tokenizer.json / tokenizer_config.json (ChatML chat template).
 *
 *   trainTinyTokenizer(buildCorpus(1), 2000).vocab.size → 2003 (256 bytes + merges + 3 special)
 *
 * Deliberately left out: weighting languages (the corpus is about half English, half Chinese).
 */
import {
  BpeTokenizer,
  buildTokenizerConfig,
  exportTokenizerJson,
  trainBpe,
  type BpeVocab,
} from '../../src/kernels/bpe/index.ts';
import type { Corpus } from '../../src/corpus/build.ts';
import { CHATML_TEMPLATE, SPECIAL_TOKENS } from '../export/hf.ts';
import type { SpecialIds } from '../../src/train/data.ts';

export interface TinyTokenizer {
  vocab: BpeVocab;
  tokenizer: BpeTokenizer;
  special: SpecialIds;
}

/** The text the tokenizer learns from: prose plus every distinct message of the dialogues. */
export function tokenizerTrainingText(corpus: Corpus): string {
  const parts = new Set<string>(corpus.pretrain);
  for (const d of corpus.sft) for (const m of d.messages) parts.add(`${m.role}\n${m.content}`);
  return [...parts].join('\n\n');
}

/** Finds the id of an added token by its text, or throws. */
export function specialId(vocab: BpeVocab, text: string): number {
  const t = vocab.addedTokens.find((a) => a.text === text);
  if (!t) throw new Error(`tokenizer has no special token ${text}`);
  return t.id;
}

/** `vocabSize` counts the 256 byte tokens and the merges; the 3 special tokens come after. */
export function trainTinyTokenizer(corpus: Corpus, vocabSize: number): TinyTokenizer {
  const { vocab } = trainBpe(tokenizerTrainingText(corpus), vocabSize, {
    specialTokens: SPECIAL_TOKENS,
    name: `tiny Qwen (${vocabSize})`,
  });
  const special: SpecialIds = {
    endOfText: specialId(vocab, '<|endoftext|>'),
    imStart: specialId(vocab, '<|im_start|>'),
    imEnd: specialId(vocab, '<|im_end|>'),
  };
  return { vocab, tokenizer: new BpeTokenizer(vocab), special };
}

/** tokenizer.json and tokenizer_config.json objects for the HF folder. */
export function tokenizerFiles(
  vocab: BpeVocab,
  contextLength: number,
): { json: unknown; config: unknown } {
  return {
    json: exportTokenizerJson(vocab),
    config: buildTokenizerConfig(vocab, {
      chatTemplate: CHATML_TEMPLATE,
      modelMaxLength: contextLength,
    }),
  };
}
