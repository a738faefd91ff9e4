/**
 * What the tiny tutor must decline: requests outside the Qwen report, in English and 简体中文.
 * Each gets the scope reply (scope.ts): a short, honest "I am a tiny model that only knows the
 * ideas of the Qwen report", plus two suggestions. Small talk is in social.ts.
 *
 * OFF_TOPIC covers arithmetic, poems and stories, news and sports, weather, general knowledge
 * (capitals, history, science), coding help, translation, advice (health, money,
 * relationships), jokes, recipes and other AI products, in both halves. Casing, punctuation
 * and a few typos vary on purpose, as real visitors type.
 *
 * Held out by construction: the `heldout` lists never enter training (only `train` reaches
 * build.ts's dialogues; heldout.ts scores the tiny model on the rest). A held-out off-topic
 * prompt is a different request from every training one, not a rewording of it, so the score
 * measures whether the model recognizes "outside the report" rather than a memorized string.
 *
 * The requests themselves are data, in wordings/offtopic.json, grouped by kind of request
 * ("arithmetic", "天气", …); a group's name is only for the reader, the lists are used in file
 * order.
 *
 * Deliberately left out: anything the report does cover (tokenizers, attention, training,
 * alignment…), even when phrased casually, small talk (social.ts) and the replies themselves
 * (scope.ts).
 */
import type { Lang } from './types.ts';
import requests from './wordings/offtopic.json';

/** One half's requests in file order, the groups one after the other. */
const flat = (groups: Record<string, string[]>): string[] => Object.values(groups).flat();

export const OFF_TOPIC: Record<Lang, { train: string[]; heldout: string[] }> = {
  en: { train: flat(requests.en.train), heldout: flat(requests.en.heldout) },
  zh: { train: flat(requests.zh.train), heldout: flat(requests.zh.heldout) },
};
