/**
 * Turns the corpus into training windows of T+1 token ids with a loss mask:
 *
 * - pretraining: prose paragraphs and whole dialogues (ChatML text), joined by <|endoftext|>,
 *   cut into windows; every token carries loss;
 * - SFT: dialogues packed whole into windows, separated and padded by <|endoftext|>; only the assistant's
 *   tokens and its closing <|im_end|> carry loss (report §3.1), never system or user tokens.
 *
 *   encodeDialogue(tok, ids, [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello!' }])
 *     → ids of "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\nHello!<|im_end|>\n",
 *       mask 1 exactly on the tokens of "Hello!" and on its <|im_end|>
 *
 * Deliberately left out: attention masking between packed documents (the report's
 * pretraining packs documents too). Augmentation is the caller's (`editUser`, augment.ts).
 */
import type { BpeTokenizer } from '../kernels/bpe/tokenizer.ts';
import type { DropoutSetting } from '../model/dropout.ts';
import { renderChatML, shuffle } from '../corpus/build.ts';
import type { ChatMessage, Dialogue } from '../corpus/types.ts';

export interface SpecialIds {
  endOfText: number;
  imStart: number;
  imEnd: number;
}

/** One training sequence: `ids` has length T+1; mask[t] = 1 when predicting ids[t+1] carries loss. */
export interface Window {
  ids: Int32Array;
  mask: Uint8Array;
  /** (T) 1 where a packed dialogue begins after the first (packDialogues); absent: one sequence. */
  starts?: Uint8Array;
}

/** Encodes ChatML dialogue tokens and the SFT loss mask (1 where the token is a training target). */
export function encodeDialogue(
  tok: BpeTokenizer,
  sp: SpecialIds,
  messages: ChatMessage[],
  /** Applied to each user turn's content tokens (training noise); never to loss tokens. */
  editUser?: (ids: number[]) => number[],
): { ids: number[]; target: number[] } {
  const ids: number[] = [];
  const target: number[] = [];
  const push = (xs: number[], t: number) => {
    for (const x of xs) {
      ids.push(x);
      target.push(t);
    }
  };
  const newline = tok.encode('\n');
  for (const m of messages) {
    push([sp.imStart], 0);
    const header = tok.encode(`${m.role}\n`);
    const body = tok.encode(`${m.role}\n${m.content}`);
    // subtle: the header and content are one pre-tokenizer segment; check the header's tokens
    // are a prefix of the segment's, so the mask boundary falls on a token boundary.
    for (let i = 0; i < header.length; i++) {
      if (body[i] !== header[i])
        throw new Error(`role header "${m.role}" does not tokenize as a prefix`);
    }
    const learn = m.role === 'assistant' ? 1 : 0;
    push(header, 0);
    const content = body.slice(header.length);
    push(m.role === 'user' && editUser ? editUser(content) : content, learn);
    push([sp.imEnd], learn);
    push(newline, 0);
  }
  return { ids, target };
}

/** Encodes the rendered ChatML text in one go (special tokens allowed): the reference encoding. */
export function encodeChatText(
  tok: BpeTokenizer,
  messages: ChatMessage[],
  addGenerationPrompt = false,
): number[] {
  return tok.encode(renderChatML(messages, addGenerationPrompt), { allowedSpecial: 'all' });
}

/** Encodes pretraining documents once (special-token text allowed: dialogues are ChatML). */
export function encodeDocuments(tok: BpeTokenizer, documents: string[]): Int32Array[] {
  return documents.map((d) => Int32Array.from(tok.encode(d, { allowedSpecial: 'all' })));
}

/** Pretraining token stream: encoded documents in a seeded order, each followed by <|endoftext|>. */
export function pretrainStream(docs: Int32Array[], sp: SpecialIds, rand: () => number): Int32Array {
  const order = shuffle([...docs], rand);
  let n = 0;
  for (const d of order) n += d.length + 1;
  const out = new Int32Array(n);
  let at = 0;
  for (const d of order) {
    out.set(d, at);
    out[at + d.length] = sp.endOfText;
    at += d.length + 1;
  }
  return out;
}

