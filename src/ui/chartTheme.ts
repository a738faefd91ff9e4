/**
 * One palette for every chart and heatmap, per theme. Line and bar colours are the Okabe–Ito
 * set (distinguishable with the common colour-vision deficiencies), ordered so that the first
 * few never pair two similar hues, and brightened on the dark background. Sequential heatmaps use
 * viridis (light to dark stays monotone in lightness, readable in grey); diverging ones a
 * blue–neutral–red map whose neutral end is the page background.
 */
import { useResolvedTheme } from './useResolvedTheme.ts';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  background: string;
  series: readonly string[];
  /** Diverging map ends for heatmaps: negative, zero, positive. */
  diverging: readonly [string, string, string];
  /** Sequential map stops for heatmaps, low to high. */
  sequential: readonly string[];
}

/** Viridis at 9 evenly spaced stops. */
const VIRIDIS = [
  '#440154',
  '#472d7b',
  '#3b528b',
  '#2c728e',
  '#21918c',
  '#28ae80',
  '#5ec962',
  '#addc30',
  '#fde725',
] as const;

export const CHART_THEMES: Record<'light' | 'dark', ChartTheme> = {
  light: {
    text: '#1b1f24',
    muted: '#57606a',
    grid: '#d8dee4',
    background: '#ffffff',
    // blue, vermillion, bluish green, reddish purple, orange, sky blue, black
    series: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#b87d00', '#3d9bd4', '#1b1f24'],
    diverging: ['#b2182b', '#f7f7f7', '#2166ac'],
    sequential: VIRIDIS,
  },
  dark: {
    text: '#e6edf3',
    muted: '#9ba6b2',
    grid: '#30363d',
    background: '#0d1117',
    series: ['#56b4e9', '#ff8a3d', '#2fc79a', '#e590c2', '#f0e442', '#8fb8ff', '#e6edf3'],
    diverging: ['#f4a582', '#161b22', '#92c5de'],
    sequential: VIRIDIS,
  },
};

export function useChartTheme(): ChartTheme {
  return CHART_THEMES[useResolvedTheme()];
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The colour at u ∈ [0, 1] along evenly spaced stops. */
export function rampColor(stops: readonly string[], u: number): [number, number, number] {
  const x = Math.max(0, Math.min(1, u)) * (stops.length - 1);
  const k = Math.min(stops.length - 2, Math.floor(x));
  const t = x - k;
  const a = hexToRgb(stops[k]);
  const b = hexToRgb(stops[k + 1]);
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}
