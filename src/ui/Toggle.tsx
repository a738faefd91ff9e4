/**
 * A labelled checkbox for an on/off setting. Bound to a boolean field of a panel's URL schema, it
 * reads its label from the field:
 *
 *   <Toggle field={longContextSchema.ntk} checked={state.ntk} onChange={(ntk) => setState({ ntk })} />
 *   // longContextSchema.ntk = bool(false, 'long-context:heat.ntk')
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BooleanField } from '../state/urlSchema.ts';

export interface ToggleProps {
  /** The label, when it is not the field's own (`field.label`, an i18n key). */
  label?: ReactNode;
  field?: BooleanField;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
  disabled?: boolean;
  testId?: string;
}

export function Toggle({
  label,
  field,
  checked,
  onChange,
  className,
  disabled,
  testId,
}: ToggleProps) {
  const { t } = useTranslation();
  return (
    <label className={className}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
      />{' '}
      {label ?? (field?.label ? t(field.label) : null)}
    </label>
  );
}
