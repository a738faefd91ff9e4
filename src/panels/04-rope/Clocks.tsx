/**
 * Every feature pair of one query vector as a clock hand. Pair i turns by θᵢ per position, so
 * the first hands spin fast and the last barely move. A hand is a button: choosing it shows
 * angle = position · θᵢ for that pair.
 */
import { useTranslation } from 'react-i18next';
import { useRovingFocus } from '../../ui/useRovingFocus.ts';

const TWO_PI = 2 * Math.PI;

export function Clocks({
  angles,
  selected,
  onSelect,
}: {
  /** Angle of each pair in radians. // (d/2,) */
  angles: ArrayLike<number>;
  selected: number;
  onSelect: (pair: number) => void;
}) {
  const { t } = useTranslation('rope');
  // One tab stop for all hands; the arrow keys move between them (Up / Down by a row).
  const roving = useRovingFocus({
    count: angles.length,
    current: selected,
    columns: () => {
      const row = document.querySelectorAll('.clocks > .clock');
      const top = (row[0] as HTMLElement | undefined)?.offsetTop;
      let n = 0;
      while (n < row.length && (row[n] as HTMLElement).offsetTop === top) n++;
      return Math.max(1, n);
    },
  });
  const items = [];
  for (let i = 0; i < angles.length; i++) {
    const a = angles[i] - TWO_PI * Math.floor(angles[i] / TWO_PI);
    // SVG y grows downwards: a counter-clockwise turn from 3 o'clock is (cos a, −sin a).
    const x = 16 + 12 * Math.cos(a);
    const y = 16 - 12 * Math.sin(a);
    items.push(
      <button
        key={i}
        type="button"
        className={i === selected ? 'clock selected' : 'clock'}
        aria-pressed={i === selected}
        aria-label={t('rotation.pairLabel', { pair: i })}
        onClick={() => onSelect(i)}
        {...roving.itemProps(i)}
      >
        <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
          <circle cx="16" cy="16" r="14" className="clock-face" />
          <line x1="16" y1="16" x2={x} y2={y} className="clock-hand" />
        </svg>
        <span className="clock-index">{i}</span>
      </button>,
    );
  }
  return (
    <div
      className="clocks"
      role="group"
      aria-label={t('rotation.clocksLabel')}
      {...roving.groupProps}
    >
      {items}
    </div>
  );
}
