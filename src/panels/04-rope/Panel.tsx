/**
 * The RoPE and context-scaling lab (report §2.3, §2.5). Every number comes from the kernels in
 * src/kernels/ (rope.ts, ropeScaling.ts, numerics.ts, logn.ts, ropeLab.ts); this file only lays
 * out controls and charts.
 */
import { fmt, fmtInt } from '../../ui/format.ts';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerPanelTexts } from '../../i18n/index.ts';
import { ropeAngles } from '../../kernels/reference/rope.ts';
import {
  MAX_CONTEXT,
  MAX_FACTOR,
  SCALING_METHODS,
  ntkBase,
  qwenNtkAlphaSteps,
  type ScalingMethod,
} from '../../kernels/reference/ropeScaling.ts';
import { ropeLabData, type RopeLabData } from '../../kernels/labdata/ropeLab.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Heatmap } from '../../ui/Heatmap.tsx';
import { LineChartView, type Row } from '../../ui/Chart.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { Slider } from '../../ui/Slider.tsx';
import type { PanelProps } from '../types.ts';
import { Clocks } from './Clocks.tsx';
import { useEntropy } from './useEntropy.ts';
import { Spinner } from '../../ui/LoadProgress.tsx';
import { MAX_TARGET, ropeSchema } from './meta.ts';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import './rope.css';

registerPanelTexts('rope', { en, 'zh-CN': zh });

type RopeState = StateOf<typeof ropeSchema>;

/** The state's values made consistent with each other (the URL schema clamps each one alone). */
function settingsOf(s: RopeState) {
  const half = s.dim / 2;
  const len = Math.max(s.len, 16);
  const stretch = Math.max(1, len / s.train);
  // The kernels accept factors up to MAX_FACTOR; a 16-token L stretched to 262K would be 16384.
  const factor = Math.min(MAX_FACTOR, s.auto ? stretch : s.factor);
  return {
    base: s.base,
    headDim: s.dim,
    trainLength: s.train,
    targetLength: len,
    method: s.method as ScalingMethod,
    params: {
      factor,
      alpha: factor,
      betaFast: s.bfast,
      betaSlow: Math.min(s.bslow, s.bfast),
      lowFreqFactor: Math.min(s.lowf, s.highf),
      highFreqFactor: Math.max(s.lowf, s.highf),
    },
    position: Math.min(s.pos, len - 1),
    pair: Math.min(s.pair, half - 1),
    bf16Threshold: s.thr,
    // The entropy experiment runs in a worker (useEntropy): it alone can take a frame.
    entropy: false as const,
  };
}

