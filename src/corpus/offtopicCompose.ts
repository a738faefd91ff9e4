/**
 * Off-topic requests composed from parts, for training only: arithmetic with fresh numbers,
 * poems and stories about many subjects, weather and sports in many places, general knowledge,
 * coding, translation, advice and recipes, in English and 简体中文. The written lists of
 * offtopic.ts are a few hundred requests; composing gives the tiny model thousands, so it learns
 * "nothing from the Qwen report is asked here" rather than a list of strings.
 *
 *   composeOffTopic(rand, 'en') → e.g. 'can you write a haiku about my cat'
 *   composeOffTopic(rand, 'zh') → e.g. '明天广州会下雨吗'
 *
 * The parts are data, in wordings/offtopicParts.json: subjects, places, foods, code tasks,
 * feelings… per language, with no word that names an idea of the Qwen report.
 *
 * Held out by construction: the parts are not the held-out requests of offtopic.ts, and
 * build.ts drops any composed request that happens to equal a held-out one.
 *
 * Deliberately left out: words that name an idea of the report (tokens, attention, Qwen…), so
 * a composed request is never a real question in disguise.
 */
import { pick } from './casual.ts';
import PARTS from './wordings/offtopicParts.json';
import type { Lang } from './types.ts';

const { en: EN_PARTS, zh: ZH_PARTS } = PARTS;

type Part = readonly string[];
type Template = (rand: () => number) => string;

const num = (rand: () => number, lo: number, hi: number) =>
  String(lo + Math.floor(rand() * (hi - lo + 1)));

/** Fills `{a}`, `{b}`… in `frame` with a pick from the part of the same name. */
function fill(rand: () => number, frame: string, parts: Record<string, Part>): string {
  return frame.replace(/\{(\w+)\}/g, (_, k: string) =>
    k === 'n' ? num(rand, 2, 999) : k === 'm' ? num(rand, 2, 99) : pick(rand, parts[k]),
  );
}

const EN: Template[] = [
  (r) => fill(r, '{polite}what is {n} {op} {m}?', EN_PARTS),
  (r) => fill(r, '{n} {op} {m} = ?', EN_PARTS),
  (r) => fill(r, 'is {n} a prime number', EN_PARTS),
  (r) => fill(r, 'solve {m}x + {n} = {n}', EN_PARTS),
  (r) => fill(r, '{write} {form} about {subject}', EN_PARTS),
  (r) => fill(r, '{polite}{weather} in {city} {when}?', EN_PARTS),
  (r) => fill(r, 'who won {event} in {year}', EN_PARTS),
  (r) => fill(r, '{polite}{who} {thing}?', EN_PARTS),
  (r) => fill(r, '{fact} {country}?', EN_PARTS),
  (r) => fill(r, 'how do I {task} in {code}', EN_PARTS),
  (r) => fill(r, 'write a {code} function to {task}', EN_PARTS),
  (r) => fill(r, 'how do you say "{word}" in {language}?', EN_PARTS),
  (r) => fill(r, 'translate "{word}" into {language}', EN_PARTS),
  (r) => fill(r, '{polite}how can I {life}?', EN_PARTS),
  (r) => fill(r, 'give me a recipe for {dish}', EN_PARTS),
  (r) => fill(r, 'how do I cook {dish}', EN_PARTS),
  (r) => fill(r, 'is {ai} better than you?', EN_PARTS),
  (r) => fill(r, 'what time is it in {city}', EN_PARTS),
  (r) => fill(r, '{polite}what do {animal} eat?', EN_PARTS),
  (r) => fill(r, 'tell me fun facts about {animal}', EN_PARTS),
  (r) => fill(r, 'help me with my {school} homework', EN_PARTS),
  (r) => fill(r, '{polite}how do I get started with {hobby}?', EN_PARTS),
  (r) => fill(r, 'what is the best {product} to buy?', EN_PARTS),
  (r) => fill(r, 'recommend a {genre} {media}', EN_PARTS),
  (r) => fill(r, 'best {place} in {city}?', EN_PARTS),
  (r) => fill(r, 'explain the rules of {sport}', EN_PARTS),
  (r) => fill(r, 'I feel {feeling}, what should I do?', EN_PARTS),
  (r) => fill(r, '{polite}what should I take for {symptom}?', EN_PARTS),
  (r) => fill(r, 'plan a trip to {country} for me', EN_PARTS),
  (r) => fill(r, 'how do I use {ai}', EN_PARTS),
];

const ZH: Template[] = [
  (r) => fill(r, '{polite}{n} {op} {m} 等于多少？', ZH_PARTS),
  (r) => fill(r, '{n}{op}{m}=?', ZH_PARTS),
  (r) => fill(r, '{n} 是质数吗', ZH_PARTS),
  (r) => fill(r, '{write}{form}，关于{subject}', ZH_PARTS),
  (r) => fill(r, '{polite}{city}{when}{weather}', ZH_PARTS),
  (r) => fill(r, '{year}{event}谁赢了？', ZH_PARTS),
  (r) => fill(r, '{thing}{who}？', ZH_PARTS),
  (r) => fill(r, '{country}{fact}？', ZH_PARTS),
  (r) => fill(r, '用 {code} 怎么{task}', ZH_PARTS),
  (r) => fill(r, '{polite}“{word}”用{language}怎么说', ZH_PARTS),
  (r) => fill(r, '把“{word}”翻译成{language}', ZH_PARTS),
  (r) => fill(r, '{polite}怎么才能{life}？', ZH_PARTS),
  (r) => fill(r, '{dish}怎么做', ZH_PARTS),
  (r) => fill(r, '教我做{dish}', ZH_PARTS),
  (r) => fill(r, '{ai}和你谁更厉害', ZH_PARTS),
  (r) => fill(r, '{city}现在几点了', ZH_PARTS),
  (r) => fill(r, '{polite}{animal}吃什么？', ZH_PARTS),
  (r) => fill(r, '讲讲{animal}的冷知识', ZH_PARTS),
  (r) => fill(r, '帮我写{school}作业', ZH_PARTS),
  (r) => fill(r, '{school}考试怎么复习', ZH_PARTS),
  (r) => fill(r, '{polite}怎么入门{hobby}？', ZH_PARTS),
  (r) => fill(r, '{product}买哪个牌子好', ZH_PARTS),
  (r) => fill(r, '推荐点{genre}{media}', ZH_PARTS),
  (r) => fill(r, '{city}有什么好的{place}', ZH_PARTS),
  (r) => fill(r, '{sport}的规则是什么', ZH_PARTS),
  (r) => fill(r, '我好{feeling}，怎么办', ZH_PARTS),
  (r) => fill(r, '{polite}{symptom}吃什么药', ZH_PARTS),
  (r) => fill(r, '帮我规划一下{country}的旅行', ZH_PARTS),
  (r) => fill(r, '{ai}要收费吗', ZH_PARTS),
];

/** One composed off-topic request in `lang`. */
export function composeOffTopic(rand: () => number, lang: Lang): string {
  const s = pick(
    rand,
    lang === 'en' ? EN : ZH,
  )(rand)
    .replace(/\s+/g, ' ')
    .trim();
  return lang === 'en' && rand() < 0.5 ? s[0].toUpperCase() + s.slice(1) : s;
}
