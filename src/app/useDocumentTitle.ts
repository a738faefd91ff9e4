/** The tab's title in the page language: "<lab> · <site>", or the site's name on the home page. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(panelId: string | undefined): void {
  const { t, i18n } = useTranslation();
  const site = t('site.name');
  const lab = panelId ? t(`panels.${panelId}.title`) : '';
  useEffect(() => {
    document.title = lab ? `${lab} · ${site}` : site;
  }, [lab, site, i18n.language]);
}
