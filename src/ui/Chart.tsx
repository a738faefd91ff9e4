/**
 * Chart wrappers over recharts with one theme: a line chart (linear or log axes, reference
 * lines) and a bar chart. Panels hand in plain rows; the layer gives every chart its defaults:
 * round ticks in one format per axis (powers of ten on log axes, "log scale" in the axis
 * title), axis titles as text outside the plot so they are never clipped, a legend below the
 * plot, series that coincide drawn so both stay visible (and said to coincide), exact values
 * in tooltips, an accessible name and text summary, and no tab stop. Animation is off so
 * dragging a slider redraws at once.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartTheme } from './chartTheme.ts';
import { ChartFrame, axisTitle, useSummary, type LegendItem } from './ChartFrame.tsx';
import {
  column,
  coincidentSeries,
  resolveAxis,
  summarizeSeries,
  type AxisSpec,
  type Row,
} from './chartAxes.ts';
import { FONT, WrappedTick, themed, wrapLines, yWidth } from './chartParts.tsx';
import { formatExact } from './ticks.ts';

export { logTicks } from './ticks.ts';
export type { Row } from './chartAxes.ts';

export interface Axis extends AxisSpec {
  key?: string;
  label: string;
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

interface ChartProps {
  data: Row[];
  x: Axis & { key: string };
  y: Axis;
  series: Series[];
  refLines?: RefLine[];
  height?: number;
  /** The chart's accessible name (its title). */
  ariaLabel: string;
  /** A sentence added to the automatic text summary (e.g. where a curve crosses a line). */
  summary?: string;
  testId?: string;
  /** Bar charts: categories down the side, bars across (many categories, narrow screens). */
  horizontal?: boolean;
}

const dashOf = (s: Series, hidesEarlier: boolean) =>
  hidesEarlier ? '7 5' : s.dashed ? '5 4' : undefined;

