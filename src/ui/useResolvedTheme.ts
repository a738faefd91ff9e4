/** The theme on screen: the visitor's choice, or the operating system's when the choice is 'system'. */
import { useEffect, useState } from 'react';
import { resolveTheme, useSettings } from '../state/settings.ts';

const QUERY = '(prefers-color-scheme: dark)';

export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useSettings((s) => s.theme);
  const [systemDark, setSystemDark] = useState(() => window.matchMedia?.(QUERY).matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.(QUERY);
    if (!mq) return;
    const onChange = () => setSystemDark(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  return resolveTheme(choice, systemDark);
}
