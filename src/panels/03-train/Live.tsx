/**
 * The open run as it trains: progress bar, step, phase, tokens/s, elapsed and remaining time,
 * pause / resume / stop, and the curves — training and held-out loss, the learning-rate
 * schedule, and the probe questions answered on topic.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cosineLr } from '../../model/adamw.ts';
import { PRESETS, presetSteps } from '../../train/presets.ts';
import { LineChartView, type Row } from '../../ui/Chart.tsx';
import { fmtDuration, thin } from './format.ts';
import type { TrainUpdate } from './trainTypes.ts';
import { FailureDetail, reasonText } from './FailureText.tsx';

interface LiveProps {
  live: TrainUpdate;
  training: boolean;
  threads: number | null;
  isolated: boolean;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
}

export function LiveStats({
  live,
  training,
  threads,
  isolated,
  onPause,
  onResume,
  onStop,
}: LiveProps) {
  const { t } = useTranslation('train');
  const last = live.curve[live.curve.length - 1];
  const first = live.curve[0];
  const finished = live.status === 'done' || live.status === 'stopped';
  return (
    <div className="tr-live">
      <progress
        className="tr-progress"
        max={live.total}
        value={live.step}
        aria-label={t('live.progress')}
        data-testid="train-progress"
      />
      {/* The raw figures as data- attributes, for benchmarks (scripts/bench/training-ui.bench.ts):
          the step, the run's training seconds (evaluations included), this session's tokens/s,
          the latest probe score and the status. */}
      <dl
        className="tr-stats"
        data-testid="train-stats"
        data-step={live.step}
        data-seconds={live.seconds}
        data-tokens-per-second={live.tokensPerSecond ?? ''}
        data-probe-ok={live.probeCurve[live.probeCurve.length - 1]?.ok ?? ''}
        data-probe-total={live.probeCurve[live.probeCurve.length - 1]?.total ?? ''}
        data-status={training ? 'training' : live.status}
      >
        <div>
          <dt>{t('live.step')}</dt>
          <dd data-testid="train-step">
            {live.step} / {live.total}
          </dd>
        </div>
        <div>
          <dt>{t('live.phase')}</dt>
          <dd>{t(`phase.${live.phase}`)}</dd>
        </div>
        <div>
          <dt>{t('live.loss')}</dt>
          <dd data-testid="train-loss">{last ? last.loss.toFixed(3) : '—'}</dd>
        </div>
        <div>
          <dt>{t('live.firstLoss')}</dt>
          <dd data-testid="train-first-loss">{first ? first.loss.toFixed(3) : '—'}</dd>
        </div>
        <div>
          <dt>{t('live.speed')}</dt>
          <dd data-testid="train-speed">
            {live.tokensPerSecond ? Math.round(live.tokensPerSecond).toLocaleString() : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('live.elapsed')}</dt>
          <dd>{fmtDuration(live.seconds)}</dd>
        </div>
        <div>
          <dt>{t('live.left')}</dt>
          <dd>
            {finished ? '0:00' : live.etaSeconds !== null ? fmtDuration(live.etaSeconds) : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('live.status')}</dt>
          <dd data-testid="train-status">{t(`status.${training ? 'training' : live.status}`)}</dd>
        </div>
        <div>
          <dt>{t('live.hash')}</dt>
          <dd className="tr-mono" data-testid="weights-hash">
            {live.hash}
          </dd>
        </div>
      </dl>
      <div className="tr-buttons">
        {training ? (
          <button type="button" onClick={onPause} data-testid="train-pause">
            {t('live.pause')}
          </button>
        ) : (
          !finished && (
            <button
              type="button"
              className="tr-primary"
              onClick={onResume}
              data-testid="train-resume"
            >
              {t('live.resume')}
            </button>
          )
        )}
        {!finished && (
          <button type="button" onClick={onStop} data-testid="train-stop">
            {t('live.stop')}
          </button>
        )}
      </div>
      <p
        className="tr-muted"
        data-testid="train-threads"
        data-threads={threads ?? ''}
        data-isolated={isolated}
      >
        {threads === null
          ? null
          : isolated
            ? t('live.threads', { n: threads })
            : t('live.oneThread')}{' '}
        {live.savedAt !== null &&
          t('live.saved', { time: new Date(live.savedAt).toLocaleTimeString() })}
      </p>
      {live.saveError && (
        <div className="notice" role="alert" data-testid="save-error">
          <p className="tr-failure" data-testid="failure-text">
            {t('live.saveError', { reason: reasonText(t, live.saveError) })}
          </p>
          <FailureDetail failure={live.saveError} />
        </div>
      )}
    </div>
  );
}

export function LiveCharts({ live }: { live: TrainUpdate }) {
  const { t } = useTranslation('train');
  const preset = PRESETS[live.setup.preset];
  const lossRows = useMemo(() => {
    const rows = new Map<number, Row>();
    for (const p of thin(live.curve, 300)) rows.set(p.step, { step: p.step, loss: p.loss });
    for (const e of live.evalCurve)
      rows.set(e.step, { ...(rows.get(e.step) ?? { step: e.step }), heldout: e.heldoutLoss });
    return [...rows.values()].sort((a, b) => (a.step as number) - (b.step as number));
  }, [live.curve, live.evalCurve]);
  const lrRows = useMemo(() => {
    const total = presetSteps(preset);
    const n = Math.min(total, 200);
    return Array.from({ length: n + 1 }, (_, i) => {
      const s = Math.round((i * total) / n);
      return { step: s, lr: cosineLr(Math.max(0, s - 1), { ...preset, totalSteps: total }) };
    });
  }, [preset]);
  const probeRows = useMemo(
    () => live.probeCurve.map((p) => ({ step: p.step, ok: p.ok })),
    [live.probeCurve],
  );
  const probeTotal = live.probeCurve[0]?.total ?? live.probeReplies.length;
  const sftLine = { x: preset.pretrainSteps, label: t('charts.sftStarts') };
  return (
    <div className="tr-charts">
      <LineChartView
        data={lossRows}
        x={{ key: 'step', label: t('charts.step'), domain: [0, live.total] }}
        y={{ label: t('charts.loss'), domain: [0, 'auto'] }}
        series={[
          { key: 'loss', name: t('charts.trainLoss') },
          { key: 'heldout', name: t('charts.heldoutLoss'), dashed: true },
        ]}
        refLines={[sftLine]}
        ariaLabel={t('charts.lossLabel')}
        testId="loss-chart"
      />
      <LineChartView
        data={lrRows}
        x={{ key: 'step', label: t('charts.step'), domain: [0, live.total] }}
        y={{ label: t('charts.lr') }}
        series={[{ key: 'lr', name: t('charts.lr') }]}
        refLines={[{ x: live.step, label: t('charts.now') }]}
        height={180}
        ariaLabel={t('charts.lrLabel')}
        testId="lr-chart"
      />
      <LineChartView
        data={probeRows}
        x={{ key: 'step', label: t('charts.step'), domain: [0, live.total] }}
        y={{ label: t('charts.probesAxis'), domain: [0, Math.max(1, probeTotal)] }}
        series={[{ key: 'ok', name: t('charts.probes') }]}
        refLines={[sftLine]}
        height={180}
        ariaLabel={t('charts.probesLabel', { n: probeTotal })}
        testId="probe-chart"
      />
    </div>
  );
}
