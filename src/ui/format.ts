/**
 * Number formatting for every lab, in one place (display only: every number comes from the
 * kernels). Numbers are written the same way in both languages (en-US digits and separators);
 * only `fmtCompact` uses Chinese units in Chinese.
 *
 *   fmt(0.123456) → "0.1235"   fmt(2.5e-5) → "2.50e-5"   fmtInt(7721324544) → "7,721,324,544"
 *   fmtDec(10922.666) → "10,922.67"   pct(0.1612) → "16.1%"   fmtCompact(7.72e9, 'en') → "7.72 B"
 */

/**
 * The value a person would type: `digits` significant digits (a log slider's step lands on
 * 10^(k/100), which no one types).  roundSignificant(2884031.503126606) → 2884000
 */
export const roundSignificant = (v: number, digits = 4): number =>
  Number.isFinite(v) && v !== 0 ? Number(v.toPrecision(digits)) : v;

/** Up to `digits` decimals; very large or very small values in exponent form; "—" if not finite. */
export const fmt = (v: number, digits = 4): string =>
  !Number.isFinite(v)
    ? '—'
    : Math.abs(v) >= 1e6 || (Math.abs(v) < 1e-3 && v !== 0)
      ? v.toExponential(2)
      : String(+v.toFixed(digits));

/** Rounded, with thousands separators; Infinity → "∞". */
export const fmtInt = (v: number): string =>
  v === Infinity ? '∞' : Math.round(v).toLocaleString('en-US');

/** With separators and at most `digits` decimals; "—" if not finite. */
export const fmtDec = (v: number, digits = 2): string =>
  Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: digits }) : '—';

/** A share as a percentage with one decimal. */
export const pct = (v: number): string => `${(100 * v).toFixed(1)}%`;

/** 0.16119 → "16.1%"; tiny shares keep two significant digits. */
export function fmtPct(x: number): string {
  const p = x * 100;
  if (p === 0) return '0%';
  if (p < 0.1) return `${p.toPrecision(2)}%`;
  return `${p.toFixed(1)}%`;
}

/** A probability as a percentage with enough digits to tell small ones apart. */
export function fmtProb(p: number): string {
  const x = p * 100;
  if (x >= 10) return `${x.toFixed(1)}%`;
  if (x >= 0.01) return `${x.toFixed(2)}%`;
  return `${x.toExponential(1)}%`;
}

/** A parameter count in words: en "7.72 B" / "1.25 M"; zh "77.2 亿" / "125 万". */
export function fmtCompact(v: number, lang: string): string {
  const zh = lang.startsWith('zh');
  const sig = (x: number) => String(+x.toPrecision(3));
  if (zh) {
    if (v >= 1e8) return `${sig(v / 1e8)} 亿`;
    if (v >= 1e4) return `${sig(v / 1e4)} 万`;
    return fmtInt(v);
  }
  if (v >= 1e9) return `${sig(v / 1e9)} B`;
  if (v >= 1e6) return `${sig(v / 1e6)} M`;
  if (v >= 1e3) return `${sig(v / 1e3)} K`;
  return fmtInt(v);
}
