/**
 * The RoPE and context-scaling lab (report §2.3, §2.5). Every number comes from the kernels in
 * src/kernels/ (rope.ts, ropeScaling.ts, numerics.ts, logn.ts, ropeLab.ts); this file only lays
 * out controls and charts.
 */
import { registerPanelTexts } from '../../i18n/index.ts';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { ropeLabData, type RopeLabData } from '../../kernels/labdata/ropeLab.ts';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import type { PanelProps } from '../types.ts';
import { ropeSchema } from './meta.ts';
import { settingsOf, type RopeState, type Settings } from './settings.ts';
import { Controls } from './Controls.tsx';
import { Figures } from './Figures.tsx';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import './rope.css';

registerPanelTexts('rope', { en, 'zh-CN': zh });

type Computed = { settings: Settings } & ({ data: RopeLabData } | { error: string });

/** The lab's numbers for one state, computed once per state object (a few ms). */
const computed = new WeakMap<RopeState, Computed>();
function computeFor(state: RopeState): Computed {
  let c = computed.get(state);
  if (!c) {
    const settings = settingsOf(state);
    try {
      c = { settings, data: ropeLabData(settings) };
    } catch (e) {
      c = { settings, error: (e as Error).message };
    }
    computed.set(state, c);
  }
  return c;
}

export default function RopePanel({ state, setState }: PanelProps<typeof ropeSchema>) {
  const { t } = useTranslation('rope');
  // The wavelength and decay charts follow the slider in the same frame; the other figures
  // follow a deferred copy of the state, so dragging stays smooth (Figures.tsx).
  const deferred = useDeferredValue(state);
  const live = computeFor(state);
  const later = computeFor(deferred);
  return (
    <div className="rope-panel">
      <p className="lead">{t('intro')}</p>
      <Controls state={state} setState={setState} factor={live.settings.params.factor} />
      {'error' in live ? (
        <PanelError error={t('error', { message: live.error })} />
      ) : (
        <Figures
          live={live.data}
          liveSettings={live.settings}
          data={'data' in later ? later.data : live.data}
          settings={'data' in later ? later.settings : live.settings}
          state={state}
          setState={setState}
        />
      )}
    </div>
  );
}
