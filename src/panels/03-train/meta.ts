/** The Train lab: its route, report section, titles and URL schema. */
import { oneOf, str } from '../../state/urlSchema.ts';
import { definePanel } from '../types.ts';

// The ids are written out here (not imported from src/train) so this eager file stays tiny.
export const PRESET_CHOICES = ['1min', '5min', '20min'] as const;
export const GROUP_IDS = [
  'tokenizer',
  'data',
  'architecture',
  'attention',
  'long-context',
  'alignment',
  'playground',
] as const;
export type GroupId = (typeof GROUP_IDS)[number];
export const LANG_CHOICES = ['both', 'en', 'zh'] as const;

/** The picked themes, a comma list in the URL: unknown ids are dropped, order is the report's. */
export function parseGroups(s: string): GroupId[] {
  const picked = new Set(s.split(',').map((x) => x.trim()));
  return GROUP_IDS.filter((g) => picked.has(g));
}

export const trainSchema = {
  preset: oneOf(PRESET_CHOICES, '1min'),
  groups: str('architecture', 120),
  langs: oneOf(LANG_CHOICES, 'both', 'train:setup.langs'),
  /** What the visitor says to the model in training. */
  prompt: str('What is RoPE?', 400),
  /** 'chat': the prompt as a user turn (ChatML); 'text': the model continues the text. */
  mode: oneOf(['chat', 'text'] as const, 'chat', 'train:talk.mode'),
};

export default definePanel({
  id: 'train',
  section: '§2, §3.1',
  texts: {
    en: {
      title: 'Train',
      summary:
        'Train a tiny Qwen from scratch in this tab on the topics you pick: pretraining, then SFT with the loss on the assistant’s tokens only. Watch the loss fall, talk to the model as it learns, keep the run across reloads and take it to the Chat lab.',
    },
    'zh-CN': {
      title: '训练',
      summary:
        '在本标签页里从零训练一个小 Qwen，语料是你挑的主题：先预训练，再做只在助手词元上算损失的 SFT。看损失下降，边训练边和模型对话，刷新后接着训练，最后带到对话实验室里用。',
    },
  },
  schema: trainSchema,
  load: () => import('./Panel.tsx'),
});
