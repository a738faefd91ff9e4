/** The alignment lab: ChatML and SFT masking, a toy reward model, PPO. Route, texts, URL schema. */
import { bool, num, oneOf, str } from '../../state/urlSchema.ts';
import { definePanel } from '../types.ts';
import { EXAMPLES } from './examples.ts';

export const VOCABS = ['toy', 'tiny', 'qwen'] as const;
export type VocabName = (typeof VOCABS)[number];

export const alignmentSchema = {
  /** The conversation being explored, as JSON. */
  conv: str(EXAMPLES.react, 50_000, 8000),
  vocab: oneOf(VOCABS, 'toy', 'alignment:chatml.vocab'),
  /** Append the generation prompt <|im_start|>assistant\n. */
  gen: bool(false, 'alignment:chatml.gen'),
  /** Reward model: training steps and learning rate of the head. */
  rmsteps: num({
    default: 300,
    min: 10,
    max: 2000,
    integer: true,
    log: true,
    label: 'alignment:reward.steps',
  }),
  rmlr: num({ default: 0.03, min: 0.001, max: 1, log: true, label: 'alignment:reward.lr' }),
  /** Reward model: which bundled question the visitor's reply answers, and the reply. */
  q: num({ default: 0, min: 0, max: 23, integer: true }),
  reply: str('', 5000, 2000),
  /** PPO clip range ε and KL coefficient β. */
  eps: num({ default: 0.2, min: 0.01, max: 1, step: 0.01, label: 'alignment:ppo.eps' }),
  beta: num({ default: 0.3, min: 0, max: 2, step: 0.01, label: 'alignment:ppo.beta' }),
  /** Toy PPO run. */
  lr: num({ default: 0.5, min: 0.01, max: 5, log: true, label: 'alignment:ppo.lr' }),
  epochs: num({ default: 4, min: 1, max: 16, integer: true, label: 'alignment:ppo.epochs' }),
  batch: num({ default: 32, min: 4, max: 256, integer: true, label: 'alignment:ppo.batch' }),
  steps: num({ default: 150, min: 0, max: 400, integer: true, label: 'alignment:ppo.steps' }),
  noise: num({ default: 0.3, min: 0, max: 2, step: 0.05, label: 'alignment:ppo.noise' }),
  seed: num({ default: 1, min: 1, max: 9999, integer: true, label: 'alignment:ppo.seed' }),
  /** GAE. */
  gamma: num({ default: 1, min: 0, max: 1, step: 0.01, label: 'alignment:gae.gamma' }),
  lambda: num({ default: 0.95, min: 0, max: 1, step: 0.01, label: 'alignment:gae.lambda' }),
};

export default definePanel({
  id: 'alignment',
  section: '§3',
  texts: {
    en: {
      title: 'Alignment: SFT, reward model, PPO',
      summary:
        'ChatML and the SFT loss mask, a reward model trained in your browser on preference pairs, and PPO’s clipped objective with a KL penalty on a toy policy.',
    },
    'zh-CN': {
      title: '对齐：SFT、奖励模型与 PPO',
      summary:
        'ChatML 格式与 SFT 损失掩码，在浏览器里用偏好对训练一个奖励模型，以及在玩具策略上观察 PPO 的裁剪目标和 KL 惩罚。',
    },
  },
  schema: alignmentSchema,
  load: () => import('./Panel.tsx'),
});
