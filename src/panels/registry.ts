/**
 * Every panel, in reading order (the order of the Qwen report). Adding a panel: create its
 * folder with meta.ts, Panel.tsx and locales/, then add its meta here. Only panels listed here
 * appear in the navigation and on the home page.
 */
import i18n from '../i18n/index.ts';
import type { Schema } from '../state/urlSchema.ts';
import type { Lang } from '../state/settings.ts';
import type { PanelMeta } from './types.ts';
import tokenizer from './01-tokenizer/meta.ts';
import model from './02-model/meta.ts';
import train from './03-train/meta.ts';
import rope from './04-rope/meta.ts';
import norm from './05-norm-ffn/meta.ts';
import longContext from './06-long-context/meta.ts';
import chat from './07-chat/meta.ts';
import alignment from './08-alignment/meta.ts';

// Panels are typed by their own schemas; the shell only needs the common shape.
const list = [tokenizer, model, train, rope, norm, longContext, chat, alignment] as unknown[];

export const PANELS = list as readonly PanelMeta<Schema>[];

// Titles and summaries are needed before a panel loads (navigation, home page).
for (const p of PANELS) {
  for (const lang of Object.keys(p.texts) as Lang[]) {
    i18n.addResourceBundle(lang, 'common', { panels: { [p.id]: p.texts[lang] } }, true, false);
  }
}

export function findPanel(id: string): PanelMeta<Schema> | undefined {
  return PANELS.find((p) => p.id === id);
}
