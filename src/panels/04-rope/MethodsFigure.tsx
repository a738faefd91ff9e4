/** Every scaling method side by side at the chosen factor (PI, NTK, dynamic NTK, YaRN, Llama 3). */
import { fmt, fmtInt } from '../../ui/format.ts';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_CONTEXT,
  MAX_FACTOR,
  SCALING_METHODS,
  ntkBase,
  qwenNtkAlphaSteps,
} from '../../kernels/reference/ropeScaling.ts';
import { type RopeLabData } from '../../kernels/labdata/ropeLab.ts';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { LineChartView, type Row } from '../../ui/Chart.tsx';
import { rows, type Settings } from './settings.ts';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

export const MethodsFigure = memo(function MethodsFigure({
  data,
  settings,
}: {
  data: RopeLabData;
  settings: Settings;
}) {
  const { t } = useTranslation('rope');
  const steps = useMemo(
    () =>
      // The staircase up to the target (at least 16·L), as far as α stays within MAX_FACTOR.
      qwenNtkAlphaSteps(
        settings.trainLength,
        Math.min(MAX_CONTEXT, Math.max(settings.targetLength, settings.trainLength * 16)),
      ).filter((s) => s.alpha <= MAX_FACTOR),
    [settings.trainLength, settings.targetLength],
  );
  const ratioRows = rows(data.pairs, (i) => {
    const r: Row = { pair: i };
    for (const m of data.methods) r[m.method] = m.error ? null : m.ratio[i];
    return r;
  });
  return (
    <Figure explain={<Explain tex={t('methods.tex')} text={t('methods.text')} section="§2.5" />}>
      <h2>{t('methods.title')}</h2>
      <ScrollBox label={t('methods.title')}>
        <table className="data" data-testid="methods-table">
          <thead>
            <tr>
              <th>{t('methods.method')}</th>
              <th>{t('methods.base')}</th>
              <th>{t('methods.alpha')}</th>
              <th>{t('methods.attention')}</th>
            </tr>
          </thead>
          <tbody>
            {data.methods.map((m) => (
              <tr
                key={m.method}
                aria-current={m.method === settings.method ? 'true' : undefined}
                data-method={m.method}
              >
                <td>
                  {m.method === settings.method ? (
                    <strong>{t(`methods.${m.method}`)}</strong>
                  ) : (
                    t(`methods.${m.method}`)
                  )}
                </td>
                <td>
                  {m.error
                    ? t('methods.na')
                    : m.effectiveBase !== undefined
                      ? fmt(m.effectiveBase, 1)
                      : t('methods.perPair')}
                </td>
                <td>{m.alpha !== undefined ? fmt(m.alpha, 3) : '—'}</td>
                <td>{m.error ? '—' : fmt(m.attentionFactor, 5)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <LineChartView
        testId="chart-ratio"
        ariaLabel={t('methods.ratioTitle')}
        data={ratioRows}
        x={{ key: 'pair', label: t('methods.x'), tickFormat: (v) => String(v) }}
        y={{ label: t('methods.y'), scale: 'log', domain: ['auto', 'auto'] }}
        series={SCALING_METHODS.map((m, i) => ({
          key: m,
          name: t(`methods.${m}`),
          color: i,
          dashed: m !== settings.method,
        }))}
      />
      <h3>{t('alphaTable.title')}</h3>
      <ScrollBox label={t('alphaTable.title')}>
        <table className="data" data-testid="alpha-table">
          <thead>
            <tr>
              <th>{t('alphaTable.lengths')}</th>
              <th>α</th>
              <th>{t('alphaTable.base')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.fromLength}>
                <td>
                  {fmtInt(s.fromLength + 1)} – {fmtInt(s.toLength)}
                </td>
                <td>{s.alpha}</td>
                <td>{fmt(ntkBase(settings.base, settings.headDim, s.alpha), 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </Figure>
  );
});
