/**
 * Assembles the teaching corpus from the topic tables, deterministically from a seed:
 * pretraining prose, ChatML dialogues for SFT, and the held-out questions.
 *
 *   buildCorpus(1).sft[0].messages → [{ role: 'system', … }, { role: 'user', … }, { role: 'assistant', … }]
 *
 * Deliberately left out: tokenization and packing into training windows (scripts/train).
 */
import { ALIGNMENT_TOPICS } from './topics-alignment.ts';
import { ARCHITECTURE_TOPICS } from './topics-architecture.ts';
import { LONG_CONTEXT_TOPICS } from './topics-long-context.ts';
import { TOKENIZER_TOPICS } from './topics-tokenizer.ts';
import { HELDOUT_PARAPHRASES } from './heldout.ts';
import { templatedQuestions, TOPIC_NAMES } from './templates.ts';
import type { ChatMessage, Dialogue, HeldoutQuestion, Lang, Topic } from './types.ts';

export const TOPICS: Topic[] = [
  ...TOKENIZER_TOPICS,
  ...ARCHITECTURE_TOPICS,
  ...LONG_CONTEXT_TOPICS,
  ...ALIGNMENT_TOPICS,
];

/** System prompts seen in training; the chat panel can use SYSTEM_PROMPTS.en or .zh. */
export const SYSTEM_PROMPTS: Record<Lang, string> = {
  en: 'You are a friendly tutor who explains the Qwen technical report in short answers.',
  zh: '你是一位友好的助教，用简短的回答讲解 Qwen 技术报告。',
};

export const LANGS: Lang[] = ['en', 'zh'];

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine.
 * mulberry32(1)() → 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle in place with the given random source. */
export function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * Renders messages exactly as the Qwen2 chat template does (tokenizer_config.json), so the
 * training text and transformers.js' `apply_chat_template` agree byte for byte.
 *   renderChatML([{ role: 'user', content: 'Hi' }], true)
 *     → '<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n'
 */
export function renderChatML(messages: ChatMessage[], addGenerationPrompt = false): string {
  let s = '';
  for (const m of messages) s += `<|im_start|>${m.role}\n${m.content}<|im_end|>\n`;
  if (addGenerationPrompt) s += '<|im_start|>assistant\n';
  return s;
}

export interface Corpus {
  /** Pretraining documents: prose paragraphs (both languages), shuffled. */
  pretrain: string[];
  /**
   * SFT dialogues: every written question with and without a system prompt, every templated
   * question once (templates.ts), plus two-turn ones.
   */
  sft: Dialogue[];
  heldout: HeldoutQuestion[];
}

function single(topic: Topic, lang: Lang, question: string, system: boolean): Dialogue {
  const messages: ChatMessage[] = [];
  if (system) messages.push({ role: 'system', content: SYSTEM_PROMPTS[lang] });
  messages.push(
    { role: 'user', content: question },
    { role: 'assistant', content: topic[lang].answer },
  );
  return { topics: [topic.id], messages };
}

/** Builds the whole corpus. `twoTurn` is how many two-question dialogues to add. */
export function buildCorpus(seed: number, twoTurn = 120): Corpus {
  const rand = mulberry32(seed);
  const sft: Dialogue[] = [];
  for (const t of TOPICS) {
    for (const lang of LANGS) {
      for (const q of t[lang].questions) {
        sft.push(single(t, lang, q, true), single(t, lang, q, false));
      }
      // The same frames with every topic's names, once each, half with a system prompt.
      for (const q of templatedQuestions(t.id, lang)) {
        if (!t[lang].questions.includes(q)) sft.push(single(t, lang, q, rand() < 0.5));
      }
    }
  }
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  for (let i = 0; i < twoTurn; i++) {
    const lang = pick(LANGS);
    const a = pick(TOPICS);
    let b = pick(TOPICS);
    while (b.id === a.id) b = pick(TOPICS);
    const first = single(a, lang, pick(a[lang].questions), rand() < 0.5);
    const second = single(b, lang, pick(b[lang].questions), false);
    sft.push({ topics: [a.id, b.id], messages: [...first.messages, ...second.messages] });
  }
  shuffle(sft, rand);

  const pretrain: string[] = [];
  for (const t of TOPICS) for (const lang of LANGS) pretrain.push(t[lang].prose);
  shuffle(pretrain, rand);

  const heldout: HeldoutQuestion[] = [];
  for (const t of TOPICS) {
    const para = HELDOUT_PARAPHRASES[t.id];
    if (!para) throw new Error(`topic "${t.id}" has no held-out paraphrases`);
    for (const lang of LANGS) {
      for (const question of para[lang])
        heldout.push({ topic: t.id, lang, question, key: t[lang].key });
    }
  }
  return { pretrain, sft, heldout };
}

/** Checks the tables: enough variants, keys inside answers, unique ids. Throws on a problem. */
export function validateTopics(topics: Topic[] = TOPICS): void {
  const ids = new Set<string>();
  for (const id of Object.keys(TOPIC_NAMES)) {
    if (!TOPICS.some((t) => t.id === id))
      throw new Error(`TOPIC_NAMES names unknown topic "${id}"`);
  }
  for (const t of topics) {
    if (ids.has(t.id)) throw new Error(`duplicate topic id "${t.id}"`);
    ids.add(t.id);
    for (const lang of LANGS) {
      const side = t[lang];
      if (side.questions.length < 5)
        throw new Error(`topic "${t.id}" (${lang}) has fewer than 5 questions`);
      const texts = [side.answer, side.prose, ...side.questions];
      if (texts.some((x) => x.includes('<|'))) {
        // subtle: Hugging Face tokenizers turn special-token text into the special token even
        // inside content, so the corpus never spells one out (it writes im_end, not <|im_end|>).
        throw new Error(`topic "${t.id}" (${lang}) spells out a special token`);
      }
      if (!side.answer.includes(side.key)) {
        throw new Error(`topic "${t.id}" (${lang}): key "${side.key}" is not in the answer`);
      }
    }
  }
}
