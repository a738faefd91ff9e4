/**
 * The Train lab's data: the part of the corpus a visitor picks (themes of topics, languages),
 * turned into pretraining windows (prose and dialogues as plain text, loss on every token) and
 * SFT windows (packed dialogues, loss on assistant tokens only, report §3.1), the held-out
 * dialogues for the held-out loss, and a fixed set of probe questions — the same functions
 * `npm run train` uses (data.ts, sampler.ts), on a subset.
 *
 *   buildLabData({ groups: ['architecture'], langs: ['en'] }, tok, sp, sizes, 1)
 *     → { pretrain, sft, heldoutDialogues, probes, counts: { topics: 10, sftDialogues: …, … } }
 *
 * A dialogue belongs to the selection when every topic it talks about was picked and its user
 * turns are in a picked language. Greetings and off-topic replies (the scope dialogues) belong
 * to every selection, in the share they have in the whole corpus (about 1 in 7.5 dialogues): a
 * few themes would otherwise get all of them and spend most of a short run learning to refuse.
 *
 * Deliberately left out: picking single topics (themes keep the choice short).
 */
import { mulberry32 } from '../kernels/reference/random.ts';
import type { BpeTokenizer } from '../kernels/bpe/tokenizer.ts';
import type { ModelSizes } from '../model/tiny.ts';
import {
  buildCorpus,
  renderChatML,
  shuffle,
  TOPIC_GROUPS,
  topicDocuments,
  type TopicGroupId,
} from '../corpus/build.ts';
import type { ChatMessage, Dialogue, HeldoutItem, Lang, Topic } from '../corpus/types.ts';
import {
  encodeDialogue,
  encodeDocuments,
  packDialogues,
  pretrainStream,
  streamWindows,
  type SpecialIds,
} from './data.ts';
import { EpochSampler } from './sampler.ts';

export interface DataSelection {
  groups: TopicGroupId[];
  langs: Lang[];
}

export interface LabData {
  topics: Topic[];
  pretrain: EpochSampler;
  sft: EpochSampler;
  /** Held-out topic questions with their topic's answer: the held-out loss. */
  heldoutDialogues: ChatMessage[][];
  /** Training dialogues of the same count: the training-dialogue loss beside it. */
  trainDialogues: ChatMessage[][];
  /** The fixed probe questions, answered greedily and scored as training goes. */
  probes: HeldoutItem[];
  /** sftDialogues: the dialogues SFT trains on; sftLeftOut: those longer than a row. */
  counts: {
    topics: number;
    pretrainTokens: number;
    sftDialogues: number;
    sftLeftOut: number;
    sftWindows: number;
  };
}

const HAN = /[\u4e00-\u9fff]/;
/** Held-out dialogues per language for the held-out loss, and probe questions per language. */
const HELDOUT_PER_LANG = 8;
const PROBES_PER_LANG = 4;

/** The language of a dialogue's user turns: 'en', 'zh', or null when they mix. */
export function dialogueLang(d: Dialogue): Lang | null {
  const users = d.messages.filter((m) => m.role === 'user');
  const zh = users.filter((m) => HAN.test(m.content)).length;
  if (zh === 0) return 'en';
  return zh === users.length ? 'zh' : null;
}

/** Whether a dialogue belongs to the selection (see the file comment). */
export function selected(d: Dialogue, topicIds: Set<string>, langs: Lang[]): boolean {
  if (!d.topics.every((t) => t.startsWith('scope:') || topicIds.has(t))) return false;
  const lang = dialogueLang(d);
  return lang === null ? langs.length === 2 : langs.includes(lang);
}

/** Whether a dialogue is a scope dialogue (greeting, thanks, off-topic: the scope reply). */
const isScope = (d: Dialogue) => d.topics.every((t) => t.startsWith('scope:'));

/**
 * The selected dialogues, with the scope dialogues cut to their share of the whole corpus
 * (spread evenly over them, so both languages and every kind of request keep their share).
 */
