import { useTranslation } from 'react-i18next';
import { Select } from '../ui/Select.tsx';
import { PANELS } from '../panels/registry.ts';
import { LANGS, useSettings } from '../state/settings.ts';
import { OfflineStatus, UpdatePrompt } from './OfflineStatus.tsx';

export function Header({ current, theme }: { current: string; theme: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const lang = useSettings((s) => s.lang);
  const setLang = useSettings((s) => s.setLang);
  const setTheme = useSettings((s) => s.setTheme);
  const next = theme === 'dark' ? 'light' : 'dark';

  return (
    <header className="site-header">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('site.skip')}
      </a>
      <div className="header-row">
        <a className="site-name" href="#/">
          {t('site.name')}
        </a>
        <div className="header-tools">
          <OfflineStatus />
          <Select
            label={<span className="visually-hidden">{t('lang.label')}</span>}
            values={LANGS}
            value={lang}
            optionLabel={(l) => t(`lang.${l}`)}
            onChange={setLang}
            className="lang-switch"
            testId="lang-switch"
          />
          <button
            type="button"
            className="theme-toggle"
            onClick={() => setTheme(next)}
            aria-label={t(next === 'dark' ? 'theme.toDark' : 'theme.toLight')}
            title={t(next === 'dark' ? 'theme.toDark' : 'theme.toLight')}
            data-testid="theme-toggle"
          >
            <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
          </button>
        </div>
      </div>
      <UpdatePrompt />
      {PANELS.length > 0 && (
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            <li>
              <a href="#/" aria-current={current === '' ? 'page' : undefined}>
                {t('nav.home')}
              </a>
            </li>
            {PANELS.map((p) => (
              <li key={p.id}>
                <a href={`#/${p.id}`} aria-current={current === p.id ? 'page' : undefined}>
                  {t(`panels.${p.id}.title`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}

/** Hash links are routes here, so the skip link focuses the main region by hand. */
function skipToMain(e: React.MouseEvent) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
