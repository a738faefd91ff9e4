/**
 * Part 3 of the alignment lab: PPO's clipped surrogate against the probability ratio, the KL
 * penalty to the reference model, a toy PPO run on a bandit of five canned replies, GAE over
 * one reply's tokens, and the four models of RLHF. Every number comes from src/kernels/reference/rl.ts.
 */
import { memo, useDeferredValue, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { gae, klEstimators, ppoClipObjective } from '../../kernels/reference/rl.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import { BarChartView, LineChartView, type Row } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { alignmentSchema } from './meta.ts';
import { BANDIT_RUN_FIELDS, BANDIT_SLIDER_FIELDS, BanditFigure } from './PpoBandit.tsx';
import { useSlice } from '../../ui/useSlice.ts';
import { fmt } from '../../ui/format.ts';

type State = StateOf<typeof alignmentSchema>;
type SetState = (p: Partial<State>) => void;
const GAE_FIELDS = ['beta', 'gamma', 'lambda'] as const satisfies readonly (keyof State)[];
const GAE_SLIDER_FIELDS = ['gamma', 'lambda'] as const satisfies readonly (keyof State)[];

/** One reply of 8 tokens for the GAE figure: log π/π_ref per token and the value model's guesses. */
const GAE_LOG_RATIO = [0.1, -0.05, 0.3, 0.2, 0, 0.15, -0.1, 0.05];
const GAE_VALUES = [0.4, 0.45, 0.5, 0.5, 0.6, 0.7, 0.8, 0.9];
const GAE_SCORE = 1;

export function PpoSection({ state, setState }: { state: State; setState: SetState }) {
  const s = useDeferredValue(state);
  const epsSlider = (
    <Slider
      field={alignmentSchema.eps}
      value={state.eps}
      format={(v) => fmt(v, 2)}
      onChange={(eps) => setState({ eps })}
      testId="slider-eps"
    />
  );
  const betaSlider = (
    <Slider
      field={alignmentSchema.beta}
      value={state.beta}
      format={(v) => fmt(v, 2)}
      onChange={(beta) => setState({ beta })}
      testId="slider-beta"
    />
  );
  return (
    <>
      <ClipFigure eps={state.eps} slider={epsSlider} />
      <KlFigure beta={state.beta} slider={betaSlider} />
      <BanditFigure
        state={useSlice(s, BANDIT_RUN_FIELDS)}
        live={useSlice(state, BANDIT_SLIDER_FIELDS)}
        setState={setState}
      />
      <GaeFigure
        state={useSlice(s, GAE_FIELDS)}
        live={useSlice(state, GAE_SLIDER_FIELDS)}
        setState={setState}
      />
      <FourModels />
    </>
  );
}

function ClipFigure({ eps, slider }: { eps: number; slider: ReactNode }) {
  const { t } = useTranslation('alignment');
  const data = useMemo(() => {
    const rows: Row[] = [];
    for (let i = 0; i <= 200; i++) {
      const r = i / 100;
      rows.push({
        r,
        pos: ppoClipObjective(r, 1, eps).value,
        neg: ppoClipObjective(r, -1, eps).value,
        posRaw: r,
        negRaw: -r,
      });
    }
    return rows;
  }, [eps]);
  return (
    <Figure explain={<Explain tex={t('clip.tex')} text={t('clip.text')} section="§3.2" />}>
      <h2>{t('clip.title')}</h2>
      {slider}
      <LineChartView
        testId="chart-clip"
        ariaLabel={t('clip.title')}
        data={data}
        x={{ key: 'r', label: t('clip.x') }}
        y={{ label: t('clip.y') }}
        series={[
          { key: 'pos', name: t('clip.pos'), color: 0 },
          { key: 'neg', name: t('clip.neg'), color: 1 },
          { key: 'posRaw', name: t('clip.posRaw'), color: 0, dashed: true },
          { key: 'negRaw', name: t('clip.negRaw'), color: 1, dashed: true },
        ]}
        refLines={[
          { x: 1 - eps, label: '' },
          { x: 1 + eps, label: '' },
        ]}
      />
      <p className="slider-hint">
        {t('clip.caption', { lo: fmt(1 - eps, 2), hi: fmt(1 + eps, 2) })}
      </p>
    </Figure>
  );
}

function KlFigure({ beta, slider }: { beta: number; slider: ReactNode }) {
  const { t } = useTranslation('alignment');
  const data = useMemo(() => {
    const rows: Row[] = [];
    for (let i = -40; i <= 40; i++) {
      // x = log π(a) − log π_ref(a), the per-token log ratio the penalty sees.
      const x = i / 20;
      const k = klEstimators(x, 0);
      rows.push({ x, k1: beta * k.k1, k2: beta * k.k2, k3: beta * k.k3 });
    }
    return rows;
  }, [beta]);
  return (
    <Figure explain={<Explain tex={t('kl.tex')} text={t('kl.text')} section="§3.2" />}>
      <h2>{t('kl.title')}</h2>
      {slider}
      <LineChartView
        testId="chart-kl"
        ariaLabel={t('kl.title')}
        data={data}
        x={{ key: 'x', label: t('kl.x') }}
        // A fixed axis, so a larger β visibly steepens the curves (auto-scaling would hide it).
        y={{ label: t('kl.y'), domain: [-1, 3] }}
        series={[
          { key: 'k1', name: t('kl.k1'), color: 0 },
          { key: 'k2', name: t('kl.k2'), color: 2, dashed: true },
          { key: 'k3', name: t('kl.k3'), color: 1 },
        ]}
      />
    </Figure>
  );
}

/** The longest run the steps slider reaches (the schema's maximum). */
const GaeFigure = memo(function GaeFigure({
  state,
  live,
  setState,
}: {
  state: Pick<State, (typeof GAE_FIELDS)[number]>;
  live: Pick<State, (typeof GAE_SLIDER_FIELDS)[number]>;
  setState: SetState;
}) {
  const { t } = useTranslation('alignment');
  const rows = useMemo(() => {
    const T = GAE_LOG_RATIO.length;
    const rewards = GAE_LOG_RATIO.map(
      (lr, i) => -state.beta * klEstimators(lr, 0).k1 + (i === T - 1 ? GAE_SCORE : 0),
    );
    const adv = new Float64Array(T);
    const ret = new Float64Array(T);
    gae(adv, ret, rewards, [...GAE_VALUES, 0], state.gamma, state.lambda);
    return rewards.map((r, i) => ({
      token: String(i + 1),
      reward: r,
      baseline: GAE_VALUES[i],
      advantage: adv[i],
    }));
  }, [state.beta, state.gamma, state.lambda]);
  return (
    <Figure explain={<Explain tex={t('gae.tex')} text={t('gae.text')} section="§3.2" />}>
      <h2>{t('gae.title')}</h2>
      <div className="controls">
        <Slider
          field={alignmentSchema.gamma}
          value={live.gamma}
          format={(v) => fmt(v, 2)}
          onChange={(gamma) => setState({ gamma })}
          testId="slider-gamma"
        />
        <Slider
          field={alignmentSchema.lambda}
          value={live.lambda}
          format={(v) => fmt(v, 2)}
          onChange={(lambda) => setState({ lambda })}
          testId="slider-lambda"
        />
      </div>
      <BarChartView
        testId="chart-gae"
        ariaLabel={t('gae.title')}
        data={rows}
        x={{ key: 'token', label: t('gae.x') }}
        y={{ label: t('gae.y'), domain: ['auto', 'auto'] }}
        series={[
          { key: 'reward', name: t('gae.reward'), color: 2 },
          { key: 'baseline', name: t('gae.value'), color: 4 },
          { key: 'advantage', name: t('gae.advantage'), color: 0 },
        ]}
        height={240}
      />
    </Figure>
  );
});

/** The four models of PPO-based RLHF and what flows between them. */
function FourModels() {
  const { t } = useTranslation('alignment');
  const models = ['policy', 'reference', 'reward', 'value'] as const;
  return (
    <Figure explain={<Explain tex={t('four.tex')} text={t('four.text')} section="§3.2" />}>
      <h2>{t('four.title')}</h2>
      <div className="al-models" data-testid="four-models">
        {models.map((m) => (
          <div key={m} className={`al-model al-model-${m}`}>
            <div className="al-model-head">
              <strong>{t(`four.${m}.name`)}</strong>
              <span
                className={`al-badge${m === 'policy' || m === 'value' ? ' al-badge-train' : ''}`}
              >
                {m === 'policy' || m === 'value' ? t('four.trained') : t('four.frozen')}
              </span>
            </div>
            <p>{t(`four.${m}.role`)}</p>
          </div>
        ))}
      </div>
      <ol className="al-flow">
        {[1, 2, 3, 4, 5].map((i) => (
          <li key={i}>{t(`four.flow${i}`)}</li>
        ))}
      </ol>
    </Figure>
  );
}
