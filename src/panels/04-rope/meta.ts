/** The RoPE and context-scaling lab: its route, report sections, titles and URL schema. */
import { MAX_CONTEXT, SCALING_METHODS } from '../../kernels/reference/ropeScaling.ts';
import { bool, num, oneOf } from '../../state/urlSchema.ts';
import { definePanel } from '../types.ts';

/** Longest target the lab draws; the kernels accept up to MAX_CONTEXT. */
export const MAX_TARGET = Math.min(262_144, MAX_CONTEXT);

export const ropeSchema = {
  base: num({ default: 10000, min: 100, max: 1e8, log: true, label: 'rope:controls.base' }),
  dim: num({ default: 128, min: 8, max: 256, even: true, label: 'rope:controls.dim' }),
  train: num({
    default: 2048,
    min: 16,
    max: 65_536,
    integer: true,
    log: true,
    label: 'rope:controls.train',
  }),
  len: num({
    default: 16_384,
    min: 16,
    max: MAX_TARGET,
    integer: true,
    log: true,
    label: 'rope:controls.len',
  }),
  method: oneOf(SCALING_METHODS, 'qwen-dynamic', 'rope:controls.method'),
  /** With auto, the factor (and α) is target / train. */
  auto: bool(true, 'rope:controls.auto'),
  factor: num({ default: 8, min: 1, max: 256, log: true }),
  bfast: num({ default: 32, min: 1, max: 256, log: true, label: 'rope:controls.bfast' }),
  bslow: num({ default: 1, min: 0.125, max: 64, log: true, label: 'rope:controls.bslow' }),
  lowf: num({ default: 1, min: 0.125, max: 64, log: true, label: 'rope:controls.lowf' }),
  highf: num({ default: 4, min: 0.125, max: 64, log: true, label: 'rope:controls.highf' }),
  pos: num({ default: 100, min: 0, max: MAX_TARGET, integer: true, label: 'rope:controls.pos' }),
  pair: num({ default: 0, min: 0, max: 127, integer: true }),
  thr: num({ default: 0.01, min: 0.0001, max: 3.14, log: true, label: 'rope:controls.thr' }),
};

export default definePanel({
  id: 'rope',
  section: '§2.3, §2.5',
  texts: {
    en: {
      title: 'RoPE & long context',
      summary:
        'Rotary position embedding as clock hands, the RoPE base, and how NTK-aware scaling, dynamic NTK and LogN stretch a 2K-trained model to 16K.',
    },
    'zh-CN': {
      title: 'RoPE 与长上下文',
      summary:
        '把旋转位置编码看成一组转速不同的时钟指针，体会 RoPE 底数的作用，以及 NTK 感知缩放、动态 NTK 和 LogN 如何把 2K 训练的模型拉长到 16K。',
    },
  },
  schema: ropeSchema,
  load: () => import('./Panel.tsx'),
});
