/**
 * Two charts of the Inspect view (drawn by the shared chart layer). Where the logit came from: the chosen token's logit split
 * into the embedding's and every block's direct contribution (through the final norm's scale at
 * that position), adding up to the logit. The residual stream: its norm after each stage and
 * the size of each block's change.
 */
import { useTranslation } from 'react-i18next';
import { BarChartView } from '../Chart.tsx';
import type { InspectResult } from '../../runtime/inspect.worker.ts';
import { stageNames } from './InspectLens.tsx';

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toFixed(3));

export function InspectAttribution({ r, tokenText }: { r: InspectResult; tokenText: string }) {
  const { t } = useTranslation('inspect');
  const a = r.attribution;
  const rows = [
    { name: t('stage.embedding'), value: a.embedding },
    ...a.attention.flatMap((v, l) => [
      { name: t('stage.attention', { l: l + 1 }), value: v },
      { name: t('stage.mlp', { l: l + 1 }), value: a.mlp[l] },
    ]),
  ];
  return (
    <div className="inspect-dla">
      <p className="inspect-note">{t('dla.what')}</p>
      <p className="dla-sum" data-testid="dla-sum">
        {t('dla.sum', { token: tokenText })}{' '}
        <strong data-testid="dla-total" data-value={a.total}>
          {fmt(a.total)}
        </strong>{' '}
        · {t('dla.logit')}{' '}
        <strong data-testid="dla-logit" data-value={a.logit}>
          {fmt(a.logit)}
        </strong>{' '}
        <span className="muted">{t('dla.rms', { rms: a.rms.toFixed(3) })}</span>
      </p>
      <BarChartView
        testId="chart-dla"
        ariaLabel={t('tab.dla')}
        data={rows}
        horizontal
        x={{ key: 'name', label: t('lens.stage') }}
        y={{ label: t('dla.axis'), domain: ['auto', 'auto'] }}
        series={[
          {
            key: 'value',
            name: t('dla.raises'),
            color: 0,
            negative: { name: t('dla.lowers'), color: 1 },
          },
        ]}
        refLines={[{ y: 0, label: '' }]}
        height={40 + rows.length * 22}
      />
    </div>
  );
}

export function InspectResidual({ r }: { r: InspectResult }) {
  const { t } = useTranslation('inspect');
  const names = stageNames((r.residual.norms.length - 1) / 2, t);
  const rows = names.map((name, s) => ({
    name,
    norm: r.residual.norms[s],
    change: s === 0 ? null : r.residual.changes[s - 1],
  }));
  return (
    <div className="inspect-resid">
      <p className="inspect-note">
        {t('resid.what')} {t('resid.legend')}
      </p>
      <BarChartView
        testId="chart-resid"
        ariaLabel={t('tab.resid')}
        data={rows}
        horizontal
        x={{ key: 'name', label: t('lens.stage') }}
        y={{ label: t('resid.axis') }}
        series={[
          { key: 'norm', name: t('resid.norm'), color: 0 },
          { key: 'change', name: t('resid.change'), color: 1 },
        ]}
      />
      <table className="data resid-table" data-testid="resid-table">
        <thead>
          <tr>
            <th scope="col">{t('lens.stage')}</th>
            <th scope="col">{t('resid.norm')}</th>
            <th scope="col">{t('resid.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td>{fmt(row.norm)}</td>
              <td>{row.change === null ? '—' : fmt(row.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
