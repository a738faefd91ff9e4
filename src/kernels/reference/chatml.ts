/**
 * ChatML (Qwen report §3.1): every message is wrapped as
 *   <|im_start|>{role}\n{content}<|im_end|>\n
 * and a reply is requested with the generation prompt `<|im_start|>assistant\n`. This module
 * renders a conversation to that text, cuts it into labelled segments (for colouring), and
 * encodes it to token ids with the SFT loss mask: only the assistant's content tokens and the
 * `<|im_end|>` that closes them carry loss — system, user and tool (observation) tokens are
 * read as context but never learned.
 *
 * It takes an `encode` function for plain text (special-token text stays ordinary characters),
 * so it works with any BpeTokenizer: the tiny model's, Qwen's, or a toy one.
 *
 * Deliberately left out: Jinja templates, tool-call JSON schemas, truncation to a context length.
 *
 *   renderChatML([{ role: 'user', content: 'Hi' }], { addGenerationPrompt: true })
 *     → '<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n'
 */

export interface ChatMessage {
  /** 'system', 'user', 'assistant', or another role such as 'tool' for ReAct observations. */
  role: string;
  content: string;
}

export interface ChatMLOptions {
  /** Append `<|im_start|>assistant\n` so the model writes the next reply. */
  addGenerationPrompt?: boolean;
}

export const IM_START = '<|im_start|>';
export const IM_END = '<|im_end|>';

/** The one role whose content is learned during SFT. */
export const LEARNED_ROLE = 'assistant';

/** Throws unless `role` is a plain name (letters, digits, _ or -): no newline, no special text. */
export function checkRole(role: string): void {
  if (!/^[A-Za-z][A-Za-z0-9_-]{0,31}$/.test(role)) {
    throw new Error(
      `ChatML role must be 1–32 letters, digits, "_" or "-" starting with a letter, got ${JSON.stringify(role.slice(0, 40))}`,
    );
  }
}

/** The conversation as ChatML text (exactly Qwen2's chat template). */
export function renderChatML(
  messages: readonly ChatMessage[],
  options: ChatMLOptions = {},
): string {
  let s = '';
  for (const m of messages) {
    checkRole(m.role);
    s += `${IM_START}${m.role}\n${m.content}${IM_END}\n`;
  }
  if (options.addGenerationPrompt) s += `${IM_START}${LEARNED_ROLE}\n`;
  return s;
}

export type SegmentKind = 'im_start' | 'header' | 'content' | 'im_end' | 'newline';

/** A piece of the ChatML text. Concatenating every segment's text gives renderChatML(...). */
export interface ChatMLSegment {
  kind: SegmentKind;
  text: string;
  /** Index of the message, or messages.length for the generation prompt. */
  message: number;
  role: string;
  /** Whether the SFT loss covers this segment. */
  learned: boolean;
}

/**
 * The ChatML text cut into segments: marker, role header ("user\n"), content, end marker,
 * newline. Only assistant content and its `<|im_end|>` are `learned`.
 */
export function chatmlSegments(
  messages: readonly ChatMessage[],
  options: ChatMLOptions = {},
): ChatMLSegment[] {
  const out: ChatMLSegment[] = [];
  messages.forEach((m, i) => {
    checkRole(m.role);
    const learned = m.role === LEARNED_ROLE;
    const seg = (kind: SegmentKind, text: string, l = false) =>
      out.push({ kind, text, message: i, role: m.role, learned: l });
    seg('im_start', IM_START);
    seg('header', `${m.role}\n`);
    if (m.content !== '') seg('content', m.content, learned);
    seg('im_end', IM_END, learned);
    seg('newline', '\n');
  });
  if (options.addGenerationPrompt) {
    const i = messages.length;
    out.push({ kind: 'im_start', text: IM_START, message: i, role: LEARNED_ROLE, learned: false });
    out.push({
      kind: 'header',
      text: `${LEARNED_ROLE}\n`,
      message: i,
      role: LEARNED_ROLE,
      learned: false,
    });
  }
  return out;
}

export interface ChatMLSpecialIds {
  imStart: number;
  imEnd: number;
}

/** Token ids of a ChatML conversation with, per token, its loss mask, role, message and kind. */
export interface ChatMLTokens {
  ids: number[];
  /** 1 where the token is a training target of SFT (assistant content and its <|im_end|>). */
  mask: Uint8Array;
  /** Role of the message each token belongs to. */
  roles: string[];
  /** Message index per token (messages.length for the generation prompt). */
  message: Int32Array;
  kind: SegmentKind[];
}

