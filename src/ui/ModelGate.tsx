/**
 * Shows the tiny model's download (byte progress), its error with a retry, or the children once
 * it is ready. Panels pass in what `useTinyModel()` returns.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TinyModel } from '../runtime/tinyModel.ts';
import type { TinyModelState } from './useTinyModel.ts';
import { ByteProgress } from './LoadProgress.tsx';
import { PanelError } from './PanelBoundary.tsx';

export function ModelGate({
  state,
  children,
}: {
  state: TinyModelState & { retry: () => void };
  children: (tiny: TinyModel) => ReactNode;
}) {
  const { t } = useTranslation();
  if (state.status === 'error')
    return (
      <PanelError
        error={t('model.failed', { message: state.error.message })}
        onRetry={state.retry}
      />
    );
  if (state.status === 'loading') {
    return (
      <ByteProgress
        label={t('model.loading')}
        loaded={state.progress.loaded}
        total={state.progress.total}
      />
    );
  }
  return <>{children(state.tiny)}</>;
}
