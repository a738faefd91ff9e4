/**
 * Corpus topics about the Qwen tokenizer (report §2.2): byte-level BPE, the vocabulary of about
 * 152K tokens and the splitting of numbers into single digits, each with names, held-out
 * questions, follow-up replies and a comparison.
 *
 * Deliberately left out: what a token is, regex pre-tokenization, the compression rate, special
 * tokens and the Chinese extension of cl100k_base (data.ts); greetings and questions about
 * the playground's tiny model itself, which are handled elsewhere.
 *
 * One file per topic in ./tokenizer/, listed here in corpus order (build.ts joins the
 * groups into TOPICS in this order, and the composed corpus follows it).
 */
import type { Topic } from '../types.ts';
import { bpe } from './tokenizer/bpe.ts';
import { vocab } from './tokenizer/vocab.ts';
import { digits } from './tokenizer/digits.ts';

export const TOKENIZER_TOPICS: Topic[] = [bpe, vocab, digits];
