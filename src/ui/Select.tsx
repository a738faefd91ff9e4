/**
 * A labelled drop-down for a choice among a few values (usually an enum field of a panel's URL
 * schema), so no panel writes the `<label><select>{values.map(<option>)}` block by hand.
 *
 *   <Select label="Scaling" values={SCALING_METHODS} value={state.method}
 *     optionLabel={(m) => t(`methods.${m}`)} onChange={(method) => setState({ method })} />
 *
 * Values may be strings or numbers (an index); the option's text is `optionLabel(value)`.
 */
import type { ReactNode } from 'react';

export interface SelectProps<V extends string | number> {
  label: ReactNode;
  values: readonly V[];
  value: V;
  onChange: (v: V) => void;
  /** The text of a value's option (default: the value itself). */
  optionLabel?: (v: V) => string;
  className?: string;
  disabled?: boolean;
  testId?: string;
}

export function Select<V extends string | number>({
  label,
  values,
  value,
  onChange,
  optionLabel = String,
  className = 'field',
  disabled,
  testId,
}: SelectProps<V>) {
  return (
    <label className={className}>
      {label}
      <select
        value={String(value)}
        disabled={disabled}
        onChange={(e) => {
          const picked = values.find((v) => String(v) === e.target.value);
          if (picked !== undefined) onChange(picked);
        }}
        data-testid={testId}
      >
        {values.map((v) => (
          <option key={String(v)} value={String(v)}>
            {optionLabel(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
