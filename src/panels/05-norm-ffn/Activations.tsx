/**
 * Part 2: ReLU, GELU (exact and tanh form), SiLU/Swish with a β slider and their derivatives, and
 * SwiGLU's silu(a)·b as a heatmap. Every value comes from src/kernels/reference/activations.ts.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  gelu,
  geluGrad,
  geluTanh,
  geluTanhGrad,
  relu,
  reluGrad,
  silu,
  siluGrad,
  swigluForward,
} from '../../kernels/reference/activations.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import { LineChartView } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Heatmap } from '../../ui/Heatmap.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { rows } from '../../ui/chartData.ts';
import { fmt } from '../../ui/format.ts';
import { normSchema } from './meta.ts';

type Lab = StateOf<typeof normSchema>;
/** The fields of the lab's state this part reads (Panel.tsx hands it only these). */
export const ACTIVATION_FIELDS = ['beta'] as const satisfies readonly (keyof Lab)[];
type S = Pick<Lab, (typeof ACTIVATION_FIELDS)[number]>;

const N = 201;
const XS = Array.from({ length: N }, (_, i) => -4 + (8 * i) / (N - 1));
const GRID = 121;
const RANGE = 4;

export const Activations = memo(function Activations({
  state,
  setState,
}: {
  state: S;
  setState: (p: Partial<S>) => void;
}) {
  const { t } = useTranslation('norm');
  const beta = state.beta;
  const curves = useMemo(() => {
    let worstTanh = 0;
    for (const x of XS) worstTanh = Math.max(worstTanh, Math.abs(gelu(x) - geluTanh(x)));
    return {
      f: rows(N, (i) => {
        const x = XS[i];
        return { x, relu: relu(x), gelu: gelu(x), tanh: geluTanh(x), silu: silu(x, beta) };
      }),
      df: rows(N, (i) => {
        const x = XS[i];
        return {
          x,
          relu: reluGrad(x),
          gelu: geluGrad(x),
          tanh: geluTanhGrad(x),
          silu: siluGrad(x, beta),
        };
      }),
      worstTanh,
    };
  }, [beta]);

  const swiglu = useMemo(() => {
    // Columns: gate a from −4 to 4; rows: up b from +4 (top) to −4.
    const n = GRID * GRID;
    const gate = new Float32Array(n);
    const up = new Float32Array(n);
    for (let r = 0; r < GRID; r++) {
      for (let c = 0; c < GRID; c++) {
        gate[r * GRID + c] = -RANGE + (2 * RANGE * c) / (GRID - 1);
        up[r * GRID + c] = RANGE - (2 * RANGE * r) / (GRID - 1);
      }
    }
    const out = new Float32Array(n);
    swigluForward(out, null, gate, up, n);
    return { out, gate, up };
  }, []);
  const coord = (i: number) => fmt(-RANGE + (2 * RANGE * i) / (GRID - 1), 3);
  const series = [
    { key: 'relu', name: 'ReLU', color: 4 },
    { key: 'gelu', name: 'GELU', color: 1 },
    { key: 'tanh', name: t('act.tanh'), color: 3, dashed: true },
    { key: 'silu', name: t('act.silu', { beta: fmt(beta, 3) }), color: 0 },
  ];
  const lim = RANGE * silu(RANGE);

  return (
    <>
      <Figure explain={<Explain tex={t('act.tex')} text={t('act.text')} section="§2.3" />}>
        <h2>{t('act.title')}</h2>
        <Slider
          field={normSchema.beta}
          value={beta}
          format={(v) => fmt(v, 3)}
          onChange={(b) => setState({ beta: b })}
          testId="slider-beta"
        />
        <LineChartView
          testId="chart-act"
          ariaLabel={t('act.title')}
          data={curves.f}
          x={{ key: 'x', label: 'x', domain: [-4, 4] }}
          y={{ label: t('act.y'), domain: [-1, 4] }}
          series={series}
          height={240}
        />
        <h3>{t('act.gradTitle')}</h3>
        <LineChartView
          testId="chart-act-grad"
          ariaLabel={t('act.gradTitle')}
          data={curves.df}
          x={{ key: 'x', label: 'x', domain: [-4, 4] }}
          y={{ label: t('act.gradY'), domain: [-0.5, 1.5] }}
          series={series}
          height={220}
        />
        <p className="hint" data-testid="tanh-gap">
          {t('act.tanhGap', { v: fmt(curves.worstTanh, 6) })}
        </p>
      </Figure>

      <Figure explain={<Explain tex={t('swiglu.tex')} text={t('swiglu.text')} section="§2.3" />}>
        <h2>{t('swiglu.title')}</h2>
        <Heatmap
          testId="heatmap-swiglu"
          values={swiglu.out}
          rows={GRID}
          cols={GRID}
          min={-lim}
          max={lim}
          diverging
          rowLabel={(r) => `b = ${coord(GRID - 1 - r)}`}
          colLabel={(c) => `a = ${coord(c)}`}
          format={(v) => fmt(v, 4)}
          rowTick={(r) => coord(GRID - 1 - r)}
          colTick={(c) => coord(c)}
          xLabel={t('swiglu.xAxis')}
          yLabel={t('swiglu.yAxis')}
          valueLabel="silu(a)·b"
          ariaLabel={t('swiglu.label')}
          height={280}
        />
        <p className="hint">{t('swiglu.axes')}</p>
      </Figure>
    </>
  );
});
