/**
 * Chart wrappers over recharts with one theme: a line chart (linear or log axes, reference
 * lines) and a bar chart. Panels hand in plain rows; animation is off so dragging a slider
 * redraws at once.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartTheme, type ChartTheme } from './chartTheme.ts';

export interface Axis {
  key?: string;
  label: string;
  scale?: 'linear' | 'log';
  domain?: [number | 'auto' | 'dataMin' | 'dataMax', number | 'auto' | 'dataMin' | 'dataMax'];
  tickFormat?: (v: number) => string;
}
export interface Series {
  key: string;
  name: string;
  dashed?: boolean;
  /** Index into the theme's palette (defaults to the series' position). */
  color?: number;
}
export interface RefLine {
  x?: number;
  y?: number;
  label: string;
}

export type Row = Record<string, number | string | null>;

/**
 * Ticks for a log axis: the powers of ten inside the data's range, with 2× and 5× steps when
 * the range spans fewer than three decades. logTicks([3, 4000]) → [5, 10, 20, 50, …, 2000].
 */
export function logTicks(values: Iterable<number>): number[] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v > 0 && Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(hi > lo)) return undefined;
  const decades = Math.log10(hi / lo);
  const steps = decades < 3 ? [1, 2, 5] : [1];
  const stride = Math.max(1, Math.ceil(decades / 8));
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e += stride) {
    for (const m of steps) {
      const v = m * 10 ** e;
      if (v >= lo * 0.999 && v <= hi * 1.001) out.push(v);
    }
  }
  return out.length >= 2 ? out : undefined;
}

function column(data: Row[], key: string): number[] {
  return data.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
}

const compact = (v: number) =>
  Math.abs(v) >= 1e5 || (Math.abs(v) < 1e-2 && v !== 0)
    ? v.toExponential(1)
    : String(+v.toFixed(3));

/** Axis, label, tooltip and legend styling shared by every chart, from the theme. */
function themed(th: ChartTheme) {
  return {
    axis: { stroke: th.muted, tick: { fill: th.muted, fontSize: 12 } },
    xLabel: (value: string) => ({
      value,
      position: 'insideBottom' as const,
      offset: -12,
      fill: th.text,
      fontSize: 12,
    }),
    yLabel: (value: string) => ({
      value,
      angle: -90,
      position: 'insideLeft' as const,
      fill: th.text,
      fontSize: 12,
    }),
    tooltip: { background: th.background, borderColor: th.grid, color: th.text },
    legend: { color: th.text, fontSize: 12, paddingBottom: 4 },
  };
}

interface ChartProps {
  data: Row[];
  x: Axis & { key: string };
  y: Axis;
  series: Series[];
  refLines?: RefLine[];
  height?: number;
  /** Describes the chart for screen readers. */
  ariaLabel: string;
  testId?: string;
}

export function LineChartView({
  data,
  x,
  y,
  series,
  refLines = [],
  height = 260,
  ariaLabel,
  testId,
}: ChartProps) {
  const th = useChartTheme();
  const ui = themed(th);
  const xTicks = x.scale === 'log' ? logTicks(column(data, x.key)) : undefined;
  const yTicks =
    y.scale === 'log' ? logTicks(series.flatMap((s) => column(data, s.key))) : undefined;
  return (
    <figure className="chart" aria-label={ariaLabel} data-testid={testId}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid stroke={th.grid} strokeDasharray="3 3" />
          <XAxis
            dataKey={x.key}
            type="number"
            scale={x.scale ?? 'linear'}
            domain={x.domain ?? ['dataMin', 'dataMax']}
            allowDataOverflow
            ticks={xTicks}
            tickFormatter={x.tickFormat ?? compact}
            {...ui.axis}
            label={ui.xLabel(x.label)}
          />
          <YAxis
            scale={y.scale ?? 'linear'}
            domain={y.domain ?? ['auto', 'auto']}
            allowDataOverflow
            ticks={yTicks}
            tickFormatter={y.tickFormat ?? compact}
            {...ui.axis}
            width={56}
            label={ui.yLabel(y.label)}
          />
          <Tooltip
            contentStyle={ui.tooltip}
            labelFormatter={(v) => `${x.label}: ${compact(Number(v))}`}
            formatter={(v) => (typeof v === 'number' ? compact(v) : String(v))}
          />
          {series.length > 1 && (
            <Legend verticalAlign="top" wrapperStyle={ui.legend} itemSorter={null} />
          )}
          {refLines.map((r, i) => (
            <ReferenceLine
              key={i}
              x={r.x}
              y={r.y}
              stroke={th.muted}
              strokeDasharray="4 4"
              label={{ value: r.label, fill: th.muted, fontSize: 11, position: 'top' }}
            />
          ))}
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={th.series[(s.color ?? i) % th.series.length]}
              strokeDasharray={s.dashed ? '5 4' : undefined}
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function BarChartView({
  data,
  x,
  y,
  series,
  refLines = [],
  height = 260,
  ariaLabel,
  testId,
}: ChartProps) {
  const th = useChartTheme();
  const ui = themed(th);
  return (
    <figure className="chart" aria-label={ariaLabel} data-testid={testId}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid stroke={th.grid} strokeDasharray="3 3" />
          <XAxis dataKey={x.key} {...ui.axis} label={ui.xLabel(x.label)} />
          <YAxis
            domain={y.domain ?? [0, 'auto']}
            tickFormatter={y.tickFormat ?? compact}
            {...ui.axis}
            width={56}
            label={ui.yLabel(y.label)}
          />
          <Tooltip
            contentStyle={ui.tooltip}
            formatter={(v) => (typeof v === 'number' ? compact(v) : String(v))}
          />
          {series.length > 1 && (
            <Legend verticalAlign="top" wrapperStyle={ui.legend} itemSorter={null} />
          )}
          {refLines.map((r, i) => (
            <ReferenceLine
              key={i}
              y={r.y}
              stroke={th.muted}
              strokeDasharray="4 4"
              label={{ value: r.label, fill: th.muted, fontSize: 11 }}
            />
          ))}
          {series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              fill={th.series[(s.color ?? i) % th.series.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
