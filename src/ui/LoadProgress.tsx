/** Loading indicators: a spinner for short waits and byte progress for big assets (models, vocabularies). */
import { useTranslation } from 'react-i18next';

export function Spinner({ label }: { label: string }) {
  return (
    <div className="spinner" role="status" aria-live="polite">
      <span className="spinner-dot" aria-hidden="true" />
      {label}
    </div>
  );
}

/** 1536 → "1.5 KB"; binary multiples, one decimal. */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '?';
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

export function ByteProgress({
  label,
  loaded,
  total,
}: {
  label: string;
  loaded: number;
  /** Unknown when the server sends no length. */
  total?: number;
}) {
  const { t } = useTranslation();
  const known = total !== undefined && total > 0;
  return (
    <div className="byte-progress" role="status" aria-live="polite" data-testid="byte-progress">
      <span>{label}</span>
      <progress
        max={known ? total : undefined}
        value={known ? Math.min(loaded, total) : undefined}
        aria-label={label}
      />
      <span className="byte-progress-text">
        {known
          ? t('progress.bytes', { loaded: formatBytes(loaded), total: formatBytes(total) })
          : t('progress.bytesUnknown', { loaded: formatBytes(loaded) })}
      </span>
    </div>
  );
}
