/** An error boundary per panel: a crash inside one lab shows a message and a retry; the rest stays. */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  onRetry: () => void;
}
interface State {
  error: Error | null;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return <PanelError error={this.state.error} onRetry={this.props.onRetry} />;
    }
    return this.props.children;
  }
}

/** The message shown when a panel or one of its async jobs fails. Also used by panels directly. */
export function PanelError({ error, onRetry }: { error: Error | string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = typeof error === 'string' ? error : error.message;
  return (
    <div className="panel-error" role="alert" data-testid="panel-error">
      <p>{t('panel.error')}</p>
      <pre className="error-message">{message}</pre>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('panel.retry')}
        </button>
      )}
    </div>
  );
}
