/**
 * The whole texts of a panel's text fields, kept by the page while its link holds only part of
 * them: in memory, and in sessionStorage so a reload of the tab (or a lab restarted after an
 * error) finds them again. Only texts longer than their link are stored; a storage that is
 * full, blocked or holds something unreadable behaves as empty and never throws.
 *
 * Deliberately left out: keeping texts across tabs or visits (a link or "copy full text" does).
 */

const KEY_PREFIX = 'qip.fullText.';
/** What one panel may keep in sessionStorage (UTF-16 code units, all fields together). */
const MAX_STORED = 2_200_000;

export type FullTexts = Readonly<Record<string, string>>;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Reads a panel's kept texts: an object of strings, anything else gives {}. */
export function loadFullTexts(panel: string): FullTexts {
  try {
    const raw = storage()?.getItem(KEY_PREFIX + panel);
    if (!raw) return {};
    const data: unknown = JSON.parse(raw);
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
      if (typeof v === 'string') out[k] = v;
    }
    return out;
  } catch {
    return {};
  }
}

/** Writes a panel's kept texts (an empty object removes the entry). */
export function saveFullTexts(panel: string, texts: FullTexts): void {
  const s = storage();
  if (!s) return;
  try {
    const size = Object.values(texts).reduce((n, v) => n + v.length, 0);
    if (Object.keys(texts).length === 0 || size > MAX_STORED) s.removeItem(KEY_PREFIX + panel);
    else s.setItem(KEY_PREFIX + panel, JSON.stringify(texts));
  } catch {
    // Full or blocked: the texts stay in memory for this page.
  }
}