function LineChartInner({
  data,
  x,
  y,
  series,
  refLines = [],
  height = 260,
  ariaLabel,
  summary,
  testId,
}: ChartProps) {
  const { t } = useTranslation();
  const th = useChartTheme();
  const ui = themed(th);
  const summarize = useSummary();
  const xs = resolveAxis(column(data, x.key), x, true);
  const ys = resolveAxis(
    series
      .flatMap((s) => column(data, s.key))
      .concat(refLines.flatMap((r) => (r.y ?? []) as number[])),
    y,
    false,
  );
  const coincide = coincidentSeries(
    data,
    series.map((s) => s.key),
    y.scale === 'log',
  );
  const colorOf = (s: Series, i: number) => th.series[(s.color ?? i) % th.series.length];
  const legend: LegendItem[] = series.map((s, i) => ({
    name: s.name,
    color: colorOf(s, i),
    dash: dashOf(s, coincide.has(i)),
  }));
  const notes = [...coincide].map(([j, i]) =>
    t('chart.coincide', { a: series[i].name, b: series[j].name }),
  );
  const xTitle = axisTitle(t, x.label, x.scale);
  const yTitle = axisTitle(t, y.label, y.scale);
  const text = summarize({
    x: xTitle,
    y: yTitle,
    lines: summarizeSeries(data, series),
    extra: [summary, ...notes].filter(Boolean).join(' '),
  });
  return (
    <ChartFrame
      className="chart"
      ariaLabel={ariaLabel}
      testId={testId}
      yTitle={yTitle}
      xTitle={xTitle}
      legend={legend}
      notes={notes}
      summary={text}
    >
      <div className="chart-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={height}>
          <LineChart
            data={data}
            margin={{ top: 10, right: 18, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={th.grid} strokeDasharray="3 3" />
            <XAxis
              dataKey={x.key}
              type="number"
              scale={x.scale ?? 'linear'}
              domain={xs.domain ?? x.domain ?? ['dataMin', 'dataMax']}
              allowDataOverflow
              ticks={xs.ticks}
              interval="preserveStartEnd"
              tickFormatter={xs.format}
              {...ui.axis}
            />
            <YAxis
              scale={y.scale ?? 'linear'}
              domain={ys.domain ?? y.domain ?? ['auto', 'auto']}
              allowDataOverflow
              ticks={ys.ticks}
              tickFormatter={ys.format}
              {...ui.axis}
              width={yWidth((ys.ticks ?? []).map(ys.format))}
            />
            <Tooltip
              contentStyle={ui.tooltip}
              isAnimationActive={false}
              labelFormatter={(v) => `${x.label}: ${formatExact(Number(v))}`}
              formatter={(v) => (typeof v === 'number' ? formatExact(v) : String(v))}
            />
            {refLines.map((r, i) => (
              <ReferenceLine
                key={i}
                x={r.x}
                y={r.y}
                stroke={th.muted}
                strokeDasharray="4 4"
                label={{
                  value: r.label,
                  fill: th.text,
                  fontSize: 11,
                  position: r.x !== undefined ? 'insideTopLeft' : 'insideBottomRight',
                }}
              />
            ))}
            {series.map((s, i) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.name}
                stroke={colorOf(s, i)}
                strokeDasharray={dashOf(s, coincide.has(i))}
                // A series another one coincides with is drawn wider, so it shows in the gaps.
                strokeWidth={[...coincide.values()].includes(i) ? 4 : 2}
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}

function BarChartInner({
  data,
  x,
  y,
  series,
  refLines = [],
  height = 260,
  ariaLabel,
  summary,
  testId,
  horizontal,
}: ChartProps) {
  const { t } = useTranslation();
  const th = useChartTheme();
  const ui = themed(th);
  const summarize = useSummary();
  const ys = resolveAxis(
    series
      .flatMap((s) => column(data, s.key))
      .concat(refLines.flatMap((r) => (r.y ?? []) as number[])),
    { ...y, domain: y.domain ?? [0, 'auto'] },
    false,
  );
  const colorOf = (s: Series, i: number) => th.series[(s.color ?? i) % th.series.length];
  const legend: LegendItem[] = series.map((s, i) => ({
    name: s.name,
    color: colorOf(s, i),
    box: true,
  }));
  const xTitle = x.label;
  const yTitle = axisTitle(t, y.label, y.scale);
  const categories = data.map((r) => String(r[x.key]));
  let maxLines = 1;
  for (const c of categories) maxLines = Math.min(3, Math.max(maxLines, wrapLines(c).length));
  const plotHeight = horizontal
    ? Math.max(height, 40 + data.length * (6 + 7 * series.length))
    : height;
  const text = summarize({
    x: xTitle,
    y: yTitle,
    lines: [],
    extra: [
      series
        .map(
          (s) =>
            `${s.name}: ${data
              .map(
                (r) =>
                  `${String(r[x.key])} ${typeof r[s.key] === 'number' ? formatExact(r[s.key] as number) : '—'}`,
              )
              .join(', ')}.`,
        )
        .join(' '),
      summary,
    ]
      .filter(Boolean)
      .join(' '),
  });
  return (
    <ChartFrame
      className="chart"
      ariaLabel={ariaLabel}
      testId={testId}
      yTitle={horizontal ? xTitle : yTitle}
      xTitle={horizontal ? yTitle : xTitle}
      legend={legend}
      summary={text}
    >
      <div className="chart-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={plotHeight}>
          <BarChart
            data={data}
            layout={horizontal ? 'vertical' : 'horizontal'}
            margin={{ top: 10, right: 18, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={th.grid} strokeDasharray="3 3" />
            {horizontal ? (
              <>
                <YAxis
                  type="category"
                  dataKey={x.key}
                  {...ui.axis}
                  interval={0}
                  width={yWidth(categories)}
                />
                <XAxis
                  type="number"
                  scale={y.scale ?? 'linear'}
                  domain={ys.domain ?? [0, 'auto']}
                  ticks={ys.ticks}
                  tickFormatter={ys.format}
                  {...ui.axis}
                />
              </>
            ) : (
              <>
                <XAxis
                  dataKey={x.key}
                  {...ui.axis}
                  interval={0}
                  tick={<WrappedTick fill={th.muted} />}
                  height={12 + FONT * 1.15 * maxLines}
                />
                <YAxis
                  scale={y.scale ?? 'linear'}
                  domain={ys.domain ?? [0, 'auto']}
                  ticks={ys.ticks}
                  tickFormatter={ys.format}
                  {...ui.axis}
                  width={yWidth((ys.ticks ?? []).map(ys.format))}
                />
              </>
            )}
            <Tooltip
              contentStyle={ui.tooltip}
              isAnimationActive={false}
              formatter={(v) => (typeof v === 'number' ? formatExact(v) : String(v))}
            />
            {refLines.map((r, i) => (
              <ReferenceLine
                key={i}
                x={horizontal ? r.y : undefined}
                y={horizontal ? undefined : r.y}
                stroke={th.muted}
                strokeDasharray="4 4"
                label={{
                  value: r.label,
                  fill: th.text,
                  fontSize: 11,
                  position: horizontal ? 'insideBottomRight' : 'insideTopRight',
                }}
              />
            ))}
            {series.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.name}
                fill={colorOf(s, i)}
                minPointSize={2}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}

/**
 * Charts redraw only when their inputs change, so a slider elsewhere in the panel does not
 * re-render them (panels memoize their rows).
 */
export const LineChartView = memo(LineChartInner);
export const BarChartView = memo(BarChartInner);