export function selectDialogues(all: Dialogue[], topicIds: Set<string>, langs: Lang[]): Dialogue[] {
  const scopeAll = all.filter(isScope).length;
  const picked = all.filter((d) => selected(d, topicIds, langs));
  const topical = picked.filter((d) => !isScope(d));
  const scope = picked.filter(isScope);
  const share = scopeAll / Math.max(1, all.length - scopeAll);
  return [...topical, ...spread(scope, Math.round(topical.length * share))];
}

/** Items spread evenly over the list, at most n, in order. */
function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

export function buildLabData(
  sel: DataSelection,
  tok: BpeTokenizer,
  sp: SpecialIds,
  sizes: ModelSizes,
  batch: number,
  seed: number,
): LabData {
  if (sel.groups.length === 0) throw new Error('pick at least one theme of topics');
  if (sel.langs.length === 0) throw new Error('pick at least one language');
  const topics = TOPIC_GROUPS.filter((g) => sel.groups.includes(g.id)).flatMap((g) => g.topics);
  const topicIds = new Set(topics.map((t) => t.id));
  const corpus = buildCorpus(seed, { facts: { layers: sizes.layers, hidden: sizes.hidden } });
  const dialogues = selectDialogues(corpus.sft, topicIds, sel.langs);
  const T = sizes.context;

  const docs = encodeDocuments(tok, [
    ...topics.flatMap((t) => sel.langs.flatMap((lang) => topicDocuments(t, lang))),
    ...dialogues.map((d) => renderChatML(d.messages)),
  ]);
  const encoded = dialogues.map((d) => encodeDialogue(tok, sp, d.messages));
  const rand = (salt: number, e: number) => mulberry32(seed * 1_000_003 + salt * 7919 + e);
  const pretrain = new EpochSampler((e) => {
    const r = rand(1, e);
    return shuffle(streamWindows(pretrainStream(docs, sp, r), T), r);
  }, batch);
  const sft = new EpochSampler((e) => {
    const r = rand(2, e);
    return shuffle(packDialogues(shuffle([...encoded], r), sp, T).windows, r);
  }, batch);

  // (the dialogues longer than a row are left out of SFT; counted, not trained on)
  const packed = packDialogues(encoded, sp, T);
  const byId = new Map(topics.map((t) => [t.id, t]));
  const heldout = corpus.heldout.filter(
    (h) => h.kind === 'topic' && byId.has(h.topic!) && sel.langs.includes(h.lang),
  );
  const perLang = (n: number) =>
    sel.langs.flatMap((lang) =>
      spread(
        heldout.filter((h) => h.lang === lang),
        n,
      ),
    );
  const heldoutDialogues = perLang(HELDOUT_PER_LANG).map((h): ChatMessage[] => [
    ...h.messages,
    { role: 'assistant', content: byId.get(h.topic!)![h.lang].answer },
  ]);
  // Probes: one question per topic as far as they go, so the curve counts topics learned.
  const probes = sel.langs.flatMap((lang) => {
    const firstPerTopic = new Map<string, HeldoutItem>();
    for (const h of heldout)
      if (h.lang === lang && !firstPerTopic.has(h.topic!)) firstPerTopic.set(h.topic!, h);
    return spread([...firstPerTopic.values()], PROBES_PER_LANG);
  });
  const trainDialogues = spread(
    dialogues.filter((d) => d.messages.length <= 3),
    heldoutDialogues.length,
  ).map((d) => d.messages);
  return {
    topics,
    pretrain,
    sft,
    heldoutDialogues,
    trainDialogues,
    probes,
    counts: {
      topics: topics.length,
      pretrainTokens: docs.reduce((n, d) => n + d.length + 1, 0),
      sftDialogues: dialogues.length - packed.dropped,
      sftLeftOut: packed.dropped,
      sftWindows: packed.windows.length,
    },
  };
}
