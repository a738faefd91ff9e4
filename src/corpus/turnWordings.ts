/**
 * What a student says after an answer, and the wordings of each such turn: follow-ups per kind
 * (why, an example, simpler, more, a downside), "how is it different from X?", "say it in
 * Chinese/English", "what did I ask first?" (and the reply to that one). Like the question pools
 * of phrasing.ts, every pool has a `train` and a `heldout` half that share no wording; only the
 * `train` halves reach the training corpus. The wordings are data, in wordings/followUps.json
 * and wordings/turnAsks.json.
 *
 *   pick(rand, FOLLOW_UPS.example.zh.train) → e.g. '举个例子'
 *
 * Deliberately left out: the replies to follow-ups (each topic's own `followUps`, topics/<theme>/<id>.ts)
 * and how turns make a conversation (dialogues.ts).
 */
import { fillFrame, type Pool } from './phrasing.ts';
import type { FollowUpKind, Lang } from './types.ts';
import followUps from './wordings/followUps.json';
import asks from './wordings/turnAsks.json';

/** Follow-up wordings per kind; the reply is the topic's written follow-up (types.ts). */
export const FOLLOW_UPS: Record<FollowUpKind, Pool> = followUps;

/** "How is it different from {Y}?"; the reply is the topic's written comparison. */
export const COMPARE_ASKS: Pool = asks.compare;

/** "Say it in the other language"; the reply is the last reply in the other language. */
export const TRANSLATE_ASKS: Pool = asks.translate;

/** "What did I ask first?"; the reply names the first question's topic. */
export const FIRST_ASKS: Pool = asks.first;

export function firstQuestionReply(lang: Lang, displayName: string): string {
  return lang === 'en'
    ? `Your first question was about ${displayName}.`
    : fillFrame('你第一个问题问的是{X}。', displayName);
}
