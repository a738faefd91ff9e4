/** One palette for every chart and heatmap, per theme (Okabe–Ito-like hues tuned per background). */
import { useResolvedTheme } from './useResolvedTheme.ts';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  background: string;
  series: readonly string[];
  /** Diverging map ends for heatmaps: negative, zero, positive. */
  diverging: readonly [string, string, string];
}

export const CHART_THEMES: Record<'light' | 'dark', ChartTheme> = {
  light: {
    text: '#1b1f24',
    muted: '#57606a',
    grid: '#d8dee4',
    background: '#ffffff',
    series: ['#0060b0', '#c0500a', '#00845f', '#b8357a', '#7a5c00', '#5a4fcf', '#3a7ca5'],
    diverging: ['#b2182b', '#f7f7f7', '#2166ac'],
  },
  dark: {
    text: '#e6edf3',
    muted: '#9ba6b2',
    grid: '#30363d',
    background: '#0d1117',
    series: ['#58a6ff', '#f0883e', '#3fb950', '#f778ba', '#d4a72c', '#a5a0ff', '#79c0ff'],
    diverging: ['#f4a582', '#161b22', '#92c5de'],
  },
};

export function useChartTheme(): ChartTheme {
  return CHART_THEMES[useResolvedTheme()];
}
