/**
 * The whole texts of a panel's text fields, kept by the page while its link holds only part of
 * them: in memory, and in sessionStorage so a reload of the tab (or a lab restarted after an
 * error) finds them again. Only texts longer than their link are stored; a storage that is
 * full, blocked or holds something unreadable behaves as empty and never throws.
 *
 * A megabyte written with one setItem is a long task (hundreds of milliseconds on 2 cores), so a
 * text is stored in parts of PART code units, one part per task while the visitor is on the
 * page (`saveFullTextsInSteps`), all at once when the page goes away (`saveFullTexts`). Layout:
 *
 *   qip.fullText.<panel>                    {"v":2,"gen":"<gen>","parts":{"text":16}}
 *   qip.fullText.<panel>#<gen>.text.0 … 15  the text, part by part
 *
 * The index is written after the parts it names, and an older generation's parts are removed
 * only after that, so a save cut short (the page left in the middle) leaves the previous save
 * whole. An index of the first version (the texts themselves in one JSON object) is still read.
 *
 * Deliberately left out: keeping texts across tabs or visits (a link or "copy full text" does).
 */

const KEY_PREFIX = 'qip.fullText.';
/** What one panel may keep in sessionStorage (UTF-16 code units, all fields together). */
const MAX_STORED = 2_200_000;
/** Code units of a text in one stored part (a setItem of a few milliseconds). */
export const PART = 65_536;

export type FullTexts = Readonly<Record<string, string>>;

interface Index {
  v: 2;
  gen: string;
  parts: Record<string, number>;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

const partKey = (panel: string, gen: string, field: string, i: number) =>
  `${KEY_PREFIX}${panel}#${gen}.${field}.${i}`;

/** `text` in parts of at most PART code units, never splitting a surrogate pair. */
export function splitParts(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + PART);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && end - i > 1 && c >= 0xd800 && c <= 0xdbff) end--;
    parts.push(text.slice(i, end));
    i = end;
  }
  return parts;
}

function isIndex(x: unknown): x is Index {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
  const o = x as Record<string, unknown>;
  if (o.v !== 2 || typeof o.gen !== 'string') return false;
  const p = o.parts;
  if (!p || typeof p !== 'object' || Array.isArray(p)) return false;
  return Object.values(p).every((n) => Number.isInteger(n) && (n as number) >= 0);
}

/** Reads a panel's kept texts: an object of strings, anything else gives {}. */
export function loadFullTexts(panel: string): FullTexts {
  try {
    const s = storage();
    const raw = s?.getItem(KEY_PREFIX + panel);
    if (!s || !raw) return {};
    const data: unknown = JSON.parse(raw);
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    const out: Record<string, string> = {};
    if (isIndex(data)) {
      for (const [k, n] of Object.entries(data.parts)) {
        const parts: string[] = [];
        for (let i = 0; i < n; i++) {
          const part = s.getItem(partKey(panel, data.gen, k, i));
          if (part === null) break;
          parts.push(part);
        }
        if (parts.length === n) out[k] = parts.join('');
      }
      return out;
    }
    // The first version: the texts themselves.
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
      if (typeof v === 'string') out[k] = v;
    }
    return out;
  } catch {
    return {};
  }
}

let generations = 0;

/**
 * The writes that store `texts` for a panel, in order, each small: the parts, the index, then
 * the removal of older parts. Texts over MAX_STORED (or none) remove the panel's entry instead.
 */
function writes(s: Storage, panel: string, texts: FullTexts): (() => void)[] {
  const size = Object.values(texts).reduce((n, v) => n + v.length, 0);
  const steps: (() => void)[] = [];
  const index = KEY_PREFIX + panel;
  let gen = '';
  if (Object.keys(texts).length > 0 && size <= MAX_STORED) {
    gen = `${Date.now().toString(36)}-${(generations++).toString(36)}`;
    const parts: Record<string, number> = {};
    for (const [k, v] of Object.entries(texts)) {
      const split = splitParts(v);
      parts[k] = split.length;
      split.forEach((part, i) => steps.push(() => s.setItem(partKey(panel, gen, k, i), part)));
    }
    const value: Index = { v: 2, gen, parts };
    steps.push(() => s.setItem(index, JSON.stringify(value)));
  } else {
    steps.push(() => s.removeItem(index));
  }
  // Parts of any other generation: a previous save, or one cut short.
  steps.push(() => removeParts(s, panel, gen));
  return steps;
}

/** Removes a panel's stored parts, except those of generation `keep`. */
function removeParts(s: Storage, panel: string, keep: string): void {
  const mine = `${KEY_PREFIX}${panel}#`;
  const stale: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(mine) && (keep === '' || !key.startsWith(`${mine}${keep}.`)))
      stale.push(key);
  }
  for (const key of stale) s.removeItem(key);
}

/** After a failed save: removes the parts its index does not name (the previous save stays). */
function undo(s: Storage, panel: string): void {
  try {
    const raw = s.getItem(KEY_PREFIX + panel);
    const data: unknown = raw ? JSON.parse(raw) : null;
    removeParts(s, panel, isIndex(data) ? data.gen : '');
  } catch {
    // Blocked: nothing more to do.
  }
}

/** Writes a panel's kept texts now, all parts in this task (an empty object removes the entry). */
export function saveFullTexts(panel: string, texts: FullTexts): void {
  const s = storage();
  if (!s) return;
  const steps = writes(s, panel, texts);
  try {
    for (const step of steps) step();
  } catch {
    // Full or blocked: the texts stay in memory for this page.
    undo(s, panel);
  }
}

/**
 * Writes a panel's kept texts one part per task. Returns `stop`, which drops the writes not yet
 * made (the previous save stays whole until this one's index is written) and says whether this
 * save had finished.
 */
export function saveFullTextsInSteps(
  panel: string,
  texts: FullTexts,
  later: (step: () => void) => void = (step) => setTimeout(step),
): () => boolean {
  const s = storage();
  if (!s) return () => true;
  const steps = writes(s, panel, texts);
  let next = 0;
  let over = false;
  const run = () => {
    if (over) return;
    try {
      steps[next++]();
    } catch {
      undo(s, panel);
      over = true;
      return;
    }
    if (next < steps.length) later(run);
    else over = true;
  };
  later(run);
  return () => {
    const finished = over;
    over = true;
    return finished;
  };
}
