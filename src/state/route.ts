/**
 * Hash routes: `#/<panel>?<query>`. Pure parse/format functions; the React hook that listens to
 * the browser lives in useRoute.ts.
 *
 *   parseHash('#/rope?base=5e5&embed=1') → { panel: 'rope', params: base=5e5&embed=1, embed: true }
 */
import { cutEncoded } from './urlText.ts';

export interface Route {
  /** '' is the home page. */
  panel: string;
  params: URLSearchParams;
  embed: boolean;
}

/** Longest hash we read; anything past it is ignored (a hostile link cannot make us parse megabytes). */
export const MAX_HASH_LENGTH = 16_384;

export function parseHash(hash: string): Route {
  // Cut between characters: never inside a percent-escape or a UTF-8 sequence.
  let h = cutEncoded(hash, MAX_HASH_LENGTH);
  if (h.startsWith('#')) h = h.slice(1);
  if (h.startsWith('/')) h = h.slice(1);
  const q = h.indexOf('?');
  const path = q < 0 ? h : h.slice(0, q);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
  } catch {
    params = new URLSearchParams();
  }
  let panel = path.replace(/\/+$/, '');
  try {
    panel = decodeURIComponent(panel);
  } catch {
    // keep the raw text; it will simply not match a panel
  }
  return { panel, params, embed: params.get('embed') === '1' };
}

export function formatHash(panel: string, query: string, embed = false): string {
  const parts = [query, embed ? 'embed=1' : ''].filter(Boolean).join('&');
  return `#/${panel}${parts ? '?' + parts : ''}`;
}
