/**
 * The Norm & FFN lab (report §2.3): RMSNorm against LayerNorm, the activations behind SwiGLU, the
 * FFN's 8/3 parameter accounting, the tiny Qwen's norms and gates for a prompt, and Pre-Norm
 * against Post-Norm. Every number comes from src/kernels/ and src/model/; this file lays out the
 * parts and owns the lab's worker.
 */
import { SectionNav } from '../../ui/SectionNav.tsx';
import { useTranslation } from 'react-i18next';
import { registerPanelTexts } from '../../i18n/index.ts';
import type { PanelProps } from '../types.ts';
import { Activations } from './Activations.tsx';
import { FfnFigure } from './FfnFigure.tsx';
import type { normSchema } from './meta.ts';
import { NormCompare } from './NormCompare.tsx';
import { PrePost } from './PrePost.tsx';
import { TinyModelView } from './TinyModelView.tsx';
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
        <NormCompare state={state} setState={setState} />
      </section>
      <section id="norm-act">
        <Activations state={state} setState={setState} />
      </section>
      <section id="norm-ffn">
        <FfnFigure state={state} setState={setState} />
      </section>
      <section id="norm-inside">
        <TinyModelView
          state={state}
          setState={setState}
          worker={worker.remote}
          restartWorker={worker.restart}
        />
      </section>
      <section id="norm-prepost">
        <PrePost
          state={state}
          setState={setState}
          worker={worker.remote}
          restartWorker={worker.restart}
        />
      </section>
    </div>
  );
}
