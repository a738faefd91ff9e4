/**
 * Scores the tiny model on the held-out set (src/corpus/heldout.ts), greedily, the way a
 * visitor would judge a reply:
 *
 * - on topic: the reply contains the expected phrase (the topic's key idea, or for a follow-up
 *   the topic's name) AND reads as that topic's text, not another topic's memorized answer —
 *   the reply is attributed to the topic (or to the scope reply) whose written texts share the
 *   most character n-grams with it;
 * - in the right language: an English reply holds no Han characters, a Chinese one holds Han
 *   characters and no run of five or more English words (no switching mid-sentence);
 * - stopped: the reply ended with im_end before the token limit.
 *
 *   attribute('RoPE rotates each pair of dimensions…', profiles) → 'rope'
 *
 * Deliberately left out: sampling (greedy is reproducible) and any judgement by another model.
 */
import type { BpeTokenizer } from '../kernels/bpe/tokenizer.ts';
import type { QwenModel } from '../model/params.ts';
import { scopeProfileTexts, type SelfFacts } from '../corpus/scope.ts';
import type { HeldoutItem, Lang, Topic } from '../corpus/types.ts';
import { FOLLOW_UP_KINDS } from '../corpus/types.ts';
import { encodeChatText, type SpecialIds } from './data.ts';
import { greedyRun } from './eval.ts';

/** Replies get this many new tokens, as the chat's default Max new tokens. */
export const REPLY_TOKENS = 128;

const HAN = /[\u4e00-\u9fff]/;

/** Character n-grams: 4-grams of lowercased English, 2-grams of Chinese. */
export function ngrams(text: string, lang: Lang): Set<string> {
  const n = lang === 'en' ? 4 : 2;
  const s = lang === 'en' ? text.toLowerCase().replace(/\s+/g, ' ') : text.replace(/\s+/g, '');
  const out = new Set<string>();
  for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  return out;
}

export type Profiles = Map<string, Set<string>>;

/** One n-gram profile per topic (answer, follow-ups, comparison) and one for the scope reply. */
export function topicProfiles(topics: Topic[], lang: Lang, scopeTexts: string[]): Profiles {
  const profiles: Profiles = new Map();
  for (const t of topics) {
    const s = t[lang];
    const texts = [
      s.answer,
      ...FOLLOW_UP_KINDS.map((k) => s.followUps[k]),
      t.compare?.[lang] ?? '',
    ];
    profiles.set(t.id, ngrams(texts.join(' '), lang));
  }
  profiles.set('scope', ngrams(scopeTexts.join(' '), lang));
  return profiles;
}

/** Both languages' profiles: the topics' texts and every scope reply's wording. */
export function replyProfiles(topics: Topic[], facts: SelfFacts): Record<Lang, Profiles> {
  return {
    en: topicProfiles(topics, 'en', scopeProfileTexts('en', facts)),
    zh: topicProfiles(topics, 'zh', scopeProfileTexts('zh', facts)),
  };
}

/** The topic id (or 'scope') whose texts share most n-grams with the reply; null if none. */
export function attribute(reply: string, lang: Lang, profiles: Profiles): string | null {
  const grams = ngrams(reply, lang);
  let best: string | null = null;
  let bestHits = 0;
  for (const [id, profile] of profiles) {
    let hits = 0;
    for (const g of grams) if (profile.has(g)) hits++;
    if (hits > bestHits) [best, bestHits] = [id, hits];
  }
  return best;
}

/** True when the reply is written in `lang` throughout. */
export function inLanguage(reply: string, lang: Lang): boolean {
  if (lang === 'en') return !HAN.test(reply);
  return HAN.test(reply) && !/(?:[A-Za-z][A-Za-z'-]*[\s,.;:]+){5,}/.test(reply);
}

export interface ItemResult {
  kind: HeldoutItem['kind'];
  lang: Lang;
  topic: string | null;
  asks: string;
  question: string;
  key: string;
  reply: string;
  attributed: string | null;
  inLanguage: boolean;
  stopped: boolean;
  ok: boolean;
}

/** Scores one item's reply. */
export function judge(
  item: HeldoutItem,
  reply: string,
  stopped: boolean,
  profiles: Profiles,
): ItemResult {
  const attributed = attribute(reply, item.replyLang, profiles);
  const language = inLanguage(reply, item.replyLang);
  const has = item.expect.some((e) => reply.includes(e));
  const about = item.kind === 'scope' ? 'scope' : item.topic;
  const ok = has && language && (item.asks === 'first' || attributed === about);
  return {
    kind: item.kind,
    lang: item.lang,
    topic: item.topic,
    asks: item.asks,
    question: item.messages[item.messages.length - 1].content,
    key: item.expect.join(' | '),
    reply,
    attributed,
    inLanguage: language,
    stopped,
    ok,
  };
}

export interface HeldoutScores {
  /** On-topic rate of single questions, per language. */
  topic: Record<Lang, number>;
  /** Follow-ups answered about the right topic (both languages), and per language. */
  followup: number;
  followupByLang: Record<Lang, number>;
  /** Scope replies to greetings and off-topic prompts (both languages), and per language. */
  scope: number;
  scopeByLang: Record<Lang, number>;
  /** Share of all replies in the right language throughout, and that stopped before the limit. */
  inLanguage: number;
  stopped: number;
  items: number;
}

const rate = (rs: ItemResult[], f: (r: ItemResult) => boolean = (r) => r.ok) =>
  rs.length ? Number((rs.filter(f).length / rs.length).toFixed(4)) : 0;

/** The summary figures of a list of results. */
export function summarize(results: ItemResult[]): HeldoutScores {
  const of = (kind: string, lang?: Lang) =>
    results.filter((r) => r.kind === kind && (!lang || r.lang === lang));
  return {
    topic: { en: rate(of('topic', 'en')), zh: rate(of('topic', 'zh')) },
    followup: rate(of('followup')),
    followupByLang: { en: rate(of('followup', 'en')), zh: rate(of('followup', 'zh')) },
    scope: rate(of('scope')),
    scopeByLang: { en: rate(of('scope', 'en')), zh: rate(of('scope', 'zh')) },
    inLanguage: rate(results, (r) => r.inLanguage),
    stopped: rate(results, (r) => r.stopped),
    items: results.length,
  };
}

/** Greedy replies to every item, judged. */
export function scoreHeldout(
  model: QwenModel,
  tok: BpeTokenizer,
  sp: SpecialIds,
  items: HeldoutItem[],
  topics: Topic[],
): { scores: HeldoutScores; results: ItemResult[] } {
  const { num_hidden_layers: layers, hidden_size: hidden } = model.config;
  const profiles = replyProfiles(topics, { layers, hidden });
  const results = items.map((item) => {
    const prompt = encodeChatText(tok, item.messages, true);
    const { ids, stopped } = greedyRun(model, sp, prompt, REPLY_TOKENS);
    return judge(item, tok.decode(ids), stopped, profiles[item.replyLang]);
  });
  return { scores: summarize(results), results };
}
