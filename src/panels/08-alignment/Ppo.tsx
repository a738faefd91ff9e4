/**
 * Part 3 of the alignment lab: PPO's clipped surrogate against the probability ratio, the KL
 * penalty to the reference model, a toy PPO run on a bandit of five canned replies, GAE over
 * one reply's tokens, and the four models of RLHF. Every number comes from src/kernels/reference/rl.ts.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  gae,
  klEstimators,
  ppoClipObjective,
  type BanditPpoConfig,
  type BanditPpoResult,
} from '../../kernels/reference/rl.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import { BarChartView, LineChartView, type Row } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { Spinner } from '../../ui/LoadProgress.tsx';
import { Slider } from '../../ui/Slider.tsx';
import type { alignmentSchema } from './meta.ts';
import { usePpoRun } from './usePpoRun.ts';

type State = StateOf<typeof alignmentSchema>;
type SetState = (p: Partial<State>) => void;

/**
 * The bandit's arms: five replies to "What is RoPE?" with the reward model's mean score and the
 * SFT (reference) policy's logit. The flattering reply is the reward model's blind spot: it
 * scores highest but the reference model almost never writes it.
 */
export const ARMS = [
  { key: 'helpful', reward: 1.0, refLogit: 0.5 },
  { key: 'verbose', reward: 0.6, refLogit: 0.8 },
  { key: 'hedge', reward: -0.3, refLogit: 0.6 },
  { key: 'offtopic', reward: -1.0, refLogit: -0.5 },
  { key: 'flattery', reward: 1.4, refLogit: -1.0 },
] as const;

/** One reply of 8 tokens for the GAE figure: log π/π_ref per token and the value model's guesses. */
const GAE_LOG_RATIO = [0.1, -0.05, 0.3, 0.2, 0, 0.15, -0.1, 0.05];
const GAE_VALUES = [0.4, 0.45, 0.5, 0.5, 0.6, 0.7, 0.8, 0.9];
const GAE_SCORE = 1;

const fmt = (v: number, d = 3) => (Number.isFinite(v) ? String(+v.toFixed(d)) : '—');

