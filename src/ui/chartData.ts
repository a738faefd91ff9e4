/** Helpers that shape kernel output for the charts (display only, no math). */
import type { Row } from './Chart.tsx';

/** n chart rows built by f(i). */
export function rows(n: number, f: (i: number) => Row): Row[] {
  const out: Row[] = new Array<Row>(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return out;
}

/** A log axis domain around positive values, `pad` times beyond each end. */
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
