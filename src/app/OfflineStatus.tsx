/**
 * The header's offline control: whether the site is available offline, what it keeps on this
 * device, a button to remove that copy, and the prompt to reload into a new build.
 */
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../ui/LoadProgress.tsx';
import { useOffline } from './offline.ts';
import './OfflineStatus.css';

export function OfflineStatus() {
  const { t } = useTranslation();
  const { status, usage, clear, measure } = useOffline();
  if (status === 'unsupported') return null;
  return (
    <details
      className="offline-menu"
      data-testid="offline-status"
      data-status={status}
      onToggle={(e) => {
        if (e.currentTarget.open) void measure();
      }}
    >
      <summary title={t(`offline.${status}Hint`)}>
        <span className={`offline-dot ${status}`} aria-hidden="true" />
        {t(`offline.${status}`)}
      </summary>
      <div className="offline-panel">
        <p>{t(`offline.${status}Hint`)}</p>
        {usage !== null && status === 'ready' && (
          <p data-testid="offline-usage">{t('offline.usage', { size: formatBytes(usage) })}</p>
        )}
        {status === 'ready' && (
          <button type="button" onClick={() => void clear()} data-testid="offline-clear">
            {t('offline.clear')}
          </button>
        )}
      </div>
    </details>
  );
}

/** A new build is ready: reload into it, or keep the page as it is for now. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { needRefresh, update, dismissUpdate } = useOffline();
  if (!needRefresh) return null;
  return (
    <div className="notice update-prompt" role="status" data-testid="update-prompt">
      <span>{t('offline.updateText')}</span>
      <button type="button" className="primary" onClick={update} data-testid="update-reload">
        {t('offline.updateReload')}
      </button>
      <button type="button" onClick={dismissUpdate}>
        {t('offline.updateLater')}
      </button>
    </div>
  );
}
