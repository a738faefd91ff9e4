/**
 * i18next set up for English and 简体中文. Shell strings live in `en.json` / `zh-CN.json` (namespace
 * `common`); each panel ships its own pair in `src/panels/NN-name/locales/` and registers it when
 * its code loads, so a panel's text is not in the first bundle.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zh from './zh-CN.json';
import type { Lang } from '../state/settings.ts';

export const DEFAULT_NS = 'common';

void i18n.use(initReactI18next).init({
  resources: { en: { common: en }, 'zh-CN': { common: zh } },
  lng: 'en',
  fallbackLng: false,
  supportedLngs: ['en', 'zh-CN'],
  ns: [DEFAULT_NS],
  defaultNS: DEFAULT_NS,
  interpolation: { escapeValue: false }, // React escapes; text is never rendered as HTML
  returnNull: false,
  react: { useSuspense: false },
});

export type PanelTexts = Record<Lang, Record<string, unknown>>;

/** Adds a panel's texts under its own namespace (idempotent). */
export function registerPanelTexts(ns: string, texts: PanelTexts): void {
  for (const lang of Object.keys(texts) as Lang[]) {
    if (!i18n.hasResourceBundle(lang, ns))
      i18n.addResourceBundle(lang, ns, texts[lang], true, true);
  }
}

export default i18n;
