/**
 * The shell: header with navigation, language and theme; the routed page; footer. `embed=1`
 * hides the chrome so one panel can sit in an iframe.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './app/useDocumentTitle.ts';
import { Header } from './app/Header.tsx';
import { Home } from './app/Home.tsx';
import { SimpleNotice } from './ui/Notice.tsx';
import { PanelHost } from './app/PanelHost.tsx';
import { useThemeAndLang } from './app/useThemeAndLang.ts';
import { findPanel } from './panels/registry.ts';
import { useSettings } from './state/settings.ts';
import './app/shell.css';
import { useRoute } from './state/useRoute.ts';

export function App() {
  const { t } = useTranslation();
  const theme = useThemeAndLang();
  const { route, replaceQuery } = useRoute();
  const storageReset = useSettings((s) => s.storageReset);
  const dismissStorageReset = useSettings((s) => s.dismissStorageReset);
  const [dismissedPanel, setDismissedPanel] = useState<string | null>(null);

  const meta = route.panel ? findPanel(route.panel) : undefined;
  const unknownPanel = route.panel !== '' && !meta;
  useDocumentTitle(meta?.id);
  const shownPanel =
    unknownPanel && route.panel.length > 40 ? route.panel.slice(0, 40) + '…' : route.panel;

  return (
    <div className={route.embed ? 'app embed' : 'app'}>
      {!route.embed && <Header current={meta ? meta.id : ''} theme={theme} />}
      <main id="main" tabIndex={-1}>
        {storageReset && (
          <SimpleNotice text={t('notice.storageReset')} onDismiss={dismissStorageReset} />
        )}
        {unknownPanel && dismissedPanel !== route.panel && (
          <SimpleNotice
            text={t('notice.unknownPanel', { panel: shownPanel })}
            onDismiss={() => setDismissedPanel(route.panel)}
          />
        )}
        {meta ? (
          <PanelHost key={meta.id} meta={meta} params={route.params} replaceQuery={replaceQuery} />
        ) : (
          <Home />
        )}
      </main>
      {!route.embed && (
        <footer className="site-footer">
          <a href="https://arxiv.org/abs/2309.16609" target="_blank" rel="noopener noreferrer">
            {t('footer.report')}
          </a>
          <span>{t('footer.source')}</span>
        </footer>
      )}
    </div>
  );
}
