/**
 * Added tokens such as `<|im_start|>` are found in the raw text before any normalization or
 * BPE, and become one id each. Text typed by a user must not turn into a special token unless
 * the caller allows it (the Qwen report and Hugging Face Qwen2 code): a chat UI allows them only in the template it builds.
 *
 * Matching is leftmost, then longest (as Hugging Face's added-vocabulary matcher).
 * Deliberately left out: lstrip / rstrip / single_word flags.
 */
import type { AddedToken } from './vocab.ts';

/** Which special tokens may be matched: all, none, or the listed texts. */
export type AllowedSpecial = 'all' | 'none' | readonly string[];

/** A piece of the input: ordinary text [start, end) (id −1) or one added token. */
export interface Segment {
  start: number;
  end: number;
  /** The added token's id, or −1 for ordinary text. */
  id: number;
}

/** The added tokens that may match under `allowed` (non-special ones always may). */
export function matchableTokens(
  added: readonly AddedToken[],
  allowed: AllowedSpecial,
): AddedToken[] {
  if (allowed !== 'all' && allowed !== 'none' && !Array.isArray(allowed)) {
    throw new Error("allowedSpecial must be 'all', 'none' or a list of token texts");
  }
  return added.filter(
    (t) => !t.special || allowed === 'all' || (allowed !== 'none' && allowed.includes(t.text)),
  );
}

/** Finds added tokens in text: one regex over their texts (longest first) and text → id. */
export interface AddedTokenMatcher {
  regex: RegExp;
  ids: Map<string, number>;
}

/** A matcher for the tokens, or null when there are none to match. */
export function addedTokenMatcher(tokens: readonly AddedToken[]): AddedTokenMatcher | null {
  const texts = tokens.map((t) => t.text).filter((s) => s.length > 0);
  if (texts.length === 0) return null;
  texts.sort((a, b) => b.length - a.length);
  const source = texts.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return { regex: new RegExp(source, 'gu'), ids: new Map(tokens.map((t) => [t.text, t.id])) };
}

/**
 * Cuts `text` into ordinary segments and added tokens.
 *   splitOnAddedTokens('hi<|im_end|>', addedTokenMatcher([{id: 7, text: '<|im_end|>', special: true}]))
 *     → [{start: 0, end: 2, id: -1}, {start: 2, end: 12, id: 7}]
 * With a null matcher (nothing allowed) the same text is one ordinary segment [0, 12).
 */
export function splitOnAddedTokens(text: string, matcher: AddedTokenMatcher | null): Segment[] {
  if (matcher === null) return text.length > 0 ? [{ start: 0, end: text.length, id: -1 }] : [];
  const re = matcher.regex;
  const out: Segment[] = [];
  let last = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index > last) out.push({ start: last, end: m.index, id: -1 });
    const id = matcher.ids.get(m[0]);
    if (id === undefined) throw new Error(`splitOnAddedTokens: '${m[0]}' has no id`);
    out.push({ start: m.index, end: m.index + m[0].length, id });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ start: last, end: text.length, id: -1 });
  return out;
}
