/**
 * A labelled checkbox for an on/off setting (usually a boolean field of a panel's URL schema).
 *
 *   <Toggle label="NTK" checked={state.ntk} onChange={(ntk) => setState({ ntk })} testId="toggle-ntk" />
 */
import type { ReactNode } from 'react';

export interface ToggleProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
  disabled?: boolean;
  testId?: string;
}

export function Toggle({ label, checked, onChange, className, disabled, testId }: ToggleProps) {
  return (
    <label className={className}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
      />{' '}
      {label}
    </label>
  );
}
