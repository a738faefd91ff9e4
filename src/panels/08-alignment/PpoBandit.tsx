/**
 * The PPO bandit of the alignment lab: five replies to "What is RoPE?" as arms, a toy policy
 * trained with PPO against the reward model's scores and a KL penalty to the reference policy
 * (computed in a worker, usePpoRun.ts), scrubbed step by step.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BanditPpoConfig, BanditPpoResult } from '../../kernels/reference/rl.ts';
import { BarChartView, LineChartView } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { Spinner } from '../../ui/LoadProgress.tsx';
import { Slider } from '../../ui/Slider.tsx';
import type { StateOf } from '../../state/urlSchema.ts';
import { alignmentSchema } from './meta.ts';
import { usePpoRun } from './usePpoRun.ts';
import { fmt } from '../../ui/format.ts';

type LabState = StateOf<typeof alignmentSchema>;
type SetState = (p: Partial<LabState>) => void;
/** The fields the run depends on (read deferred) and those its own sliders show (read live). */
export const BANDIT_RUN_FIELDS = [
  'noise',
  'eps',
  'beta',
  'lr',
  'epochs',
  'batch',
  'seed',
] as const satisfies readonly (keyof LabState)[];
export const BANDIT_SLIDER_FIELDS = [
  'steps',
  'lr',
  'epochs',
  'batch',
  'noise',
  'seed',
] as const satisfies readonly (keyof LabState)[];

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

const MAX_STEPS = alignmentSchema.steps.max;

export const BanditFigure = memo(function BanditFigure({
  state,
  live,
  setState,
}: {
  state: Pick<LabState, (typeof BANDIT_RUN_FIELDS)[number]>;
  live: Pick<LabState, (typeof BANDIT_SLIDER_FIELDS)[number]>;
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
          field={alignmentSchema.steps}
          value={shown}
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
        field={alignmentSchema.lr}
        value={live.lr}
        format={(v) => fmt(v, 3)}
        onChange={(lr) => setState({ lr })}
        testId="slider-lr"
      />
      <Slider
        field={alignmentSchema.epochs}
        value={live.epochs}
        onChange={(epochs) => setState({ epochs })}
      />
      <Slider
        field={alignmentSchema.batch}
        value={live.batch}
        onChange={(batch) => setState({ batch })}
      />
      <Slider
        field={alignmentSchema.noise}
        value={live.noise}
        format={(v) => fmt(v, 2)}
        onChange={(noise) => setState({ noise })}
      />
      <Slider
        field={alignmentSchema.seed}
        value={live.seed}
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
});

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
