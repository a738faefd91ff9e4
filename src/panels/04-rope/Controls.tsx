/** The RoPE lab's controls: base, head dimension, lengths, scaling method and its parameters. */
import { fmt, fmtInt } from '../../ui/format.ts';
import { useTranslation } from 'react-i18next';
import { Toggle } from '../../ui/Toggle.tsx';
import { Select } from '../../ui/Select.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { ropeSchema } from './meta.ts';
import type { RopeState } from './settings.ts';

export function Controls({
  state,
  setState,
  factor,
}: {
  state: RopeState;
  setState: (p: Partial<RopeState>) => void;
  factor: number;
}) {
  const { t } = useTranslation('rope');
  const m = state.method;
  const usesFactor =
    m === 'linear' || m === 'ntk' || m === 'dynamic' || m === 'yarn' || m === 'llama3';
  return (
    <div className="controls" data-testid="rope-controls">
      <Slider
        field={ropeSchema.base}
        value={state.base}
        format={(v) => fmtInt(v)}
        onChange={(base) => setState({ base })}
        testId="slider-base"
      />
      <Slider
        field={ropeSchema.dim}
        value={state.dim}
        onChange={(dim) => setState({ dim })}
        testId="slider-dim"
      />
      <Slider
        field={ropeSchema.train}
        value={state.train}
        format={fmtInt}
        onChange={(train) => setState({ train })}
        testId="slider-train"
      />
      <Slider
        field={ropeSchema.len}
        value={state.len}
        format={fmtInt}
        onChange={(len) => setState({ len })}
        testId="slider-len"
      />
      <Select
        field={ropeSchema.method}
        value={m}
        optionLabel={(x) => t(`methods.${x}`)}
        onChange={(v) => setState({ method: v })}
        testId="method"
      />
      {usesFactor && (
        <div className="field">
          <Toggle
            field={ropeSchema.auto}
            checked={state.auto}
            onChange={(auto) => setState({ auto })}
          />
          {state.auto ? (
            <span className="slider-hint">
              {t('controls.autoValue', { value: fmt(factor, 3) })}
            </span>
          ) : (
            <Slider
              label={m === 'ntk' ? t('controls.alpha') : t('controls.factor')}
              field={ropeSchema.factor}
              value={state.factor}
              format={(v) => fmt(v, 3)}
              onChange={(factor) => setState({ factor })}
            />
          )}
        </div>
      )}
      {m === 'yarn' && (
        <>
          <Slider
            field={ropeSchema.bfast}
            value={state.bfast}
            format={(v) => fmt(v, 2)}
            onChange={(bfast) => setState({ bfast })}
          />
          <Slider
            field={ropeSchema.bslow}
            value={state.bslow}
            format={(v) => fmt(v, 3)}
            onChange={(bslow) => setState({ bslow })}
          />
        </>
      )}
      {m === 'llama3' && (
        <>
          <Slider
            field={ropeSchema.lowf}
            value={state.lowf}
            format={(v) => fmt(v, 3)}
            onChange={(lowf) => setState({ lowf })}
          />
          <Slider
            field={ropeSchema.highf}
            value={state.highf}
            format={(v) => fmt(v, 3)}
            onChange={(highf) => setState({ highf })}
          />
        </>
      )}
    </div>
  );
}
