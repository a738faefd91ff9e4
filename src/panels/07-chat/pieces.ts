/**
 * A reply as the pieces of text its tokens write (Transcript.tsx draws one clickable piece each).
 *
 * Deliberately left out: grapheme clusters (an emoji with joiners may be several pieces; each
 * piece is still whole characters).
 */
import type { StepEvent } from '../../runtime/chatTypes.ts';

/** Steps grouped into the pieces of text they write: one piece per whole character run. */
export interface Piece {
  /** Index of the piece's first step. */
  start: number;
  steps: StepEvent[];
  text: string;
}

/**
 * Consecutive steps up to one that completes a character: a token that is only part of a UTF-8
 * character writes nothing until the next token completes it, so the two form one piece and
 * the sentence never shows a byte. Special tokens (<|im_end|>) write no piece. A reply cut
 * inside a character ends with an unfinished piece: drawn as U+FFFD once the reply is over,
 * left out while it streams.
 *   steps " 最" "常" "⟨E8 A7⟩" "⟨81⟩" → pieces " 最", "常", "觉" (two tokens)
 */
export function piecesOf(steps: StepEvent[], finished: boolean): Piece[] {
  const pieces: Piece[] = [];
  let cur: Piece | null = null;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (s.token.special) {
      if (cur) pieces.push({ ...cur, text: cur.text + s.textDelta });
      cur = null;
      continue;
    }
    cur ??= { start: i, steps: [], text: '' };
    cur.steps.push(s);
    cur.text += s.textDelta;
    if (s.textDelta !== '') {
      pieces.push(cur);
      cur = null;
    }
  }
  if (cur && finished) pieces.push({ ...cur, text: cur.text || '\uFFFD' });
  return pieces;
}
