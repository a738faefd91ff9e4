/**
 * A failure in the visitor's language (failures.ts): the sentence for what they were doing with
 * the reason in it, and the browser's own message, when there is one, on a details line.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Failure, FailureAction } from './failures.ts';

/** The reason alone, e.g. "the browser has no room left for this site …". */
export const reasonText = (t: TFunction<'train'>, f: Failure): string =>
  t(`reasons.${f.code}`, f.params ?? {});

/** The whole sentence, e.g. "The new run was not started: …". */
export const failureText = (t: TFunction<'train'>, action: FailureAction, f: Failure): string =>
  t(`failures.${action}`, { reason: reasonText(t, f) });

/** The details line under a failure (nothing when it has no detail). */
export function FailureDetail({ failure }: { failure: Failure }) {
  const { t } = useTranslation('train');
  if (!failure.detail) return null;
  return (
    <pre className="error-message tr-detail" data-testid="failure-detail">
      {t('failures.details', { detail: failure.detail })}
    </pre>
  );
}

/** The sentence and the details line (block elements: put them in a div). */
export function FailureText({ action, failure }: { action: FailureAction; failure: Failure }) {
  const { t } = useTranslation('train');
  return (
    <>
      <p className="tr-failure" data-testid="failure-text">
        {failureText(t, action, failure)}
      </p>
      <FailureDetail failure={failure} />
    </>
  );
}
