/**
 * Part 4: inside the tiny Qwen for the visitor's prompt — the RMS of the residual stream at every
 * layer, the learned RMSNorm gains, and the SwiGLU gate activations silu(gate(x)) per layer. The
 * model is the shared one (useTinyModel); the forward pass with its intermediates
 * (src/model/forward.ts) runs in the lab's worker. Loads only when the visitor asks (or run=1).
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TinyModel } from '../../runtime/tinyModel.ts';
import { useTinyModel } from '../../ui/useTinyModel.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import { BarChartView, LineChartView } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Heatmap } from '../../ui/Heatmap.tsx';
import { Spinner } from '../../ui/LoadProgress.tsx';
import { ModelGate } from '../../ui/ModelGate.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { TextBox } from '../../ui/TextBox.tsx';
import { rows } from '../../ui/chartData.ts';
import { fmt, pct } from '../../ui/format.ts';
import { normSchema } from './meta.ts';
import type { ModelView } from './norm.worker.ts';
import { useModelOnce } from '../../runtime/modelOnce.ts';
import { useAsync } from '../../ui/useAsync.ts';
import type { NormWorker } from './useNormWorker.ts';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

type Lab = StateOf<typeof normSchema>;
/** The fields of the lab's state this part reads (Panel.tsx hands it only these). */
export const INSIDE_FIELDS = [
  'prompt',
  'layer',
  'near',
  'run',
] as const satisfies readonly (keyof Lab)[];
type S = Pick<Lab, (typeof INSIDE_FIELDS)[number]>;
type Props = {
  state: S;
  setState: (p: Partial<S>) => void;
  worker: NormWorker | null;
  /** Starts a fresh worker (Retry after it failed). */
  restartWorker: () => void;
};

/** Longest prompt the view runs (tokens); longer prompts are cut and the UI says so. */
const MAX_TOKENS = 128;

export const TinyModelView = memo(function TinyModelView(outer: Props) {
  const { t } = useTranslation('norm');
  // The untouched default prompt is shown (and run) in the page's language.
  const prompt =
    outer.state.prompt === normSchema.prompt.default
      ? t('inside.defaultPrompt')
      : outer.state.prompt;
  const props = { ...outer, state: { ...outer.state, prompt } };
  const { state, setState } = props;
  return (
    <Figure explain={<Explain tex={t('inside.tex')} text={t('inside.text')} section="§2.3" />}>
      <h2>{t('inside.title')}</h2>
      <TextBox
        label={t('controls.prompt')}
        value={state.prompt}
        rows={2}
        field={normSchema.prompt}
        onChange={(prompt) => setState({ prompt })}
        testId="prompt"
        spellCheck
      />
      {state.run ? (
        <Inspector {...props} />
      ) : (
        <div className="row-buttons">
          <button type="button" data-testid="run-model" onClick={() => setState({ run: true })}>
            {t('inside.run')}
          </button>
          <span className="hint">{t('inside.runHint')}</span>
        </div>
      )}
    </Figure>
  );
});

function Inspector(props: Props) {
  const model = useTinyModel();
  return <ModelGate state={model}>{(tiny) => <Views tiny={tiny} {...props} />}</ModelGate>;
}

