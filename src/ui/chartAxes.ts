/**
 * Pure helpers behind the chart layer: each axis's domain, round ticks and one tick format;
 * which series coincide; and the short text summary a screen reader announces.
 */
import { formatBytes, formatExact, logTicks, niceTicks, tickFormatter } from './ticks.ts';

export type Bound = number | 'auto' | 'dataMin' | 'dataMax';

export interface AxisSpec {
  scale?: 'linear' | 'log';
  domain?: [Bound, Bound];
  /** 'bytes': round decimal byte ticks written "500 MB", "1 GB". */
  unit?: 'bytes';
  tickFormat?: (v: number) => string;
}

export interface ResolvedAxis {
  domain: [number, number] | undefined;
  ticks: number[] | undefined;
  format: (v: number) => string;
}

export type Row = Record<string, number | string | null>;

export function column(data: Row[], key: string): number[] {
  return data.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
}

function extent(values: number[], positiveOnly: boolean): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v) || (positiveOnly && v <= 0)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi >= lo ? [lo, hi] : null;
}

/**
 * Domain, ticks and format of one numeric axis. `tight` keeps the domain at the data's ends
 * (an x axis); otherwise the domain is widened to the first and last round tick.
 */
export function resolveAxis(values: number[], spec: AxisSpec, tight: boolean): ResolvedAxis {
  const log = spec.scale === 'log';
  const ext = extent(values, log);
  const [d0, d1] = spec.domain ?? ['auto', 'auto'];
  let lo = typeof d0 === 'number' ? d0 : ext?.[0];
  const hi = typeof d1 === 'number' ? d1 : ext?.[1];
  if (lo === undefined || hi === undefined) {
    return { domain: undefined, ticks: undefined, format: spec.tickFormat ?? formatExact };
  }
  if (log) {
    lo = Math.max(lo, Number.MIN_VALUE);
    let ticks = logTicks([lo, hi]) ?? [lo, hi];
    if (tight || typeof d0 === 'number' || typeof d1 === 'number') {
      ticks = ticks.filter((t) => t >= lo! / 1.0001 && t <= hi! * 1.0001);
    }
    const domain: [number, number] = tight
      ? [lo, hi]
      : [
          typeof d0 === 'number' ? lo : ticks[0],
          typeof d1 === 'number' ? hi : ticks[ticks.length - 1],
        ];
    return {
      domain,
      ticks,
      format: spec.tickFormat ?? (spec.unit === 'bytes' ? formatBytes : tickFormatter(ticks)),
    };
  }
  let ticks: number[];
  if (spec.unit === 'bytes' && hi > 0) {
    ticks = niceTicks(lo, hi, 4);
  } else {
    ticks = niceTicks(lo, hi, 5);
  }
  if (tight)
    ticks = ticks.filter(
      (t) => t >= lo! - 1e-9 * Math.abs(hi! - lo!) && t <= hi! * (1 + 1e-9) + 1e-12,
    );
  const domain: [number, number] = tight
    ? [lo, hi]
    : [
        typeof d0 === 'number' ? lo : Math.min(lo, ticks[0]),
        typeof d1 === 'number' ? hi : Math.max(hi, ticks[ticks.length - 1]),
      ];
  ticks = ticks.filter((t) => t >= domain[0] - 1e-12 && t <= domain[1] + 1e-12);
  return {
    domain: domain[1] > domain[0] ? domain : undefined,
    ticks,
    format: spec.tickFormat ?? (spec.unit === 'bytes' ? formatBytes : tickFormatter(ticks)),
  };
}

/**
 * Pairs of series drawn on top of each other: within a hair of each other at the drawn scale at
 * every row where both have a value. Returns, for each series index, the index of the earlier
 * series it hides.
 */
export function coincidentSeries(data: Row[], keys: string[], log = false): Map<number, number> {
  // "On top of each other" at the drawn scale: within 2% of the y range (2% apart on a log axis),
  // a few pixels, less than the width of two lines.
  const all = keys.flatMap((k) => column(data, k)).filter((v) => !log || v > 0);
  const ext = extent(all, false);
  const range = ext ? ext[1] - ext[0] : 0;
  const close = (a: number, b: number) =>
    log
      ? Math.abs(Math.log(a / b)) <= 0.02
      : Math.abs(a - b) <= 0.02 * range + 1e-6 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
  const out = new Map<number, number>();
  for (let j = 1; j < keys.length; j++) {
    for (let i = 0; i < j; i++) {
      if (out.has(i)) continue;
      let both = 0;
      let same = true;
      for (const r of data) {
        const a = r[keys[i]];
        const b = r[keys[j]];
        if (typeof a !== 'number' || typeof b !== 'number') continue;
        both++;
        if (log && (a <= 0 || b <= 0)) continue;
        if (!close(a, b)) {
          same = false;
          break;
        }
      }
      if (same && both >= 2) {
        out.set(j, i);
        break;
      }
    }
  }
  return out;
}

export interface SeriesSummary {
  name: string;
  first: string;
  last: string;
  min: string;
  max: string;
}

/** First, last, smallest and largest value of each series, in the tooltip format. */
export function summarizeSeries(
  data: Row[],
  series: { key: string; name: string }[],
  format: (v: number) => string = formatExact,
): SeriesSummary[] {
  return series.flatMap((s) => {
    const v = column(data, s.key);
    if (v.length === 0) return [];
    let lo = v[0];
    let hi = v[0];
    for (const x of v) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    return [
      {
        name: s.name,
        first: format(v[0]),
        last: format(v[v.length - 1]),
        min: format(lo),
        max: format(hi),
      },
    ];
  });
}

export const isValue = (v: unknown, log: boolean): v is number =>
  typeof v === 'number' && Number.isFinite(v) && (!log || v > 0);

/** An axis's [lo, hi]: the resolved domain, else the data's extent, else a unit range. */
export function domainOf(
  resolved: [number, number] | undefined,
  values: number[],
  log: boolean,
): [number, number] {
  if (resolved) return resolved;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!isValue(v, log)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi >= lo)) return log ? [1, 10] : [0, 1];
  if (hi === lo) return log ? [lo / 2, hi * 2] : [lo - 1, hi + 1];
  return [lo, hi];
}

export const inside = (v: number, [lo, hi]: [number, number]) =>
  v >= Math.min(lo, hi) - 1e-12 && v <= Math.max(lo, hi) + 1e-12;

/** Index of the row whose x position is nearest to `px` (−1 when no row has one). */
export function nearest(positions: number[], px: number): number {
  let best = -1;
  let dist = Infinity;
  for (let i = 0; i < positions.length; i++) {
    const d = Math.abs(positions[i] - px);
    if (d < dist) {
      dist = d;
      best = i;
    }
  }
  return best;
}
