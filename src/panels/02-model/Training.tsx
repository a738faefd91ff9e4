/**
 * How the tiny Qwen was trained, from the training.json that `npm run train` writes beside the
 * model: the loss curves of pretraining and SFT (loss on assistant tokens only), the held-out
 * loss, and every held-out question with the model's greedy reply and whether it was right.
 *
 * Deliberately left out: retraining in the tab (the pipeline runs in Node, scripts/train).
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchWithProgress } from '../../runtime/fetchWithProgress.ts';
import { tinyModelBase } from '../../runtime/tinyModel.ts';
import { LineChartView, type Row } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Spinner } from '../../ui/LoadProgress.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

/** The parts of training.json this view reads (scripts/train/report.ts TrainingReport). */
interface TrainingReport {
  stepsDone: number;
  seconds: number;
  tokensPerSecond: number;
  schedule: { pretrainSteps: number; sftSteps: number; batch: number; context: number };
  curve: { step: number; phase: 'pretrain' | 'sft'; loss: number }[];
  evalCurve: { step: number; heldoutLoss: number; trainLoss: number }[];
  final: {
    trainLoss: number;
    heldoutLoss: number;
    heldoutQuestionScore: number | null;
    /** Per kind of held-out item (absent in models trained before they were measured). */
    heldout?: {
      topic: { en: number; zh: number };
      followup: number;
      scope: number;
      inLanguage: number;
    } | null;
  };
  heldoutReplies: { lang: string; question: string; key: string; reply: string; ok: boolean }[];
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Steps averaged into one point of the curve (the raw per-batch loss is noisy). */
const WINDOW = 10;
/** training.json keeps 4 decimals; smaller losses are drawn on this floor of the log axis. */
const FLOOR = 1e-4;

function parseReport(bytes: Uint8Array): TrainingReport {
  const r = JSON.parse(new TextDecoder().decode(bytes)) as TrainingReport;
  if (!Array.isArray(r.curve) || !Array.isArray(r.evalCurve) || !Array.isArray(r.heldoutReplies)) {
    throw new Error('training.json lacks its curves or held-out replies');
  }
  return r;
}

/** Window means per phase, and the held-out losses at their steps. */
function chartRows(r: TrainingReport): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < r.curve.length; i += WINDOW) {
    const chunk = r.curve.slice(i, i + WINDOW).filter((p) => p.phase === r.curve[i].phase);
    const mean = chunk.reduce((s, p) => s + p.loss, 0) / chunk.length;
    const step = chunk[chunk.length - 1].step;
    rows.push({ step, [r.curve[i].phase]: Math.max(FLOOR, mean) });
  }
  for (const e of r.evalCurve) rows.push({ step: e.step, heldout: Math.max(FLOOR, e.heldoutLoss) });
  return rows.sort((a, b) => (a.step as number) - (b.step as number));
}

export const TrainingFigure = memo(function TrainingFigure() {
  const { t } = useTranslation('model');
  const url = tinyModelBase() + 'training.json';
  const res = useAsync(url, () => fetchWithProgress(url).then(parseReport), 0);
  const report = res.value;
  const rows = useMemo(() => (report ? chartRows(report) : []), [report]);

  let body;
  if (res.error) {
    body = <PanelError error={res.error} onRetry={res.retry} />;
  } else if (!report) {
    body = <Spinner label={t('training.loading')} />;
  } else {
    const r = report;
    const right = r.heldoutReplies.filter((h) => h.ok).length;
    body = (
      <>
        <p data-testid="training-summary">
          {t('training.summary', {
            steps: r.stepsDone,
            pretrain: r.schedule.pretrainSteps,
            sft: r.schedule.sftSteps,
            minutes: Math.round(r.seconds / 60),
            tps: Math.round(r.tokensPerSecond),
            train: r.final.trainLoss.toFixed(4),
            heldout: r.final.heldoutLoss.toFixed(4),
          })}
        </p>
        <LineChartView
          data={rows}
          x={{ key: 'step', label: t('training.step') }}
          y={{ label: t('training.loss'), scale: 'log' }}
          series={[
            { key: 'pretrain', name: t('training.pretrain') },
            { key: 'sft', name: t('training.sft') },
            { key: 'heldout', name: t('training.heldout'), dashed: true },
          ]}
          refLines={[{ x: r.schedule.pretrainSteps, label: t('training.sftStarts') }]}
          ariaLabel={t('training.chartLabel')}
          testId="chart-training"
        />
        <p className="hint">{t('training.floor', { floor: FLOOR, window: WINDOW })}</p>
        <h3 data-testid="heldout-score">
          {t('training.score', {
            right,
            n: r.heldoutReplies.length,
            pct: ((100 * right) / Math.max(1, r.heldoutReplies.length)).toFixed(1),
          })}
        </h3>
        {r.final.heldout && (
          <p data-testid="heldout-by-kind">
            {t('training.byKind', {
              en: pct(r.final.heldout.topic.en),
              zh: pct(r.final.heldout.topic.zh),
              followup: pct(r.final.heldout.followup),
              scope: pct(r.final.heldout.scope),
              lang: pct(r.final.heldout.inLanguage),
            })}
          </p>
        )}
        <details className="mp-heldout">
          <summary>{t('training.repliesToggle')}</summary>
          <ScrollBox label={t('training.repliesToggle')}>
            <table className="data" data-testid="heldout-table">
              <thead>
                <tr>
                  <th>{t('training.question')}</th>
                  <th>{t('training.key')}</th>
                  <th>{t('training.reply')}</th>
                </tr>
              </thead>
              <tbody>
                {r.heldoutReplies.map((h, i) => (
                  <tr key={i} className={h.ok ? 'ok' : 'miss'} data-ok={h.ok ? '1' : '0'}>
                    <td>{h.question}</td>
                    <td>
                      {h.ok ? '✓ ' : '✗ '}
                      {h.key}
                    </td>
                    <td>{h.reply}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </details>
      </>
    );
  }
  return (
    <>
      <h2 id="model-training">{t('training.title')}</h2>
      <Figure
        explain={
          <Explain title={t('training.explainTitle')} text={t('training.explain')} section="§3.1" />
        }
      >
        {body}
      </Figure>
    </>
  );
});
