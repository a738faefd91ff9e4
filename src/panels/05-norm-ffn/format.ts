/** Number formatting and row building shared by the lab's figures (display only, no math). */
import type { Row } from '../../ui/Chart.tsx';

export const fmt = (v: number, digits = 4): string =>
  !Number.isFinite(v)
    ? '—'
    : Math.abs(v) >= 1e6 || (Math.abs(v) < 1e-3 && v !== 0)
      ? v.toExponential(2)
      : String(+v.toFixed(digits));

export const fmtInt = (v: number): string => Math.round(v).toLocaleString('en-US');

/** 10922.666 → "10,922.67" */
export const fmtDec = (v: number, digits = 2): string =>
  v.toLocaleString('en-US', { maximumFractionDigits: digits });

export const pct = (v: number): string => `${(100 * v).toFixed(1)}%`;

export function rows(n: number, f: (i: number) => Row): Row[] {
  const out: Row[] = new Array<Row>(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return out;
}
