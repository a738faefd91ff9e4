/**
 * A labelled slider for one number field of a panel's URL schema: a real range input
 * (keyboard: arrows, Page Up/Down, Home/End) with the live value and a numeric entry for an
 * exact value. The field says everything about the track, so a limit is written once:
 *
 *   <Slider field={ropeSchema.base} value={state.base} onChange={…} />
 *   // ropeSchema.base = num({ default: 10000, min: 100, max: 1e8, log: true,
 *   //                         label: 'rope:controls.base' })
 *
 * `log` makes the track logarithmic for parameters that span decades (a RoPE base from 100 to
 * 10⁸); its values keep 4 significant digits. Typed and dragged values are clamped and rounded
 * by the same `clampNumber` that reads a link, so the slider and the URL never disagree.
 * A limit known only at run time (the last layer of a model) overrides the field:
 * `field={{ ...schema.layer, max: layers - 1 }}`.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clampNumber, type NumberField } from '../state/urlSchema.ts';
import { roundSignificant } from './format.ts';

export interface SliderProps {
  /** The label, when it is not the field's own (`field.label`, an i18n key). */
  label?: string;
  value: number;
  /** The schema field: min, max, step, log track, integer or even rounding. */
  field: NumberField;
  /** Display of the live value, e.g. v => v.toExponential(2). */
  format?: (v: number) => string;
  onChange: (v: number) => void;
  /** Optional hint under the slider. */
  hint?: string;
  testId?: string;
}

const LOG_STEPS_PER_DECADE = 100;

/** The linear track's step: the field's, else 2 for even, 1 for whole numbers, else 1/200 of the range. */
export function trackStep(f: NumberField): number {
  if (f.step) return f.step;
  if (f.even) return 2;
  return f.integer ? 1 : (f.max - f.min) / 200;
}

export function Slider({ value, field, format, onChange, hint, testId, ...props }: SliderProps) {
  const { min, max, log } = field;
  const step = trackStep(field);
  const { t } = useTranslation();
  const label = props.label ?? (field.label ? t(field.label) : '');
  const id = useId();
  const shown = format ? format(value) : String(value);
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);

  const clamp = (v: number) => clampNumber(field, v);
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
