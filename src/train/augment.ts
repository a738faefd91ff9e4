/**
 * Input noise on the user's turns of SFT dialogues, a training-only augmentation. A student's
 * question arrives with words the model never saw around it (an opener, a tail, a typo, a new
 * frame); the corpus composes many, but never the student's own. Corrupting a few user tokens
 * per epoch, differently each time, teaches the model to answer from the question's content
 * rather than from one exact sequence of tokens. The reply and its loss are never touched:
 * only tokens without loss change, so the SFT loss mask (report §3.1) stays what it was.
 *
 * In a noised turn each token, independently, with probability rate · insertShare gets a random
 * learned token inserted before it, and with probability rate · (1 − insertShare) is replaced by
 * one. Learned tokens are the merges (ids firstId … endId − 1): never a lone byte, never a
 * special token. Insertions only (insertShare 1) never remove a word the question was asked by.
 *
 *   const noise = userTurnNoise(mulberry32(7), { rate: 0.12, share: 0.5, insertShare: 0.5, firstId: 256, endId: 3000 });
 *   noise([512, 871, 1300]) → e.g. [512, 2417, 871, 1300] (one token inserted) or unchanged
 *
 * Deliberately left out: noise on system or assistant turns, and on the dialogues the held-out
 * and training losses are measured on.
 */

export interface UserNoise {
  /** Expected edits per user token in a noised turn. */
  rate: number;
  /** Share of the edits that are insertions; the rest are replacements. */
  insertShare: number;
  /** Share of user turns that are noised at all; the rest stay exactly as written. */
  share: number;
  /** The learned tokens drawn from: ids firstId … endId − 1. */
  firstId: number;
  endId: number;
}

/**
 * What a training run sets; the token range comes from the run's tokenizer. `epochs`: noise
 * only in the first `epochs` SFT epochs, so the last ones are clean; absent = every epoch.
 */
export type UserNoiseSetting = Pick<UserNoise, 'rate' | 'share' | 'insertShare'> & {
  epochs?: number;
};

/** The noise of SFT epoch `e` (0-based): the setting, or none once its `epochs` are over. */
export function noiseForEpoch(setting: UserNoiseSetting, e: number): UserNoiseSetting {
  return setting.epochs !== undefined && e >= setting.epochs ? { ...setting, rate: 0 } : setting;
}

/** A function that returns a noised copy of one user turn's content token ids (or the same ids). */
export function userTurnNoise(rand: () => number, o: UserNoise): (ids: number[]) => number[] {
  for (const k of ['rate', 'share', 'insertShare'] as const)
    if (!(o[k] >= 0 && o[k] <= 1)) throw new Error(`user noise needs ${k} in [0, 1], got ${o[k]}`);
  if (!(o.endId > o.firstId)) throw new Error(`user noise needs endId > firstId`);
  const randomId = () => o.firstId + Math.floor(rand() * (o.endId - o.firstId));
  return (ids) => {
    if (o.rate === 0 || rand() >= o.share) return ids;
    const out: number[] = [];
    for (const id of ids) {
      const r = rand();
      if (r < o.rate * o.insertShare)
        out.push(randomId(), id); // insert before
      else if (r < o.rate)
        out.push(randomId()); // replace
      else out.push(id);
    }
    return out;
  };
}
