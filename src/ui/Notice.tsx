/** A dismissable notice line (text only), e.g. for reset storage or a truncated conversation. */
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
