/** How a token looks in a chip of the ChatML explorer: whitespace made visible, byte fragments as hex. */
import { tokenView, type BpeTokenizer } from '../../kernels/bpe/index.ts';

/** chipText(tok, id of " the") → '·the'; a lone byte of '你' → '‹E4›' */
export function chipText(tok: BpeTokenizer, id: number): string {
  const v = tokenView(tok.vocab, id);
  if (v.text === null) return `‹${v.hex}›`;
  return v.text.replace(/\n/g, '↵').replace(/ /g, '·').replace(/\t/g, '→');
}
