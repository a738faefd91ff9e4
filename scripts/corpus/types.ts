/**
 * Shapes of the tiny Qwen's teaching corpus: one `Topic` per idea of the Qwen report, each
 * with a canonical tutor answer, paraphrased questions and a prose paragraph, in English and
 * 简体中文.
 *
 * Deliberately left out: anything about how the text is tokenized or packed (see build.ts).
 */

export type Lang = 'en' | 'zh';

/** One language side of a topic. */
export interface TopicSide {
  /** The canonical short answer (1–3 sentences) the tutor gives, in this language. */
  answer: string;
  /** Paraphrased questions whose answer is `answer` (5+ per language; all used in training). */
  questions: string[];
  /** A phrase from `answer` that a correct reply must contain (held-out scoring). */
  key: string;
  /** Plain explanatory prose with the same facts, for pretraining. */
  prose: string;
}

export interface Topic {
  /** Short stable id, e.g. "rope-base". */
  id: string;
  en: TopicSide;
  zh: TopicSide;
}

/** A held-out question: never seen in training, scored by whether the reply contains `key`. */
export interface HeldoutQuestion {
  topic: string;
  lang: Lang;
  question: string;
  key: string;
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
