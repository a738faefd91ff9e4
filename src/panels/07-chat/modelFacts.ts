/**
 * What the chat's "what this model knows" card reads from the model folder's training.json
 * (written by `npm run train`, scripts/train): size, context, training data, held-out scores
 * and topics. Every field is checked on its own; a missing or odd one becomes null, so the card
 * says "not measured" for it instead of showing a wrong number or crashing.
 *
 *   parseModelFacts({ parameters: 1252224, config: { max_position_embeddings: 256 } })
 *     → { parameters: 1252224, context: 256, heldout: { topicEn: null, … }, topics: null, … }
 *
 * Deliberately left out: the curves and held-out replies (the Model lab draws those).
 */

export interface ModelFacts {
  parameters: number | null;
  /** config.max_position_embeddings: prompt and reply together. */
  context: number | null;
  pretrainTokens: number | null;
  sftDialogues: number | null;
  /** Fractions 0..1 of the held-out set, per measure (final.heldout). */
  heldout: {
    topicEn: number | null;
    topicZh: number | null;
    followup: number | null;
    scope: number | null;
  };
  /** An older single score (final.heldoutQuestionScore) over `n` questions, if recorded. */
  legacyScore: { score: number; n: number | null } | null;
  /** Display names of the topics it was taught, or null if not recorded. */
  topics: { id: string; en: string; zh: string }[] | null;
}

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Obj) : {};
const count = (x: unknown, max: number): number | null =>
  Number.isInteger(x) && (x as number) > 0 && (x as number) <= max ? (x as number) : null;
const fraction = (x: unknown): number | null =>
  typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1 ? x : null;
const name = (x: unknown): string | null =>
  typeof x === 'string' && x.trim() !== '' && x.length <= 200 ? x : null;

/** At most this many topics are listed (a card, not a catalogue). */
export const MAX_TOPICS = 200;

export function parseModelFacts(json: unknown): ModelFacts {
  const root = obj(json);
  const config = obj(root.config);
  const data = obj(root.data);
  const final = obj(root.final);
  const heldout = obj(final.heldout);
  const topic = obj(heldout.topic);
  const legacy = fraction(final.heldoutQuestionScore);
  let topics: ModelFacts['topics'] = null;
  if (Array.isArray(root.topics)) {
    const valid = root.topics.flatMap((t: unknown) => {
      const o = obj(t);
      const id = name(o.id);
      const en = name(o.en);
      const zh = name(o.zh);
      return id && en && zh ? [{ id, en, zh }] : [];
    });
    if (valid.length > 0) topics = valid.slice(0, MAX_TOPICS);
  }
  return {
    parameters: count(root.parameters, 1e13),
    context: count(config.max_position_embeddings, 1e8),
    pretrainTokens: count(data.pretrainTokens, 1e13),
    sftDialogues: count(data.sftDialogues, 1e9),
    heldout: {
      topicEn: fraction(topic.en),
      topicZh: fraction(topic.zh),
      followup: fraction(heldout.followup),
      scope: fraction(heldout.scope),
    },
    legacyScore:
      legacy === null
        ? null
        : {
            score: legacy,
            n:
              count(data.heldoutQuestions, 1e7) ??
              (Array.isArray(root.heldoutReplies) ? root.heldoutReplies.length : null),
          },
    topics,
  };
}
