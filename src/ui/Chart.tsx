/**
 * The project's charts, drawn as plain SVG (plot.tsx) with one theme: the line chart here
 * (linear or log axes, reference lines) and the bar chart in BarChart.tsx. Panels hand in plain
 * rows; the layer gives every chart its defaults: round ticks in one format per axis (powers of ten on log axes, "log scale" in the axis
 * title), axis titles as text outside the plot so they are never clipped, a legend below the
 * plot, series that coincide drawn so both stay visible (and said to coincide), exact values
 * in tooltips, an accessible name and text summary, and no tab stop. There is no
 * animation and no layout engine, so dragging a slider redraws within a frame.
 */
import { memo, useId, type PointerEvent } from 'react';
import { line as linePath } from 'd3-shape';
import { ChartFrame, axisTitle, type LegendItem } from './ChartFrame.tsx';
import {
  column,
  coincidentSeries,
  domainOf,
  inside,
  isValue,
  nearest,
  resolveAxis,
  summarizeSeries,
  type Row,
} from './chartAxes.ts';
import type { ChartProps, Series } from './chartTypes.ts';
import { FONT, yWidth } from './chartParts.ts';
import {
  NumberAxis,
  Readout,
  ReferenceMark,
  numberScale,
  plotBox,
  spacedTicks,
  useChartBasics,
  type ReadoutLine,
} from './plot.tsx';
import { formatExact } from './ticks.ts';

export { logTicks } from './ticks.ts';
export type { Row } from './chartAxes.ts';

export type { Axis, ChartProps, RefLine, Series } from './chartTypes.ts';
export { BarChartView } from './BarChart.tsx';

const dashOf = (s: Series, hidesEarlier: boolean) =>
  hidesEarlier ? '7 5' : s.dashed ? '5 4' : undefined;

/** A clip-path id made only of characters that are safe inside url(#…). */
const clipIdOf = (id: string) => `clip-${id.replace(/[^a-zA-Z0-9_-]/g, '')}`;

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
  const { t, th, summarize, plotRef, width, hover, setHover, colorOf } = useChartBasics();
  const clipId = clipIdOf(useId());
  const xLog = x.scale === 'log';
  const yLog = y.scale === 'log';
  const xValues = column(data, x.key);
  const yValues = series
    .flatMap((s) => column(data, s.key))
    .concat(refLines.flatMap((r) => (r.y ?? []) as number[]));
  const xs = resolveAxis(xValues, x, true);
  const ys = resolveAxis(yValues, y, false);
  const coincide = coincidentSeries(
    data,
    series.map((s) => s.key),
    yLog,
  );
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

  const yDomain = domainOf(ys.domain, yValues, yLog);
  const xDomain = domainOf(xs.domain, xValues, xLog);
  const yTickValues = (ys.ticks ?? []).filter((v) => inside(v, yDomain));
  const box = plotBox(width, height, yWidth(yTickValues.map(ys.format)), 8 + FONT * 1.4);
  const xPx = numberScale(x.scale, xDomain, [box.left, box.right]);
  const yPx = numberScale(y.scale, yDomain, [box.bottom, box.top]);
  const xTicks = spacedTicks(
    (xs.ticks ?? []).filter((v) => inside(v, xDomain)),
    xPx,
    xs.format,
  );
  const rowX = data.map((r) => (isValue(r[x.key], xLog) ? xPx(r[x.key] as number) : NaN));
  const wide = new Set(coincide.values());

  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const i = nearest(rowX, e.clientX - rect.left);
    setHover(i < 0 ? null : i);
  };
  const h = hover !== null && hover < data.length && !Number.isNaN(rowX[hover]) ? hover : null;
  const readout: ReadoutLine[] =
    h === null
      ? []
      : series.map((s, i) => {
          const v = data[h][s.key];
          return {
            name: s.name,
            value: typeof v === 'number' ? formatExact(v) : '—',
            color: colorOf(s, i),
          };
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
      <div className="chart-plot" aria-hidden="true" ref={plotRef} style={{ height }}>
        {width > 0 && (
          <svg
            width={width}
            height={height}
            onPointerMove={onMove}
            onPointerLeave={() => setHover(null)}
          >
            <clipPath id={clipId}>
              <rect
                x={box.left}
                y={box.top - 2}
                width={box.right - box.left}
                height={box.bottom - box.top + 4}
              />
            </clipPath>
            <NumberAxis
              side="left"
              box={box}
              ticks={yTickValues}
              px={yPx}
              format={ys.format}
              th={th}
            />
            <NumberAxis
              side="bottom"
              box={box}
              ticks={xTicks}
              px={xPx}
              format={xs.format}
              th={th}
            />
            {refLines.map((r, i) =>
              r.x !== undefined && isValue(r.x, xLog) && inside(r.x, xDomain) ? (
                <ReferenceMark
                  key={i}
                  box={box}
                  x={xPx(r.x)}
                  label={r.label}
                  corner="topLeft"
                  th={th}
                />
              ) : r.y !== undefined && isValue(r.y, yLog) && inside(r.y, yDomain) ? (
                <ReferenceMark
                  key={i}
                  box={box}
                  y={yPx(r.y)}
                  label={r.label}
                  corner="bottomRight"
                  th={th}
                />
              ) : null,
            )}
            <g clipPath={`url(#${clipId})`}>
              {series.map((s, i) => {
                const rows = data.filter((r) => isValue(r[x.key], xLog) && isValue(r[s.key], yLog));
                const d = linePath<Row>()
                  .x((r) => xPx(r[x.key] as number))
                  .y((r) => yPx(r[s.key] as number))(rows);
                return (
                  <path
                    key={s.key}
                    className="chart-line"
                    data-series={s.key}
                    d={d ?? ''}
                    fill="none"
                    stroke={colorOf(s, i)}
                    strokeDasharray={dashOf(s, coincide.has(i))}
                    // A series another one coincides with is drawn wider, so it shows in the gaps.
                    strokeWidth={wide.has(i) ? 4 : 2}
                    strokeLinejoin="round"
                  />
                );
              })}
            </g>
            {h !== null && (
              <g className="chart-hover">
                <line x1={rowX[h]} x2={rowX[h]} y1={box.top} y2={box.bottom} stroke={th.muted} />
                {series.map((s, i) => {
                  const v = data[h][s.key];
                  return isValue(v, yLog) && inside(v, yDomain) ? (
                    <circle key={s.key} cx={rowX[h]} cy={yPx(v)} r={3.5} fill={colorOf(s, i)} />
                  ) : null;
                })}
              </g>
            )}
          </svg>
        )}
        {h !== null && (
          <Readout
            left={rowX[h]}
            top={box.top}
            flip={rowX[h] > width * 0.6}
            title={`${x.label}: ${formatExact(Number(data[h][x.key]))}`}
            lines={readout}
            th={th}
          />
        )}
      </div>
    </ChartFrame>
  );
}

/**
 * Charts redraw only when their inputs change, so a slider elsewhere in the panel does not
 * re-render them (panels memoize their rows).
 */
export const LineChartView = memo(LineChartInner);
