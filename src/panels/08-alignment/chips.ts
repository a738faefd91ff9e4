/**
 * How a token looks in a chip of the ChatML explorer: whitespace and invisible format characters
 * made visible (src/ui/visibleText.ts), byte fragments as hex.
 */
import { tokenView, type BpeTokenizer } from '../../kernels/bpe/index.ts';
import { visibleToken } from '../../ui/visibleText.ts';

/** chipText(tok, id of " the") → '·the'; a lone byte of '你' → '‹E4›' */
export function chipText(tok: BpeTokenizer, id: number): string {
  const v = tokenView(tok.vocab, id);
  if (v.text === null) return `‹${v.hex}›`;
  return visibleToken(v.text);
}
