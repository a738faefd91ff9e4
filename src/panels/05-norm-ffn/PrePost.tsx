/**
 * Part 5: Pre-Norm against Post-Norm on a toy residual stack with random weights
 * (src/kernels/labdata/normStack.ts, run in the lab's worker): activation RMS, gradient norms and the
 * sensitivity to a 1% weight change, by depth, for both placements on the same weights.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateOf } from '../../state/urlSchema.ts';
import { LineChartView } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Spinner } from '../../ui/LoadProgress.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { rows } from '../../ui/chartData.ts';
import { fmt } from '../../ui/format.ts';
import { normSchema } from './meta.ts';
import type { StackCurves } from './norm.worker.ts';
import { useAsync } from '../../ui/useAsync.ts';
import type { NormWorker } from './useNormWorker.ts';

type Lab = StateOf<typeof normSchema>;
/** The fields of the lab's state this part reads (Panel.tsx hands it only these). */
export const PREPOST_FIELDS = ['bgain', 'depth', 'seed'] as const satisfies readonly (keyof Lab)[];
type S = Pick<Lab, (typeof PREPOST_FIELDS)[number]>;

/** The toy's fixed sizes: small enough for 64 blocks in a few tens of milliseconds. */
const TOY = { width: 32, hidden: 64, batch: 16 } as const;

export const PrePost = memo(function PrePost({
  state,
  setState,
  worker,
  restartWorker,
}: {
  state: S;
  setState: (p: Partial<S>) => void;
  worker: NormWorker | null;
  restartWorker: () => void;
}) {
  const { t } = useTranslation('norm');
  const opts = { ...TOY, depth: state.depth, seed: state.seed, branchGain: state.bgain };
  const key = worker ? JSON.stringify(opts) : null;
  const res = useAsync<{ pre: StackCurves; post: StackCurves }>(
    key,
    worker ? () => worker.stack(opts) : null,
  );
  const r = res.value;
  const N = r ? r.pre.paramGradNorm.length : 0;
  const pair = (f: (c: StackCurves) => Float64Array, n: number, offset = 0) =>
    rows(n, (l) => ({ l: l + offset, pre: f(r!.pre)[l], post: f(r!.post)[l] }));
  const series = [
    { key: 'pre', name: t('prepost.pre'), color: 0 },
    { key: 'post', name: t('prepost.post'), color: 1, dashed: true },
  ];
  const x = { key: 'l', label: t('prepost.x'), tickFormat: (v: number) => String(v) };
  return (
    <Figure explain={<Explain tex={t('prepost.tex')} text={t('prepost.text')} section="§2.3" />}>
      <h2>{t('prepost.title')}</h2>
      <div className="controls">
        <Slider
          field={normSchema.depth}
          value={state.depth}
          onChange={(depth) => setState({ depth })}
          testId="slider-depth"
        />
        <Slider
          field={normSchema.bgain}
          value={state.bgain}
          format={(v) => fmt(v, 3)}
          onChange={(bgain) => setState({ bgain })}
          testId="slider-bgain"
        />
        <Slider
          field={normSchema.seed}
          value={state.seed}
          onChange={(seed) => setState({ seed })}
          testId="slider-seed"
        />
      </div>
      <p className="hint">{t('prepost.toy', TOY)}</p>
      {res.error ? (
        <PanelError
          error={t('prepost.error', { message: res.error })}
          onRetry={() => {
            restartWorker();
            res.retry();
          }}
        />
      ) : !r ? (
        <Spinner label={t('prepost.computing')} />
      ) : (
        <div aria-busy={res.busy} data-testid="prepost-charts">
          <h3>{t('prepost.actTitle')}</h3>
          <LineChartView
            testId="chart-act-depth"
            ariaLabel={t('prepost.actTitle')}
            data={pair((c) => c.activationRms, N + 1)}
            x={x}
            y={{ label: t('prepost.actY'), domain: [0, 'auto'] }}
            series={series}
            height={200}
          />
          <h3>{t('prepost.gradTitle')}</h3>
          <LineChartView
            testId="chart-grad-depth"
            ariaLabel={t('prepost.gradTitle')}
            data={pair((c) => c.paramGradNorm, N)}
            x={x}
            y={{ label: t('prepost.gradY'), scale: 'log', domain: ['auto', 'auto'] }}
            series={series}
            height={200}
          />
          <h3>{t('prepost.streamTitle')}</h3>
          <LineChartView
            testId="chart-stream-grad"
            ariaLabel={t('prepost.streamTitle')}
            data={pair((c) => c.gradNorm, N + 1)}
            x={x}
            y={{ label: t('prepost.streamY'), scale: 'log', domain: ['auto', 'auto'] }}
            series={series}
            height={200}
          />
          <h3>{t('prepost.sensTitle')}</h3>
          <LineChartView
            testId="chart-sensitivity"
            ariaLabel={t('prepost.sensTitle')}
            data={pair((c) => c.sensitivity, N + 1)}
            x={x}
            y={{ label: t('prepost.sensY'), domain: [0, 'auto'] }}
            series={series}
            height={200}
          />
          <p className="hint" data-testid="prepost-summary">
            {t('prepost.summary', {
              n: N,
              preTop: fmt(r.pre.paramGradNorm[N - 1], 3),
              postTop: fmt(r.post.paramGradNorm[N - 1], 3),
              preRms: fmt(r.pre.activationRms[N], 3),
              preSens: fmt(r.pre.sensitivity[N], 3),
              postSens: fmt(r.post.sensitivity[N], 3),
            })}
          </p>
        </div>
      )}
    </Figure>
  );
});
