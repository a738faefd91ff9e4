/** The RoPE lab's controls: base, head dimension, lengths, scaling method and its parameters. */
import { fmt, fmtInt } from '../../ui/format.ts';
import { useTranslation } from 'react-i18next';
import { SCALING_METHODS, type ScalingMethod } from '../../kernels/reference/ropeScaling.ts';
import { Slider } from '../../ui/Slider.tsx';
import { MAX_TARGET } from './meta.ts';
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
        label={t('controls.base')}
        value={state.base}
        min={100}
        max={1e8}
        log
        format={(v) => fmtInt(v)}
        onChange={(base) => setState({ base })}
        testId="slider-base"
      />
      <Slider
        label={t('controls.dim')}
        value={state.dim}
        min={8}
        max={256}
        step={2}
        integer
        onChange={(dim) => setState({ dim })}
        testId="slider-dim"
      />
      <Slider
        label={t('controls.train')}
        value={state.train}
        min={16}
        max={65_536}
        log
        integer
        format={fmtInt}
        onChange={(train) => setState({ train })}
        testId="slider-train"
      />
      <Slider
        label={t('controls.len')}
        value={state.len}
        min={16}
        max={MAX_TARGET}
        log
        integer
        format={fmtInt}
        onChange={(len) => setState({ len })}
        testId="slider-len"
      />
      <label className="field">
        {t('controls.method')}
        <select
          value={m}
          onChange={(e) => setState({ method: e.target.value as ScalingMethod })}
          data-testid="method"
        >
          {SCALING_METHODS.map((x) => (
            <option key={x} value={x}>
              {t(`methods.${x}`)}
            </option>
          ))}
        </select>
      </label>
      {usesFactor && (
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={state.auto}
              onChange={(e) => setState({ auto: e.target.checked })}
            />{' '}
            {t('controls.auto')}
          </label>
          {state.auto ? (
            <span className="slider-hint">
              {t('controls.autoValue', { value: fmt(factor, 3) })}
            </span>
          ) : (
            <Slider
              label={m === 'ntk' ? t('controls.alpha') : t('controls.factor')}
              value={state.factor}
              min={1}
              max={256}
              log
              format={(v) => fmt(v, 3)}
              onChange={(factor) => setState({ factor })}
            />
          )}
        </div>
      )}
      {m === 'yarn' && (
        <>
          <Slider
            label={t('controls.bfast')}
            value={state.bfast}
            min={1}
            max={256}
            log
            format={(v) => fmt(v, 2)}
            onChange={(bfast) => setState({ bfast })}
          />
          <Slider
            label={t('controls.bslow')}
            value={state.bslow}
            min={0.125}
            max={64}
            log
            format={(v) => fmt(v, 3)}
            onChange={(bslow) => setState({ bslow })}
          />
        </>
      )}
      {m === 'llama3' && (
        <>
          <Slider
            label={t('controls.lowf')}
            value={state.lowf}
            min={0.125}
            max={64}
            log
            format={(v) => fmt(v, 3)}
            onChange={(lowf) => setState({ lowf })}
          />
          <Slider
            label={t('controls.highf')}
            value={state.highf}
            min={0.125}
            max={64}
            log
            format={(v) => fmt(v, 3)}
            onChange={(highf) => setState({ highf })}
          />
        </>
      )}
    </div>
  );
}
