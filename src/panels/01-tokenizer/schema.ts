/**
 * The Tokenizer lab's URL schema and the constants it needs (no code of the panel: this file is
 * in the first bundle through meta.ts and is imported by unit tests).
 */
import { bool, num, oneOf, str } from '../../state/urlSchema.ts';
import { BUNDLED_VOCABS, SCHEMES, VOCAB_IDS } from './vocabs.ts';

export const VIEWS = ['tokenize', 'pretok', 'merges', 'train', 'compression', 'special'] as const;
export type View = (typeof VIEWS)[number];

/** Longest text the lab takes (UTF-16 code units, about 1 MB of English); longer pastes are cut. */
export const MAX_TEXT = 1_048_576;
/** URL characters a link spends on the text (a longer text stays whole in the page). */
export const URL_TEXT_ROOM = 6000;
/** Tokens drawn per strip: the visitor chooses within these limits. */
export const MIN_DRAWN = 50;
export const MAX_DRAWN = 2000;
export const MAX_DRAWN_DEFAULT = 1000;

export const DEFAULT_TEXT =
  'Hello world! 你好，世界。 1234567 + 89 = 1234656 🙂👩‍💻\nfor (let i = 0; i < n; i++) {}';

/**
 * The codes of src/data/languageSamples.ts, written out so this eager file does not pull the
 * samples into the first bundle (a unit test keeps the two lists equal).
 */
export const SAMPLE_CODES = [
  'th',
  'he',
  'ar',
  'ko',
  'vi',
  'zh',
  'ja',
  'tr',
  'id',
  'pl',
  'ru',
  'nl',
  'pt',
  'it',
  'de',
  'es',
  'fr',
  'en',
  'code',
] as const;
/** Training corpora: every sample, one language's sample, or the visitor's text. */
export const CORPORA = ['all', ...SAMPLE_CODES, 'text'] as const;
export const MIN_TRAIN_VOCAB = 256;
export const MAX_TRAIN_VOCAB = 4096;

export const tokenizerSchema = {
  view: oneOf(VIEWS, 'tokenize'),
  text: str(DEFAULT_TEXT, MAX_TEXT, URL_TEXT_ROOM),
  /** Vocabularies side by side, comma-separated (1 to 4). */
  vocabs: str('qwen,cl100k', 64),
  /** Tokens drawn per strip (the counts always cover the whole text). */
  drawn: num({
    default: MAX_DRAWN_DEFAULT,
    min: MIN_DRAWN,
    max: MAX_DRAWN,
    integer: true,
    log: true,
    label: 'tokenizer:tokenize.drawn',
  }),
  /** Special-token text in the input becomes special tokens. */
  allow: bool(false, 'tokenizer:allowSpecial'),
  /** Pre-tokenization: the two schemes compared. */
  sa: oneOf(SCHEMES, 'qwen'),
  sb: oneOf(SCHEMES, 'cl100k'),
  /** Merge by merge: vocabulary, chunk index and step. */
  mv: oneOf(VOCAB_IDS, 'qwen'),
  chunk: num({ default: 0, min: 0, max: 9999, integer: true }),
  step: num({ default: 0, min: 0, max: 9999, integer: true, label: 'tokenizer:merges.step' }),
  /** Train your own. */
  corpus: oneOf(CORPORA, 'all', 'tokenizer:train.corpus'),
  size: num({
    default: 556,
    min: MIN_TRAIN_VOCAB,
    max: MAX_TRAIN_VOCAB,
    integer: true,
    label: 'tokenizer:train.size',
  }),
  /** Special tokens: the vocabulary shown. */
  sv: oneOf(VOCAB_IDS, 'qwen'),
  /** Compression: the base vocabulary (= 1) and the vocabularies compared. */
  base: oneOf(BUNDLED_VOCABS, 'cl100k', 'tokenizer:compression.base'),
  cmp: str('qwen,cl100k,o200k,llama2', 64),
};
