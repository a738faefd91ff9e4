/**
 * Two charts of the Inspect view. Where the logit came from: the chosen token's logit split
 * into the embedding's and every block's direct contribution (through the final norm's scale at
 * that position), adding up to the logit. The residual stream: its norm after each stage and
 * the size of each block's change.
 */
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  ComposedChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartTheme } from '../chartTheme.ts';
import type { InspectResult } from '../../runtime/inspect.worker.ts';
import { stageNames } from './InspectLens.tsx';

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toFixed(3));

export function InspectAttribution({ r, tokenText }: { r: InspectResult; tokenText: string }) {
  const { t } = useTranslation('inspect');
  const theme = useChartTheme();
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
      <div className="chart" style={{ height: 40 + rows.length * 24 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid stroke={theme.grid} horizontal={false} />
            <XAxis type="number" stroke={theme.muted} tick={{ fill: theme.muted, fontSize: 11 }} />
            <YAxis
              type="category"
              dataKey="name"
              width={92}
              stroke={theme.muted}
              tick={{ fill: theme.text, fontSize: 11 }}
            />
            <ReferenceLine x={0} stroke={theme.muted} />
            <Tooltip
              formatter={(v) => fmt(Number(v))}
              contentStyle={{ background: theme.background, color: theme.text }}
            />
            <Bar dataKey="value" isAnimationActive={false}>
              {rows.map((row, i) => (
                <Cell key={i} fill={row.value >= 0 ? theme.series[0] : theme.series[1]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="data visually-hidden">
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td>{fmt(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function InspectResidual({ r }: { r: InspectResult }) {
  const { t } = useTranslation('inspect');
  const theme = useChartTheme();
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
      <div className="chart" style={{ height: 260 }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ left: 0, right: 8, bottom: 40 }}>
            <CartesianGrid stroke={theme.grid} />
            <XAxis
              dataKey="name"
              stroke={theme.muted}
              tick={{ fill: theme.text, fontSize: 10 }}
              angle={-40}
              textAnchor="end"
              interval={0}
            />
            <YAxis stroke={theme.muted} tick={{ fill: theme.muted, fontSize: 11 }} width={40} />
            <Tooltip
              formatter={(v) => fmt(Number(v))}
              contentStyle={{ background: theme.background, color: theme.text }}
            />
            <Bar
              dataKey="change"
              name={t('resid.change')}
              fill={theme.series[1]}
              isAnimationActive={false}
            />
            <Line
              dataKey="norm"
              name={t('resid.norm')}
              stroke={theme.series[0]}
              strokeWidth={2}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
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
