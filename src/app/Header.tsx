import { useTranslation } from 'react-i18next';
import { PANELS } from '../panels/registry.ts';
import { LANGS, useSettings, type Lang } from '../state/settings.ts';
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
          <label className="lang-switch">
            <span className="visually-hidden">{t('lang.label')}</span>
            <select
              value={lang}
              onChange={(e) => setLang(e.target.value as Lang)}
              aria-label={t('lang.label')}
              data-testid="lang-switch"
            >
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          </label>
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
