/**
 * The Norm & FFN lab (report §2.3): RMSNorm against LayerNorm, the activations behind SwiGLU, the
 * FFN's 8/3 parameter accounting, the tiny Qwen's norms and gates for a prompt, and Pre-Norm
 * against Post-Norm. Every number comes from src/kernels/ and src/model/; this file lays out the
 * parts and owns the lab's worker.
 */
import { SectionNav } from '../../ui/SectionNav.tsx';
import { useTranslation } from 'react-i18next';
import { useSlice } from '../../ui/useSlice.ts';
import { registerPanelTexts } from '../../i18n/index.ts';
import type { PanelProps } from '../types.ts';
import { ACTIVATION_FIELDS, Activations } from './Activations.tsx';
import { FFN_FIELDS, FfnFigure } from './FfnFigure.tsx';
import type { normSchema } from './meta.ts';
import { NORM_COMPARE_FIELDS, NormCompare } from './NormCompare.tsx';
import { PREPOST_FIELDS, PrePost } from './PrePost.tsx';
import { INSIDE_FIELDS, TinyModelView } from './TinyModelView.tsx';
import { useNormWorker } from './useNormWorker.ts';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import './norm.css';

registerPanelTexts('norm', { en, 'zh-CN': zh });

export default function NormPanel({ state, setState }: PanelProps<typeof normSchema>) {
  const { t } = useTranslation('norm');
  const worker = useNormWorker();
  return (
    <div className="norm-panel">
      <p className="lead">{t('intro')}</p>
      <SectionNav
        label={t('toc.label')}
        items={(['compare', 'act', 'ffn', 'inside', 'prepost'] as const).map((k) => ({
          id: `norm-${k}`,
          text: t(`toc.${k === 'compare' ? 'norm' : k}`),
        }))}
      />
      <section id="norm-compare">
        <NormCompare state={useSlice(state, NORM_COMPARE_FIELDS)} setState={setState} />
      </section>
      <section id="norm-act">
        <Activations state={useSlice(state, ACTIVATION_FIELDS)} setState={setState} />
      </section>
      <section id="norm-ffn">
        <FfnFigure state={useSlice(state, FFN_FIELDS)} setState={setState} />
      </section>
      <section id="norm-inside">
        <TinyModelView
          state={useSlice(state, INSIDE_FIELDS)}
          setState={setState}
          worker={worker.remote}
          restartWorker={worker.restart}
        />
      </section>
      <section id="norm-prepost">
        <PrePost
          state={useSlice(state, PREPOST_FIELDS)}
          setState={setState}
          worker={worker.remote}
          restartWorker={worker.restart}
        />
      </section>
    </div>
  );
}
