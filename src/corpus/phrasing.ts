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
 * Deliberately left out: the topics' own written questions (topics/<theme>/<id>.ts), the wordings of
 * follow-up turns (turnWordings.ts) and the replies.
 */
import { WRAP_PARTS } from './phrasingParts.ts';
import type { Lang } from './types.ts';
import SOCIAL_PROMPTS from './wordings/social.json';

export type Split = 'train' | 'heldout';
export type Pool = Record<Lang, Record<Split, string[]>>;

/** Question frames; `{X}` is a topic name. */
export const FRAMES: Pool = {
  en: {
    train: [
      'what is {X}?',
      "what's {X}?",
      'explain {X}',
      'tell me about {X}.',
      'can you explain {X}?',
      'how does {X} work?',
      'what does {X} do?',
      'why does Qwen use {X}?',
      '{X}?',
      '{X} explained',
      'I want to understand {X}.',
      'help me understand {X}',
      'what should I know about {X}?',
      'give me a short explanation of {X}.',
      'describe {X} in a few words',
      'what is the idea behind {X}?',
      'quick question about {X}',
      'so what is {X} exactly',
      'could you tell me about {X}?',
      "I'm confused about {X}.",
      "what's the purpose of {X}?",
      'how is {X} used in Qwen?',
      '{X} in one sentence?',
      'can someone explain {X} to me',
      'what do people mean by {X}?',
      'explain {X} like I am five',
      'what role does {X} play?',
      'I keep hearing about {X}, what is it?',
      'what does the report say about {X}?',
      'teach me {X}',
      'what is the deal with {X}?',
      'how would you summarize {X}?',
      'what is {X} for',
      'whats the use of {X}',
      'why do we need {X}?',
      'how does {X} help?',
      'what is {X} in the Qwen report',
      'can u explain {X}',
      'pls explain {X}',
      'eli5 {X}',
      'what is {X} and how does it work',
      'I read about {X}, what does it mean?',
      "{X}... I don't get it",
      'what does {X} mean',
      'meaning of {X}?',
      'define {X}',
      'so {X}, what is that',
      'explain {X} simply',
      'what is the intuition behind {X}',
      'how do I think about {X}',
      'what makes {X} useful',
      'is {X} important?',
      'tell me how {X} works',
      'can you walk me through {X}',
      '{X} how does that work',
      'what is {X} used for',
      'any idea what {X} is?',
      "I've been wondering about {X}",
      'need help with {X}',
      'can you clarify {X}',
      'summarize {X}',
      'a quick overview of {X}?',
      'what should a beginner know about {X}',
      'how does Qwen do {X}?',
      '{X}',
    ],
    heldout: [
      "what's the point of {X}?",
      '{X}: what is it and why?',
      'could you break down {X} for me?',
      'what exactly is {X} good for',
      'i never understood {X}',
      'how would you describe {X} to a friend?',
      'give me the gist of {X}',
      'whats {X} all about',
      '{X} - how does it work',
      'what problem does {X} solve?',
    ],
  },
  zh: {
    train: [
      '什么是{X}？',
      '{X}是什么？',
      '{X}是什么意思？',
      '给我讲讲{X}。',
      '请介绍一下{X}。',
      '简单说说{X}',
      '我想了解{X}',
      '{X}有什么用？',
      '{X}是怎么工作的？',
      'Qwen 为什么用{X}？',
      '解释一下{X}',
      '{X}？',
      '能讲讲{X}吗？',
      '帮我理解一下{X}',
      '关于{X}，我该知道什么？',
      '{X}指的是什么？',
      '{X}的原理是什么？',
      '问一下，{X}是啥？',
      '{X}到底是什么',
      '我不太懂{X}',
      '用一句话说说{X}',
      '{X}的作用是什么？',
      '像给小孩讲一样解释{X}',
      '报告里的{X}是什么？',
      '{X}怎么用在 Qwen 里？',
      '{X}是干什么用的？',
      '{X}是啥？',
      '{X}是啥意思',
      '啥是{X}',
      '{X}咋回事',
      '{X}有什么意义',
      '为啥要用{X}',
      '为什么需要{X}？',
      '{X}到底有啥用',
      '讲讲{X}呗',
      '说一下{X}',
      '通俗解释一下{X}',
      '{X}的概念是什么',
      '{X}，求解释',
      '小白问一下{X}是什么',
      '{X}是怎么回事',
      '{X}起什么作用',
      '{X}在 Qwen 里是干什么的',
      '{X}用来做什么',
      '介绍下{X}',
      '{X}为什么重要',
      '想问问{X}',
      '{X}能简单讲讲吗',
      '一句话解释{X}',
      '{X}有啥用',
      '{X}的好处是什么',
      '{X}咋工作的',
      '{X}',
      '{X}是个什么概念',
    ],
    heldout: [
      '{X}是干嘛的',
      '{X}有啥意义？',
      '能不能通俗地讲讲{X}',
      '{X}怎么理解',
      '说说{X}的核心思想',
      '{X}解决了什么问题？',
      '科普一下{X}',
      '{X}是个啥东西',
    ],
  },
};

