/**
 * Round axis ticks and one number format per axis, shared by every chart.
 *
 * - Linear axes get 1/2/5 × 10ⁿ steps (`niceTicks`); log axes get powers of ten, with 2× and 5×
 *   steps only when the range spans fewer than two decades (`logTicks`).
 * - `tickFormatter` picks one format for a whole tick set, so an axis never shows "1.0e+5"
 *   beside "10000": powers of ten as 10ⁿ, large values with k / M / G, tiny ones as m×10ⁿ.
 * - `formatBytes` uses decimal units on round byte ticks ("500 MB", "1 GB"), never 953.7 MB.
 * - `formatExact` is the tooltip format: 4 significant digits, never rounded to zero.
 */

const SUPER: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10ⁿ written with superscript digits: pow10Text(-3) → "10⁻³". */
export function pow10Text(n: number): string {
  return (
    '10' +
    String(n)
      .split('')
      .map((c) => SUPER[c] ?? c)
      .join('')
  );
}

/** Round ticks covering [lo, hi]: about `count` steps of 1, 2 or 5 × 10ⁿ. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw * 0.999) ?? 10 * mag;
  const start = Math.floor(lo / step + 1e-9) * step;
  const out: number[] = [];
  for (let v = start; v <= hi + step * 1e-9; v += step) {
    out.push(Math.abs(v) < step * 1e-9 ? 0 : +v.toPrecision(12));
    if (out.length > 50) break;
  }
  if (out[out.length - 1] < hi - step * 1e-9)
    out.push(+(out[out.length - 1] + step).toPrecision(12));
  return out;
}

/**
 * Ticks for a log axis over the positive values: powers of ten (every k-th when the range is
 * wide), with 2× and 5× steps when it spans fewer than two decades. The range is widened to
 * whole decades so the first and last tick sit on the axis ends. logTicks([3, 4000]) →
 * [1, 10, 100, 1000, 10000].
 */
export function logTicks(values: Iterable<number>): number[] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v > 0 && Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(hi >= lo)) return undefined;
  const e0 = Math.floor(Math.log10(lo) + 1e-9);
  let e1 = Math.ceil(Math.log10(hi) - 1e-9);
  if (e1 === e0) e1 = e0 + 1;
  const decades = e1 - e0;
  if (decades < 2) {
    const out: number[] = [];
    for (let e = e0; e <= e1; e++)
      for (const m of [1, 2, 5]) {
        const v = +(m * 10 ** e).toPrecision(12);
        if (v >= lo / 1.0001 && v <= hi * 1.0001) out.push(v);
      }
    // Keep the decade ends so the axis is labelled at both ends.
    if (out.length < 2) return [10 ** e0, 10 ** e1];
    return out;
  }
  const stride = Math.max(1, Math.ceil(decades / 8));
  const out: number[] = [];
  for (let e = e0; e <= e1; e += stride) out.push(+(10 ** e).toPrecision(12));
  if (out[out.length - 1] < 10 ** e1 / 1.0001)
    out.push(+(10 ** (out.length * stride + e0)).toPrecision(12));
  return out;
}

function isPow10(v: number): boolean {
  if (v <= 0) return false;
  const e = Math.round(Math.log10(v));
  return Math.abs(v / 10 ** e - 1) < 1e-9;
}

/** Fewest decimals (≤ 6) that write every value exactly. */
function decimalsFor(values: number[]): number {
  let d = 0;
  for (const v of values) {
    while (d < 6 && Math.abs(+v.toFixed(d) - v) > Math.abs(v) * 1e-9 + 1e-12) d++;
  }
  return d;
}

const UNITS: [number, string][] = [
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** One format for the whole tick set. */
export function tickFormatter(ticks: readonly number[] | undefined): (v: number) => string {
  const ts = (ticks ?? []).filter((v) => Number.isFinite(v));
  const nonzero = ts.filter((v) => v !== 0).map(Math.abs);
  if (nonzero.length === 0) return (v) => formatExact(v);
  let max = -Infinity;
  let min = Infinity;
  for (const v of nonzero) {
    if (v > max) max = v;
    if (v < min) min = v;
  }
  if (nonzero.every(isPow10) && (max >= 1e4 || min < 1e-2)) {
    return (v) =>
      v === 0 ? '0' : (v < 0 ? '−' : '') + pow10Text(Math.round(Math.log10(Math.abs(v))));
  }
  if (min < 1e-2 && max < 1) {
    // m×10ⁿ with one shared exponent would misread on a log axis; write each tick on its own.
    return (v) => {
      if (v === 0) return '0';
      const e = Math.floor(Math.log10(Math.abs(v)) + 1e-9);
      const m = +(v / 10 ** e).toPrecision(2);
      return m === 1 ? pow10Text(e) : `${m}×${pow10Text(e)}`;
    };
  }
  if (max >= 1e4) {
    return (v) => {
      const a = Math.abs(v);
      const unit = UNITS.find(([u]) => a >= u);
      if (!unit) return String(+v.toPrecision(6));
      return `${+(v / unit[0]).toPrecision(4)}${unit[1]}`;
    };
  }
  const d = decimalsFor(ts);
  return (v) => v.toFixed(d).replace('-', '−');
}

/** A value as read in a tooltip: 4 significant digits, small values in 10ⁿ notation. */
export function formatExact(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e6) {
    const s = +v.toPrecision(4);
    return a >= 1000 ? s.toLocaleString('en-US') : String(s);
  }
  const e = Math.floor(Math.log10(a));
  const m = (v / 10 ** e).toPrecision(4).replace(/\.?0+$/, '');
  return `${m}×${pow10Text(e)}`;
}

const BYTE_UNITS: [number, string][] = [
  [1e12, 'TB'],
  [1e9, 'GB'],
  [1e6, 'MB'],
  [1e3, 'kB'],
  [1, 'B'],
];

/** Bytes in decimal units: formatBytes(5e8) → "500 MB", formatBytes(1.5e9) → "1.5 GB". */
export function formatBytes(b: number): string {
  if (!Number.isFinite(b)) return String(b);
  if (b === 0) return '0 B';
  const a = Math.abs(b);
  const [u, name] = BYTE_UNITS.find(([x]) => a >= x) ?? [1, 'B'];
  return `${+(b / u).toPrecision(3)} ${name}`;
}
