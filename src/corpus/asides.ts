/**
 * Topic questions said next to a request the tiny tutor cannot help with, answered with the
 * topic's answer: the question decides the reply, not the words around it.
 *
 *   withAside(rand, 'en', 'what is rope?') → e.g. 'help me with my physics homework. also, what is rope?'
 *   withAside(rand, 'zh', 'RoPE 是什么？') → e.g. 'RoPE 是什么？另外，今天北京天气怎么样？'
 *
 * Why: off-topic requests are the most varied text in the corpus (homework, weather, poems,
 * "who are you"), so a model trained on them alone learns "unfamiliar words → the scope
 * reply", and a question wrapped in words it has only seen in such requests ("…, for my
 * homework", "考考你") gets "Sorry, I can't help with that". The same requests on their own
 * still get the scope reply (dialogues.ts), so the model has to look for the report's idea.
 *
 * Training only. Held out by construction: an aside is a training off-topic request (the
 * `train` half of offtopic.ts, or a composed one from offtopicCompose.ts that is not a held-out
 * request) or a training "about the model" prompt (social.ts), never one that contains a
 * held-out opener or tail of the phrasing pools.
 *
 * Deliberately left out: greetings and thanks around a question (phrasing.ts, SOCIAL_WRAPS).
 */
import { casual, END_MARKS, pick } from './casual.ts';
import { OFF_TOPIC } from './offtopic.ts';
import { composeOffTopic } from './offtopicCompose.ts';
import { holdsHeldoutWrap } from './phrasing.ts';
import { SOCIAL } from './social.ts';
import type { Lang } from './types.ts';

/** Words between an aside and the question after it ("…? anyway, what is rope?"). */
const LEADS: Record<Lang, string[]> = {
  en: [
    'also, ',
    'anyway, ',
    'never mind. ',
    'oh and ',
    'another thing: ',
    'different question: ',
    'but first, ',
    'and ',
    '',
    'actually, ',
    'ok forget that. ',
    'the real question: ',
  ],
  zh: [
    '另外，',
    '还有，',
    '对了，',
    '算了，',
    '换个问题，',
    '顺便问下，',
    '再问一个：',
    '不说这个了，',
    '言归正传，',
    '',
    '还有个问题，',
    '正经问题：',
  ],
};

/** Words between a question and the aside after it ("what is rope? also, …"). */
const AFTER_LEADS: Record<Lang, string[]> = {
  en: ['also, ', 'and ', 'oh and ', 'btw ', 'ps: ', 'plus ', 'and also '],
  zh: ['另外，', '还有，', '顺便问下，', '对了，', '另外再问下，', '还有'],
};

const usable = (lang: Lang, xs: string[]) => xs.filter((x) => !holdsHeldoutWrap(lang, x));

const WRITTEN: Record<Lang, string[]> = {
  en: usable('en', [...OFF_TOPIC.en.train, ...SOCIAL.en.self.train]),
  zh: usable('zh', [...OFF_TOPIC.zh.train, ...SOCIAL.zh.self.train]),
};

const HELDOUT: Record<Lang, Set<string>> = {
  en: new Set(OFF_TOPIC.en.heldout),
  zh: new Set(OFF_TOPIC.zh.heldout),
};

/** One training request outside the report: written (with "who are you" prompts) or composed. */
function aside(rand: () => number, lang: Lang): string {
  if (rand() < 0.5) return pick(rand, WRITTEN[lang]);
  const heldout = HELDOUT[lang];
  // a composed request is rarely a held-out one; draw again until it is not
  for (;;) {
    const p = composeOffTopic(rand, lang);
    if (!heldout.has(p) && !holdsHeldoutWrap(lang, p)) return p;
  }
}

/** `s` with a final mark, so the next sentence starts clearly ("what is 2+2" → "what is 2+2."). */
const closed = (lang: Lang, s: string) =>
  END_MARKS.test(s) ? s : s + (lang === 'en' ? '.' : '。');

/** `question` with an off-topic request before it (60%) or after it, with casual edits. */
export function withAside(rand: () => number, lang: Lang, question: string): string {
  const a = aside(rand, lang);
  const gap = lang === 'en' ? ' ' : '';
  const text =
    rand() < 0.6
      ? closed(lang, a) + gap + pick(rand, LEADS[lang]) + question
      : closed(lang, question) + gap + pick(rand, AFTER_LEADS[lang]) + a;
  return casual(rand, lang, text);
}
