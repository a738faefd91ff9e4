/**
 * Small talk the tiny tutor answers socially: greetings, thanks, questions about the model
 * itself and goodbyes, in English and 简体中文. Each kind gets its scope reply (scope.ts): a
 * greeting back, "you are welcome", the model's honest size, a goodbye, each with the same two
 * suggestions of what to ask.
 *
 * Held out as offtopic.ts is: the `heldout` lists never enter training, and each held-out prompt
 * is a different way of saying it, not a rewording of a training one. The prompts are data, in
 * wordings/social.json.
 *
 * Training also composes small talk: a written training prompt with a lead ("oh ", "嗯，"), a
 * name it is said to ("tutor", "老师"), a tail ("!!", " :)", "呀") and casual edits, so the
 * model learns "a few friendly words and no question" rather than sixty strings. The parts are
 * in wordings/socialParts.json; none of them is a held-out prompt, and build.ts drops a
 * composed prompt that happens to read like one.
 *
 *   composeSocial(rand, 'en', 'greeting') → e.g. 'oh hiii tutor :)'
 *   composeSocial(rand, 'zh', 'thanks') → e.g. '嗯，谢谢老师～'
 */
import { casual, pick, TRAILING } from './casual.ts';
import type { Lang } from './types.ts';
import prompts from './wordings/social.json';
import PARTS from './wordings/socialParts.json';

export type SocialKind = 'greeting' | 'thanks' | 'self' | 'bye';

export const SOCIAL: Record<
  Lang,
  Record<SocialKind, { train: string[]; heldout: string[] }>
> = prompts;

/** "hi" → "hiii": the first word's last letter said longer, as people type when they are cheerful. */
const stretch = (rand: () => number, s: string) =>
  s.replace(/^([a-z]*[a-z])\b/i, (w) => w + w[w.length - 1].repeat(1 + Math.floor(rand() * 3)));

/** One composed small-talk prompt of `kind` in `lang`, built on a written training prompt. */
export function composeSocial(rand: () => number, lang: Lang, kind: SocialKind): string {
  const p = PARTS[lang];
  let core = pick(rand, SOCIAL[lang][kind].train);
  const tail = rand() < 0.6 ? pick(rand, p.tails) : '';
  if (tail) core = core.replace(TRAILING, '');
  // a name fits "hi …", "thanks …", "bye …", not "who are you?"
  if (kind !== 'self' && rand() < 0.35) {
    const name = pick(rand, p.names);
    if (lang === 'en') core = `${core.replace(/[,.!]+$/, '')} ${name}`;
    else core = rand() < 0.5 ? `${core.replace(/[，。！～]+$/u, '')}，${name}` : `${name}，${core}`;
  }
  const lead = rand() < 0.3 ? pick(rand, p.leads) : '';
  let s = lead + core + tail;
  if (lang === 'en' && rand() < 0.12) s = stretch(rand, s);
  return casual(rand, lang, s);
}
