/**
 * The frame every chart and heatmap shares: a figure with an accessible name, the y-axis title
 * above the plot and the x-axis title below it as text (never clipped by the SVG, kept on
 * phones), "log scale" said where an axis is logarithmic, a legend below the plot, notes
 * (e.g. two series that coincide) and a short text summary for screen readers. The drawing
 * itself is hidden from assistive technology and is not a tab stop.
 */
import { useId, type ReactNode } from 'react';
import './chart.css';
import { useTranslation } from 'react-i18next';

export interface LegendItem {
  name: string;
  color: string;
  dash?: string;
  /** Drawn as a filled box (bars) instead of a line. */
  box?: boolean;
}

export function axisTitle(
  t: (k: string) => string,
  label: string,
  scale: 'linear' | 'log' | undefined,
): string {
  return scale === 'log' ? `${label} · ${t('chart.logScale')}` : label;
}

export function ChartFrame({
  className,
  ariaLabel,
  testId,
  yTitle,
  xTitle,
  legend,
  notes,
  summary,
  children,
}: {
  className: string;
  ariaLabel: string;
  testId?: string;
  yTitle?: string;
  xTitle?: string;
  legend?: LegendItem[];
  notes?: string[];
  summary: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure
      className={`chart-frame ${className}`}
      role="figure"
      aria-label={ariaLabel}
      aria-describedby={`${id}-summary`}
      data-testid={testId}
    >
      {yTitle && (
        <div className="chart-title-y" data-role="y-title" aria-hidden="true">
          {yTitle}
        </div>
      )}
      {children}
      {xTitle && (
        <div className="chart-title-x" data-role="x-title" aria-hidden="true">
          {xTitle}
        </div>
      )}
      {legend && legend.length > 1 && (
        <ul className="chart-legend" data-role="legend" aria-hidden="true">
          {legend.map((l) => (
            <li key={l.name}>
              <svg width="22" height="10" aria-hidden="true">
                {l.box ? (
                  <rect x="4" y="0" width="14" height="10" fill={l.color} />
                ) : (
                  <line
                    x1="0"
                    y1="5"
                    x2="22"
                    y2="5"
                    stroke={l.color}
                    strokeWidth="3"
                    strokeDasharray={l.dash}
                  />
                )}
              </svg>
              {l.name}
            </li>
          ))}
        </ul>
      )}
      {notes?.map((n) => (
        <p key={n} className="chart-note" data-role="chart-note">
          {n}
        </p>
      ))}
      <figcaption id={`${id}-summary`} className="visually-hidden" data-role="summary">
        {summary}
      </figcaption>
    </figure>
  );
}

/** A localized one-line summary: axes, then each series' range. */
export function useSummary() {
  const { t } = useTranslation();
  return (parts: {
    x?: string;
    y?: string;
    lines: { name: string; first: string; last: string; min: string; max: string }[];
    extra?: string;
  }) =>
    [
      parts.x && parts.y ? t('chart.axes', { x: parts.x, y: parts.y }) : '',
      ...parts.lines.map((l) => t('chart.series', l)),
      parts.extra ?? '',
    ]
      .filter(Boolean)
      .join(' ');
}
