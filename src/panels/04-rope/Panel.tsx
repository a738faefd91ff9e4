/**
 * The RoPE and context-scaling lab (report §2.3, §2.5). Every number comes from the kernels in
 * src/kernels/ (rope.ts, ropeScaling.ts, numerics.ts, logn.ts, ropeLab.ts); this file only lays
 * out controls and charts.
 */
import { registerPanelTexts } from '../../i18n/index.ts';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ropeLabData, type RopeLabData } from '../../kernels/labdata/ropeLab.ts';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import type { PanelProps } from '../types.ts';
import { ropeSchema } from './meta.ts';
import { settingsOf } from './settings.ts';
import { Controls } from './Controls.tsx';
import { Figures } from './Figures.tsx';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import './rope.css';

registerPanelTexts('rope', { en, 'zh-CN': zh });

export default function RopePanel({ state, setState }: PanelProps<typeof ropeSchema>) {
  const { t } = useTranslation('rope');
  // Charts follow a deferred copy of the state so that dragging a slider stays smooth.
  const deferred = useDeferredValue(state);
  const settings = useMemo(() => settingsOf(deferred), [deferred]);
  const result = useMemo((): { data: RopeLabData } | { error: string } => {
    try {
      return { data: ropeLabData(settings) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [settings]);

  const live = settingsOf(state);
  return (
    <div className="rope-panel">
      <p className="lead">{t('intro')}</p>
      <Controls state={state} setState={setState} factor={live.params.factor} />
      {'error' in result ? (
        <PanelError error={t('error', { message: result.error })} />
      ) : (
        <Figures data={result.data} settings={settings} state={state} setState={setState} />
      )}
    </div>
  );
}
