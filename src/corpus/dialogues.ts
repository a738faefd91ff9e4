/**
 * Conversations for SFT and for the held-out set: a first question, then 1–5 more user turns
 * that depend on what came before — a follow-up about the current topic (why, an example,
 * simpler, more, a downside), a comparison with a related idea, "say it in Chinese/English",
 * "what did I ask first?", a new topic, or a thank-you — each answered by the written reply
 * for that turn. Also the single-turn scope dialogues (greetings, thanks, off-topic requests).
 *
 *   conversation(rand, ctx, 'train').messages
 *     → [user 'what is rope?', assistant <RoPE answer>, user 'give an example', assistant <RoPE example>, …]
 *
 * Deliberately left out: tokenization (src/train/data.ts) and which wordings are held out
 * (phrasing.ts, offtopic.ts, social.ts).
 */
import { OFF_TOPIC } from './offtopic.ts';
import { composeSocial, SOCIAL } from './social.ts';
import { composeOffTopic } from './offtopicCompose.ts';
import { composeQuestion, decorate, decorateTurn, fillFrame, type Split } from './phrasing.ts';
import { pick, plain, readsAs } from './casual.ts';
import {
  COMPARE_ASKS,
  FIRST_ASKS,
  firstQuestionReply,
  FOLLOW_UPS,
  TRANSLATE_ASKS,
} from './turnWordings.ts';
import { scopeReply, type ScopeKind, type SelfFacts } from './scope.ts';
import type { CorpusMix } from './build.ts';
import type { ChatMessage, Dialogue, FollowUpKind, Lang, Topic } from './types.ts';
import { FOLLOW_UP_KINDS } from './types.ts';

export interface DialogueContext {
  topics: Topic[];
  systemPrompts: Record<Lang, string>;
  facts: SelfFacts;
}

const other = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

/** Topics a scope reply suggests when the corpus has them, in this order. */
const SUGGESTED = ['rope', 'kv-cache', 'bpe', 'rmsnorm'];

/**
 * The two topics' display names every scope reply suggests: always the same pair, so the
 * tiny model learns one scope reply instead of guessing among random pairs (it used to repeat
 * one name, "压缩率或压缩率").
 */
export function suggestions(ctx: DialogueContext, lang: Lang): [string, string] {
  const preferred = SUGGESTED.flatMap((id) => ctx.topics.filter((t) => t.id === id));
  const [a, b = a] = [...preferred, ...ctx.topics.filter((t) => !preferred.includes(t))];
  return [a[lang].names[0], b[lang].names[0]];
}

/** A composed question about `t` from one split of the phrasing pools. */
export function composedQuestion(rand: () => number, t: Topic, lang: Lang, split: Split): string {
  const q = composeQuestion(rand, lang, t[lang].names, split, t[other(lang)].names);
  // subtle: a training frame around a short name can spell out one of the topic's written
  // held-out questions ("{X}有什么意义" + "多头"), or a Chinese frame with its final mark
  // dropped can leave a Latin name alone ("kv cache"), which reads as English; compose another
  const redo =
    split === 'train' && (t[lang].heldout.some((h) => plain(h) === plain(q)) || !readsAs(lang, q));
  return redo ? composedQuestion(rand, t, lang, split) : q;
}

/**
 * A topic's names typed alone, the way a student tests the tutor with a bare term, each in the
 * language a reader takes it for: English names with and without "?", Chinese names alone or
 * with "？", and the Chinese side's Latin names only with "？" (a Chinese keyboard's mark).
 * A bare name that spells out one of the topic's held-out questions is left out.
 *   bareNames(kvCache, 'en') → ['KV cache', 'KV cache?', 'kv cache', 'kv cache?', …]
 *   bareNames(kvCache, 'zh') → ['KV 缓存', 'KV 缓存？', …, 'kv cache？', …]
 */
export function bareNames(t: Topic, lang: Lang): string[] {
  const names = t[lang].names.map((n) => (lang === 'en' ? n.replace(/^the /i, '') : n));
  const typed = names.flatMap((n) =>
    lang === 'en' ? [n, `${n}?`, n.toLowerCase(), `${n.toLowerCase()}?`] : [n, `${n}？`],
  );
  const heldout = new Set(t[lang].heldout.map(plain));
  return [...new Set(typed)].filter((q) => readsAs(lang, q) && !heldout.has(plain(q)));
}

