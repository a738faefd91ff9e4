/**
 * The exact token sequence a chat reply was written from, rebuilt for the Inspect view: the
 * ChatML prompt of the turns before it (the same fitting as when it was sent: whole exchanges
 * left out from the start until it fit, context.ts) followed by the reply's own tokens. The
 * reply's recorded prompt length tells which fitting was used; if no fitting gives that length
 * (the system prompt was edited since), the prompt cannot be rebuilt and the caller says so.
 *
 *   turns [u, a, u, a*], reply = a* with 12 tokens, promptTokens 80
 *   → ids = prompt(system, u, a, u) (80 ids) + the 12 reply ids, first = 79
 */
import type { ChatMessage } from '../../kernels/reference/chatml.ts';
import type { PreparedPrompt } from '../../runtime/chatTypes.ts';
import type { ChatTurn } from './chatStorage.ts';

export interface ReplySequence {
  /** Prompt and reply ids: what the Inspect view traces. */
  ids: number[];
  /** The prompt's tokens (the reply's follow). */
  promptLength: number;
}

export class PromptNotRebuilt extends Error {
  constructor(readonly promptTokens: number) {
    super(`no fitting of the earlier turns gives the reply's prompt of ${promptTokens} tokens`);
  }
}

export async function replySequence(
  turns: ChatTurn[],
  index: number,
  system: string,
  prepare: (messages: ChatMessage[]) => Promise<PreparedPrompt>,
): Promise<ReplySequence> {
  const reply = turns[index];
  if (!reply || reply.role !== 'assistant' || !reply.steps || !reply.stats) {
    throw new Error(`turn ${index + 1} is not a reply with recorded tokens`);
  }
  const history = turns.slice(0, index);
  const want = reply.stats.promptTokens;
  const starts = history.flatMap((t, i) => (i === 0 || t.role === 'user' ? [i] : []));
  for (const s of starts.length ? starts : [0]) {
    const messages: ChatMessage[] = [
      ...(system.trim() ? [{ role: 'system' as const, content: system }] : []),
      ...history.slice(s).map((x) => ({ role: x.role, content: x.content })),
    ];
    const prompt = await prepare(messages);
    if (prompt.tokens.length === want) {
      return {
        ids: [...prompt.tokens.map((t) => t.id), ...reply.steps.map((st) => st.token.id)],
        promptLength: want,
      };
    }
    if (prompt.tokens.length < want) break; // leaving out more only makes it shorter
  }
  throw new PromptNotRebuilt(want);
}
