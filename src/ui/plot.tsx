/**
 * The SVG drawing under Chart.tsx: a plot that takes its container's width, scales from
 * d3-scale, axes with the chart layer's round ticks, grid, reference lines, and a hover readout
 * with exact values. Plain SVG written by React, so a slider's redraw costs one small render
 * (a few hundred elements), not a charting engine's layout pass.
 *
 *   const [ref, width] = usePlotWidth();
 *   const box = plotBox(width, height, yAxisWidth, xAxisHeight);  // { left, right, top, bottom }
 *   const x = numberScale('log', [1, 1e4], [box.left, box.right]);
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { scaleLinear, scaleLog } from 'd3-scale';
import { useChartTheme, type ChartTheme } from './chartTheme.ts';
import { useSummary } from './ChartFrame.tsx';
import { FONT, wrapLines } from './chartParts.ts';

/** Space around the plot area inside the SVG (px). */
export const MARGIN = { top: 10, right: 18, bottom: 4, left: 4 };

export interface PlotBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The plot area inside an SVG of `width` × `height` with room for the two axes. */
export function plotBox(width: number, height: number, yAxis: number, xAxis: number): PlotBox {
  return {
    width,
    height,
    left: MARGIN.left + yAxis,
    right: Math.max(MARGIN.left + yAxis + 1, width - MARGIN.right),
    top: MARGIN.top,
    bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom - xAxis),
  };
}

/** A numeric position scale: value → px. */
export type NumberScale = ((v: number) => number) & { invert(px: number): number };

export function numberScale(
  kind: 'linear' | 'log' | undefined,
  domain: [number, number],
  range: [number, number],
): NumberScale {
  const s = kind === 'log' ? scaleLog() : scaleLinear();
  return s.domain(domain).range(range) as unknown as NumberScale;
}

