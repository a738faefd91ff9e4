import { useTranslation } from 'react-i18next';
import { PANELS } from '../panels/registry.ts';

export function Home() {
  const { t } = useTranslation();
  return (
    <div className="home">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <p>{t('home.offline')}</p>
      <h2>{t('home.panels')}</h2>
      {PANELS.length === 0 ? (
        <p>{t('home.none')}</p>
      ) : (
        <ol className="panel-list">
          {PANELS.map((p) => (
            <li key={p.id} className="panel-card">
              <a href={`#/${p.id}`}>
                <span className="panel-card-title">{t(`panels.${p.id}.title`)}</span>
                <span className="panel-card-section">
                  {t('home.section', { section: p.section })}
                </span>
                <span className="panel-card-summary">{t(`panels.${p.id}.summary`)}</span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
