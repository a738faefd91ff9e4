/** What a panel hands to LineChartView and BarChartView (Chart.tsx, BarChart.tsx). */
import type { AxisSpec, Row } from './chartAxes.ts';

export interface Axis extends AxisSpec {
  key?: string;
  label: string;
}
export interface Series {
  key: string;
  name: string;
  dashed?: boolean;
  /** Index into the theme's palette (defaults to the series' position). */
  color?: number;
  /** Bars only: negative values drawn in another colour, with their own legend entry. */
  negative?: { name: string; color: number };
}
export interface RefLine {
  x?: number;
  y?: number;
  label: string;
}

export interface ChartProps {
  data: Row[];
  x: Axis & { key: string };
  y: Axis;
  series: Series[];
  refLines?: RefLine[];
  height?: number;
  /** The chart's accessible name (its title). */
  ariaLabel: string;
  /** A sentence added to the automatic text summary (e.g. where a curve crosses a line). */
  summary?: string;
  testId?: string;
  /** Bar charts: categories down the side, bars across (many categories, narrow screens). */
  horizontal?: boolean;
}
