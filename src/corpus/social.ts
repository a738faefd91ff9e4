/**
 * Small talk the tiny tutor answers socially: greetings, thanks, questions about the model
 * itself and goodbyes, in English and 简体中文. Each kind gets its scope reply (scope.ts): a
 * greeting back, "you are welcome", the model's honest size, a goodbye, each with the same two
 * suggestions of what to ask.
 *
 * Held out as offtopic.ts is: the `heldout` lists never enter training, and each held-out prompt
 * is a different way of saying it, not a rewording of a training one. The prompts are data, in
 * wordings/social.json.
 */
import type { Lang } from './types.ts';
import prompts from './wordings/social.json';

export type SocialKind = 'greeting' | 'thanks' | 'self' | 'bye';

export const SOCIAL: Record<
  Lang,
  Record<SocialKind, { train: string[]; heldout: string[] }>
> = prompts;
