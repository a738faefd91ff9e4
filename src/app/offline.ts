/// <reference types="vite-plugin-pwa/client" />
/**
 * The offline copy of the site as the page sees it: the service worker (src/sw/sw.ts) is
 * registered once, and this store says whether the site is available offline, whether a new
 * build is waiting for the visitor's consent, and clears the offline copy on request.
 *
 * Not in `npm run dev` (no service worker is built there): the status is then 'unsupported'.
 */
import { create } from 'zustand';
import { registerSW } from 'virtual:pwa-register';

export type OfflineStatus =
  /** No service worker here (an old browser, the dev server, a browser that blocks it). */
  | 'unsupported'
  /** Downloading the app shell for the first time. */
  | 'installing'
  /** The app shell is cached; labs opened once work offline. */
  | 'ready'
  /** The visitor removed the offline copy; it comes back on the next visit. */
  | 'cleared';

interface OfflineState {
  status: OfflineStatus;
  /** A new build is installed and waits until the visitor reloads into it. */
  needRefresh: boolean;
  /** Bytes the site keeps on this device (all its caches), when the browser says. */
  usage: number | null;
  update: () => void;
  dismissUpdate: () => void;
  clear: () => Promise<void>;
  measure: () => Promise<void>;
}

let updateSW: ((reload?: boolean) => Promise<void>) | null = null;

export const useOffline = create<OfflineState>()((set) => ({
  status: 'unsupported',
  needRefresh: false,
  usage: null,
  update: () => {
    set({ needRefresh: false });
    // The waiting worker takes over, then the page reloads into the new build. Reloading on
    // the change of controller ourselves covers a build found while this page was the first
    // visit (Workbox then calls the new worker external and would not reload).
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
      once: true,
    });
    void updateSW?.(true);
  },
  dismissUpdate: () => set({ needRefresh: false }),
  clear: async () => {
    const regs = await navigator.serviceWorker.getRegistrations();
    await Promise.all(regs.map((r) => r.unregister()));
    const keys = await caches.keys();
    await Promise.all(keys.map((k) => caches.delete(k)));
    set({ status: 'cleared', needRefresh: false, usage: null });
  },
  measure: async () => {
    try {
      const e = await navigator.storage?.estimate();
      set({ usage: e?.usage ?? null });
    } catch {
      set({ usage: null });
    }
  },
}));

/** Registers the service worker (once, at start-up) and follows it. */
export function startOffline(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const set = useOffline.setState;
  set({ status: 'installing' });
  updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => set({ needRefresh: true }),
    onOfflineReady: () => set({ status: 'ready' }),
    onRegisteredSW: (_url, reg) => {
      // A returning visitor: the worker was installed on an earlier visit.
      if (reg?.active && navigator.serviceWorker.controller) set({ status: 'ready' });
    },
    // Registration refused (private mode, a blocking policy): the site works online only.
    onRegisterError: () => set({ status: 'unsupported' }),
  });
}
