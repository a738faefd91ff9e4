/**
 * What a panel is to the shell. Each panel folder `src/panels/NN-name/` has:
 *   meta.ts      — eager and tiny: id, report section, title/summary in both languages, URL schema,
 *                  and `load()` that imports the panel's code (its own chunk);
 *   Panel.tsx    — the default export, receiving its URL state;
 *   locales/     — en.json and zh-CN.json with every string the panel shows.
 */
import type { ComponentType } from 'react';
import type { Schema, StateOf } from '../state/urlSchema.ts';
import type { Lang } from '../state/settings.ts';

export interface PanelProps<S extends Schema> {
  state: StateOf<S>;
  /** Merges a patch into the state (clamped by the schema) and writes it to the URL. */
  setState: (patch: Partial<StateOf<S>>) => void;
}

export interface PanelMeta<S extends Schema = Schema> {
  /** Route id: `#/<id>`. Lower-case letters and dashes. */
  id: string;
  /** Where the idea comes from in the Qwen report, e.g. '§2.3, §2.5'. */
  section: string;
  /** Shown in the navigation and on the home page. */
  texts: Record<Lang, { title: string; summary: string }>;
  schema: S;
  load: () => Promise<{ default: ComponentType<PanelProps<S>> }>;
}

/** Helper that keeps the schema's type for the panel's props. */
export function definePanel<S extends Schema>(meta: PanelMeta<S>): PanelMeta<S> {
  return meta;
}
