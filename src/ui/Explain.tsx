/**
 * The block beside every chart: a heading, the formula, two or three sentences, and the report
 * section it comes from. Text comes from the panel's locale files (rendered as text).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Formula } from './Formula.tsx';

export function Explain({
  title,
  tex,
  text,
  section,
  children,
}: {
  /** Optional: omit it when the chart beside it already has the same heading. */
  title?: string;
  tex?: string;
  text: string;
  section: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <aside className="explain">
      {title && <h3>{title}</h3>}
      {tex && <Formula tex={tex} />}
      {text.split('\n\n').map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {children}
      <p className="explain-section">{t('panel.reportSection', { section })}</p>
    </aside>
  );
}

/** A chart and its explanation side by side (stacked on narrow screens). */
export function Figure({
  children,
  explain,
  id,
}: {
  children: ReactNode;
  explain: ReactNode;
  id?: string;
}) {
  return (
    <div className="figure" id={id}>
      <div className="figure-main">{children}</div>
      {explain}
    </div>
  );
}
