/**
 * The small pieces every chart shares: the tick font, the y axis width its labels need, and
 * category labels that wrap onto up to three lines instead of being dropped ("SwiGLU 8/3" stays
 * readable at 375 px).
 *
 *   yWidth(['1.0e+8', '10']) → 52 (px)
 *   wrapLines('SwiGLU 8/3 rounded') → ['SwiGLU', '8/3', 'rounded']
 */
export const FONT = 12;
/** Longest line of a category tick before it breaks at a space (characters). */
const WRAP = 7;
/** Width the y axis needs for its longest tick label. */
export function yWidth(labels: string[]): number {
  let longest = 0;
  for (const s of labels) longest = Math.max(longest, s.length);
  return Math.max(32, Math.min(90, 10 + longest * 7));
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
