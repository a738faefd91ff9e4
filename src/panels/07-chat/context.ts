/**
 * Fitting a conversation into the model's context (report §3.1): the oldest whole
 * exchanges (a question and its reply) leave the prompt first, the system prompt always stays,
 * and the prompt leaves room for Max new tokens. The context length is the model's own
 * (config.json max_position_embeddings), never a number written here.
 *
 *   ctx 256, max 48, exchanges of 100 tokens, a new question of 100, system 20:
 *   fitHistory(…) → keeps the new question only, dropped 2, room 48
 *
 * Deliberately left out: shortening a single message (a question too long on its own is an
 * error the visitor sees) and summarising what was dropped.
 */
import type { ChatMessage } from '../../kernels/reference/chatml.ts';
import type { PreparedPrompt } from '../../runtime/chatTypes.ts';
import type { ChatTurn } from './chatStorage.ts';

export interface FittedPrompt {
  /** The turns that go into the prompt (after the system prompt). */
  kept: ChatTurn[];
  /** The messages sent: the system prompt (if any) and the kept turns. */
  messages: ChatMessage[];
  prompt: PreparedPrompt;
  /** Whole exchanges left out at the start of the history. */
  dropped: number;
  /** New tokens the reply can have: Max new tokens, or less when even one exchange is too long. */
  room: number;
}

/**
 * The longest tail of `history` starting at a question whose prompt leaves room for `maxNew`
 * tokens in `contextLength`; if none does, the newest question alone with whatever room is left.
 * Throws a `PromptTooLong` when not even that fits.
 */
export async function fitHistory(
  history: ChatTurn[],
  system: string,
  prepare: (messages: ChatMessage[]) => Promise<PreparedPrompt>,
  contextLength: number,
  maxNew: number,
): Promise<FittedPrompt> {
  if (!(contextLength > 0))
    throw new Error(`context length must be positive, got ${contextLength}`);
  const messagesOf = (ts: ChatTurn[]): ChatMessage[] => [
    ...(system.trim() ? [{ role: 'system' as const, content: system }] : []),
    ...ts.map((x) => ({ role: x.role, content: x.content })),
  ];
  // Where a whole exchange starts: at each question (and at 0, whatever comes first).
  const starts = history.flatMap((t, i) => (i === 0 || t.role === 'user' ? [i] : []));
  if (starts.length === 0) starts.push(0);
  let last: FittedPrompt | null = null;
  for (let s = 0; s < starts.length; s++) {
    const kept = history.slice(starts[s]);
    const messages = messagesOf(kept);
    const prompt = await prepare(messages);
    const n = prompt.tokens.length;
    last = { kept, messages, prompt, dropped: s, room: Math.min(maxNew, contextLength - n) };
    if (n + maxNew <= contextLength) return last;
  }
  if (last && last.room >= 1) return last;
  throw new PromptTooLong(last?.prompt.tokens.length ?? 0, contextLength);
}

export class PromptTooLong extends Error {
  constructor(
    readonly tokens: number,
    readonly contextLength: number,
  ) {
    super(`the prompt has ${tokens} tokens, the model's context ${contextLength}`);
  }
}
