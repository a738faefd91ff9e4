/**
 * Part 1: RMSNorm against LayerNorm on a vector the visitor edits. Every number comes from
 * src/kernels/reference/norm.ts (outputs and their intermediates: mean, variance, RMS) and
 * src/kernels/reference/ffnParams.ts (operation counts).
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { normOpCount } from '../../kernels/reference/ffnParams.ts';
import { layernorm, rmsnorm } from '../../kernels/reference/norm.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import { BarChartView, LineChartView, type Row } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { normSchema } from './meta.ts';
import { rows } from '../../ui/chartData.ts';
import { fmt, fmtInt } from '../../ui/format.ts';
import { VectorEditor } from './VectorEditor.tsx';
import { DEFAULT_VECTOR, MAX_LENGTH, MIN_LENGTH, formatVector, parseVector } from './vector.ts';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

type Lab = StateOf<typeof normSchema>;
/** The fields of the lab's state this part reads (Panel.tsx hands it only these). */
export const NORM_COMPARE_FIELDS = [
  'eps',
  'gain',
  'scale',
  'shift',
  'vec',
] as const satisfies readonly (keyof Lab)[];
type S = Pick<Lab, (typeof NORM_COMPARE_FIELDS)[number]>;

/** Largest |a[i] − b[i]|: how much an output moved. */
function maxChange(a: Float32Array, b: Float32Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

const SWEEP = rows(57, (k) => ({ s: Math.pow(10, -5 + k / 8) }));

export const NormCompare = memo(function NormCompare({
  state,
  setState,
}: {
  state: S;
  setState: (p: Partial<S>) => void;
}) {
  const { t } = useTranslation('norm');
  const { values, ok } = parseVector(state.vec);
  const C = values.length;
  const d = useMemo(() => {
    const x = Float32Array.from(values, (v) => v * state.scale + state.shift);
    const x0 = Float32Array.from(values);
    const w = new Float32Array(C).fill(state.gain);
    const b = new Float32Array(C);
    const ones = new Float32Array(C).fill(1);
    const rms = rmsnorm(x, w, state.eps);
    const ln = layernorm(x, w, b, state.eps);
    const rms0 = rmsnorm(x0, w, state.eps);
    const ln0 = layernorm(x0, w, b, state.eps);
    // Output size against input scale: the RMS of each output, read from rmsnorm's own `rms`.
    const sweep = SWEEP.map((r) => {
      const xs = Float32Array.from(values, (v) => v * (r.s as number));
      const y1 = rmsnorm(xs, ones, state.eps).y;
      const y2 = layernorm(xs, ones, b, state.eps).y;
      return { s: r.s, rms: rmsnorm(y1, ones, 0).rms[0], ln: rmsnorm(y2, ones, 0).rms[0] };
    });
    return {
      x,
      rms,
      ln,
      rmsMoved: maxChange(rms.y, rms0.y),
      lnMoved: maxChange(ln.y, ln0.y),
      sweep,
    };
  }, [values.join(','), state.scale, state.shift, state.gain, state.eps, C]); // eslint-disable-line react-hooks/exhaustive-deps

  const setValues = (v: number[]) => setState({ vec: formatVector(v) });
  const mean = d.ln.mean[0];
  const variance = d.ln.variance[0];
  const data: Row[] = rows(C, (i) => ({
    i: i + 1,
    x: d.x[i],
    rms: d.rms.y[i],
    ln: d.ln.y[i],
  }));
  const costs = [C, 4096].map((n) => ({
    n,
    rms: normOpCount('rmsnorm', n),
    ln: normOpCount('layernorm', n),
  }));
  const same = (v: number) => (v < 1e-4 ? t('compare.same') : t('compare.moved', { v: fmt(v, 4) }));

  return (
    <>
      <Figure explain={<Explain tex={t('compare.tex')} text={t('compare.text')} section="§2.3" />}>
        <h2>{t('compare.title')}</h2>
        <p className="hint">{t('vector.hint')}</p>
        {!ok && (
          <p className="hint" role="status" data-testid="vector-invalid">
            {t('vector.invalid')}
          </p>
        )}
        <VectorEditor values={values} onChange={setValues} />
        <div className="row-buttons">
          <button
            type="button"
            data-testid="vector-add"
            disabled={C >= MAX_LENGTH}
            onClick={() => setValues([...values, 0.5])}
          >
            {t('vector.add')}
          </button>
          <button
            type="button"
            data-testid="vector-remove"
            disabled={C <= MIN_LENGTH}
            onClick={() => setValues(values.slice(0, -1))}
          >
            {t('vector.remove')}
          </button>
          <button type="button" onClick={() => setState({ vec: DEFAULT_VECTOR })}>
            {t('vector.reset')}
          </button>
        </div>
        <div className="controls">
          <Slider
            field={normSchema.scale}
            value={state.scale}
            format={(v) => fmt(v, 4)}
            onChange={(scale) => setState({ scale })}
            testId="slider-scale"
          />
          <Slider
            field={normSchema.shift}
            value={state.shift}
            onChange={(shift) => setState({ shift })}
            testId="slider-shift"
          />
          <Slider
            field={normSchema.eps}
            value={state.eps}
            format={(v) => v.toExponential(1)}
            onChange={(eps) => setState({ eps })}
            testId="slider-eps"
          />
          <Slider
            field={normSchema.gain}
            value={state.gain}
            onChange={(gain) => setState({ gain })}
            testId="slider-gain"
          />
        </div>
        <BarChartView
          testId="chart-norms"
          ariaLabel={t('compare.title')}
          data={data}
          x={{ key: 'i', label: t('compare.x') }}
          y={{ label: t('compare.y'), domain: ['auto', 'auto'] }}
          series={[
            { key: 'x', name: t('compare.input'), color: 4 },
            { key: 'rms', name: 'RMSNorm', color: 0 },
            { key: 'ln', name: 'LayerNorm', color: 1 },
          ]}
        />
        <ScrollBox label={t('compare.title')}>
          <table className="data" data-testid="norm-stats">
            <tbody>
              <tr>
                <th>{t('compare.mean')}</th>
                <td>{fmt(mean, 4)}</td>
              </tr>
              <tr>
                <th>{t('compare.variance')}</th>
                <td>{fmt(variance, 4)}</td>
              </tr>
              <tr>
                <th>RMSNorm: √(mean(x²) + ε)</th>
                <td data-testid="stat-rms">{fmt(d.rms.rms[0], 4)}</td>
              </tr>
              <tr>
                <th>LayerNorm: √(σ² + ε)</th>
                <td>{fmt(Math.sqrt(variance + state.eps), 4)}</td>
              </tr>
              <tr>
                <th>{t('compare.rmsMoved')}</th>
                <td data-testid="rms-moved">{same(d.rmsMoved)}</td>
              </tr>
              <tr>
                <th>{t('compare.lnMoved')}</th>
                <td data-testid="ln-moved">{same(d.lnMoved)}</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
        <p className="hint">{t('compare.movedHint')}</p>
      </Figure>

      <Figure explain={<Explain tex={t('eps.tex')} text={t('eps.text')} section="§2.3" />}>
        <h2>{t('eps.title')}</h2>
        <LineChartView
          testId="chart-eps"
          ariaLabel={t('eps.title')}
          data={d.sweep}
          x={{ key: 's', label: t('eps.x'), scale: 'log', domain: ['dataMin', 'dataMax'] }}
          y={{ label: t('eps.y'), domain: [0, 1.1] }}
          series={[
            { key: 'rms', name: 'RMSNorm', color: 0 },
            { key: 'ln', name: 'LayerNorm', color: 1, dashed: true },
          ]}
          refLines={[{ x: state.scale, label: t('eps.current') }]}
          height={220}
        />
        <h3>{t('cost.title')}</h3>
        <ScrollBox label={t('cost.title')}>
          <table className="data" data-testid="cost-table">
            <thead>
              <tr>
                <th>{t('cost.row')}</th>
                <th>{t('cost.perElement')}</th>
                <th>{t('cost.reductions')}</th>
                <th>{t('cost.params')}</th>
                <th>{t('cost.total')}</th>
              </tr>
            </thead>
            <tbody>
              {costs.flatMap((c) =>
                [c.rms, c.ln].map((k) => (
                  <tr key={`${c.n}-${k.kind}`}>
                    <td>
                      {k.kind === 'rmsnorm' ? 'RMSNorm' : 'LayerNorm'}, C = {fmtInt(c.n)}
                    </td>
                    <td>{k.perElement}</td>
                    <td>{k.reductions}</td>
                    <td>{fmtInt(k.params)}</td>
                    <td>{fmtInt(k.total)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </ScrollBox>
        <p className="hint">
          {t('cost.ratio', { r: fmt(costs[1].rms.total / costs[1].ln.total, 3) })}
        </p>
      </Figure>
    </>
  );
});