/** Cuts a stream into windows of T+1 tokens (consecutive windows overlap by one token). */
export function streamWindows(stream: Int32Array, T: number): Window[] {
  const windows: Window[] = [];
  for (let s = 0; s + T + 1 <= stream.length; s += T) {
    windows.push({ ids: stream.slice(s, s + T + 1), mask: new Uint8Array(T).fill(1) });
  }
  return windows;
}

/**
 * Packs encoded dialogues whole into windows of T+1 tokens, in the given order; the tail of a
 * window is <|endoftext|> padding without loss. Dialogues longer than T+1 tokens are dropped
 * (the count is returned so the caller can report it).
 */
export function packDialogues(
  encoded: { ids: number[]; target: number[] }[],
  sp: SpecialIds,
  T: number,
): { windows: Window[]; dropped: number } {
  const windows: Window[] = [];
  let dropped = 0;
  let ids: number[] = [];
  let target: number[] = [];
  let starts: number[] = [];
  const flush = () => {
    if (ids.length === 0) return;
    const w: Window = {
      ids: new Int32Array(T + 1).fill(sp.endOfText),
      mask: new Uint8Array(T),
      starts: new Uint8Array(T),
    };
    w.ids.set(ids);
    for (let t = 0; t < T; t++) w.mask[t] = target[t + 1] ?? 0;
    for (const t of starts) w.starts![t] = 1;
    windows.push(w);
    ids = [];
    target = [];
    starts = [];
  };
  for (const e of encoded) {
    if (e.ids.length > T + 1) {
      dropped++;
      continue;
    }
    // packed dialogues are separated by <|endoftext|>, so a conversation's start is visible
    if (ids.length > 0 && ids.length + 1 + e.ids.length > T + 1) flush();
    if (ids.length > 0) {
      ids.push(sp.endOfText);
      target.push(0);
      // the separator ends the dialogue before; this one starts at its first <|im_start|>
      if (ids.length < T) starts.push(ids.length);
    }
    ids.push(...e.ids);
    target.push(...e.target);
  }
  flush();
  return { windows, dropped };
}

/** Encodes and packs dialogues for SFT. */
export function sftWindows(
  tok: BpeTokenizer,
  sp: SpecialIds,
  dialogues: Dialogue[],
  T: number,
): { windows: Window[]; dropped: number } {
  return packDialogues(
    dialogues.map((d) => encodeDialogue(tok, sp, d.messages)),
    sp,
    T,
  );
}

/**
 * One training step's (B, T) buffers, reused from step to step, in the shape trainStep takes
 * (model/train.ts `TrainBatch`).
 *
 *   const batch = new StepBatch(4, 512);
 *   trainStep(trainer, batch.fill(sft.batchAt(0), true));
 */
export class StepBatch {
  /** (B, T) token ids. */
  readonly ids: Int32Array;
  /** (B, T) next-token targets. */
  readonly targets: Int32Array;
  /** (B, T) 1 = the position carries loss. */
  readonly lossMask: Float32Array;
  /** (B, T) 1 where a packed dialogue begins; null while each row is one sequence. */
  seqStarts: Uint8Array | null = null;
  /** This step's dropout (src/model/dropout.ts), set by the caller; null = none. */
  dropout: DropoutSetting | null = null;
  private readonly starts: Uint8Array;

  constructor(
    readonly rows: number,
    readonly seqLen: number,
  ) {
    const n = rows * seqLen;
    this.ids = new Int32Array(n);
    this.targets = new Int32Array(n);
    this.lossMask = new Float32Array(n);
    this.starts = new Uint8Array(n);
  }

  /**
   * Fills the buffers from `windows`, one per row. With `isolate` (SFT) each dialogue packed
   * into a window attends only to itself, with RoPE positions from 0, as it runs in the chat;
   * without it a row is one sequence (pretraining windows are cut from one stream).
   */
  fill(windows: Window[], isolate: boolean): this {
    const T = this.seqLen;
    windows.forEach((w, b) => {
      this.ids.set(w.ids.subarray(0, T), b * T);
      this.targets.set(w.ids.subarray(1, T + 1), b * T);
      for (let t = 0; t < T; t++) this.lossMask[b * T + t] = w.mask[t];
      if (w.starts) this.starts.set(w.starts.subarray(0, T), b * T);
      else this.starts.fill(0, b * T, (b + 1) * T);
    });
    this.seqStarts = isolate ? this.starts : null;
    return this;
  }
}
