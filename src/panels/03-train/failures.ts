/**
 * What went wrong in the Train lab, as a code the page translates (locales: `reasons.<code>`,
 * framed by `failures.<action>`), with its numbers and, where it helps, the browser's own
 * message as a details line. The worker and the run store throw a `TrainError`; comlink carries
 * only an error's name and message across, so the failure travels as JSON in the message and
 * `toFailure` reads it back on the page.
 *
 *   new TrainError({ code: 'presetMemory', params: { mb: 90, gb: 0.25 } })
 *   → the page shows t('failures.create', { reason: t('reasons.presetMemory', { mb: 90, gb: 0.25 }) })
 */

export const FAILURE_CODES = [
  /** IndexedDB refused a write: the site's storage quota is used up. */
  'quota',
  /** IndexedDB is not available (private mode, site storage turned off). */
  'storageBlocked',
  /** Another IndexedDB error (its message is the detail). */
  'storage',
  /** The preset needs more memory than the device reports it can spare (`mb`, `gb`). */
  'presetMemory',
  /** The browser could not allocate the run's arrays. */
  'outOfMemory',
  /** The tokenizer's files could not be downloaded. */
  'tokenizer',
  /** The run to open is no longer in IndexedDB. */
  'runGone',
  'noRun',
  'alreadyTraining',
  'emptyPrompt',
  /** The prompt does not fit the model's context (`max` tokens). */
  'promptTooLong',
  /** The visitor already keeps `n` runs. */
  'maxRuns',
  /** Anything else (its message is the detail). */
  'unknown',
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/** What the visitor was doing: the sentence that frames the reason. */
export const FAILURE_ACTIONS = [
  'init',
  'list',
  'create',
  'open',
  'train',
  'stop',
  'delete',
  'talk',
  'export',
] as const;
export type FailureAction = (typeof FAILURE_ACTIONS)[number];

export interface Failure {
  code: FailureCode;
  params?: Record<string, number>;
  /** The browser's or the code's own words, for a details line. */
  detail?: string;
}

const NAME = 'TrainError';

export class TrainError extends Error {
  constructor(
    readonly failure: Failure,
    options?: { cause?: unknown },
  ) {
    super(JSON.stringify(failure), options);
    this.name = NAME;
  }
}

const messageOf = (e: unknown) =>
  e instanceof Error || e instanceof DOMException
    ? `${e.name}: ${e.message}`
    : String((e as { message?: unknown })?.message ?? e);

/** A failure from anything thrown (a TrainError, also one that came through comlink). */
export function toFailure(e: unknown): Failure {
  if (e instanceof TrainError) return e.failure;
  const err = e as { name?: unknown; message?: unknown } | null;
  if (err?.name === NAME && typeof err.message === 'string') {
    try {
      const f = JSON.parse(err.message) as Failure;
      if (typeof f.code === 'string') return f;
    } catch {
      // not ours after all: reported as unknown below
    }
  }
  return { code: 'unknown', detail: messageOf(e) };
}

/** A failure of an IndexedDB call: the quota, storage not allowed, or another storage error. */
export function storageFailure(e: unknown): Failure {
  const name = (e as { name?: string } | null)?.name;
  if (name === NAME) return toFailure(e);
  if (name === 'QuotaExceededError') return { code: 'quota' };
  if (name === 'InvalidStateError' || name === 'SecurityError')
    return { code: 'storageBlocked', detail: messageOf(e) };
  return { code: 'storage', detail: messageOf(e) };
}