export function PpoSection({ state, setState }: { state: State; setState: SetState }) {
  const { t } = useTranslation('alignment');
  const s = useDeferredValue(state);
  const epsSlider = (
    <Slider
      label={t('ppo.eps')}
      value={state.eps}
      min={0.01}
      max={1}
      step={0.01}
      format={(v) => fmt(v, 2)}
      onChange={(eps) => setState({ eps })}
      testId="slider-eps"
    />
  );
  const betaSlider = (
    <Slider
      label={t('ppo.beta')}
      value={state.beta}
      min={0}
      max={2}
      step={0.01}
      format={(v) => fmt(v, 2)}
      onChange={(beta) => setState({ beta })}
      testId="slider-beta"
    />
  );
  return (
    <>
      <ClipFigure eps={s.eps} slider={epsSlider} />
      <KlFigure beta={s.beta} slider={betaSlider} />
      <BanditFigure state={s} live={state} setState={setState} />
      <GaeFigure state={s} live={state} setState={setState} />
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
const MAX_STEPS = 400;

function BanditFigure({
  state,
  live,
  setState,
}: {
  state: State;
  live: State;
  setState: SetState;
}) {
  const { t } = useTranslation('alignment');
  // One run of MAX_STEPS per setting; the steps slider and the play button scrub through it.
  const cfg = useMemo(
    (): BanditPpoConfig => ({
      rewards: ARMS.map((a) => a.reward),
      refLogits: ARMS.map((a) => a.refLogit),
      rewardNoise: state.noise,
      eps: state.eps,
      beta: state.beta,
      lr: state.lr,
      epochs: state.epochs,
      batch: state.batch,
      steps: MAX_STEPS,
      valueLr: 0.3,
      seed: state.seed,
    }),
    [state.noise, state.eps, state.beta, state.lr, state.epochs, state.batch, state.seed],
  );
  const { run, error, retry } = usePpoRun(cfg);
  const [playing, setPlaying] = useState(false);
  const [playStep, setPlayStep] = useState(live.steps);
  const stepRef = useRef(live.steps);
  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    const tick = () => {
      stepRef.current = Math.min(MAX_STEPS, stepRef.current + 2);
      setPlayStep(stepRef.current);
      if (stepRef.current >= MAX_STEPS) {
        setPlaying(false);
        setState({ steps: MAX_STEPS });
        return;
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, setState]);
  const toggle = () => {
    if (playing) {
      setPlaying(false);
      setState({ steps: stepRef.current });
    } else {
      stepRef.current = live.steps >= MAX_STEPS ? 0 : live.steps;
      setPlayStep(stepRef.current);
      setPlaying(true);
    }
  };
  const shown = playing ? playStep : live.steps;

  const sliders = (
    <div className="controls">
      <div>
        <Slider
          label={t('ppo.steps')}
          value={shown}
          min={0}
          max={MAX_STEPS}
          integer
          onChange={(steps) => {
            setPlaying(false);
            setState({ steps });
          }}
          testId="slider-steps"
        />
        <button type="button" onClick={toggle} aria-pressed={playing} data-testid="ppo-play">
          {playing ? t('ppo.pause') : t('ppo.play')}
        </button>
      </div>
      <Slider
        label={t('ppo.lr')}
        value={live.lr}
        min={0.01}
        max={5}
        log
        format={(v) => fmt(v, 3)}
        onChange={(lr) => setState({ lr })}
        testId="slider-lr"
      />
      <Slider
        label={t('ppo.epochs')}
        value={live.epochs}
        min={1}
        max={16}
        integer
        onChange={(epochs) => setState({ epochs })}
      />
      <Slider
        label={t('ppo.batch')}
        value={live.batch}
        min={4}
        max={256}
        integer
        onChange={(batch) => setState({ batch })}
      />
      <Slider
        label={t('ppo.noise')}
        value={live.noise}
        min={0}
        max={2}
        step={0.05}
        format={(v) => fmt(v, 2)}
        onChange={(noise) => setState({ noise })}
      />
      <Slider
        label={t('ppo.seed')}
        value={live.seed}
        min={1}
        max={9999}
        integer
        onChange={(seed) => setState({ seed })}
      />
    </div>
  );
  return (
    <Figure explain={<Explain tex={t('ppo.tex')} text={t('ppo.text')} section="§3.2" />}>
      <h2>{t('ppo.title')}</h2>
      <p>{t('ppo.setup')}</p>
      <ul className="al-arms">
        {ARMS.map((a) => (
          <li key={a.key}>
            <strong>{t(`arms.${a.key}`)}</strong> — {t('ppo.armLine', { r: fmt(a.reward, 2) })}
          </li>
        ))}
      </ul>
      {sliders}
      {error ? (
        <PanelError error={t('ppo.error', { message: error })} onRetry={retry} />
      ) : !run ? (
        <Spinner label={t('ppo.running')} />
      ) : (
        <BanditCharts run={run} steps={Math.min(shown, run.history.length - 1)} />
      )}
    </Figure>
  );
}

function BanditCharts({ run, steps }: { run: BanditPpoResult; steps: number }) {
  const { t } = useTranslation('alignment');
  const { history, refProbs, optimum } = run;
  const curve = useMemo(
    () =>
      history.slice(0, steps + 1).map((h, i) => ({
        step: i,
        reward: h.reward,
        penalized: h.penalizedReward,
        kl: h.kl,
        clip: h.clipFraction,
      })),
    [history, steps],
  );
  const last = history[steps];
  const policy = ARMS.map((a, i) => ({
    arm: t(`arms.${a.key}`),
    // subtle: recharts spreads each row into the bar's props, so no key may be named 'ref'
    reference: refProbs[i],
    ppo: last.probs[i],
    opt: optimum ? optimum[i] : null,
  }));
  return (
    <>
      <p data-testid="ppo-summary" aria-live="polite">
        {t('ppo.summary', {
          steps,
          reward: fmt(last.reward),
          kl: fmt(last.kl, 4),
          clip: fmt(last.clipFraction, 3),
        })}
      </p>
      <LineChartView
        testId="chart-ppo-reward"
        ariaLabel={t('ppo.rewardTitle')}
        data={curve}
        x={{ key: 'step', label: t('ppo.x'), domain: [0, MAX_STEPS] }}
        y={{ label: t('ppo.rewardY'), domain: [-2, 2] }}
        series={[
          { key: 'reward', name: t('ppo.reward'), color: 0 },
          { key: 'penalized', name: t('ppo.penalized'), color: 2, dashed: true },
        ]}
        height={220}
      />
      <LineChartView
        testId="chart-ppo-kl"
        ariaLabel={t('ppo.klTitle')}
        data={curve}
        x={{ key: 'step', label: t('ppo.x'), domain: [0, MAX_STEPS] }}
        y={{ label: t('ppo.klY'), domain: [0, 'auto'] }}
        series={[
          { key: 'kl', name: t('ppo.kl'), color: 1 },
          { key: 'clip', name: t('ppo.clip'), color: 3 },
        ]}
        height={220}
      />
      <BarChartView
        testId="chart-ppo-policy"
        ariaLabel={t('ppo.policyTitle')}
        data={policy}
        x={{ key: 'arm', label: t('ppo.arm') }}
        y={{ label: t('ppo.prob'), domain: [0, 1] }}
        series={[
          { key: 'reference', name: t('ppo.ref'), color: 4 },
          { key: 'ppo', name: t('ppo.after'), color: 0 },
          ...(optimum ? [{ key: 'opt', name: t('ppo.optimum'), color: 2 }] : []),
        ]}
        height={240}
      />
    </>
  );
}

function GaeFigure({ state, live, setState }: { state: State; live: State; setState: SetState }) {
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
          label={t('gae.gamma')}
          value={live.gamma}
          min={0}
          max={1}
          step={0.01}
          format={(v) => fmt(v, 2)}
          onChange={(gamma) => setState({ gamma })}
          testId="slider-gamma"
        />
        <Slider
          label={t('gae.lambda')}
          value={live.lambda}
          min={0}
          max={1}
          step={0.01}
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
}

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
