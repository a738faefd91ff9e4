/**
 * The Long-context lab (report §2.4–2.6): the KV cache (memory formula, generation timed live
 * with and without it), naive against Flash-style attention with a step-through of the online
 * softmax, layer-wise window masks, the Table 3 ablation on the tiny model, and attention
 * heatmaps with RoPE scaling. Every number comes from src/kernels/ and src/model/; this file
 * lays out the parts and owns the lab's worker.
 */
import { SectionNav } from '../../ui/SectionNav.tsx';
import { useTranslation } from 'react-i18next';
import { useSlice } from '../../ui/useSlice.ts';
import { registerPanelTexts } from '../../i18n/index.ts';
import type { PanelProps } from '../types.ts';
import { ABLATION_FIELDS, Ablation } from './Ablation.tsx';
import { HEATMAP_FIELDS, Heatmaps } from './Heatmaps.tsx';
import { KERNEL_FIELDS, Kernels } from './Kernels.tsx';
import { KV_FIELDS, KvCache } from './KvCache.tsx';
import type { longContextSchema } from './meta.ts';
import { useLcWorker } from './useLcWorker.ts';
import { WINDOW_FIELDS, Windows } from './Windows.tsx';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import './lc.css';

registerPanelTexts('long-context', { en, 'zh-CN': zh });

export default function LongContextPanel({
  state,
  setState,
}: PanelProps<typeof longContextSchema>) {
  const { t } = useTranslation('long-context');
  const { worker, restart } = useLcWorker();
  const parts = ['kv', 'kernels', 'windows', 'ablation', 'heatmaps'] as const;
  return (
    <div className="lc-panel">
      <p className="lead">{t('intro')}</p>
      <SectionNav
        label={t('toc.label')}
        items={parts.map((p) => ({ id: `lc-${p}`, text: t(`toc.${p}`) }))}
      />
      <section id="lc-kv">
        <KvCache
          state={useSlice(state, KV_FIELDS)}
          setState={setState}
          worker={worker}
          restartWorker={restart}
        />
      </section>
      <section id="lc-kernels">
        <Kernels state={useSlice(state, KERNEL_FIELDS)} setState={setState} />
      </section>
      <section id="lc-windows">
        <Windows state={useSlice(state, WINDOW_FIELDS)} setState={setState} />
      </section>
      <section id="lc-ablation">
        <Ablation
          state={useSlice(state, ABLATION_FIELDS)}
          setState={setState}
          worker={worker}
          restartWorker={restart}
        />
      </section>
      <section id="lc-heatmaps">
        <Heatmaps
          state={useSlice(state, HEATMAP_FIELDS)}
          setState={setState}
          worker={worker}
          restartWorker={restart}
        />
      </section>
    </div>
  );
}
