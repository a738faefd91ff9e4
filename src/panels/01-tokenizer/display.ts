/**
 * How one token is drawn: its text with whitespace made visible, or its bytes in hex when they
 * are only part of a character (a byte fragment of a CJK character or an emoji is never shown
 * as "�"). Pure, shared by the worker (which builds the cells) and the panel.
 *   tokenLabel({ text: ' the', hex: '20 74 68 65' })  → '·the'
 *   tokenLabel({ text: null, hex: 'E4 BD' })          → '⟨E4 BD⟩'
 * Deliberately left out: colours (CSS) and layout.
 */

import { visibleToken } from '../../ui/visibleText.ts';

/**
 * Spaces, newlines and tabs made visible so a whitespace token can be seen and hovered, and
 * invisible format characters (bidi overrides, zero-width joiners) shown as ⟨U+XXXX⟩.
 */
export const visibleWhitespace = visibleToken;

export function tokenLabel(view: { text: string | null; hex: string }): string {
  if (view.text === null) return `⟨${view.hex}⟩`;
  if (view.text === '') return '∅';
  return visibleWhitespace(view.text);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Number of Unicode code points (a surrogate pair is one character). */
export function countCodePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character; count it once.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Whether the text holds a UTF-16 surrogate without its partner (it becomes U+FFFD). */
export function hasLoneSurrogate(text: string): boolean {
  // One native scan: a megabyte with no lone surrogate costs no JS loop.
  if (!LONE_SURROGATE.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}
