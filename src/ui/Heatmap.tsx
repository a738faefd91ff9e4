/**
 * A canvas heatmap of a (rows, cols) row-major matrix with axes, a colour key and a hover
 * read-out. The matrix is drawn at one pixel per cell and scaled by CSS, so 256 × 64 cells cost
 * one putImageData. The keyboard can move a cursor cell with the arrow keys (the read-out
 * follows). The colour scale is chosen for the data: diverging around zero, linear, log, or
 * per row (each row against its own largest value, as for attention weights).
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rampColor, useChartTheme } from './chartTheme.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { formatExact } from './ticks.ts';
import { colorPosition, keyTicks, type HeatScale } from './colorKey.ts';

export interface HeatmapProps {
  /** (rows, cols) row-major. */
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  /** Colour range. With `diverging`, min < 0 < max maps to the theme's diverging map. */
  min: number;
  max: number;
  diverging?: boolean;
  /** 'linear' (default), 'log' (min must be > 0) or 'row' (each row scaled to its largest). */
  scale?: HeatScale;
  rowLabel: (i: number) => string;
  colLabel: (j: number) => string;
  /** Short labels for the axis ticks (first, middle, last); default: the index. */
  rowTick?: (i: number) => string;
  colTick?: (j: number) => string;
  /** Axis titles. */
  xLabel?: string;
  yLabel?: string;
  /** What the colour shows (the key's title). */
  valueLabel?: string;
  format?: (v: number) => string;
  ariaLabel: string;
  /** CSS height in pixels. */
  height?: number;
  testId?: string;
}

function HeatmapInner({
  values,
  rows,
  cols,
  min,
  max,
  diverging,
  scale = 'linear',
  rowLabel,
  colLabel,
  rowTick = String,
  colTick = String,
  xLabel,
  yLabel,
  valueLabel,
  format = (v) => formatExact(v),
  ariaLabel,
  height = 240,
  testId,
}: HeatmapProps) {
  const { t } = useTranslation();
  const th = useChartTheme();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [cell, setCell] = useState<[number, number] | null>(null);
  const stops = useMemo(
    () => (diverging ? [th.diverging[0], th.diverging[1], th.diverging[2]] : th.sequential),
    [diverging, th],
  );

  useEffect(() => {
    const c = canvas.current;
    if (!c || rows <= 0 || cols <= 0) return;
    c.width = cols;
    c.height = rows;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(cols, rows);
    for (let r = 0; r < rows; r++) {
      let rowMax = 0;
      if (scale === 'row') {
        for (let j = 0; j < cols; j++) {
          const v = values[r * cols + j];
          if (Number.isFinite(v) && v > rowMax) rowMax = v;
        }
      }
      for (let j = 0; j < cols; j++) {
        const i = r * cols + j;
        const v = values[i];
        const rgb: [number, number, number] = Number.isFinite(v)
          ? rampColor(stops, colorPosition(v, min, max, scale, diverging, rowMax))
          : [128, 128, 128];
        img.data[4 * i] = rgb[0];
        img.data[4 * i + 1] = rgb[1];
        img.data[4 * i + 2] = rgb[2];
        img.data[4 * i + 3] = 255;
      }
    }
    ctx.putImageData(img, 0, 0);
  }, [values, rows, cols, min, max, diverging, scale, stops]);

  const pick = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const j = Math.floor(((e.clientX - r.left) / r.width) * cols);
    const i = Math.floor(((e.clientY - r.top) / r.height) * rows);
    if (i >= 0 && i < rows && j >= 0 && j < cols) setCell([i, j]);
  };
  const onKey = (e: React.KeyboardEvent) => {
    const [i, j] = cell ?? [0, 0];
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    setCell([Math.max(0, Math.min(rows - 1, i + m[0])), Math.max(0, Math.min(cols - 1, j + m[1]))]);
  };

  const readout =
    cell && cell[0] < rows && cell[1] < cols
      ? t('heatmap.readout', {
          row: rowLabel(cell[0]),
          col: colLabel(cell[1]),
          value: format(values[cell[0] * cols + cell[1]]),
        })
      : t('heatmap.hint');

  const ticksAt = (n: number) =>
    [...new Set([0, Math.floor((n - 1) / 2), n - 1])].filter((k) => k >= 0);
  const key = keyTicks(min, max, scale, diverging);
  const gradient = `linear-gradient(to right, ${Array.from({ length: 11 }, (_, k) => {
    const [r, g, b] = rampColor(stops, k / 10);
    return `rgb(${r | 0} ${g | 0} ${b | 0}) ${k * 10}%`;
  }).join(', ')})`;
  const keyNote = scale === 'row' ? t('chart.keyRow') : scale === 'log' ? t('chart.keyLog') : '';
  const summary = t('chart.heatSummary', {
    rows,
    cols,
    y: yLabel ?? '',
    x: xLabel ?? '',
    min: format(min),
    max: format(max),
  });

  return (
    <ChartFrame
      className="heatmap"
      ariaLabel={ariaLabel}
      testId={testId}
      yTitle={yLabel}
      summary={`${summary} ${keyNote}`}
    >
      <div className="heatmap-grid">
        <div
          className="heatmap-rowticks"
          aria-hidden="true"
          style={{
            height,
            width: `${ticksAt(rows).reduce((w, r) => Math.max(w, rowTick(r).length), 0) + 0.5}ch`,
          }}
        >
          {ticksAt(rows).map((r) => (
            <span key={r} style={{ top: `${((r + 0.5) / rows) * 100}%` }}>
              {rowTick(r)}
            </span>
          ))}
        </div>
        <canvas
          ref={canvas}
          role="img"
          aria-label={ariaLabel}
          tabIndex={0}
          style={{ height }}
          onPointerMove={pick}
          onPointerDown={pick}
          onKeyDown={onKey}
        />
        <div />
        <div className="heatmap-colticks" aria-hidden="true">
          {ticksAt(cols).map((c) => (
            <span key={c} style={{ left: `${((c + 0.5) / cols) * 100}%` }}>
              {colTick(c)}
            </span>
          ))}
        </div>
      </div>
      {xLabel && (
        <div className="chart-title-x" data-role="x-title" aria-hidden="true">
          {xLabel}
        </div>
      )}
      <div className="color-key" data-role="color-key" aria-hidden="true">
        <span className="color-key-title">{valueLabel ?? t('chart.key')}</span>
        <div className="color-key-bar">
          <div className="color-key-ramp" style={{ background: gradient }} />
          <div className="color-key-ticks">
            {key.map((k) => (
              <span key={k.at} style={{ left: `${k.at * 100}%` }}>
                {k.label}
              </span>
            ))}
          </div>
        </div>
        {keyNote && <span className="color-key-note">{keyNote}</span>}
      </div>
      <p className="heatmap-readout" aria-live="polite">
        {readout}
      </p>
    </ChartFrame>
  );
}

export const Heatmap = memo(HeatmapInner);
