/**
 * A labelled slider: a real range input (keyboard: arrows, Page Up/Down, Home/End) with the live
 * value and a numeric entry for an exact value. `log` makes the track logarithmic for
 * parameters that span decades (a RoPE base from 100 to 10⁸); its values keep 4 significant digits.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roundSignificant } from './format.ts';

export interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Step on the linear track (ignored for log sliders, which move in 1/100 decades). */
  step?: number;
  log?: boolean;
  /** Round typed and dragged values to whole numbers. */
  integer?: boolean;
  /** Display of the live value, e.g. v => v.toExponential(2). */
  format?: (v: number) => string;
  onChange: (v: number) => void;
  /** Optional hint under the slider. */
  hint?: string;
  testId?: string;
}

const LOG_STEPS_PER_DECADE = 100;

export function Slider({
  label,
  value,
  min,
  max,
  step = 1,
  log,
  integer,
  format,
  onChange,
  hint,
  testId,
}: SliderProps) {
  const { t } = useTranslation();
  const id = useId();
  const shown = format ? format(value) : String(value);
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);

  const clamp = (v: number) => {
    const c = Math.min(max, Math.max(min, v));
    return integer ? Math.round(c) : c;
  };
  const toTrack = (v: number) => (log ? Math.log10(v) * LOG_STEPS_PER_DECADE : v);
  // A log track's position is rounded to 4 significant digits, in the field and the URL alike.
  const fromTrack = (x: number) =>
    log ? roundSignificant(Math.pow(10, x / LOG_STEPS_PER_DECADE)) : x;
  const commitDraft = () => {
    const v = Number(draft);
    if (draft.trim() === '' || Number.isNaN(v)) setDraft(String(value));
    else onChange(clamp(v));
  };

  return (
    <div className="slider" data-testid={testId}>
      <div className="slider-head">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id} className="slider-value">
          {shown}
        </output>
      </div>
      <div className="slider-body">
        <input
          id={id}
          type="range"
          min={toTrack(min)}
          max={toTrack(max)}
          step={log ? 1 : step}
          value={toTrack(value)}
          aria-valuetext={shown}
          onChange={(e) => onChange(clamp(fromTrack(Number(e.target.value))))}
        />
        <input
          type="number"
          className="slider-number"
          inputMode="decimal"
          min={min}
          max={max}
          step={log ? 'any' : step}
          value={draft}
          aria-label={t('slider.valueInput', { label })}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commitDraft}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitDraft();
          }}
        />
      </div>
      {hint && <p className="slider-hint">{hint}</p>}
    </div>
  );
}