/** A first question about a topic: a written one (train only) or a composed one. */
function firstQuestion(rand: () => number, t: Topic, lang: Lang, split: Split): string {
  if (split === 'train' && rand() < 0.4) {
    const q = pick(rand, t[lang].questions);
    return rand() < 0.5 ? q : decorate(rand, lang, q);
  }
  return composedQuestion(rand, t, lang, split);
}

/** One user turn and the reply it gets, both languages of the reply kept for "translate". */
export interface Turn {
  asks: FollowUpKind | 'compare' | 'translate' | 'first' | 'question' | 'thanks';
  user: string;
  reply: Record<Lang, string>;
  /** The topic the conversation is about after this turn. */
  topic: Topic;
}

/** Everything a next turn may depend on. */
export interface ConversationState {
  lang: Lang;
  first: Topic;
  topic: Topic;
  last: Record<Lang, string>;
  asked: Set<string>;
  turn: number;
}

/** The possible next turns after `s`, from one split of the wordings. */
export function nextTurns(
  rand: () => number,
  ctx: DialogueContext,
  s: ConversationState,
  split: Split,
): Turn[] {
  const { lang, topic } = s;
  const turns: Turn[] = [];
  // training wordings sometimes come with a lead and an ending ("ok, why?"); held-out never do
  const say = (pool: Record<Split, string[]>, fill = (x: string) => x) => {
    const wording = fill(pick(rand, pool[split]));
    return split === 'train' ? decorateTurn(rand, lang, wording, pool.heldout.map(fill)) : wording;
  };
  for (const k of FOLLOW_UP_KINDS) {
    if (s.asked.has(`${topic.id}:${k}`)) continue;
    turns.push({
      asks: k,
      user: say(FOLLOW_UPS[k][lang]),
      reply: { en: topic.en.followUps[k], zh: topic.zh.followUps[k] },
      topic,
    });
  }
  const cmp = topic.compare;
  const withTopic = cmp && ctx.topics.find((t) => t.id === cmp.with);
  if (cmp && withTopic && !s.asked.has(`${topic.id}:compare`)) {
    turns.push({
      asks: 'compare',
      user: say(COMPARE_ASKS[lang], (x) => fillFrame(x, withTopic[lang].names[0])),
      reply: { en: cmp.en, zh: cmp.zh },
      topic,
    });
  }
  turns.push({
    asks: 'translate',
    user: say(TRANSLATE_ASKS[lang]),
    reply: { [lang]: s.last[other(lang)], [other(lang)]: s.last[lang] } as Record<Lang, string>,
    topic,
  });
  if (s.turn >= 2) {
    turns.push({
      asks: 'first',
      user: say(FIRST_ASKS[lang]),
      reply: {
        en: firstQuestionReply('en', s.first.en.names[0]),
        zh: firstQuestionReply('zh', s.first.zh.names[0]),
      },
      topic,
    });
  }
  return turns;
}

function newTopicTurn(
  rand: () => number,
  ctx: DialogueContext,
  s: ConversationState,
  split: Split,
): Turn {
  let t = pick(rand, ctx.topics);
  while (t.id === s.topic.id) t = pick(rand, ctx.topics);
  return {
    asks: 'question',
    user: firstQuestion(rand, t, s.lang, split),
    reply: { en: t.en.answer, zh: t.zh.answer },
    topic: t,
  };
}

/** Applies a turn: appends it to `messages` and moves the state on. */
export function applyTurn(messages: ChatMessage[], s: ConversationState, turn: Turn): void {
  messages.push(
    { role: 'user', content: turn.user },
    { role: 'assistant', content: turn.reply[s.lang] },
  );
  if (turn.asks !== 'thanks') {
    // a translated reply is the same reply in the other language: "translate" again flips back
    s.last = turn.asks === 'translate' ? { en: turn.reply.en, zh: turn.reply.zh } : turn.reply;
  }
  s.asked.add(`${turn.topic.id}:${turn.asks}`);
  s.topic = turn.topic;
  s.turn++;
}

