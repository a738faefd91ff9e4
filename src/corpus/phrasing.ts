/**
 * How students phrase a question, composed from parts: an opener, a question frame around one
 * of the topic's names, a tail, then casual edits (lowercase, no final punctuation, a typo).
 * English names sometimes go into Chinese frames and Chinese names into English frames, as
 * people write them.
 *
 *   fillFrame('什么是{X}？', 'RoPE') → '什么是 RoPE？'   (a space between Han and Latin)
 *   composeQuestion(rand, 'en', ['RoPE', 'rope'], 'train') → e.g. 'ok so how does rope work'
 *
 * Held-out by construction: every pool here has a `train` and a `heldout` half that share no
 * frame, opener or follow-up wording, and only the `train` halves ever reach the training
 * corpus (build.ts). A held-out question is therefore a frame the model never saw around a
 * name it knows, which is what "understanding the question" means at this scale. Training
 * openers and tails are also composed from the parts in phrasingParts.ts, and written questions
 * and follow-up wordings are wrapped in them (`decorate`, `decorateTurn`); the held-out split
 * never uses them and draws exactly as it did before they existed. Some training questions also
 * come with small talk around them: a training greeting before or a training thank-you after
 * (`SOCIAL_WRAPS`), so a few friendly words next to a question never turn its answer into a
 * "you're welcome".
 *
 * The frame, opener and tail pools themselves are in phrasingPools.ts.
 *
 * Deliberately left out: the topics' own written questions
 * (topics/<theme>/<id>.questions.json), the wordings of follow-up turns (turnWordings.ts) and the
 * replies.
 */
import { WRAP_PARTS } from './phrasingParts.ts';
import type { Lang } from './types.ts';
import { SOCIAL } from './social.ts';
import { casual, END_MARKS, pick, plain, readsAs, TRAILING } from './casual.ts';
import { FRAMES, OPENERS, TAILS, type Pool, type Split } from './phrasingPools.ts';

export { FRAMES, OPENERS, TAILS };
export type { Pool, Split };

const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z0-9]/;

/**
 * Puts `name` into `frame` at `{X}`, with a space wherever a Han character meets a Latin
 * letter or digit, as the corpus writes mixed Chinese ("什么是 RoPE？").
 */
export function fillFrame(frame: string, name: string): string {
  const [before, after] = frame.split('{X}');
  const gapBefore = before && HAN.test(before.at(-1)!) && LATIN.test(name[0]) ? ' ' : '';
  const gapAfter = after && LATIN.test(name.at(-1)!) && HAN.test(after[0]) ? ' ' : '';
  return before + gapBefore + name + gapAfter + after;
}

/** One part of a composed opener (probability `p`) followed by one of `joins`, or ''. */
function part(rand: () => number, p: number, parts: string[], joins: string[]): string {
  return rand() < p ? pick(rand, parts) + pick(rand, joins) : '';
}

/** The held-out openers and tails in their plain form, which `holdsHeldoutWrap` looks for. */
const HELDOUT_WRAPS: Record<Lang, string[]> = {
  en: [...OPENERS.en.heldout, ...TAILS.en.heldout].map(plain).filter(Boolean),
  zh: [...OPENERS.zh.heldout, ...TAILS.zh.heldout].map(plain).filter(Boolean),
};

/**
 * Small talk said around a question in training, from the small-talk training prompts
 * (social.ts): greetings `before` it, thank-yous `after` it, each without its final
 * mark. A prompt that contains a held-out opener or tail is left out ("好的，多谢" holds the
 * held-out tail "，多谢"), so those stay held out.
 *   SOCIAL_WRAPS.en.after → ['thanks', 'thank you', 'Thanks a lot', …]
 */
export const SOCIAL_WRAPS: Record<Lang, { before: string[]; after: string[] }> = {
  en: socialWraps('en'),
  zh: socialWraps('zh'),
};

function socialWraps(lang: Lang): { before: string[]; after: string[] } {
  const usable = (xs: string[]) =>
    xs.filter((x) => !holdsHeldoutWrap(lang, x)).map((x) => x.replace(TRAILING, ''));
  return { before: usable(SOCIAL[lang].greeting.train), after: usable(SOCIAL[lang].thanks.train) };
}

/**
 * Whether `text` contains a held-out opener or tail, so it must not go around a training
 * question ("好的，多谢" holds the held-out tail "，多谢").
 */
export function holdsHeldoutWrap(lang: Lang, text: string): boolean {
  const t = plain(text);
  return HELDOUT_WRAPS[lang].some((h) => t.includes(h));
}