function Views({ tiny, state, setState, worker, restartWorker }: Props & { tiny: TinyModel }) {
  const { t } = useTranslation('norm');
  const sendModel = useModelOnce<NormWorker>();
  const { ids, cut } = useMemo(() => {
    const all = tiny.tokenizer.encode(state.prompt);
    const limit = Math.min(MAX_TOKENS, tiny.config.max_position_embeddings);
    return { ids: all.slice(0, limit), cut: all.length > limit };
  }, [tiny, state.prompt]);
  const key = worker && ids.length > 0 ? `${ids.join(',')}|${state.near}` : null;
  const job =
    worker && ids.length > 0
      ? async () => (await sendModel(worker, tiny.model)).inspect(ids, state.near)
      : null;
  const res = useAsync<ModelView>(key, job);
  const pieces = useMemo(() => ids.map((id) => tiny.tokenizer.decode([id])), [ids, tiny]);

  if (ids.length === 0) return <p className="hint">{t('inside.empty')}</p>;
  if (res.error)
    return (
      <PanelError
        error={t('inside.error', { message: res.error })}
        onRetry={() => {
          restartWorker();
          res.retry();
        }}
      />
    );
  const v = res.value;
  if (!v) return <Spinner label={t('inside.computing')} />;
  const L = v.layers;
  const T = v.tokens;
  const layer = Math.min(state.layer, L - 1);
  const normLabel = (r: number) =>
    r === 2 * L
      ? t('inside.finalNorm')
      : t(r % 2 === 0 ? 'inside.inputNorm' : 'inside.postNorm', { l: Math.floor(r / 2) });
  let gmax = 1;
  for (const g of v.gainStats) gmax = Math.max(gmax, g.inputMax, g.postMax);
  return (
    <div className="model-view" data-testid="model-view" aria-busy={res.busy}>
      <p className="token-strip" data-testid="token-strip">
        {pieces.map((p, i) => (
          <span key={i} className="token">
            {p}
          </span>
        ))}
      </p>
      <p className="hint">
        {t('inside.tokens', { n: T, layers: L, hidden: v.hidden, inter: v.intermediate })}
        {cut ? ' ' + t('inside.cut', { n: MAX_TOKENS }) : ''}
      </p>

      <h3>{t('inside.rmsTitle')}</h3>
      <LineChartView
        testId="chart-residual"
        ariaLabel={t('inside.rmsTitle')}
        data={rows(L + 1, (l) => ({
          l,
          mean: v.residualRmsMean[l],
          first: v.residualRms[l * T],
          last: v.residualRms[l * T + T - 1],
        }))}
        x={{ key: 'l', label: t('inside.rmsX'), tickFormat: (x) => String(x) }}
        y={{ label: t('inside.rmsY'), domain: [0, 'auto'] }}
        series={[
          { key: 'mean', name: t('inside.mean'), color: 0 },
          { key: 'first', name: t('inside.first'), color: 1, dashed: true },
          { key: 'last', name: t('inside.last'), color: 2, dashed: true },
        ]}
        height={220}
      />

      <h3>{t('inside.gainTitle')}</h3>
      <Heatmap
        testId="heatmap-gains"
        values={v.gains}
        rows={2 * L + 1}
        cols={v.hidden}
        min={0}
        max={gmax}
        rowLabel={normLabel}
        colLabel={(c) => t('inside.channel', { c })}
        format={(x) => fmt(x, 4)}
        rowTick={(r) =>
          r === 2 * L ? t('inside.finalNorm') : `${Math.floor(r / 2)} ${r % 2 ? 'FFN' : 'attn'}`
        }
        xLabel={t('inside.gainX')}
        yLabel={t('inside.gainY')}
        valueLabel={t('inside.gainKey')}
        ariaLabel={t('inside.gainTitle')}
        height={Math.min(220, 24 * (2 * L + 1))}
      />
      <ScrollBox label={t('inside.gainTitle')}>
        <table className="data" data-testid="gain-table">
          <thead>
            <tr>
              <th>{t('inside.layer')}</th>
              <th>{t('inside.gainInput')}</th>
              <th>{t('inside.gainPost')}</th>
              <th>{t('inside.nearShare', { r: fmt(state.near, 3) })}</th>
              <th>{t('inside.gateMean')}</th>
            </tr>
          </thead>
          <tbody>
            {v.gainStats.map((g, l) => (
              <tr key={l}>
                <td>{l}</td>
                <td>{fmt(g.input, 3)}</td>
                <td>{fmt(g.post, 3)}</td>
                <td>{pct(v.nearZero[l])}</td>
                <td>{fmt(v.gateMean[l], 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>

      <h3>{t('inside.gateTitle', { l: layer })}</h3>
      <div className="controls">
        <Slider
          field={{ ...normSchema.layer, max: L - 1 }}
          value={layer}
          onChange={(l) => setState({ layer: l })}
          testId="slider-layer"
        />
        <Slider
          field={normSchema.near}
          value={state.near}
          format={(x) => fmt(x, 3)}
          onChange={(near) => setState({ near })}
          testId="slider-near"
        />
      </div>
      <BarChartView
        testId="chart-gate-hist"
        ariaLabel={t('inside.gateTitle', { l: layer })}
        data={rows(v.gateHist[layer].length, (b) => ({
          x: fmt((v.gateEdges[b] + v.gateEdges[b + 1]) / 2, 2),
          n: v.gateHist[layer][b],
        }))}
        x={{ key: 'x', label: t('inside.gateX') }}
        y={{ label: t('inside.gateY') }}
        series={[{ key: 'n', name: t('inside.gateY') }]}
        height={220}
      />
      <p className="hint" data-testid="near-zero">
        {t('inside.nearSummary', {
          l: layer,
          share: pct(v.nearZero[layer]),
          r: fmt(state.near, 3),
          max: fmt(v.gateMax[layer], 3),
        })}
      </p>
    </div>
  );
}