export default function RopePanel({ state, setState }: PanelProps<typeof ropeSchema>) {
  const { t } = useTranslation('rope');
  // Charts follow a deferred copy of the state so that dragging a slider stays smooth.
  const deferred = useDeferredValue(state);
  const settings = useMemo(() => settingsOf(deferred), [deferred]);
  const result = useMemo((): { data: RopeLabData } | { error: string } => {
    try {
      return { data: ropeLabData(settings) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [settings]);

  const live = settingsOf(state);
  return (
    <div className="rope-panel">
      <p className="lead">{t('intro')}</p>
      <Controls state={state} setState={setState} factor={live.params.factor} />
      {'error' in result ? (
        <PanelError error={t('error', { message: result.error })} />
      ) : (
        <Figures data={result.data} settings={settings} state={state} setState={setState} />
      )}
    </div>
  );
}

function Controls({
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

type Settings = ReturnType<typeof settingsOf>;

function Figures({
  data,
  settings,
  state,
  setState,
}: {
  data: RopeLabData;
  settings: Settings;
  state: RopeState;
  setState: (p: Partial<RopeState>) => void;
}) {
  const { t } = useTranslation('rope');
  const L = settings.trainLength;
  const T = settings.targetLength;
  return (
    <>
      <RotationFigure data={data} settings={settings} setState={setState} />

      <Figure
        explain={<Explain tex={t('spectrum.tex')} text={t('spectrum.text')} section="§2.3, §2.5" />}
      >
        <h2>{t('spectrum.title')}</h2>
        <LineChartView
          testId="chart-spectrum"
          ariaLabel={t('spectrum.title')}
          data={rows(data.pairs, (i) => ({
            pair: i,
            original: data.spectrum.wavelengthOriginal[i],
            scaled: data.spectrum.wavelengthScaled[i],
          }))}
          x={{ key: 'pair', label: t('spectrum.x'), tickFormat: (v) => String(v) }}
          y={{ label: t('spectrum.y'), scale: 'log', domain: ['auto', 'auto'] }}
          series={[
            { key: 'original', name: t('spectrum.original'), dashed: true, color: 1 },
            { key: 'scaled', name: t('spectrum.scaled'), color: 0 },
          ]}
          refLines={[
            { y: L, label: t('spectrum.train', { n: fmtInt(L) }) },
            { y: T, label: t('spectrum.target', { n: fmtInt(T) }) },
          ]}
        />
        <p data-testid="spectrum-summary">
          {t('spectrum.summary', {
            pairs: data.pairs,
            turn: count(data.spectrum.turnsWithinTraining),
            never: count(data.spectrum.neverTurnsWithinTarget),
            ood: count(data.spectrum.outOfDistribution),
          })}
        </p>
      </Figure>

      <Figure explain={<Explain tex={t('decay.tex')} text={t('decay.text')} section="§2.3" />}>
        <h2>{t('decay.title')}</h2>
        <LineChartView
          testId="chart-decay"
          ariaLabel={t('decay.title')}
          data={rows(data.decay.distances.length, (k) => ({
            d: Math.max(1, data.decay.distances[k]),
            current: data.decay.scaled[k],
            plain: data.decay.plain[k],
          }))}
          x={{ key: 'd', label: t('decay.x'), scale: 'log', domain: [1, 'dataMax'] }}
          y={{ label: t('decay.y') }}
          series={[
            { key: 'plain', name: t('decay.plain'), dashed: true, color: 1 },
            { key: 'current', name: t('decay.current'), color: 0 },
          ]}
          refLines={[{ x: L, label: 'L' }]}
        />
      </Figure>

      <Figure explain={<Explain tex={t('heatmap.tex')} text={t('heatmap.text')} section="§2.3" />}>
        <h2>{t('heatmap.title')}</h2>
        <Heatmap
          testId="heatmap"
          values={data.heatmap.values}
          rows={data.heatmap.rows}
          cols={data.heatmap.cols}
          min={-1}
          max={1}
          diverging
          rowLabel={(r) => t('heatmap.row', { p: fmtInt(data.heatmap.positions[r]) })}
          colLabel={(c) => t('heatmap.col', { i: c })}
          rowTick={(r) => fmtInt(data.heatmap.positions[r])}
          yLabel={t('heatmap.yAxis')}
          xLabel={t('heatmap.xAxis')}
          valueLabel="cos(m·θᵢ)"
          ariaLabel={t('heatmap.label')}
          height={260}
        />
      </Figure>

      <MethodsFigure data={data} settings={settings} />
      <PrecisionFigure data={data} state={state} setState={setState} />
      <LognFigure data={data} settings={settings} />
    </>
  );
}

function RotationFigure({
  data,
  settings,
  setState,
}: {
  data: RopeLabData;
  settings: Settings;
  setState: (p: Partial<RopeState>) => void;
}) {
  const { t } = useTranslation('rope');
  const [playing, setPlaying] = useState(false);
  const [livePos, setLivePos] = useState(settings.position);
  const posRef = useRef(settings.position);
  const T = settings.targetLength;

  useEffect(() => {
    if (!playing) {
      setLivePos(settings.position);
      posRef.current = settings.position;
    }
  }, [settings.position, playing]);

  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    const step = Math.max(1, Math.round(T / 900));
    const tick = () => {
      posRef.current = (posRef.current + step) % T;
      setLivePos(posRef.current);
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, T]);

  const toggle = () => {
    if (playing) setState({ pos: posRef.current });
    setPlaying(!playing);
  };

  const theta = data.scaled.invFreq;
  const angles = useMemo(
    () => ropeAngles(new Float64Array(theta.length), livePos, theta),
    [livePos, theta],
  );
  const pair = settings.pair;
  const angle = angles[pair];
  return (
    <Figure explain={<Explain tex={t('rotation.tex')} text={t('rotation.text')} section="§2.3" />}>
      <h2>{t('rotation.title')}</h2>
      <div className="row-buttons">
        <button type="button" onClick={toggle} aria-pressed={playing} data-testid="play">
          {playing ? t('controls.pause') : t('controls.play')}
        </button>
      </div>
      <Slider
        label={t('controls.pos')}
        value={playing ? livePos : settings.position}
        min={0}
        max={T - 1}
        integer
        format={fmtInt}
        onChange={(pos) => setState({ pos })}
        testId="slider-pos"
      />
      <Clocks angles={angles} selected={pair} onSelect={(p) => setState({ pair: p })} />
      <p className="rope-readout" data-testid="rotation-readout">
        {t('rotation.angle', {
          pair,
          pos: fmtInt(livePos),
          theta: fmt(theta[pair], 6),
          angle: fmt(angle, 4),
          turns: fmt(angle / (2 * Math.PI), 4),
          wavelength: fmt((2 * Math.PI) / theta[pair], 4),
        })}
      </p>
    </Figure>
  );
}

function MethodsFigure({ data, settings }: { data: RopeLabData; settings: Settings }) {
  const { t } = useTranslation('rope');
  const steps = useMemo(
    () =>
      // The staircase up to the target (at least 16·L), as far as α stays within MAX_FACTOR.
      qwenNtkAlphaSteps(
        settings.trainLength,
        Math.min(MAX_CONTEXT, Math.max(settings.targetLength, settings.trainLength * 16)),
      ).filter((s) => s.alpha <= MAX_FACTOR),
    [settings.trainLength, settings.targetLength],
  );
  const ratioRows = rows(data.pairs, (i) => {
    const r: Row = { pair: i };
    for (const m of data.methods) r[m.method] = m.error ? null : m.ratio[i];
    return r;
  });
  return (
    <Figure explain={<Explain tex={t('methods.tex')} text={t('methods.text')} section="§2.5" />}>
      <h2>{t('methods.title')}</h2>
      <div className="table-scroll">
        <table className="data" data-testid="methods-table">
          <thead>
            <tr>
              <th>{t('methods.method')}</th>
              <th>{t('methods.base')}</th>
              <th>{t('methods.alpha')}</th>
              <th>{t('methods.attention')}</th>
            </tr>
          </thead>
          <tbody>
            {data.methods.map((m) => (
              <tr
                key={m.method}
                aria-current={m.method === settings.method ? 'true' : undefined}
                data-method={m.method}
              >
                <td>
                  {m.method === settings.method ? (
                    <strong>{t(`methods.${m.method}`)}</strong>
                  ) : (
                    t(`methods.${m.method}`)
                  )}
                </td>
                <td>
                  {m.error
                    ? t('methods.na')
                    : m.effectiveBase !== undefined
                      ? fmt(m.effectiveBase, 1)
                      : t('methods.perPair')}
                </td>
                <td>{m.alpha !== undefined ? fmt(m.alpha, 3) : '—'}</td>
                <td>{m.error ? '—' : fmt(m.attentionFactor, 5)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LineChartView
        testId="chart-ratio"
        ariaLabel={t('methods.ratioTitle')}
        data={ratioRows}
        x={{ key: 'pair', label: t('methods.x'), tickFormat: (v) => String(v) }}
        y={{ label: t('methods.y'), scale: 'log', domain: ['auto', 'auto'] }}
        series={SCALING_METHODS.map((m, i) => ({
          key: m,
          name: t(`methods.${m}`),
          color: i,
          dashed: m !== settings.method,
        }))}
      />
      <h3>{t('alphaTable.title')}</h3>
      <div className="table-scroll">
        <table className="data" data-testid="alpha-table">
          <thead>
            <tr>
              <th>{t('alphaTable.lengths')}</th>
              <th>α</th>
              <th>{t('alphaTable.base')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.fromLength}>
                <td>
                  {fmtInt(s.fromLength + 1)} – {fmtInt(s.toLength)}
                </td>
                <td>{s.alpha}</td>
                <td>{fmt(ntkBase(settings.base, settings.headDim, s.alpha), 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Figure>
  );
}

function PrecisionFigure({
  data,
  state,
  setState,
}: {
  data: RopeLabData;
  state: RopeState;
  setState: (p: Partial<RopeState>) => void;
}) {
  const { t } = useTranslation('rope');
  const p = data.precision;
  // Exact errors at every sampled m ≥ 1 (an exact 0 cannot sit on a log axis: left out).
  const precisionRows = useMemo(
    () =>
      rows(p.positions.length, (k) => ({
        p: p.positions[k],
        fp32: p.fp32Error[k] > 0 ? p.fp32Error[k] : null,
        bf16: p.bf16Error[k] > 0 ? p.bf16Error[k] : null,
      })).filter((r) => (r.p as number) >= 1),
    [p],
  );
  return (
    <Figure
      explain={<Explain tex={t('precision.tex')} text={t('precision.text')} section="§2.3, §2.4" />}
    >
      <h2>{t('precision.title')}</h2>
      <Slider
        label={t('controls.thr')}
        value={state.thr}
        min={0.0001}
        max={3.14}
        log
        format={(v) => fmt(v, 4)}
        onChange={(thr) => setState({ thr })}
        testId="slider-thr"
      />
      <LineChartView
        testId="chart-precision"
        ariaLabel={t('precision.title')}
        data={precisionRows}
        x={{ key: 'p', label: t('precision.x'), scale: 'log', domain: [1, 'dataMax'] }}
        y={{ label: t('precision.y'), scale: 'log' }}
        series={[
          { key: 'fp32', name: 'FP32', color: 0 },
          { key: 'bf16', name: 'BF16', color: 1 },
        ]}
        refLines={[
          { y: p.threshold, label: t('precision.threshold') },
          ...(p.firstBf16Position === null
            ? []
            : [{ x: p.firstBf16Position, label: `BF16 m = ${fmtInt(p.firstBf16Position)}` }]),
        ]}
      />
      <p data-testid="precision-first">
        {p.firstBf16Position === null
          ? t('precision.never', { kind: 'BF16' })
          : t('precision.first', { kind: 'BF16', p: fmtInt(p.firstBf16Position) })}{' '}
        {p.firstFp32Position === null
          ? t('precision.never', { kind: 'FP32' })
          : t('precision.first', { kind: 'FP32', p: fmtInt(p.firstFp32Position) })}
      </p>
    </Figure>
  );
}

function LognFigure({ data, settings }: { data: RopeLabData; settings: Settings }) {
  const { t } = useTranslation('rope');
  const { demo: e, error, retry } = useEntropy(settings.trainLength);
  return (
    <Figure explain={<Explain tex={t('logn.tex')} text={t('logn.text')} section="§2.5" />}>
      <h2>{t('logn.title')}</h2>
      <LineChartView
        testId="chart-logn"
        ariaLabel={t('logn.factorTitle')}
        data={rows(data.logn.positions.length, (k) => ({
          p: Math.max(1, data.logn.positions[k]),
          f: data.logn.factor[k],
        }))}
        x={{ key: 'p', label: t('logn.x'), scale: 'log', domain: [1, 'dataMax'] }}
        y={{ label: t('logn.y') }}
        series={[{ key: 'f', name: t('logn.factorTitle') }]}
        refLines={[{ x: settings.trainLength, label: 'L' }]}
        height={200}
      />
      <h3>{t('logn.entropyTitle')}</h3>
      {error ? (
        <PanelError error={error} onRetry={retry} />
      ) : !e ? (
        <Spinner label={t('logn.computing')} />
      ) : (
        <LineChartView
          testId="chart-entropy"
          ariaLabel={t('logn.entropyTitle')}
          data={rows(e.keys.length, (k) => ({
            n: e.keys[k],
            plain: e.plain[k],
            logn: e.logn[k],
            uniform: e.uniform[k],
          }))}
          x={{ key: 'n', label: t('logn.ex'), scale: 'log', domain: ['dataMin', 'dataMax'] }}
          y={{ label: t('logn.ey') }}
          series={[
            { key: 'uniform', name: t('logn.uniform'), dashed: true, color: 4 },
            { key: 'plain', name: t('logn.plain'), color: 1 },
            { key: 'logn', name: t('logn.logn'), color: 0 },
          ]}
          refLines={[{ x: settings.trainLength, label: 'L' }]}
        />
      )}
    </Figure>
  );
}

function rows(n: number, f: (i: number) => Row): Row[] {
  const out: Row[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return out;
}

function count(flags: Uint8Array): number {
  let c = 0;
  for (let i = 0; i < flags.length; i++) c += flags[i];
  return c;
}
