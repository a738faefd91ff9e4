/** Fitting the history into the context: whole oldest exchanges go first, the system stays. */
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../../src/kernels/reference/chatml.ts';
import type { PreparedPrompt } from '../../../../src/runtime/chatTypes.ts';
import type { ChatTurn } from '../../../../src/panels/07-chat/chatStorage.ts';
import { fitHistory, PromptTooLong } from '../../../../src/panels/07-chat/context.ts';

/** A stand-in tokenizer: one token per character, plus 3 per message and 3 for the reply's start. */
async function prepare(messages: ChatMessage[]): Promise<PreparedPrompt> {
  const n = messages.reduce((s, m) => s + m.content.length + 3, 3);
  const tok = { id: 0, text: 'x', hex: '78', special: false, partial: false };
  return { tokens: Array(n).fill(tok), mask: [], roles: [], message: [] };
}

const q = (n: number, c = 'q'): ChatTurn => ({ role: 'user', content: c.repeat(n) });
const a = (n: number): ChatTurn => ({ role: 'assistant', content: 'a'.repeat(n) });

describe('fitHistory', () => {
  it('keeps everything that fits with room for Max new tokens', async () => {
    const f = await fitHistory([q(10), a(10), q(10)], 'sys', prepare, 256, 48);
    expect(f.dropped).toBe(0);
    expect(f.room).toBe(48);
    expect(f.messages[0]).toEqual({ role: 'system', content: 'sys' });
    expect(f.messages).toHaveLength(4);
  });

  it('drops whole oldest exchanges and keeps the system prompt', async () => {
    // 3 + 6 (system) + 5 × 43 = 224 tokens; without the first exchange 138, + 48 ≤ 200
    const h = [q(40, 'A'), a(40), q(40, 'B'), a(40), q(40, 'C')];
    const f = await fitHistory(h, 'sys', prepare, 200, 48);
    expect(f.dropped).toBe(1);
    expect(f.kept[0].content[0]).toBe('B');
    expect(f.messages[0].role).toBe('system');
    expect(f.prompt.tokens.length + 48).toBeLessThanOrEqual(200);
  });

  it('reads the context length it is given: a longer context keeps more', async () => {
    const h = [q(100, 'A'), a(100), q(100, 'B'), a(100), q(100, 'C')];
    expect((await fitHistory(h, '', prepare, 256, 32)).dropped).toBe(2);
    expect((await fitHistory(h, '', prepare, 512, 32)).dropped).toBe(1);
    expect((await fitHistory(h, '', prepare, 1024, 32)).dropped).toBe(0);
  });

  it('gives the newest question alone whatever room is left, and throws when none is', async () => {
    const f = await fitHistory([q(10), a(10), q(200)], '', prepare, 256, 100);
    expect(f.dropped).toBe(1);
    expect(f.room).toBe(256 - (200 + 6));
    await expect(fitHistory([q(300)], '', prepare, 256, 10)).rejects.toBeInstanceOf(PromptTooLong);
  });
});
