/**
 * What a chosen vocabulary is doing: loading (byte progress while its file downloads, a spinner
 * until the first bytes arrive), failed (a readable message with a retry) or ready (nothing shown here).
 */
import { useTranslation } from 'react-i18next';
import { ByteProgress, Spinner } from '../../ui/LoadProgress.tsx';
import type { VocabState } from './useTokenizerWorker.ts';
import type { VocabId } from './vocabs.ts';

/** Worker error codes → locale keys; other messages are shown as they are. */
export function errorText(t: (k: string, o?: Record<string, unknown>) => string, message: string) {
  if (message.includes('NO_TRAINED')) return t('errors.noTrained');
  if (message.includes('NO_CUSTOM')) return t('errors.noCustom');
  return message;
}

export function VocabStatus({
  id,
  state,
  onRetry,
}: {
  id: VocabId;
  state: VocabState | undefined;
  onRetry?: () => void;
}) {
  const { t } = useTranslation('tokenizer');
  const name = t(`vocab.${id}`);
  if (!state || state.status === 'idle') return null;
  if (state.status === 'loading') {
    return state.progress ? (
      <ByteProgress
        label={t('loading', { name })}
        loaded={state.progress.loaded}
        total={state.progress.total}
      />
    ) : (
      <Spinner label={t('loading', { name })} />
    );
  }
  if (state.status === 'error') {
    const tiny = id === 'tiny' && /HTTP|not valid JSON|web page/.test(state.error);
    return (
      <div className="panel-error" role="alert" data-testid="vocab-error">
        <p>{tiny ? t('errors.tinyMissing') : t('errors.load', { name })}</p>
        <pre className="error-message">{errorText(t, state.error)}</pre>
        {onRetry && !['trained', 'custom'].includes(id) && (
          <button type="button" onClick={onRetry}>
            {t('retry')}
          </button>
        )}
      </div>
    );
  }
  return null;
}
