import { useTranslation } from 'react-i18next';
import type { UrlNotice } from '../state/urlSchema.ts';

/** Notices listed one by one; the rest are counted. */
const MAX_LISTED = 12;

/** The visible notice for URL values that were clamped, dropped or shortened. Text only. */
export function UrlNotices({
  notices,
  onDismiss,
}: {
  notices: UrlNotice[];
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="url-notice">
      <strong>{t('notice.title')}</strong>
      <ul>
        {notices.slice(0, MAX_LISTED).map((n, i) => (
          <li key={i}>
            {t(`notice.${n.kind}`, { key: n.key, value: n.value, used: n.used ?? '' })}
          </li>
        ))}
      </ul>
      {notices.length > MAX_LISTED && (
        <p data-testid="url-notice-more">
          {t('notice.more', { count: notices.length - MAX_LISTED })}
        </p>
      )}
      <button type="button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
