/**
 * The small edits every composed prompt of the corpus goes through, and the punctuation they
 * look at: pick one of a list, a typo, casual writing (lowercase, no final mark), and the plain
 * form two wordings are compared in. phrasing.ts (questions), social.ts (small talk) and the
 * other composers all take them from here.
 *
 *   casual(rand, 'en', 'What is RoPE?') → e.g. 'what is rope'
 *   plain('What is RoPE?') → 'whatisrope'
 */
import type { Lang } from './types.ts';

/** A sentence's final question or stop marks: "what is rope?" → "what is rope". */
export const END_MARKS = /[?？.。!！]+$/u;

/** Everything that can trail a short prompt: marks, commas, tildes and spaces ("谢谢～ " → "谢谢"). */
export const TRAILING = /[\s,.!?，。！？~～]+$/u;

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

/**
 * Whether a reader would take `text` for `lang` at all: Chinese holds a Han character or a
 * full-width mark (what a Chinese keyboard types, "kv cache？"), English holds a Latin letter.
 * A training question that fails this is a question in the other language with the wrong
 * answer's language attached ("kv cache" answered in Chinese), so training never uses one.
 *   readsAs('zh', 'kv cache') → false;  readsAs('zh', 'kv cache？') → true
 */
export function readsAs(lang: Lang, text: string): boolean {
  return lang === 'zh'
    ? /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/u.test(text)
    : /[A-Za-z]/.test(text);
}

/** Casual edits a student makes: lowercase, no final punctuation, sometimes a typo. */
export function casual(rand: () => number, lang: Lang, text: string): string {
  let s = text;
  if (lang === 'en' && rand() < 0.5) s = s.toLowerCase();
  else if (lang === 'en' && s.length > 0) s = s[0].toUpperCase() + s.slice(1);
  if (rand() < 0.35) s = s.replace(END_MARKS, '');
  if (lang === 'en' && rand() < 0.25) s = typo(rand, s);
  if (lang === 'en' && rand() < 0.05) s = typo(rand, s);
  return s;
}

/** Text without case, spaces and punctuation, for "is this the same wording?". */
export const plain = (x: string) => x.toLowerCase().replace(/[\s?？.。!！,，~～]+/gu, '');