/** Starts a conversation: optional system prompt, then the first question and its answer. */
export function startConversation(
  rand: () => number,
  ctx: DialogueContext,
  lang: Lang,
  first: Topic,
  split: Split,
): { messages: ChatMessage[]; state: ConversationState } {
  const messages: ChatMessage[] = [];
  if (rand() < 0.5) messages.push({ role: 'system', content: ctx.systemPrompts[lang] });
  const state: ConversationState = {
    lang,
    first,
    topic: first,
    last: { en: first.en.answer, zh: first.zh.answer },
    asked: new Set(),
    turn: 0,
  };
  applyTurn(messages, state, {
    asks: 'question',
    user: firstQuestion(rand, first, lang, split),
    reply: state.last,
    topic: first,
  });
  return { messages, state };
}

/** A conversation of 2–6 user turns. */
export function conversation(rand: () => number, ctx: DialogueContext, split: Split): Dialogue {
  const lang: Lang = rand() < 0.5 ? 'en' : 'zh';
  const { messages, state } = startConversation(rand, ctx, lang, pick(rand, ctx.topics), split);
  const userTurns = 2 + Math.floor(rand() * 5);
  const topics = [state.topic.id];
  while (state.turn < userTurns) {
    const r = rand();
    let turn: Turn;
    if (r < 0.25) turn = newTopicTurn(rand, ctx, state, split);
    else if (r < 0.3) {
      const kind: ScopeKind = 'thanks';
      const reply = (l: Lang) => scopeReply(l, kind, suggestions(ctx, l), ctx.facts);
      turn = {
        asks: 'thanks',
        user: pick(rand, SOCIAL[lang].thanks[split]),
        reply: { en: reply('en'), zh: reply('zh') },
        topic: state.topic,
      };
    } else turn = pick(rand, nextTurns(rand, ctx, state, split));
    applyTurn(messages, state, turn);
    if (!topics.includes(state.topic.id)) topics.push(state.topic.id);
  }
  return { topics, messages };
}

/**
 * Every scope prompt of a split once, answered with its scope reply; in training also
 * `composedOffTopic` requests per language from offtopicCompose.ts and `composedSocial`
 * small-talk prompts per kind and language from social.ts (never one of the held-out ones).
 */
export function scopeDialogues(
  rand: () => number,
  ctx: DialogueContext,
  split: Split,
  mix: Pick<CorpusMix, 'composedOffTopic' | 'composedSocial'> = {
    composedOffTopic: 0,
    composedSocial: 0,
  },
): Dialogue[] {
  const out: Dialogue[] = [];
  const add = (lang: Lang, kind: ScopeKind, prompt: string) => {
    const messages: ChatMessage[] = [];
    if (rand() < 0.5) messages.push({ role: 'system', content: ctx.systemPrompts[lang] });
    messages.push(
      { role: 'user', content: prompt },
      { role: 'assistant', content: scopeReply(lang, kind, suggestions(ctx, lang), ctx.facts) },
    );
    out.push({ topics: [`scope:${kind}`], messages });
  };
  for (const lang of ['en', 'zh'] as Lang[]) {
    const heldout = new Set(OFF_TOPIC[lang].heldout);
    for (const p of OFF_TOPIC[lang][split]) {
      add(lang, 'offtopic', p);
      // in training, also inside an opener and a tail: "hey, quick question: what is 2+2?"
      if (split === 'train' && rand() < 0.5) {
        const wrapped = decorate(rand, lang, p);
        if (!heldout.has(wrapped)) add(lang, 'offtopic', wrapped);
      }
    }
    const heldoutSocial = new Set(Object.values(SOCIAL[lang]).flatMap((k) => k.heldout.map(plain)));
    for (const kind of ['greeting', 'thanks', 'self', 'bye'] as const) {
      for (const p of SOCIAL[lang][kind][split]) add(lang, kind, p);
      for (let i = 0; i < (split === 'train' ? mix.composedSocial : 0); i++) {
        const p = composeSocial(rand, lang, kind);
        if (!heldoutSocial.has(plain(p))) add(lang, kind, p);
      }
    }
    for (let i = 0; i < (split === 'train' ? mix.composedOffTopic : 0); i++) {
      const p = composeOffTopic(rand, lang);
      if (!heldout.has(p)) add(lang, 'offtopic', p);
    }
  }
  return out;
}
