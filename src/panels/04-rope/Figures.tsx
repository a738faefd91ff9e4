/**
 * The RoPE lab's figures in reading order; the spectrum, decay and heatmap are laid out here.
 * The wavelength and decay charts take the live numbers (they redraw in the frame the base or a
 * length moves); every other figure takes the deferred ones and is memoized, so it redraws just
 * after, without holding up the slider.
 */
import { memo } from 'react';
import { fmtInt } from '../../ui/format.ts';
import { useTranslation } from 'react-i18next';
import { type RopeLabData } from '../../kernels/labdata/ropeLab.ts';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Heatmap } from '../../ui/Heatmap.tsx';
import { LineChartView } from '../../ui/Chart.tsx';
import { count, rows, type RopeState, type Settings } from './settings.ts';
import { RotationFigure } from './RotationFigure.tsx';
import { MethodsFigure } from './MethodsFigure.tsx';
import { PrecisionFigure } from './PrecisionFigure.tsx';
import { LognFigure } from './LognFigure.tsx';

export function Figures({
  live,
  liveSettings,
  data,
  settings,
  state,
  setState,
}: {
  /** The numbers for the state as it is now, and for its deferred copy. */
  live: RopeLabData;
  liveSettings: Settings;
  data: RopeLabData;
  settings: Settings;
  state: RopeState;
  setState: (p: Partial<RopeState>) => void;
}) {
  return (
    <>
      <RotationFigure data={data} settings={settings} setState={setState} />
      <SpectrumFigure data={live} settings={liveSettings} />
      <DecayFigure data={live} settings={liveSettings} />
      <HeatmapFigure data={data} />
      <MethodsFigure data={data} settings={settings} />
      <PrecisionFigure data={data} thr={state.thr} setState={setState} />
      <LognFigure data={data} settings={settings} />
    </>
  );
}

const SpectrumFigure = memo(function SpectrumFigure({
  data,
  settings,
}: {
  data: RopeLabData;
  settings: Settings;
}) {
  const { t } = useTranslation('rope');
  const L = settings.trainLength;
  const T = settings.targetLength;
  return (
    <Figure
      explain={<Explain tex={t('spectrum.tex')} text={t('spectrum.text')} section="§2.3, §2.5" />}
    >
      <h2>{t('spectrum.title')}</h2>
      <LineChartView
        testId="chart-spectrum"
        ariaLabel={t('spectrum.title')}
        data={rows(data.pairs, (i) => ({
          pair: i,
          original: data.spectrum.wavelengthOriginal[i],
          scaled: data.spectrum.wavelengthScaled[i],
        }))}
        x={{ key: 'pair', label: t('spectrum.x'), tickFormat: (v) => String(v) }}
        y={{ label: t('spectrum.y'), scale: 'log', domain: ['auto', 'auto'] }}
        series={[
          { key: 'original', name: t('spectrum.original'), dashed: true, color: 1 },
          { key: 'scaled', name: t('spectrum.scaled'), color: 0 },
        ]}
        refLines={[
          { y: L, label: t('spectrum.train', { n: fmtInt(L) }) },
          { y: T, label: t('spectrum.target', { n: fmtInt(T) }) },
        ]}
      />
      <p data-testid="spectrum-summary">
        {t('spectrum.summary', {
          pairs: data.pairs,
          turn: count(data.spectrum.turnsWithinTraining),
          never: count(data.spectrum.neverTurnsWithinTarget),
          ood: count(data.spectrum.outOfDistribution),
        })}
      </p>
    </Figure>
  );
});

const DecayFigure = memo(function DecayFigure({
  data,
  settings,
}: {
  data: RopeLabData;
  settings: Settings;
}) {
  const { t } = useTranslation('rope');
  const L = settings.trainLength;
  return (
    <Figure explain={<Explain tex={t('decay.tex')} text={t('decay.text')} section="§2.3" />}>
      <h2>{t('decay.title')}</h2>
      <LineChartView
        testId="chart-decay"
        ariaLabel={t('decay.title')}
        data={rows(data.decay.distances.length, (k) => ({
          d: Math.max(1, data.decay.distances[k]),
          current: data.decay.scaled[k],
          plain: data.decay.plain[k],
        }))}
        x={{ key: 'd', label: t('decay.x'), scale: 'log', domain: [1, 'dataMax'] }}
        y={{ label: t('decay.y') }}
        series={[
          { key: 'plain', name: t('decay.plain'), dashed: true, color: 1 },
          { key: 'current', name: t('decay.current'), color: 0 },
        ]}
        refLines={[{ x: L, label: 'L' }]}
      />
    </Figure>
  );
});

const HeatmapFigure = memo(function HeatmapFigure({ data }: { data: RopeLabData }) {
  const { t } = useTranslation('rope');
  return (
    <Figure explain={<Explain tex={t('heatmap.tex')} text={t('heatmap.text')} section="§2.3" />}>
      <h2>{t('heatmap.title')}</h2>
      <Heatmap
        testId="heatmap"
        values={data.heatmap.values}
        rows={data.heatmap.rows}
        cols={data.heatmap.cols}
        min={-1}
        max={1}
        diverging
        rowLabel={(r) => t('heatmap.row', { p: fmtInt(data.heatmap.positions[r]) })}
        colLabel={(c) => t('heatmap.col', { i: c })}
        rowTick={(r) => fmtInt(data.heatmap.positions[r])}
        yLabel={t('heatmap.yAxis')}
        xLabel={t('heatmap.xAxis')}
        valueLabel="cos(m·θᵢ)"
        ariaLabel={t('heatmap.label')}
        height={260}
      />
    </Figure>
  );
});
