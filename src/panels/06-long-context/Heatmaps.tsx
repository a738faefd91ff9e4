/**
 * Part 5: attention probabilities of the tiny model for the visitor's prompt, per layer and
 * head, with the long-context options switched on one by one (dynamic NTK base, LogN, the
 * layer-wise windows of part 3). The prompt is repeated up to the chosen length so it can
 * reach past the training length L. The forward pass runs in the worker.
 */
import { memo, useMemo } from 'react';
import { identityKey, useAsync } from '../../ui/useAsync.ts';
import { useTranslation } from 'react-i18next';
import { Toggle } from '../../ui/Toggle.tsx';
import { ablationOptions, type LongContextOptions } from '../../kernels/labdata/ablation.ts';
import { extent } from '../../kernels/labdata/histogram.ts';
import { headDim } from '../../model/config.ts';
import type { TinyModel } from '../../runtime/tinyModel.ts';
import { useTinyModel } from '../../ui/useTinyModel.ts';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Heatmap } from '../../ui/Heatmap.tsx';
import { Spinner } from '../../ui/LoadProgress.tsx';
import { ModelGate } from '../../ui/ModelGate.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { TextBox } from '../../ui/TextBox.tsx';
import { longContextSchema } from './meta.ts';
import { fmt, fmtInt } from '../../ui/format.ts';
import type { WorkerPartProps, LcState } from './parts.ts';
import { windowsOf } from './Windows.tsx';

/** The fields of the lab's state this part reads. */
export const HEATMAP_FIELDS = [
  'head',
  'hlen',
  'hrun',
  'layer',
  'logn',
  'ntk',
  'prompt',
  'win',
  'window',
] as const satisfies readonly (keyof LcState)[];

export const Heatmaps = memo(function Heatmaps(
  props: WorkerPartProps<(typeof HEATMAP_FIELDS)[number]>,
) {
  const { t } = useTranslation('long-context');
  const { state, setState } = props;
  const toggles = ['ntk', 'logn', 'window'] as const;
  return (
    <Figure explain={<Explain tex={t('heat.tex')} text={t('heat.text')} section="§2.5" />}>
      <h2>{t('heat.title')}</h2>
      <TextBox
        label={t('controls.prompt')}
        value={state.prompt}
        rows={2}
        field={longContextSchema.prompt}
        onChange={(prompt) => setState({ prompt })}
        testId="prompt"
        spellCheck
      />
      <div className="controls">
        <Slider
          field={longContextSchema.hlen}
          value={state.hlen}
          format={fmtInt}
          onChange={(hlen) => setState({ hlen })}
          testId="slider-hlen"
        />
        <div className="field">
          {toggles.map((k) => (
            <Toggle
              key={k}
              field={longContextSchema[k]}
              checked={state[k]}
              onChange={(on) => setState({ [k]: on })}
              className="lc-check"
              testId={`toggle-${k}`}
            />
          ))}
        </div>
      </div>
      {state.hrun ? (
        <HeatGate {...props} />
      ) : (
        <div className="row-buttons">
          <button type="button" data-testid="run-heat" onClick={() => setState({ hrun: true })}>
            {t('heat.run')}
          </button>
          <span className="hint">{t('heat.runHint')}</span>
        </div>
      )}
    </Figure>
  );
});

function HeatGate(props: WorkerPartProps<(typeof HEATMAP_FIELDS)[number]>) {
  const model = useTinyModel();
  return <ModelGate state={model}>{(tiny) => <HeatRun tiny={tiny} {...props} />}</ModelGate>;
}

