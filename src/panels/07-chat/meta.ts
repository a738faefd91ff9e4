/** The chat lab: talk to the tiny Qwen in ChatML and look inside every token. */
import { num, oneOf, str } from '../../state/urlSchema.ts';
import { definePanel } from '../types.ts';

export const chatSchema = {
  /** 0 = greedy decoding. */
  temp: num({ default: 0, min: 0, max: 2, step: 0.05, label: 'chat:controls.temp' }),
  /** 0 = off. */
  topk: num({ default: 0, min: 0, max: 200, integer: true, label: 'chat:controls.topk' }),
  topp: num({ default: 1, min: 0.05, max: 1, step: 0.01, label: 'chat:controls.topp' }),
  rep: num({ default: 1.1, min: 1, max: 2, step: 0.01, label: 'chat:controls.rep' }),
  max: num({ default: 128, min: 1, max: 512, integer: true, label: 'chat:controls.max' }),
  /** The sampler's seed; empty = a fresh seed for every reply. */
  seed: str('', 10),
  /** '' = the tiny Qwen; 'local:<id>' = a model folder opened in this tab (localModels.ts). */
  model: str('', 40),
  /** Inspect: the reply token looked at, "turn.step" (from 0); empty = closed. */
  insp: str('', 8),
  /** Inspect's view: logit lens, attention, logit attribution, residual stream. */
  iview: oneOf(['lens', 'attn', 'dla', 'resid'] as const, 'lens'),
  /** Inspect's attention layer (from 0) and head (−1 = average of heads). */
  ilayer: num({ default: 0, min: 0, max: 63, integer: true }),
  ihead: num({ default: -1, min: -1, max: 63, integer: true }),
};

export default definePanel({
  id: 'chat',
  section: '§3.1',
  texts: {
    en: {
      title: 'Chat',
      summary:
        'Chat in ChatML with a tiny Qwen trained by this project, running in your tab through transformers.js; see the exact prompt, the SFT loss mask and the top alternatives of every generated token.',
    },
    'zh-CN': {
      title: '对话',
      summary:
        '用 ChatML 与本项目训练的微型 Qwen 对话，它通过 transformers.js 在页面中运行；查看模型看到的完整提示、SFT 损失掩码，以及每个生成词元的候选概率。',
    },
  },
  schema: chatSchema,
  load: () => import('./Panel.tsx'),
});
