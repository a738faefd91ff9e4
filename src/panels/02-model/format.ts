/** Number formatting for the Model lab (display only; every number comes from the kernels). */
import { visibleToken } from '../../ui/visibleText.ts';

/** 7721324544 → "7,721,324,544". */
export const fmtInt = (v: number) => Math.round(v).toLocaleString('en-US');

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

/** Whitespace and invisible format characters made visible (src/ui/visibleText.ts). */
export function visible(text: string): string {
  return visibleToken(text);
}
