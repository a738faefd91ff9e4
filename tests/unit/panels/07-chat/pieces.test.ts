/** A reply's pieces: a character split over tokens is one piece, and no byte reaches the text. */
import { describe, expect, it } from 'vitest';
import { piecesOf } from '../../../../src/panels/07-chat/pieces.ts';
import type { StepEvent } from '../../../../src/runtime/chatTypes.ts';

const step = (text: string, textDelta: string, special = false): StepEvent => ({
  token: { id: 0, text, hex: '', special, partial: text === '' },
  prob: 0.5,
  alternatives: [],
  textDelta,
  elapsedMs: 0,
});

describe('piecesOf', () => {
  const steps = [step(' 最', ' 最'), step('', ''), step('', '觉'), step('<|im_end|>', '', true)];

  it('joins the tokens of one character and leaves special tokens out', () => {
    const p = piecesOf(steps, true);
    expect(p.map((x) => x.text)).toEqual([' 最', '觉']);
    expect(p.map((x) => x.steps.length)).toEqual([1, 2]);
    expect(p[1].start).toBe(1);
  });

  it('leaves an unfinished character out while streaming, and marks it once the reply is over', () => {
    const cut = steps.slice(0, 2);
    expect(piecesOf(cut, false).map((x) => x.text)).toEqual([' 最']);
    expect(piecesOf(cut, true).map((x) => x.text)).toEqual([' 最', '\uFFFD']);
  });
});
