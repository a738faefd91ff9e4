/**
 * Notices (text only): a dismissable line, e.g. for reset storage or a truncated conversation;
 * and the line that says a visitor's input (a link value, a text being typed) cannot be read
 * yet. An input problem is not a failure of the lab, so it is never shown as one.
 */
import { useTranslation } from 'react-i18next';

export function SimpleNotice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status" data-testid="notice">
      <span>{text}</span>
      <button type="button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

/** A visitor's input that cannot be read (yet): what is wrong with it, as a calm notice. */
export function InputNotice({ text, testId = 'input-problem' }: { text: string; testId?: string }) {
  return (
    <p className="notice" role="status" data-testid={testId}>
      {text}
    </p>
  );
}