/** The width of the element the plot sits in, kept current with a ResizeObserver. */
export function usePlotWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(Math.floor(el.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0].contentRect.width);
      setWidth((old) => (old === w ? old : w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

/**
 * What every chart starts with: its texts, theme and summary writer, its width, the row or
 * category under the pointer, and a series' colour (its palette index, else its position).
 */
export function useChartBasics() {
  const { t } = useTranslation();
  const th = useChartTheme();
  const summarize = useSummary();
  const [plotRef, width] = usePlotWidth();
  const [hover, setHover] = useState<number | null>(null);
  const colorOf = (s: { color?: number }, i: number) =>
    th.series[(s.color ?? i) % th.series.length];
  return { t, th, summarize, plotRef, width, hover, setHover, colorOf };
}

/** Ticks whose labels would overlap are dropped, keeping the first and the last. */
export function spacedTicks(
  ticks: number[],
  px: (v: number) => number,
  label: (v: number) => string,
) {
  const width = (v: number) => label(v).length * FONT * 0.62 + 6;
  const kept: number[] = [];
  const last = ticks.length - 1;
  for (let i = 0; i <= last; i++) {
    const v = ticks[i];
    const prev = kept[kept.length - 1];
    const clear = (a: number, b: number) => Math.abs(px(b) - px(a)) >= (width(a) + width(b)) / 2;
    if (prev === undefined || clear(prev, v)) {
      kept.push(v);
    } else if (i === last) {
      // The last tick wins over the one before it.
      kept.pop();
      if (kept.length === 0 || clear(kept[kept.length - 1], v)) kept.push(v);
    }
  }
  return kept;
}

/**
 * A numeric axis along the bottom (x) or the left (y) of the plot: its baseline, tick marks and
 * labels, and a dashed grid line across the plot at every tick.
 */
export function NumberAxis({
  side,
  box,
  ticks,
  px,
  format,
  th,
}: {
  side: 'bottom' | 'left';
  box: PlotBox;
  ticks: number[];
  px: (v: number) => number;
  format: (v: number) => string;
  th: ChartTheme;
}) {
  const bottom = side === 'bottom';
  // A segment across the axis at value v, from `a` to `b` px (y on the x axis, x on the y axis).
  const across = (v: number, a: number, b: number) =>
    bottom ? { x1: px(v), x2: px(v), y1: a, y2: b } : { x1: a, x2: b, y1: px(v), y2: px(v) };
  return (
    <g className={bottom ? 'chart-axis-x' : 'chart-axis-y'}>
      {ticks.map((v) => (
        <line
          key={`g${v}`}
          className="chart-grid"
          {...(bottom ? across(v, box.top, box.bottom) : across(v, box.left, box.right))}
          stroke={th.grid}
          strokeDasharray="3 3"
        />
      ))}
      {bottom ? (
        <line x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} stroke={th.muted} />
      ) : (
        <line x1={box.left} x2={box.left} y1={box.top} y2={box.bottom} stroke={th.muted} />
      )}
      {ticks.map((v) => (
        <g key={v}>
          <line
            {...(bottom
              ? across(v, box.bottom, box.bottom + 5)
              : across(v, box.left - 5, box.left))}
            stroke={th.muted}
          />
          <text
            className="chart-tick"
            x={bottom ? px(v) : box.left - 8}
            y={bottom ? box.bottom + 7 + FONT * 0.8 : px(v)}
            dy={bottom ? undefined : '0.32em'}
            fill={th.muted}
            fontSize={FONT}
            textAnchor={bottom ? 'middle' : 'end'}
          >
            {format(v)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Category labels under (or beside) bars, each on up to three lines broken at spaces. */
export function CategoryTicks({
  labels,
  at,
  box,
  side,
  th,
}: {
  labels: string[];
  at: (i: number) => number;
  box: PlotBox;
  side: 'bottom' | 'left';
  th: ChartTheme;
}) {
  return (
    <g className={side === 'bottom' ? 'chart-axis-x' : 'chart-axis-y'}>
      {side === 'bottom' ? (
        <line x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} stroke={th.muted} />
      ) : (
        <line x1={box.left} x2={box.left} y1={box.top} y2={box.bottom} stroke={th.muted} />
      )}
      {labels.map((label, i) => {
        const left = side === 'left';
        // Beside horizontal bars a label stays on one line (the rows are close together).
        const lines = left ? [label] : wrapLines(label);
        const x = left ? box.left - 8 : at(i);
        const y = left ? at(i) - ((lines.length - 1) * FONT * 1.15) / 2 : box.bottom + 6;
        return (
          <text
            key={i}
            className="chart-tick"
            x={x}
            y={y}
            fill={th.muted}
            fontSize={FONT}
            textAnchor={left ? 'end' : 'middle'}
          >
            {lines.map((l, j) => (
              <tspan key={j} x={x} dy={j === 0 ? (left ? '0.32em' : FONT * 0.8) : FONT * 1.15}>
                {l}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}

/** A dashed reference line across the plot with its label inside one corner. */
export function ReferenceMark({
  box,
  x,
  y,
  label,
  corner,
  th,
}: {
  box: PlotBox;
  x?: number;
  y?: number;
  label: string;
  corner: 'topLeft' | 'topRight' | 'bottomRight';
  th: ChartTheme;
}) {
  const vertical = x !== undefined;
  const x1 = vertical ? x : box.left;
  const x2 = vertical ? x : box.right;
  const y1 = vertical ? box.top : y!;
  const y2 = vertical ? box.bottom : y!;
  const tx = corner === 'topLeft' ? x1 + 4 : x2 - 4;
  const ty = corner === 'bottomRight' ? y2 - 4 : y1 + FONT;
  return (
    <g className="chart-ref">
      <line
        className="chart-ref-line"
        x1={x1}
        x2={x2}
        y1={y1}
        y2={y2}
        stroke={th.muted}
        strokeDasharray="4 4"
      />
      <text
        className="chart-ref-label"
        x={tx}
        y={ty}
        fill={th.text}
        fontSize={11}
        textAnchor={corner === 'topLeft' ? 'start' : 'end'}
      >
        {label}
      </text>
    </g>
  );
}

export interface ReadoutLine {
  name: string;
  value: string;
  color: string;
}

/** The hover box: a title and one line per series, placed beside the pointer inside the plot. */
export function Readout({
  left,
  top,
  flip,
  title,
  lines,
  th,
}: {
  left: number;
  top: number;
  /** Place it to the left of `left` (near the right edge). */
  flip: boolean;
  title: string;
  lines: ReadoutLine[];
  th: ChartTheme;
}): ReactNode {
  return (
    <div
      className="chart-readout"
      data-role="readout"
      style={{
        left,
        top,
        transform: flip ? 'translateX(calc(-100% - 12px))' : 'translateX(12px)',
        background: th.background,
        borderColor: th.grid,
        color: th.text,
      }}
    >
      <div>{title}</div>
      {lines.map((l) => (
        <div key={l.name} style={{ color: l.color }}>
          {l.name}: {l.value}
        </div>
      ))}
    </div>
  );
}