/** Openers before the question and tails after it ('' = none). */
export const OPENERS: Pool = {
  en: {
    train: [
      '',
      '',
      '',
      'hi, ',
      'hey ',
      'ok so ',
      'quick one: ',
      'sorry, ',
      'question: ',
      'um ',
      "I'm reading the Qwen report. ",
      'so ',
      'hey there, ',
      'quick q: ',
      'hmm ',
      'yo ',
      'excuse me, ',
      'I have a question. ',
      'newbie here: ',
      'ok ',
      'can I ask something? ',
      'reading section 2 of the report: ',
      'in the Qwen paper, ',
      'for my class: ',
      'one more: ',
    ],
    heldout: ['', 'hello again, ', 'random question, ', 'studying for a test. '],
  },
  zh: {
    train: [
      '',
      '',
      '',
      '你好，',
      '请问',
      '老师，',
      '那个，',
      '我在读 Qwen 报告，',
      '问个问题：',
      '嗯，',
      '请教一下，',
      '小白求问：',
      '嗨，',
      '请问一下',
      '对了，',
      '老师好，',
      '在看论文，',
      '我想问，',
      '话说，',
      '顺便问下，',
      '诶，',
    ],
    heldout: ['', '打扰一下，', '考考你，', '复习中，'],
  },
};

export const TAILS: Pool = {
  en: {
    train: [
      '',
      '',
      '',
      ' thanks',
      ' please',
      " I don't get it.",
      ' in simple words?',
      " I'm a beginner",
      ' thx',
      ' pls',
      ' ty',
      ' :)',
      ' lol',
      ' in one sentence',
      ' briefly',
      ' for an exam',
      ' I am new to this',
      ' keep it short',
      ' thank you!',
      ' no math please',
      ' my teacher mentioned it today',
      ' I read the report twice and still do not get it',
    ],
    heldout: ['', ' cheers', ' asking for my homework'],
  },
  zh: {
    train: [
      '',
      '',
      '',
      '谢谢',
      '，我是新手',
      '，考试要用',
      '，讲简单点',
      '，谢啦',
      '，在线等',
      '，急',
      '，简单说',
      '，一句话就行',
      '？？',
      '呀',
      '，我看不懂',
      '，面试要用',
      '，感谢',
      '~',
    ],
    heldout: ['', '，多谢', '，写作业用'],
  },
};

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

export const pick = <T>(rand: () => number, xs: readonly T[]): T =>
  xs[Math.floor(rand() * xs.length)];

/**
 * One typo in a word of 5+ letters: two neighbouring letters swapped or one letter dropped.
 *   typo(() => 0, 'explain rope') → 'xeplain rope'
 */
export function typo(rand: () => number, text: string): string {
  const words = [...text.matchAll(/[A-Za-z]{5,}/g)];
  if (words.length === 0) return text;
  const w = pick(rand, words);
  const i = (w.index ?? 0) + Math.floor(rand() * (w[0].length - 1));
  const swapped = rand() < 0.5 ? text[i + 1] + text[i] + text.slice(i + 2) : text.slice(i + 1); // swap or drop
  return text.slice(0, i) + swapped;
}

/** Casual edits a student makes: lowercase, no final punctuation, sometimes a typo. */
export function casual(rand: () => number, lang: Lang, text: string): string {
  let s = text;
  if (lang === 'en' && rand() < 0.5) s = s.toLowerCase();
  else if (lang === 'en' && s.length > 0) s = s[0].toUpperCase() + s.slice(1);
  if (rand() < 0.35) s = s.replace(/[?？.。!！]+$/u, '');
  if (lang === 'en' && rand() < 0.25) s = typo(rand, s);
  if (lang === 'en' && rand() < 0.05) s = typo(rand, s);
  return s;
}

/** One part of a composed opener (probability `p`) followed by one of `joins`, or ''. */
function part(rand: () => number, p: number, parts: string[], joins: string[]): string {
  return rand() < p ? pick(rand, parts) + pick(rand, joins) : '';
}

/** Text without case, spaces and punctuation, for "is this the same wording?". */
export const plain = (x: string) => x.toLowerCase().replace(/[\s?？.。!！,，~～]+/gu, '');

const FINAL_MARKS = /[\s,.!?，。！？~～]+$/u;

/**
 * Small talk said around a question in training, from the small-talk training prompts
 * (wordings/social.json): greetings `before` it, thank-yous `after` it, each without its final
 * mark. A prompt that contains a held-out opener or tail is left out ("好的，多谢" holds the
 * held-out tail "，多谢"), so those stay held out.
 *   SOCIAL_WRAPS.en.after → ['thanks', 'thank you', 'Thanks a lot', …]
 */
export const SOCIAL_WRAPS: Record<Lang, { before: string[]; after: string[] }> = {
  en: socialWraps('en'),
  zh: socialWraps('zh'),
};

function socialWraps(lang: Lang): { before: string[]; after: string[] } {
  const heldout = [...OPENERS[lang].heldout, ...TAILS[lang].heldout].map(plain).filter(Boolean);
  const usable = (xs: string[]) =>
    xs
      .filter((x) => !heldout.some((h) => plain(x).includes(h)))
      .map((x) => x.replace(FINAL_MARKS, ''));
  const prompts = SOCIAL_PROMPTS[lang];
  return { before: usable(prompts.greeting.train), after: usable(prompts.thanks.train) };
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
  const body = tail && !tail.startsWith(' ') ? core.replace(/[?？.。!！]+$/u, '') : core;
  return opener + body + tail;
}

/**
 * A written training question wrapped in a training opener and tail, with casual edits.
 *   decorate(rand, 'en', 'Why does Qwen use RoPE?') → e.g. "ok so why does qwen use rope? thx"
 */
export function decorate(rand: () => number, lang: Lang, question: string): string {
  const opener = trainOpener(rand, lang);
  return casual(rand, lang, wrap(opener, question, trainTail(rand, lang)));
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
