/**
 * The BPE kernel: one byte-level BPE implementation for every vocabulary the playground shows
 * (Qwen, LLaMA-2, cl100k_base, o200k_base, and the tiny model's own).
 *
 * Usage (callers fetch / import the data; the kernel never does IO):
 *   const qwen = new BpeTokenizer(loadHfTokenizerJson(parsedTokenizerJson, 'Qwen'));
 *   const ranks = (await import('js-tiktoken/ranks/cl100k_base')).default;
 *   const cl100k = new BpeTokenizer(loadJsTiktokenRanks(ranks, 'cl100k', 'cl100k_base'));
 *   qwen.encode('Hello world')                           → [9707, 1879]
 *   qwen.encode(chatml, { allowedSpecial: 'all' })       → special tokens become their ids
 *   qwen.encodeDetailed(text)                            → ids, per-token bytes/offsets, chunks
 *   qwen.traceChunk(' tokenizer')                        → states from bytes to tokens
 *   qwen.decode(ids) · qwen.tokenView(id)                → text · bytes/hex of one token
 *   pretokenize(text, 'qwen')                            → chunks with offsets
 *   const specialTokens = ['<|endoftext|>', '<|im_start|>', '<|im_end|>'];
 *   const { vocab } = trainBpe(corpus, 2000, { specialTokens });
 *   exportTokenizerJson(vocab) · buildTokenizerConfig(vocab, { modelMaxLength: 256 })
 * Deliberately left out: any file or network access (callers pass parsed data in).
 */
export { ByteTable, HASH_P, hashBytes, hashPower } from './byteTable.ts';
export {
  BYTE_TO_UNICODE,
  UNICODE_TO_BYTE,
  bytesToTokenString,
  tokenStringToBytes,
} from './byteUnicode.ts';
export { decode, decodeBytes, tokenView, type TokenView } from './decode.ts';
export {
  CHATML_TEMPLATE,
  QWEN_SPLIT_REGEX,
  buildTokenizerConfig,
  exportTokenizerJson,
  loadHfTokenizerJson,
  type TokenizerConfigOptions,
} from './hfTokenizerJson.ts';
export { mergeSymbols, traceMerges, type MergeStep, type MergeTrace } from './merge.ts';
export { PairTable, type PairLookup } from './pairTable.ts';
export { TiktokenPairs } from './tiktokenPairs.ts';
export {
  SPLIT_PATTERNS,
  forEachChunk,
  normalizeText,
  pretokenize,
  splitRegex,
  type Chunk,
  type Pretokenized,
  type SplitScheme,
} from './pretokenize.ts';
export {
  addedTokenMatcher,
  matchableTokens,
  splitOnAddedTokens,
  type AddedTokenMatcher,
  type AllowedSpecial,
  type Segment,
} from './specialTokens.ts';
export {
  base64ToBytes,
  loadJsTiktokenRanks,
  parseJsTiktokenRanks,
  parseTiktokenFile,
  tiktokenMerges,
  tiktokenVocab,
  type JsTiktokenRanks,
  type TiktokenScheme,
} from './tiktoken.ts';
export {
  BpeTokenizer,
  type DetailedEncoding,
  type EncodeOptions,
  type EncodedToken,
} from './tokenizer.ts';
export {
  decodeUtf8,
  encodeUtf8,
  encodeUtf8Into,
  isValidUtf8,
  toWellFormed,
  utf8Length,
} from './utf8.ts';
export {
  buildVocab,
  emptyMerges,
  type AddedToken,
  type BpeVocab,
  type BpeVocabParts,
  type MergeList,
} from './vocab.ts';
export {
  trainBpe,
  trainBpeSteps,
  type TrainMerge,
  type TrainOptions,
  type TrainResult,
} from './train.ts';
export { trainBpeReference, type ReferenceMerge } from './trainReference.ts';
