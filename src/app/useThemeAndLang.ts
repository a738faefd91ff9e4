/** Applies the shown theme and the chosen language to <html> and i18next. */
import { useEffect } from 'react';
import i18n from '../i18n/index.ts';
import { useSettings } from '../state/settings.ts';
import { useResolvedTheme } from '../ui/useResolvedTheme.ts';

export function useThemeAndLang(): 'light' | 'dark' {
  const lang = useSettings((s) => s.lang);
  const resolved = useResolvedTheme();

  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
    document.documentElement.style.colorScheme = resolved;
  }, [resolved]);

  useEffect(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang]);

  return resolved;
}
