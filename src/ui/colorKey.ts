/**
 * The colour scale of a heatmap: where a value falls on the colour ramp (0 … 1) and the ticks
 * of its colour key, for diverging, linear, log and per-row scales.
 */
import { logTicks, niceTicks, tickFormatter } from './ticks.ts';

export type HeatScale = 'linear' | 'log' | 'row';

/** Position on the ramp of value v. `rowMax` is the row's largest value for the 'row' scale. */
export function colorPosition(
  v: number,
  min: number,
  max: number,
  scale: HeatScale,
  diverging: boolean | undefined,
  rowMax = 1,
): number {
  if (diverging) {
    const m = Math.max(Math.abs(min), Math.abs(max)) || 1;
    return 0.5 + 0.5 * Math.max(-1, Math.min(1, v / m));
  }
  if (scale === 'row') return rowMax > 0 ? Math.max(0, Math.min(1, v / rowMax)) : 0;
  if (scale === 'log') {
    const lo = Math.log10(Math.max(min, Number.MIN_VALUE));
    const hi = Math.log10(Math.max(max, Number.MIN_VALUE));
    const x = Math.log10(Math.max(v, Number.MIN_VALUE));
    return hi > lo ? Math.max(0, Math.min(1, (x - lo) / (hi - lo))) : 0;
  }
  const span = max - min || 1;
  return Math.max(0, Math.min(1, (v - min) / span));
}

export interface KeyTick {
  /** Position along the key, 0 … 1. */
  at: number;
  label: string;
}

/** Round labelled ticks along the colour key. */
export function keyTicks(
  min: number,
  max: number,
  scale: HeatScale,
  diverging?: boolean,
): KeyTick[] {
  if (scale === 'row' && !diverging) {
    return [0, 0.5, 1].map((at) => ({ at, label: `${Math.round(at * 100)}%` }));
  }
  let ticks: number[];
  if (diverging) {
    const m = Math.max(Math.abs(min), Math.abs(max)) || 1;
    ticks = niceTicks(-m, m, 4).filter((v) => Math.abs(v) <= m * (1 + 1e-9));
  } else if (scale === 'log') {
    ticks = (logTicks([min, max]) ?? [min, max]).filter(
      (v) => v >= min / 1.0001 && v <= max * 1.0001,
    );
  } else {
    ticks = niceTicks(min, max, 4).filter((v) => v >= min - 1e-12 && v <= max + 1e-12);
  }
  const fmt = tickFormatter(ticks);
  return ticks.map((v) => ({ at: colorPosition(v, min, max, scale, diverging), label: fmt(v) }));
}
