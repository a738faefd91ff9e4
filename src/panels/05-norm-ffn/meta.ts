/** The Norm & FFN lab: its route, report section, titles and URL schema. */
import { NORM_STACK_LIMITS } from '../../kernels/labdata/normStack.ts';
import { bool, num, oneOf, str } from '../../state/urlSchema.ts';
import { definePanel } from '../types.ts';
import { DEFAULT_VECTOR } from './vector.ts';

export const MAX_DEPTH = Math.min(64, NORM_STACK_LIMITS.maxDepth);
export const MULTIPLES = ['1', '32', '64', '128', '256'] as const;

export const normSchema = {
  /** The edited vector, a comma list (see vector.ts). */
  vec: str(DEFAULT_VECTOR, 120),
  scale: num({ default: 1, min: 0.0001, max: 1000, log: true, label: 'norm:controls.scale' }),
  shift: num({ default: 0, min: -4, max: 4, step: 0.05, label: 'norm:controls.shift' }),
  eps: num({ default: 1e-6, min: 1e-8, max: 10, log: true, label: 'norm:controls.eps' }),
  gain: num({ default: 1, min: -2, max: 3, step: 0.05, label: 'norm:controls.gain' }),
  beta: num({ default: 1, min: 0.1, max: 10, log: true, label: 'norm:controls.beta' }),
  width: num({
    default: 4096,
    min: 64,
    max: 16_384,
    integer: true,
    log: true,
    label: 'norm:controls.width',
  }),
  mult: oneOf(MULTIPLES, '128', 'norm:controls.mult'),
  prompt: str('RMSNorm keeps every layer of the residual stream at a steady scale.', 20_000, 3000),
  /** Runs the tiny model (downloads it) without a click, e.g. from a shared link. */
  run: bool(false),
  layer: num({ default: 0, min: 0, max: 63, integer: true, label: 'norm:controls.layer' }),
  near: num({ default: 0.05, min: 0.001, max: 1, log: true, label: 'norm:controls.near' }),
  depth: num({ default: 24, min: 1, max: MAX_DEPTH, integer: true, label: 'norm:controls.depth' }),
  seed: num({ default: 1, min: 1, max: 9999, integer: true, label: 'norm:controls.seed' }),
  bgain: num({ default: 1, min: 0.25, max: 4, log: true, label: 'norm:controls.bgain' }),
};

export default definePanel({
  id: 'norm',
  section: '§2.3',
  texts: {
    en: {
      title: 'Norm & FFN',
      summary:
        'RMSNorm against LayerNorm, SwiGLU against GELU and ReLU, why the FFN shrinks to 8/3 of the width, and why Qwen puts the norm before each block.',
    },
    'zh-CN': {
      title: '归一化与前馈网络',
      summary:
        '对比 RMSNorm 与 LayerNorm、SwiGLU 与 GELU/ReLU，看 FFN 为什么缩到模型宽度的 8/3，以及 Qwen 为什么把归一化放在每个子层之前（Pre-Norm）。',
    },
  },
  schema: normSchema,
  load: () => import('./Panel.tsx'),
});