/**
 * A training opener: none, one of the written ones, a training greeting, or one composed from a
 * greeting, some context and a lead-in (phrasingParts.ts).
 *   trainOpener(rand, 'en') → e.g. "hey, I'm new to LLMs. quick question: "
 */
export function trainOpener(rand: () => number, lang: Lang): string {
  const r = rand();
  if (r < 0.3) return '';
  if (r < 0.5) return pick(rand, OPENERS[lang].train);
  if (r < 0.58) {
    const joins = lang === 'en' ? [', ', '! ', '. '] : ['，', '！', '。'];
    return pick(rand, SOCIAL_WRAPS[lang].before) + pick(rand, joins);
  }
  const w = WRAP_PARTS[lang];
  if (lang === 'en') {
    return (
      part(rand, 0.5, w.greetings, [', ', '! ', ' ']) +
      part(rand, 0.35, w.contexts, ['. ', ', ', ' and ']) +
      part(rand, 0.55, w.leadIns, [': ', ', ', ' - ', '. '])
    );
  }
  return (
    part(rand, 0.5, w.greetings, ['，', '！', '～']) +
    part(rand, 0.35, w.contexts, ['，', '。']) +
    part(rand, 0.55, w.leadIns, ['：', '，', ''])
  );
}

/**
 * A training tail: none, one of the written ones, a training thank-you, or one of the wrapping
 * tails. A thank-you after an English question keeps the question mark ("what is rope? thanks").
 */
export function trainTail(rand: () => number, lang: Lang): string {
  const r = rand();
  if (r < 0.35) return '';
  if (r < 0.43) return (lang === 'en' ? ' ' : '，') + pick(rand, SOCIAL_WRAPS[lang].after);
  return pick(rand, r < 0.65 ? TAILS[lang].train : WRAP_PARTS[lang].tails);
}

/**
 * `opener + core + tail`; a tail that does not start with a space replaces the question's
 * final mark ("什么是 RoPE？" + "，谢谢" → "什么是 RoPE，谢谢").
 */
function wrap(opener: string, core: string, tail: string): string {
  const body = tail && !tail.startsWith(' ') ? core.replace(END_MARKS, '') : core;
  return opener + body + tail;
}

/**
 * A written training question wrapped in a training opener and tail, with casual edits.
 *   decorate(rand, 'en', 'Why does Qwen use RoPE?') → e.g. "ok so why does qwen use rope? thx"
 */
export function decorate(rand: () => number, lang: Lang, question: string): string {
  const opener = trainOpener(rand, lang);
  const s = casual(rand, lang, wrap(opener, question, trainTail(rand, lang)));
  // "kv cache？" without its mark is English to any reader: keep the written question then
  return readsAs(lang, s) ? s : question;
}

/**
 * A training follow-up wording, half the time with a short lead and ending ("ok, give an
 * example pls", "嗯，为什么呢") — never one that contains a `heldout` wording.
 */
export function decorateTurn(
  rand: () => number,
  lang: Lang,
  wording: string,
  heldout: readonly string[],
): string {
  if (rand() < 0.5) return wording;
  const w = WRAP_PARTS[lang];
  const lead = pick(rand, w.turnLeads);
  const tail = pick(rand, w.turnTails);
  const s = wrap(lang === 'en' ? `${lead} ` : lead, wording, tail);
  return heldout.some((h) => plain(s).includes(plain(h))) ? wording : s;
}

/**
 * A question composed from an opener, a frame around one of `names`, and a tail, with casual
 * edits. `otherNames` (the topic's names in the other language) go in now and then.
 */
export function composeQuestion(
  rand: () => number,
  lang: Lang,
  names: string[],
  split: Split,
  otherNames: string[] = [],
): string {
  const foreign = otherNames.filter((n) => (lang === 'en' ? HAN.test(n) : !HAN.test(n)));
  const name = foreign.length > 0 && rand() < 0.12 ? pick(rand, foreign) : pick(rand, names);
  const core = fillFrame(pick(rand, FRAMES[lang][split]), name);
  // subtle: the held-out split draws exactly as it always has, so the held-out set stays fixed
  const tail = split === 'train' ? trainTail(rand, lang) : pick(rand, TAILS[lang][split]);
  const opener = split === 'train' ? trainOpener(rand, lang) : pick(rand, OPENERS[lang][split]);
  return casual(rand, lang, wrap(opener, core, tail));
}
