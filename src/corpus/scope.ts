/**
 * The tutor's honest scope reply: for greetings, thanks, goodbyes, questions about the model
 * itself and requests outside the Qwen report (math, poems, news, code…), a short answer in the
 * user's language that says this is a tiny model that only knows the report's ideas, and
 * suggests two things to ask.
 *
 *   scopeReply('en', 'offtopic', ['RoPE', 'the KV cache'], sizes)
 *     → "Sorry, I can't help with that. I am a tiny model that only knows the ideas of the
 *        Qwen report. You could ask me about RoPE or the KV cache."
 *
 * Every variant contains SCOPE_KEY[lang], which is how held-out scope items are scored.
 *
 * Deliberately left out: which prompts are off-topic or small talk (offtopic.ts, social.ts) and
 * when a reply is used (build.ts).
 */
import { fillFrame } from './phrasing.ts';
import type { Lang } from './types.ts';

export type ScopeKind = 'offtopic' | 'greeting' | 'thanks' | 'self' | 'bye';

/** The phrase every scope reply contains, per language. */
export const SCOPE_KEY: Record<Lang, string> = {
  en: 'the ideas of the Qwen report',
  zh: 'Qwen 技术报告里的知识',
};

/** Sizes the "who are you" reply states. */
export interface SelfFacts {
  layers: number;
  hidden: number;
}

const OPENING: Record<Lang, Record<ScopeKind, (f: SelfFacts) => string>> = {
  en: {
    offtopic: () =>
      "Sorry, I can't help with that. I am a tiny model that only knows the ideas of the Qwen report.",
    greeting: () => 'Hello! I am a tiny model that only knows the ideas of the Qwen report.',
    thanks: () => "You're welcome! I am a tiny model that only knows the ideas of the Qwen report.",
    bye: () =>
      'Goodbye, and happy learning! I am a tiny model that only knows the ideas of the Qwen report.',
    self: (f) =>
      `I am a tiny Qwen2-style model with ${f.layers} layers and hidden size ${f.hidden}, trained in this playground. I only know the ideas of the Qwen report and I am not a general assistant.`,
  },
  zh: {
    offtopic: () => '抱歉，这个我帮不上忙。我是一个迷你模型，只懂 Qwen 技术报告里的知识。',
    greeting: () => '你好！我是一个迷你模型，只懂 Qwen 技术报告里的知识。',
    thanks: () => '不客气！我是一个迷你模型，只懂 Qwen 技术报告里的知识。',
    bye: () => '再见，学习愉快！我是一个迷你模型，只懂 Qwen 技术报告里的知识。',
    self: (f) =>
      `我是在这个演练场里训练的迷你 Qwen2 风格模型，有 ${f.layers} 层，隐藏维度 ${f.hidden}。我只懂 Qwen 技术报告里的知识，不是通用助手。`,
  },
};

/** The sentence that suggests two display names, in `lang`. */
function suggestSentence(lang: Lang, [a, b]: [string, string]): string {
  return lang === 'en'
    ? ` You could ask me about ${a} or ${b}.`
    : fillFrame(fillFrame('你可以问我{X}或', a) + '{X}。', b);
}

/**
 * The texts a scope reply is recognised by when a reply is attributed (src/train/heldoutScore.ts):
 * every kind's opening and the suggestion sentence, so a scope reply that suggests "the chat lab"
 * still reads as the scope reply, not as the chat lab's answer.
 */
export function scopeProfileTexts(lang: Lang, facts: SelfFacts): string[] {
  const kinds = Object.keys(OPENING[lang]) as ScopeKind[];
  return [...kinds.map((k) => OPENING[lang][k](facts)), suggestSentence(lang, ['', ''])];
}

/** The scope reply of a kind, suggesting the two display names given. */
export function scopeReply(
  lang: Lang,
  kind: ScopeKind,
  suggest: [string, string],
  facts: SelfFacts,
): string {
  return OPENING[lang][kind](facts) + suggestSentence(lang, suggest);
}