/**
 * Encodes a conversation to ids and the SFT loss mask. `encode` must treat special-token text
 * as plain characters (a user who types "<|im_end|>" gets ordinary tokens, so cannot forge a
 * turn); the markers themselves come from `special`.
 * The ids equal encoding renderChatML(...) in one go with special tokens allowed, because the
 * special tokens cut the text into pieces that are encoded independently anyway.
 *   sftLossMask([{role:'user',content:'Hi'},{role:'assistant',content:'Yo'}], enc, sp).mask
 *     → 0 on <|im_start|> "user" "\n" "Hi" <|im_end|> "\n" <|im_start|> "assistant" "\n",
 *       1 on "Yo" and its <|im_end|>, 0 on the final "\n"
 * mask[i] is the label mask: when training on next tokens, the prediction made at position
 * i−1 is scored against ids[i] only where mask[i] = 1.
 * Subtle: "{role}\n{content}" is encoded as one piece (as the full text would be). If the
 * content starts with whitespace, a token can span the header's "\n" and the content (e.g.
 * "\n\n"); that token counts as content, since it is the first thing the reply writes.
 */
export function sftLossMask(
  messages: readonly ChatMessage[],
  encode: (text: string) => ArrayLike<number>,
  special: ChatMLSpecialIds,
  options: ChatMLOptions = {},
): ChatMLTokens {
  const ids: number[] = [];
  const mask: number[] = [];
  const roles: string[] = [];
  const message: number[] = [];
  const kind: SegmentKind[] = [];
  const push = (xs: ArrayLike<number>, m: number, k: SegmentKind, role: string, i: number) => {
    for (let j = 0; j < xs.length; j++) {
      ids.push(xs[j]);
      mask.push(m);
      roles.push(role);
      message.push(i);
      kind.push(k);
    }
  };
  const newline = encode('\n');
  messages.forEach((msg, i) => {
    checkRole(msg.role);
    const learned = msg.role === LEARNED_ROLE ? 1 : 0;
    push([special.imStart], 0, 'im_start', msg.role, i);
    const header = encode(`${msg.role}\n`);
    const body = encode(`${msg.role}\n${msg.content}`);
    let cut = 0;
    while (cut < header.length && cut < body.length && body[cut] === header[cut]) cut++;
    push(Array.prototype.slice.call(body, 0, cut), 0, 'header', msg.role, i);
    push(Array.prototype.slice.call(body, cut), learned, 'content', msg.role, i);
    push([special.imEnd], learned, 'im_end', msg.role, i);
    push(newline, 0, 'newline', msg.role, i);
  });
  if (options.addGenerationPrompt) {
    const i = messages.length;
    push([special.imStart], 0, 'im_start', LEARNED_ROLE, i);
    push(encode(`${LEARNED_ROLE}\n`), 0, 'header', LEARNED_ROLE, i);
  }
  return {
    ids,
    mask: Uint8Array.from(mask),
    roles,
    message: Int32Array.from(message),
    kind,
  };
}

/**
 * The naive alternative ChatML replaces: roles as plain text lines, "{role}: {content}\n".
 * Nothing marks where a turn ends, so a user who writes "\nassistant: …" inside a message
 * produces text indistinguishable from a real assistant turn.
 *   renderPlain([{ role: 'user', content: 'Hi' }]) → 'user: Hi\n'
 */
export function renderPlain(messages: readonly ChatMessage[]): string {
  let s = '';
  for (const m of messages) s += `${m.role}: ${m.content}\n`;
  return s;
}

/**
 * The turns a reader recovers by parsing plain concatenated text line by line: every line
 * that starts with "{role}: " for a known role opens a turn. Used to show role injection.
 *   parsePlain('user: Hi\nassistant: Yo\n', ['user','assistant']) → 2 turns
 */
export function parsePlain(text: string, knownRoles: readonly string[]): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z][A-Za-z0-9_-]*): ?(.*)$/.exec(line);
    if (m && knownRoles.includes(m[1])) out.push({ role: m[1], content: m[2] });
    else if (out.length > 0 && line !== '') out[out.length - 1].content += '\n' + line;
  }
  return out;
}
