/**
 * A canvas heatmap of a (rows, cols) row-major matrix with a hover read-out. The matrix is drawn
 * at one pixel per cell and scaled by CSS, so 256 × 64 cells cost one putImageData. The
 * keyboard can move a cursor cell with the arrow keys (the read-out follows).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartTheme } from './chartTheme.ts';

export interface HeatmapProps {
  /** (rows, cols) row-major. */
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  /** Colour range. With `diverging`, min < 0 < max maps to the theme's diverging map. */
  min: number;
  max: number;
  diverging?: boolean;
  rowLabel: (i: number) => string;
  colLabel: (j: number) => string;
  format?: (v: number) => string;
  ariaLabel: string;
  /** CSS height in pixels. */
  height?: number;
  testId?: string;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
function mix(
  a: [number, number, number],
  b: [number, number, number],
  t: number,
): [number, number, number] {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

export function Heatmap({
  values,
  rows,
  cols,
  min,
  max,
  diverging,
  rowLabel,
  colLabel,
  format = (v) => v.toFixed(3),
  ariaLabel,
  height = 240,
  testId,
}: HeatmapProps) {
  const { t } = useTranslation();
  const th = useChartTheme();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [cell, setCell] = useState<[number, number] | null>(null);

  useEffect(() => {
    const c = canvas.current;
    if (!c || rows <= 0 || cols <= 0) return;
    c.width = cols;
    c.height = rows;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(cols, rows);
    const [lo, mid, hi] = th.diverging.map(hexToRgb);
    const seqLo = mid;
    const seqHi = hexToRgb(th.series[0]);
    const span = max - min || 1;
    for (let i = 0; i < rows * cols; i++) {
      const v = values[i];
      let rgb: [number, number, number];
      if (!Number.isFinite(v)) rgb = [128, 128, 128];
      else if (diverging) {
        const m = Math.max(Math.abs(min), Math.abs(max)) || 1;
        const u = Math.max(-1, Math.min(1, v / m));
        rgb = u < 0 ? mix(mid, lo, -u) : mix(mid, hi, u);
      } else {
        rgb = mix(seqLo, seqHi, Math.max(0, Math.min(1, (v - min) / span)));
      }
      img.data[4 * i] = rgb[0];
      img.data[4 * i + 1] = rgb[1];
      img.data[4 * i + 2] = rgb[2];
      img.data[4 * i + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }, [values, rows, cols, min, max, diverging, th]);

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

  return (
    <figure className="heatmap" data-testid={testId}>
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
      <figcaption className="heatmap-readout" aria-live="polite">
        {readout}
      </figcaption>
    </figure>
  );
}
