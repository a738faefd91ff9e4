/** The Long-context lab: its route, report sections, titles and URL schema. */
import { bool, num, oneOf, str } from '../../state/urlSchema.ts';
import { definePanel } from '../types.ts';
import { TINY_SIZES } from '../../model/tiny.ts';

/**
 * Our layer-wise windows at the tiny model's L (the report gives none): L for the lower half of
 * the layers, doubling above, as `npm run ablation` chooses them (scripts/ablation/main.ts).
 */
const L = TINY_SIZES.context;
export const TINY_WINDOWS = [L, L, 2 * L, 4 * L].join(',');

export const longContextSchema = {
  /** KV cache: longest context timed, and the length of the memory table. */
  kvmax: oneOf(['128', '256', '512', '1024'], '512', 'long-context:controls.kvmax'),
  kvlen: num({
    default: 2048,
    min: 1,
    max: 1_048_576,
    integer: true,
    log: true,
    label: 'long-context:controls.kvlen',
  }),
  kvdtype: oneOf(['bf16', 'fp32'], 'bf16', 'long-context:controls.kvdtype'),
  kvrun: bool(false),
  /** Attention kernels: step-through row and block size, memory-chart block size. */
  row: num({ default: 7, min: 0, max: 7, integer: true, label: 'long-context:controls.row' }),
  block: num({ default: 3, min: 1, max: 8, integer: true, label: 'long-context:controls.block' }),
  tile: num({
    default: 64,
    min: 8,
    max: 256,
    integer: true,
    log: true,
    label: 'long-context:controls.tile',
  }),
  /** Layer-wise windows (one per layer, "inf" = full) and the length the masks are drawn at. */
  win: str(TINY_WINDOWS, 80),
  mlen: num({
    default: 1024,
    min: 16,
    max: 4096,
    integer: true,
    log: true,
    label: 'long-context:controls.mlen',
  }),
  /** Ablation: longest multiple of the training length, and whether it runs on load. */
  amax: oneOf(['2', '4', '8'], '8', 'long-context:controls.amax'),
  /** Same values as EVALUATION_TEXTS in kernels/labdata/ablation.ts (meta stays free of kernel code). */
  atext: oneOf(['dialogues', 'prose'] as const, 'dialogues', 'long-context:controls.atext'),
  arun: bool(false),
  /** Heatmaps: prompt, length it is repeated to, layer, head, scaling options. */
  prompt: str(
    'Qwen reads long text with dynamic NTK, LogN and window attention. 通义千问用动态 NTK、LogN 和窗口注意力读长文本。',
    20_000,
    3600,
  ),
  hlen: num({ default: 384, min: 2, max: 768, integer: true, label: 'long-context:controls.hlen' }),
  layer: num({ default: 0, min: 0, max: 31, integer: true, label: 'long-context:controls.layer' }),
  head: num({ default: 0, min: 0, max: 31, integer: true, label: 'long-context:controls.head' }),
  ntk: bool(false, 'long-context:heat.ntk'),
  logn: bool(false, 'long-context:heat.logn'),
  window: bool(false, 'long-context:heat.window'),
  hrun: bool(false),
};

export default definePanel({
  id: 'long-context',
  section: '§2.4, §2.5, §2.6',
  texts: {
    en: {
      title: 'Long context',
      summary:
        'The KV cache timed live, Flash-style attention step by step, layer-wise window masks, and the report’s long-context ablation (Table 3) recomputed on the tiny model.',
    },
    'zh-CN': {
      title: '长上下文',
      summary:
        '现场计时 KV 缓存，逐步拆解 Flash 式注意力，画出逐层窗口掩码，并在迷你模型上重算报告的长上下文消融实验（表 3）。',
    },
  },
  schema: longContextSchema,
  load: () => import('./Panel.tsx'),
});
