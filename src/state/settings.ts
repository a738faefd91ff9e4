/**
 * Site-wide settings (theme, language) in a zustand store, persisted in localStorage under a
 * versioned key. Corrupt or old stored data is reset with a notice, never a crash (README, Architecture).
 */
import { create } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

interface SettingsState {
  theme: ThemeChoice;
  lang: Lang;
  /** Set when stored settings could not be read and were reset. */
  storageReset: boolean;
  setTheme: (t: ThemeChoice) => void;
  setLang: (l: Lang) => void;
  dismissStorageReset: () => void;
}

export const SETTINGS_KEY = 'qip.settings';
export const SETTINGS_VERSION = 1;

function detectLang(): Lang {
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return nav.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Reads the stored settings; anything malformed is thrown away (and remembered, for the notice). */
function validStored(raw: unknown): { theme: ThemeChoice; lang: Lang } | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const theme = r.theme;
  const lang = r.lang;
  if (theme !== 'system' && theme !== 'light' && theme !== 'dark') return null;
  if (lang !== 'en' && lang !== 'zh-CN') return null;
  return { theme, lang };
}

/** Set when the stored settings could not be parsed (read by `merge` during hydration). */
let corruptStorageFound = false;

/**
 * localStorage that never throws: a parse error or a blocked storage behaves like an empty
 * store and flags the reset, so the page still loads.
 */
const safeStorage = {
  getItem(name: string): string | null {
    try {
      const v = localStorage.getItem(name);
      if (v !== null) JSON.parse(v);
      return v;
    } catch {
      try {
        localStorage.removeItem(name);
      } catch {
        /* storage unavailable */
      }
      corruptStorageFound = true;
      return null;
    }
  },
  setItem(name: string, value: string) {
    try {
      localStorage.setItem(name, value);
    } catch {
      /* quota or privacy mode: settings stay in memory */
    }
  },
  removeItem(name: string) {
    try {
      localStorage.removeItem(name);
    } catch {
      /* ignore */
    }
  },
};

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      theme: 'system',
      lang: detectLang(),
      storageReset: false,
      setTheme: (theme) => set({ theme }),
      setLang: (lang) => set({ lang }),
      dismissStorageReset: () => set({ storageReset: false }),
    }),
    {
      name: SETTINGS_KEY,
      version: SETTINGS_VERSION,
      storage: createJSONStorage(() => safeStorage),
      partialize: (s) => ({ theme: s.theme, lang: s.lang }),
      migrate: () => ({ storageReset: true }) as Partial<SettingsState>,
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) {
          return corruptStorageFound ? { ...current, storageReset: true } : current;
        }
        const ok = validStored(persisted);
        return ok ? { ...current, ...ok } : { ...current, storageReset: true };
      },
    },
  ),
);

/** The theme actually shown: 'system' follows the operating system. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}
