/**
 * Assembles the teaching corpus from the topic tables, deterministically from a seed:
 * pretraining prose, ChatML dialogues for SFT (single questions, multi-turn conversations with
 * follow-ups, scope replies) and the held-out items.
 *
 *   buildCorpus(1).sft[0].messages → [{ role: 'system', … }, { role: 'user', … }, { role: 'assistant', … }]
 *
 * Held-out items are kept apart by construction: they use only the `heldout` halves of the
 * phrasing pools (phrasing.ts), the topics' `heldout` questions and the held-out off-topic and
 * social prompts (offtopic.ts, social.ts), none of which any training dialogue uses.
 *
 * Deliberately left out: tokenization and packing into training windows (src/train/data.ts).
 */
import { ALIGNMENT_TOPICS } from './topics/alignment.ts';
import { ARCHITECTURE_TOPICS } from './topics/architecture.ts';
import { ATTENTION_TOPICS } from './topics/attention.ts';
import { DATA_TOPICS } from './topics/data.ts';
import { LONG_CONTEXT_TOPICS } from './topics/long-context.ts';
import { PLAYGROUND_TOPICS } from './topics/playground.ts';
import { TOKENIZER_TOPICS } from './topics/tokenizer.ts';
import { TINY_SIZES } from '../model/tiny.ts';
import { mulberry32 } from '../kernels/reference/random.ts';
import {
  bareNames,
  composedQuestion,
  conversation,
  scopeDialogues,
  type DialogueContext,
} from './dialogues.ts';
import { heldoutItems } from './heldout.ts';
import { decorate } from './phrasing.ts';
import { withAside } from './asides.ts';
import { pick, readsAs } from './casual.ts';
import type { SelfFacts } from './scope.ts';
import type { ChatMessage, Dialogue, HeldoutItem, Lang, Topic } from './types.ts';
import { FOLLOW_UP_KINDS, LANGS } from './types.ts';

/** The topic tables by theme, in the report's order: the Train lab lets a visitor pick themes. */
export const TOPIC_GROUPS = [
  { id: 'tokenizer', topics: TOKENIZER_TOPICS },
  { id: 'data', topics: DATA_TOPICS },
  { id: 'architecture', topics: ARCHITECTURE_TOPICS },
  { id: 'attention', topics: ATTENTION_TOPICS },
  { id: 'long-context', topics: LONG_CONTEXT_TOPICS },
  { id: 'alignment', topics: ALIGNMENT_TOPICS },
  { id: 'playground', topics: PLAYGROUND_TOPICS },
] as const satisfies readonly { id: string; topics: Topic[] }[];
export type TopicGroupId = (typeof TOPIC_GROUPS)[number]['id'];

export const TOPICS: Topic[] = TOPIC_GROUPS.flatMap((g) => g.topics);

/** System prompts seen in training; the chat panel can use SYSTEM_PROMPTS.en or .zh. */
export const SYSTEM_PROMPTS: Record<Lang, string> = {
  en: 'You are a friendly tutor who explains the Qwen technical report in short answers.',
  zh: '你是一位友好的助教，用简短的回答讲解 Qwen 技术报告。',
};

export { LANGS };

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

export interface CorpusOptions {
  /** Composed single questions per topic and language (besides its written ones). */
  composedPerTopic: number;
  /** Multi-turn conversations (2–6 user turns). */
  conversations: number;
  /** Copies of each written question wrapped in a training opener and tail (phrasing.ts). */
  wrappedCopies: number;
  /** Composed off-topic requests per language (offtopicCompose.ts), besides the written ones. */
  composedOffTopic: number;
  /** Composed small-talk prompts per kind and language (social.ts), besides the written ones. */
  composedSocial: number;
  /**
   * Topic questions per topic and language said next to an off-topic request (asides.ts:
   * "help me with my physics homework. also, what is rope?"), answered about the topic.
   */
  asides: number;
  /** The sizes the "who are you" reply states. */
  facts: SelfFacts;
}

export const CORPUS_DEFAULTS: CorpusOptions = {
  composedPerTopic: 24,
  wrappedCopies: 1,
  conversations: 8500,
  composedOffTopic: 800,
  composedSocial: 120,
  asides: 10,
  facts: { layers: TINY_SIZES.layers, hidden: TINY_SIZES.hidden },
};

/**
 * How many composed scope prompts and questions with asides an epoch holds; a training run
 * can set them (--composed-…, --asides).
 */
export type CorpusMix = Pick<CorpusOptions, 'composedOffTopic' | 'composedSocial' | 'asides'>;

export interface Corpus {
  /** Pretraining documents: prose, answers and follow-ups as text (both languages), shuffled. */
  pretrain: string[];
  /** SFT dialogues. */
  sft: Dialogue[];
  heldout: HeldoutItem[];
}

