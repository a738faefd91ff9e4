/**
 * The held-out set: items the model never trains on, each a conversation whose last reply is
 * scored (src/train/heldoutScore.ts):
 *
 * - topic: one question about a topic — the topic's written `heldout` questions and questions
 *   composed from the held-out frames, openers and tails (phrasing.ts);
 * - followup: a first question (and sometimes a second topic) answered as in training, then a
 *   follow-up worded from the held-out pools: why / example / simpler / more / downside,
 *   compare, translate, "what did I ask first?";
 * - scope: held-out greetings, thanks, questions about the model and off-topic requests.
 *
 * Held out by construction: the last user turn of every item comes only from `heldout` pools
 * and lists, which no training dialogue reads (a unit test checks no item's last user turn
 * occurs in the training corpus).
 *
 * Deliberately left out: the scoring itself (src/train/heldoutScore.ts).
 */
import {
  applyTurn,
  composedQuestion,
  nextTurns,
  startConversation,
  type DialogueContext,
} from './dialogues.ts';
import { OFF_TOPIC } from './offtopic.ts';
import { SOCIAL } from './social.ts';
import { pick } from './casual.ts';
import { SCOPE_KEY } from './scope.ts';
import { LANGS, type ChatMessage, type HeldoutItem, type Lang, type Topic } from './types.ts';

/** Composed held-out questions per topic and language, besides its written held-out ones. */
const COMPOSED = 2;

function topicItems(rand: () => number, t: Topic, lang: Lang): HeldoutItem[] {
  const questions = [...t[lang].heldout];
  for (let i = 0; i < COMPOSED; i++) questions.push(composedQuestion(rand, t, lang, 'heldout'));
  return questions.map((q) => ({
    kind: 'topic',
    lang,
    topic: t.id,
    messages: [{ role: 'user', content: q }],
    expect: [t[lang].key],
    replyLang: lang,
    asks: 'question',
  }));
}

/**
 * One follow-up item: the first answer in context (after a switch to a second topic when
 * `switchTo` is given), then a held-out wording of a follow-up about the current topic.
 */
function followUpItem(
  rand: () => number,
  ctx: DialogueContext,
  t: Topic,
  lang: Lang,
  switchTo: Topic | null,
): HeldoutItem {
  const { messages, state } = startConversation(rand, ctx, lang, t, 'heldout');
  if (switchTo) {
    applyTurn(messages, state, {
      asks: 'question',
      user: composedQuestion(rand, switchTo, lang, 'heldout'),
      reply: { en: switchTo.en.answer, zh: switchTo.zh.answer },
      topic: switchTo,
    });
  }
  const turn = pick(rand, nextTurns(rand, ctx, state, 'heldout'));
  const current = turn.topic;
  const replyLang: Lang = turn.asks === 'translate' ? (lang === 'en' ? 'zh' : 'en') : lang;
  const expect =
    turn.asks === 'first'
      ? [state.first[lang].names[0]]
      : turn.asks === 'translate'
        ? [turn.reply[lang]].map((r) => r.slice(0, 12))
        : [current[lang].names[0]];
  const all: ChatMessage[] = [...messages, { role: 'user', content: turn.user }];
  return {
    kind: 'followup',
    lang,
    topic: turn.asks === 'first' ? state.first.id : current.id,
    messages: all,
    expect,
    replyLang,
    asks: turn.asks,
  };
}

function scopeItems(lang: Lang): HeldoutItem[] {
  const prompts = [
    ...OFF_TOPIC[lang].heldout,
    ...(['greeting', 'thanks', 'self', 'bye'] as const).flatMap((k) => SOCIAL[lang][k].heldout),
  ];
  return prompts.map((p) => ({
    kind: 'scope',
    lang,
    topic: null,
    messages: [{ role: 'user', content: p }],
    expect: [SCOPE_KEY[lang]],
    replyLang: lang,
    asks: 'scope',
  }));
}

/** Every held-out item, deterministic in `rand`. */
export function heldoutItems(rand: () => number, ctx: DialogueContext): HeldoutItem[] {
  const items: HeldoutItem[] = [];
  for (const t of ctx.topics) {
    for (const lang of LANGS) {
      items.push(...topicItems(rand, t, lang));
      let b = pick(rand, ctx.topics);
      while (b.id === t.id) b = pick(rand, ctx.topics);
      items.push(followUpItem(rand, ctx, t, lang, null), followUpItem(rand, ctx, t, lang, b));
    }
  }
  for (const lang of LANGS) items.push(...scopeItems(lang));
  return items;
}
