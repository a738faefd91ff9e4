/** What BF16 does to the angles m·θᵢ, and why Qwen keeps inverse frequencies in FP32. */
import { fmt, fmtInt } from '../../ui/format.ts';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type RopeLabData } from '../../kernels/labdata/ropeLab.ts';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { LineChartView } from '../../ui/Chart.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { ropeSchema } from './meta.ts';
import { rows, type RopeState } from './settings.ts';

export const PrecisionFigure = memo(function PrecisionFigure({
  data,
  thr,
  setState,
}: {
  data: RopeLabData;
  /** The error threshold, live (its slider is in this figure). */
  thr: number;
  setState: (p: Partial<RopeState>) => void;
}) {
  const { t } = useTranslation('rope');
  const p = data.precision;
  // Exact errors at every sampled m ≥ 1 (an exact 0 cannot sit on a log axis: left out).
  const precisionRows = useMemo(
    () =>
      rows(p.positions.length, (k) => ({
        p: p.positions[k],
        fp32: p.fp32Error[k] > 0 ? p.fp32Error[k] : null,
        bf16: p.bf16Error[k] > 0 ? p.bf16Error[k] : null,
      })).filter((r) => (r.p as number) >= 1),
    [p],
  );
  return (
    <Figure
      explain={<Explain tex={t('precision.tex')} text={t('precision.text')} section="§2.3, §2.4" />}
    >
      <h2>{t('precision.title')}</h2>
      <Slider
        field={ropeSchema.thr}
        value={thr}
        format={(v) => fmt(v, 4)}
        onChange={(thr) => setState({ thr })}
        testId="slider-thr"
      />
      <LineChartView
        testId="chart-precision"
        ariaLabel={t('precision.title')}
        data={precisionRows}
        x={{ key: 'p', label: t('precision.x'), scale: 'log', domain: [1, 'dataMax'] }}
        y={{ label: t('precision.y'), scale: 'log' }}
        series={[
          { key: 'fp32', name: 'FP32', color: 0 },
          { key: 'bf16', name: 'BF16', color: 1 },
        ]}
        refLines={[
          { y: p.threshold, label: t('precision.threshold') },
          ...(p.firstBf16Position === null
            ? []
            : [{ x: p.firstBf16Position, label: `BF16 m = ${fmtInt(p.firstBf16Position)}` }]),
        ]}
      />
      <p data-testid="precision-first">
        {p.firstBf16Position === null
          ? t('precision.never', { kind: 'BF16' })
          : t('precision.first', { kind: 'BF16', p: fmtInt(p.firstBf16Position) })}{' '}
        {p.firstFp32Position === null
          ? t('precision.never', { kind: 'FP32' })
          : t('precision.first', { kind: 'FP32', p: fmtInt(p.firstFp32Position) })}
      </p>
    </Figure>
  );
});
