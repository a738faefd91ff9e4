/**
 * Shapes of the tiny Qwen's teaching corpus: one `Topic` per idea of the Qwen report or of this
 * playground, each with a canonical tutor answer, the names a learner calls it by, written
 * questions, written answers to follow-up questions, and a prose paragraph, in English and
 * 简体中文.
 *
 * Deliberately left out: how questions are composed and dialogues assembled (phrasing.ts,
 * dialogues.ts) and how text is tokenized or packed (src/train/data.ts).
 */

export type Lang = 'en' | 'zh';

export const LANGS: Lang[] = ['en', 'zh'];

/**
 * Kinds of follow-up a student asks after an answer, each with its own written reply per
 * topic: "why?", "give an example", "simpler please", "tell me more", "any downside?".
 */
export const FOLLOW_UP_KINDS = ['why', 'example', 'simpler', 'more', 'downside'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** One language side of a topic. */
export interface TopicSide {
  /**
   * What a learner calls this idea, most common first: names[0] is the display name ("RoPE",
   * "the KV cache"); then full names, casual and lowercase forms ("rotary position embedding",
   * "rotary embeddings", "rope"). At least 3. Chinese sides may list English names too.
   */
  names: string[];
  /** The canonical short answer (1–3 sentences) the tutor gives, in this language. */
  answer: string;
  /** A phrase from `answer` that a correct reply must contain (held-out scoring). */
  key: string;
  /** Written questions whose answer is `answer` (5+; all used in training). */
  questions: string[];
  /**
   * Written questions never used in training (3+), phrased the way students type: casual,
   * lowercase, "like I'm five", "what's the point of…", comparisons. Scored held-out items.
   */
  heldout: string[];
  /** The tutor's reply to each kind of follow-up about this topic; each mentions names[0]. */
  followUps: Record<FollowUpKind, string>;
  /** Plain explanatory prose with the same facts, for pretraining. */
  prose: string;
}

export interface Topic {
  /** Short stable id, e.g. "rope-base". */
  id: string;
  en: TopicSide;
  zh: TopicSide;
  /**
   * A related topic a student compares this one with ("how is it different from LayerNorm?"),
   * and the written comparison in each language (mentions both display names).
   */
  compare?: { with: string; en: string; zh: string };
}

/** Kinds of held-out item, each scored on its own. */
export type HeldoutKind = 'topic' | 'followup' | 'scope';

/**
 * A held-out item: a conversation (user turns and the replies the model is expected to have
 * given before the last user turn), never seen in training, and what the last reply must show.
 */
export interface HeldoutItem {
  kind: HeldoutKind;
  lang: Lang;
  /** The topic the last reply must be about ('scope' items: null). */
  topic: string | null;
  messages: ChatMessage[];
  /** Phrases of which the reply must contain at least one. */
  expect: string[];
  /** The language the reply must be in (the user's, or the other one when asked to translate). */
  replyLang: Lang;
  /** What the last user turn asks: a follow-up kind, 'compare', 'translate', 'first' or 'question'. */
  asks: string;
}

/** One ChatML message, as in a Hugging Face chat template's `messages`. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** One supervised dialogue, written as a line of sft.jsonl. */
export interface Dialogue {
  topics: string[];
  messages: ChatMessage[];
}
