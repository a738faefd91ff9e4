/** One token as text, or as its bytes in hex when it is only part of a character. */
import type { TokenInfo } from '../runtime/chatTypes.ts';

/** Whitespace made visible so a token of spaces or a newline can be seen and clicked. */
export function visible(text: string): string {
  return text.replace(/\n/g, '↵').replace(/\t/g, '⇥').replace(/ /g, '·');
}

export function tokenLabel(t: TokenInfo): string {
  return t.partial ? `⟨${t.hex}⟩` : t.text === '' ? '∅' : visible(t.text);
}
