/**
 * The bar chart of the chart layer (see Chart.tsx for what every chart gets): categories along
 * the bottom, or down the side with bars across (`horizontal`, for many categories and narrow
 * screens), one bar per series in each category, a value axis from zero (or the log axis's
 * floor), bars at least 2 px long so a tiny value stays visible, and the exact values of a
 * category on hover.
 */
import { memo, type PointerEvent } from 'react';
import { scaleBand } from 'd3-scale';
import { ChartFrame, axisTitle, type LegendItem } from './ChartFrame.tsx';
import { column, domainOf, inside, isValue, nearest, resolveAxis } from './chartAxes.ts';
import type { ChartProps } from './chartTypes.ts';
import { FONT, wrapLines, yWidth } from './chartParts.ts';
import {
  CategoryTicks,
  NumberAxis,
  Readout,
  ReferenceMark,
  numberScale,
  plotBox,
  spacedTicks,
  useChartBasics,
} from './plot.tsx';
import { formatExact } from './ticks.ts';

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
  const { t, th, summarize, plotRef, width, hover, setHover, colorOf } = useChartBasics();
  const log = y.scale === 'log';
  const values = series
    .flatMap((s) => column(data, s.key))
    .concat(refLines.flatMap((r) => (r.y ?? []) as number[]));
  const ys = resolveAxis(values, { ...y, domain: y.domain ?? [0, 'auto'] }, false);
  const paint = (k: number) => th.series[k % th.series.length];
  const legend: LegendItem[] = series.flatMap((s, i) => [
    { name: s.name, color: colorOf(s, i), box: true },
    ...(s.negative ? [{ name: s.negative.name, color: paint(s.negative.color), box: true }] : []),
  ]);
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

  const domain = domainOf(ys.domain, values, log);
  const valueTicks = (ys.ticks ?? []).filter((v) => inside(v, domain));
  const box = horizontal
    ? plotBox(width, plotHeight, yWidth(categories), 8 + FONT * 1.4)
    : plotBox(width, plotHeight, yWidth(valueTicks.map(ys.format)), 12 + FONT * 1.15 * maxLines);
  const valuePx = numberScale(
    y.scale,
    domain,
    horizontal ? [box.left, box.right] : [box.bottom, box.top],
  );
  const band = scaleBand<number>()
    .domain(data.map((_, i) => i))
    .range(horizontal ? [box.top, box.bottom] : [box.left, box.right])
    .paddingInner(0.1)
    .paddingOuter(0.05);
  const inner = scaleBand<number>()
    .domain(series.map((_, i) => i))
    .range([0, band.bandwidth()])
    .paddingInner(0.08);
  const base = valuePx(log ? domain[0] : Math.min(Math.max(0, domain[0]), domain[1]));
  const [lo, hi] = horizontal ? [box.left, box.right] : [box.top, box.bottom];
  const clamp = (p: number) => Math.min(hi, Math.max(lo, p));
  /** The bar of row i, series j: a rectangle at least 2 px long, as a path. */
  const barPath = (i: number, j: number, v: number) => {
    let end = clamp(valuePx(v));
    if (Math.abs(end - base) < 2) end = base + (horizontal === v >= 0 ? 2 : -2);
    const a = band(i)! + inner(j)!;
    const w = inner.bandwidth();
    return horizontal
      ? `M${base},${a}H${end}V${a + w}H${base}Z`
      : `M${a},${base}V${end}H${a + w}V${base}Z`;
  };
  const center = (i: number) => band(i)! + band.bandwidth() / 2;

  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const pos = horizontal ? e.clientY - rect.top : e.clientX - rect.left;
    const i = nearest(
      data.map((_, k) => center(k)),
      pos,
    );
    setHover(i < 0 ? null : i);
  };
  const h = hover !== null && hover < data.length ? hover : null;

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
      <div className="chart-plot" aria-hidden="true" ref={plotRef} style={{ height: plotHeight }}>
        {width > 0 && (
          <svg
            width={width}
            height={plotHeight}
            onPointerMove={onMove}
            onPointerLeave={() => setHover(null)}
          >
            {h !== null && (
              <rect
                className="chart-hover"
                x={horizontal ? box.left : band(h)}
                y={horizontal ? band(h) : box.top}
                width={horizontal ? box.right - box.left : band.bandwidth()}
                height={horizontal ? band.bandwidth() : box.bottom - box.top}
                fill={th.grid}
                opacity={0.5}
              />
            )}
            {horizontal ? (
              <>
                <NumberAxis
                  side="bottom"
                  box={box}
                  ticks={spacedTicks(valueTicks, valuePx, ys.format)}
                  px={valuePx}
                  format={ys.format}
                  th={th}
                />
                <CategoryTicks labels={categories} at={center} box={box} side="left" th={th} />
              </>
            ) : (
              <>
                <NumberAxis
                  side="left"
                  box={box}
                  ticks={valueTicks}
                  px={valuePx}
                  format={ys.format}
                  th={th}
                />
                <CategoryTicks labels={categories} at={center} box={box} side="bottom" th={th} />
              </>
            )}
            {data.map((r, i) =>
              series.map((s, j) => {
                const v = r[s.key];
                return isValue(v, log) ? (
                  <path
                    key={`${i}-${s.key}`}
                    className="chart-bar"
                    data-series={s.key}
                    d={barPath(i, j, v)}
                    fill={v < 0 && s.negative ? paint(s.negative.color) : colorOf(s, j)}
                  />
                ) : null;
              }),
            )}
            {refLines.map((r, i) =>
              r.y !== undefined && isValue(r.y, log) && inside(r.y, domain) ? (
                horizontal ? (
                  <ReferenceMark
                    key={i}
                    box={box}
                    x={valuePx(r.y)}
                    label={r.label}
                    corner="bottomRight"
                    th={th}
                  />
                ) : (
                  <ReferenceMark
                    key={i}
                    box={box}
                    y={valuePx(r.y)}
                    label={r.label}
                    corner="topRight"
                    th={th}
                  />
                )
              ) : null,
            )}
          </svg>
        )}
        {h !== null && (
          <Readout
            left={horizontal ? box.left + (box.right - box.left) / 2 : center(h)}
            top={horizontal ? band(h)! + band.bandwidth() : box.top}
            flip={!horizontal && center(h) > width * 0.6}
            title={categories[h]}
            lines={series.map((s, j) => {
              const v = data[h][s.key];
              return {
                name: s.name,
                value: typeof v === 'number' ? formatExact(v) : '—',
                color: colorOf(s, j),
              };
            })}
            th={th}
          />
        )}
      </div>
    </ChartFrame>
  );
}

/** Redraws only when its inputs change (panels memoize their rows). */
export const BarChartView = memo(BarChartInner);
