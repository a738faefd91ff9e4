/**
 * A labelled drop-down for a choice among a few values, so no panel writes the
 * `<label><select>{values.map(<option>)}` block by hand. Bound to an enum field of a panel's URL
 * schema, it reads the choices and the label from the field:
 *
 *   <Select field={ropeSchema.method} value={state.method}
 *     optionLabel={(m) => t(`methods.${m}`)} onChange={(method) => setState({ method })} />
 *   // ropeSchema.method = oneOf(SCALING_METHODS, 'qwen-dynamic', 'rope:controls.method')
 *
 * Choices that are not a schema field (a list's indices, the models a folder holds) come as
 * `values` with a `label`. The option's text is `optionLabel(value)`.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnumField } from '../state/urlSchema.ts';

type Choices<V extends string | number> =
  | { field: EnumField<Extract<V, string>>; values?: undefined }
  | { field?: undefined; values: readonly V[] };

export type SelectProps<V extends string | number> = Choices<V> & {
  /** The label, when it is not the field's own (`field.label`, an i18n key). */
  label?: ReactNode;
  value: V;
  onChange: (v: V) => void;
  /** The text of a value's option (default: the value itself). */
  optionLabel?: (v: V) => string;
  className?: string;
  disabled?: boolean;
  testId?: string;
};

export function Select<V extends string | number>({
  value,
  onChange,
  optionLabel = String,
  className = 'field',
  disabled,
  testId,
  ...props
}: SelectProps<V>) {
  const { t } = useTranslation();
  const values: readonly V[] = props.field ? (props.field.values as readonly V[]) : props.values!;
  const label = props.label ?? (props.field?.label ? t(props.field.label) : null);
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
