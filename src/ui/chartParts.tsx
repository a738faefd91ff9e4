/**
 * The small pieces every chart of Chart.tsx shares: the tick font, the y axis width its labels
 * need, the themed axis and tooltip styles, and category ticks that wrap onto up to three lines
 * instead of being dropped ("SwiGLU 8/3" stays readable at 375 px).
 *
 *   yWidth(['1.0e+8', '10']) → 52 (px)
 *   wrapLines('SwiGLU 8/3 rounded') → ['SwiGLU', '8/3', 'rounded']
 */
import type { ChartTheme } from './chartTheme.ts';

export const FONT = 12;
/** Longest line of a category tick before it breaks at a space (characters). */
const WRAP = 7;
/** Width the y axis needs for its longest tick label. */
export function yWidth(labels: string[]): number {
  let longest = 0;
  for (const s of labels) longest = Math.max(longest, s.length);
  return Math.max(32, Math.min(90, 10 + longest * 7));
}

export function themed(th: ChartTheme) {
  return {
    axis: { stroke: th.muted, tick: { fill: th.muted, fontSize: FONT } },
    tooltip: { background: th.background, borderColor: th.grid, color: th.text },
  };
}

/** A category label broken at spaces into lines of at most WRAP characters where it can. */
export function wrapLines(label: string): string[] {
  const lines: string[] = [];
  for (const w of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && (lines[last] + ' ' + w).length <= WRAP) lines[last] += ' ' + w;
    else lines.push(w);
  }
  return lines;
}

/** A category tick written on up to three lines, broken at spaces, so no label is dropped. */
export function WrappedTick(props: {
  x?: number;
  y?: number;
  payload?: { value: unknown };
  fill?: string;
  anchor?: 'middle' | 'end';
}) {
  const { x = 0, y = 0, payload, fill, anchor = 'middle' } = props;
  const lines = wrapLines(String(payload?.value ?? ''));
  const dy = anchor === 'end' ? -((lines.length - 1) * FONT * 1.15) / 2 + FONT * 0.35 : FONT;
  return (
    <text x={x} y={y} fill={fill} fontSize={FONT} textAnchor={anchor}>
      {lines.map((l, i) => (
        <tspan key={i} x={anchor === 'end' ? x - 4 : x} dy={i === 0 ? dy : FONT * 1.15}>
          {l}
        </tspan>
      ))}
    </text>
  );
}