function HeatRun({
  tiny,
  state,
  setState,
  worker,
  restartWorker,
}: WorkerPartProps<(typeof HEATMAP_FIELDS)[number]> & { tiny: TinyModel }) {
  const { t } = useTranslation('long-context');
  const c = tiny.config;
  const L = c.max_position_embeddings;
  const layer = Math.min(state.layer, c.num_hidden_layers - 1);
  const head = Math.min(state.head, c.num_attention_heads - 1);
  const ids = useMemo(() => {
    const p = tiny.tokenizer.encode(state.prompt);
    return p.length === 0 ? [] : Array.from({ length: state.hlen }, (_, i) => p[i % p.length]);
  }, [tiny, state.prompt, state.hlen]);
  const parsed = windowsOf(state, c.num_hidden_layers);
  const options = useMemo((): LongContextOptions => {
    const o: LongContextOptions = {};
    if (state.ntk && ids.length > 0) {
      const m = { trainLength: L, headDim: headDim(c), base: c.rope_theta, windows: [] };
      const base = ablationOptions('ntk', ids.length, m).ropeBase;
      if (base !== undefined) o.ropeBase = base;
    }
    if (state.logn) o.lognTrainLength = L;
    if (state.window && 'windows' in parsed) o.windows = parsed.windows;
    return o;
    // parsed is rebuilt from state.win on every render; state.win is the real dependency
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.ntk, state.logn, state.window, state.win, ids.length, L, c]);
  // The worker's identity is part of the key: after Retry the new worker runs the job again.
  const key = `${identityKey(worker)}|${JSON.stringify([ids, options, layer, head])}`;
  const res = useAsync(ids.length === 0 ? null : key, () =>
    worker(tiny).then((w) => w.attention(ids, options, layer, head)),
  );
  const result = useMemo(
    () => (res.value && res.key ? { key: res.key, probs: res.value } : null),
    [res.value, res.key],
  );
  const error = res.error;

  const pieces = useMemo(() => ids.map((id) => tiny.tokenizer.decode([id])), [ids, tiny]);
  // Colours show each query's weights against its own largest (a row sums to 1, so one long
  // row would otherwise wash the others out); the read-out gives P itself.
  const range = useMemo(() => (result ? extent(result.probs) : null), [result]);
  if (ids.length === 0) return <p className="hint">{t('heat.empty')}</p>;
  if (error)
    return <PanelError error={t('heat.error', { message: error })} onRetry={restartWorker} />;
  const T = ids.length;
  const probs = result?.probs.length === T * T ? result.probs : null;
  return (
    <div data-testid="heat-view" aria-busy={result?.key !== key}>
      <div className="controls">
        <Slider
          field={{ ...longContextSchema.layer, max: c.num_hidden_layers - 1 }}
          value={layer}
          onChange={(l) => setState({ layer: l })}
          testId="slider-layer"
        />
        <Slider
          field={{ ...longContextSchema.head, max: c.num_attention_heads - 1 }}
          value={head}
          onChange={(h) => setState({ head: h })}
          testId="slider-head"
        />
      </div>
      <p className="hint" data-testid="heat-options">
        {t('heat.applied', {
          T: fmtInt(T),
          L,
          base: fmt(options.ropeBase ?? c.rope_theta, 1),
          logn: options.lognTrainLength ? t('heat.on') : t('heat.off'),
          window:
            options.windows && options.windows[layer] !== Infinity
              ? fmtInt(options.windows[layer])
              : t('windows.full'),
        })}
      </p>
      {!probs || !range ? (
        <Spinner label={t('heat.computing')} />
      ) : (
        <Heatmap
          testId="heatmap-attention"
          values={probs}
          rows={T}
          cols={T}
          min={0}
          max={Math.max(range.max, 1e-12)}
          scale="row"
          rowLabel={(r) => t('heat.query', { i: r, tok: JSON.stringify(pieces[r]) })}
          colLabel={(k) => t('heat.key', { i: k, tok: JSON.stringify(pieces[k]) })}
          xLabel={t('heat.xAxis')}
          yLabel={t('heat.yAxis')}
          valueLabel={t('heat.keyTitle')}
          format={(v) => `P = ${fmt(v, 4)}`}
          ariaLabel={t('heat.label', { l: layer, h: head })}
          height={Math.min(420, Math.max(160, T))}
        />
      )}
    </div>
  );
}
