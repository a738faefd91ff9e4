/** Number formatting and row building shared by the lab's figures (display only, no math). */
import type { Row } from '../../ui/Chart.tsx';

export const fmt = (v: number, digits = 4): string =>
  !Number.isFinite(v)
    ? '—'
    : Math.abs(v) >= 1e6 || (Math.abs(v) < 1e-3 && v !== 0)
      ? v.toExponential(2)
      : String(+v.toFixed(digits));

export const fmtInt = (v: number): string =>
  v === Infinity ? '∞' : Math.round(v).toLocaleString('en-US');

export function rows(n: number, f: (i: number) => Row): Row[] {
  const out: Row[] = new Array<Row>(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return out;
}

/** A log axis domain around positive values, `pad` times beyond each end (display only). */
export function logDomain(values: number[], pad = 1.5): [number, number] {
  let lo = Infinity;
  let hi = 0;
  for (const v of values) {
    if (v > 0 && Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return hi > 0 ? [lo / pad, hi * pad] : [1, 10];
}
