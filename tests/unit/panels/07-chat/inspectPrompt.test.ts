/**
 * Rebuilding the exact sequence a reply was written from: the fitting (how many early exchanges
 * were left out) is the one whose prompt has the recorded length; an edited system prompt that
 * no fitting matches is a clear error, never a wrong sequence.
 */
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../../src/kernels/reference/chatml.ts';
import type { PreparedPrompt, StepEvent } from '../../../../src/runtime/chatTypes.ts';
import type { ChatTurn } from '../../../../src/panels/07-chat/chatStorage.ts';
import { PromptNotRebuilt, replySequence } from '../../../../src/panels/07-chat/inspectPrompt.ts';

/** One token per character of every message (ids = char codes), 2 more per message. */
async function prepare(messages: ChatMessage[]): Promise<PreparedPrompt> {
  const ids = messages.flatMap((m) => [1, ...[...m.content].map((c) => c.charCodeAt(0)), 2]);
  const tokens = ids.map((id) => ({ id, text: '', hex: '', special: false, partial: false }));
  return { tokens, mask: [], roles: [], message: [] };
}

const step = (id: number) => ({ token: { id } }) as unknown as StepEvent;
const reply = (ids: number[], promptTokens: number): ChatTurn => ({
  role: 'assistant',
  content: 'x',
  steps: ids.map(step),
  stats: {
    stopReason: 'stop',
    promptTokens,
    newTokens: ids.length,
    ttftMs: 0,
    tokensPerSecond: 0,
    modelMs: 0,
    totalMs: 0,
  },
});

describe('replySequence', () => {
  const turns: ChatTurn[] = [
    { role: 'user', content: 'ab' },
    reply([7, 8], 7), // an earlier reply (its own prompt length plays no part here)
    { role: 'user', content: 'c' },
  ];

  it('uses the whole history when the recorded prompt length says so', async () => {
    // system "s": 3 tokens; "ab": 4; reply content "x": 3; "c": 3 → 13
    const t: ChatTurn[] = [...turns, reply([9, 10, 11], 13)];
    const s = await replySequence(t, 3, 's', prepare);
    expect(s.promptLength).toBe(13);
    expect(s.ids.slice(13)).toEqual([9, 10, 11]);
    expect(s.ids.slice(0, 3)).toEqual([1, 's'.charCodeAt(0), 2]);
  });

  it('finds the fitting that left the first exchange out', async () => {
    // system (3) + "c" (3) = 6
    const t: ChatTurn[] = [...turns, reply([9], 6)];
    const s = await replySequence(t, 3, 's', prepare);
    expect(s.ids).toEqual([1, 115, 2, 1, 99, 2, 9]);
  });

  it('says so when no fitting gives the recorded length (the system prompt changed)', async () => {
    const t: ChatTurn[] = [...turns, reply([9], 7)];
    await expect(replySequence(t, 3, 's', prepare)).rejects.toBeInstanceOf(PromptNotRebuilt);
    await expect(replySequence(t, 0, 's', prepare)).rejects.toThrow(/not a reply/);
  });
});
