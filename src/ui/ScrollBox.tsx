/**
 * A box that scrolls sideways (wide tables) and says so: when its content is wider than the box,
 * a line above it tells the reader that more columns are to the right, and the box is a
 * labelled, focusable region so the keyboard can scroll it too.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ScrollBox({
  label,
  className = 'table-scroll',
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    const ro = new ResizeObserver(check);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    return () => ro.disconnect();
  }, []);
  return (
    <>
      {overflows && (
        <p className="scroll-hint" data-testid="scroll-hint">
          {t('chart.tableScroll')}
        </p>
      )}
      <div
        ref={box}
        className={`${className} scroll-box${overflows ? ' scroll-box-overflows' : ''}`}
        role="region"
        aria-label={label}
        tabIndex={overflows ? 0 : undefined}
      >
        {children}
      </div>
    </>
  );
}
