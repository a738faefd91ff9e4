/**
 * The tiny model beside Qwen-1.8B, 7B and 14B: their configurations (report Table 1 and each
 * config.json) and where their parameters live — totals per part and each part's share.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTS } from '../../kernels/reference/paramCount.ts';
import { BarChartView, type Row } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import type { LabModel } from './archModels.ts';
import { fmtCompact, fmtInt, fmtPct } from '../../ui/format.ts';
import { MODEL_IDS } from './meta.ts';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

export const ConfigTable = memo(function ConfigTable({
  models,
  selected,
}: {
  models: LabModel[];
  selected: string;
}) {
  const { t, i18n } = useTranslation('model');
  const yes = t('configs.yes');
  const no = t('configs.no');
  const dash = '—';
  const rows: [string, (m: LabModel) => string][] = [
    ['params', (m) => fmtCompact(m.counts.total, i18n.language)],
    ['hidden', (m) => fmtInt(m.arch.hidden)],
    ['heads', (m) => String(m.arch.heads)],
    ['kvHeads', (m) => String(m.arch.kvHeads)],
    ['headDim', (m) => String(m.arch.headDim)],
    ['layers', (m) => String(m.arch.layers)],
    ['intermediate', (m) => fmtInt(m.arch.intermediate)],
    ['configIntermediate', (m) => fmtInt(m.configIntermediate)],
    ['vocab', (m) => fmtInt(m.arch.vocab)],
    ['context', (m) => fmtInt(m.context)],
    ['qkvBias', (m) => (m.arch.qkvBias ? yes : no)],
    ['tied', (m) => (m.arch.tiedEmbeddings ? yes : no)],
    ['lr', (m) => (m.training ? m.training.learningRate.toExponential(1) : dash)],
    ['batch', (m) => (m.training ? fmtCompact(m.training.batchTokens, i18n.language) : dash)],
    ['tokens', (m) => (m.training ? trillions(m.training.trainingTokens, i18n.language) : dash)],
  ];
  return (
    <Figure
      explain={
        <Explain text={t('configs.text')} section="§2.1, §2.3, Table 1" title={t('configs.why')} />
      }
    >
      <h2>{t('configs.title')}</h2>
      <ScrollBox label={t('configs.title')}>
        <table className="data mp-config" data-testid="config-table">
          <thead>
            <tr>
              <th>{t('configs.field')}</th>
              {models.map((m) => (
                <th key={m.id} aria-current={m.id === selected ? 'true' : undefined}>
                  {m.id === 'tiny' ? t('models.tinyShort') : m.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, f]) => (
              <tr key={key} data-field={key}>
                <th scope="row">{t(`configs.${key}`)}</th>
                {models.map((m) => (
                  <td key={m.id}>{f(m)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="hint">{t('configs.note')}</p>
    </Figure>
  );
});

function trillions(n: number, lang: string): string {
  return lang.startsWith('zh') ? `${+(n / 1e12).toFixed(1)} 万亿` : `${+(n / 1e12).toFixed(1)} T`;
}

export const ParamShares = memo(function ParamShares({ models }: { models: LabModel[] }) {
  const { t } = useTranslation('model');
  const data: Row[] = PARTS.map((p) => {
    const r: Row = { part: t(`parts.${p}`) };
    for (const m of models) r[m.id] = +(m.counts.shares[p] * 100).toFixed(2);
    return r;
  });
  return (
    <Figure explain={<Explain text={t('shares.text')} section="§2.3" title={t('shares.why')} />}>
      <h2>{t('shares.title')}</h2>
      <BarChartView
        testId="chart-shares"
        ariaLabel={t('shares.title')}
        data={data}
        x={{ key: 'part', label: t('shares.x') }}
        y={{ label: t('shares.y'), domain: [0, 100], tickFormat: (v) => `${v}%` }}
        // Stable colours per model, the tiny one last (it may load after the others are drawn).
        series={[...models]
          .sort((a, b) => (a.id === 'tiny' ? 1 : 0) - (b.id === 'tiny' ? 1 : 0))
          .map((m) => ({
            key: m.id,
            name: m.id === 'tiny' ? t('models.tinyShort') : m.name,
            color: MODEL_IDS.indexOf(m.id),
          }))}
        height={280}
      />
      <ScrollBox label={t('shares.title')}>
        <table className="data mp-totals" data-testid="totals-table">
          <thead>
            <tr>
              <th>{t('shares.model')}</th>
              {PARTS.map((p) => (
                <th key={p}>{t(`parts.${p}`)}</th>
              ))}
              <th>{t('shares.total')}</th>
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <tr key={m.id} data-model={m.id}>
                <th scope="row">{m.id === 'tiny' ? t('models.tinyShort') : m.name}</th>
                {PARTS.map((p) => (
                  <td key={p} title={fmtPct(m.counts.shares[p])}>
                    {fmtInt(m.counts.parts[p])}
                    <br />
                    <span className="mp-share">{fmtPct(m.counts.shares[p])}</span>
                  </td>
                ))}
                <td data-testid={`total-${m.id}`}>{fmtInt(m.counts.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </Figure>
  );
});