/** One user question and the topic's answer, with or without the system prompt. */
export function single(topic: Topic, lang: Lang, question: string, system: boolean): Dialogue {
  const messages: ChatMessage[] = [];
  if (system) messages.push({ role: 'system', content: SYSTEM_PROMPTS[lang] });
  messages.push(
    { role: 'user', content: question },
    { role: 'assistant', content: topic[lang].answer },
  );
  return { topics: [topic.id], messages };
}

/** A topic's pretraining prose in one language: its paragraph, its answers as text, its comparison. */
export function topicDocuments(t: Topic, lang: Lang): string[] {
  const s = t[lang];
  const docs = [s.prose, [s.answer, ...FOLLOW_UP_KINDS.map((k) => s.followUps[k])].join(' ')];
  if (t.compare) docs.push(t.compare[lang]);
  return docs;
}

/** Builds the whole corpus. */
export function buildCorpus(seed: number, options: Partial<CorpusOptions> = {}): Corpus {
  const o = { ...CORPUS_DEFAULTS, ...options };
  const rand = mulberry32(seed);
  const ctx: DialogueContext = { topics: TOPICS, systemPrompts: SYSTEM_PROMPTS, facts: o.facts };
  const sft: Dialogue[] = [];
  for (const t of TOPICS) {
    for (const lang of LANGS) {
      for (const q of t[lang].questions) {
        sft.push(single(t, lang, q, rand() < 0.5));
        // the same question again inside an opener and a tail the model has to look past
        for (let i = 0; i < o.wrappedCopies; i++) {
          sft.push(single(t, lang, decorate(rand, lang, q), rand() < 0.5));
        }
      }
      for (let i = 0; i < o.composedPerTopic; i++) {
        sft.push(single(t, lang, composedQuestion(rand, t, lang, 'train'), rand() < 0.5));
      }
      // every name typed alone, answered in the language it is typed in ("kv cache" → English)
      for (const q of bareNames(t, lang)) sft.push(single(t, lang, q, rand() < 0.5));
      for (let i = 0; i < o.asides; i++) {
        const q =
          rand() < 0.5 ? pick(rand, t[lang].questions) : composedQuestion(rand, t, lang, 'train');
        sft.push(single(t, lang, withAside(rand, lang, q), rand() < 0.5));
      }
    }
  }
  for (let i = 0; i < o.conversations; i++) sft.push(conversation(rand, ctx, 'train'));
  sft.push(...scopeDialogues(rand, ctx, 'train', o));
  shuffle(sft, rand);

  const pretrain: string[] = [];
  for (const t of TOPICS) for (const lang of LANGS) pretrain.push(...topicDocuments(t, lang));
  shuffle(pretrain, rand);

  // The held-out items draw from their own seeded stream, so changing the training mix does
  // not change them.
  const heldout = heldoutItems(mulberry32(seed * 31 + 7), ctx);
  return { pretrain, sft, heldout };
}

/** Checks the tables: enough variants, keys inside answers, unique ids. Throws on a problem. */
export function validateTopics(topics: Topic[] = TOPICS): void {
  const ids = new Set(topics.map((t) => t.id));
  if (ids.size !== topics.length) throw new Error('duplicate topic ids');
  for (const t of topics) {
    if (t.compare && !ids.has(t.compare.with)) {
      throw new Error(`topic "${t.id}" compares with unknown topic "${t.compare.with}"`);
    }
    for (const lang of LANGS) {
      const side = t[lang];
      const where = `topic "${t.id}" (${lang})`;
      if (side.questions.length < 5) throw new Error(`${where} has fewer than 5 questions`);
      if (side.heldout.length < 3) throw new Error(`${where} has fewer than 3 held-out questions`);
      if (side.names.length < 2) throw new Error(`${where} has fewer than 2 names`);
      const texts = [
        side.answer,
        side.prose,
        ...side.questions,
        ...side.heldout,
        ...side.names,
        ...Object.values(side.followUps),
        t.compare?.[lang] ?? '',
      ];
      if (texts.some((x) => x.includes('<|'))) {
        // subtle: Hugging Face tokenizers turn special-token text into the special token even
        // inside content, so the corpus never spells one out (it writes im_end, not <|im_end|>).
        throw new Error(`${where} spells out a special token`);
      }
      const unreadable = side.questions.find((q) => !readsAs(lang, q));
      if (unreadable !== undefined) {
        throw new Error(`${where}: question "${unreadable}" does not read as ${lang}`);
      }
      if (!side.answer.includes(side.key)) {
        throw new Error(`${where}: key "${side.key}" is not in the answer`);
      }
      for (const k of FOLLOW_UP_KINDS) {
        if (!side.followUps[k]) throw new Error(`${where} has no "${k}" follow-up`);
      }
    }
  }
}
