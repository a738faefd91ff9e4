/**
 * The Train lab (report §2, §3.1): a tiny Qwen trained from scratch in this tab on the topics
 * a visitor picks — pretraining, then SFT with the loss on the assistant's tokens only — with
 * live curves, talking to the model at any step, runs kept in IndexedDB across reloads, and
 * the trained model exported as a Hugging Face folder. The training runs in train.worker.ts;
 * this file lays out the lab.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerPanelTexts } from '../../i18n/index.ts';
import { registerLocalModel } from '../../runtime/localModels.ts';
import { formatHash } from '../../state/route.ts';
import type { PanelProps } from '../types.ts';
import { LiveCharts, LiveStats } from './Live.tsx';
import { parseGroups, type trainSchema } from './meta.ts';
import { RunList, SetupForm } from './Setup.tsx';
import { ProbeTable, Talk } from './Talk.tsx';
import { useTrainer } from './useTrainer.ts';
import { toFailure, type Failure } from './failures.ts';
import { FailureDetail, FailureText } from './FailureText.tsx';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import './train.css';

registerPanelTexts('train', { en, 'zh-CN': zh });

/** The folder name inside the exported zip (and the zip's name). */
const EXPORT_NAME = 'tiny-qwen-trained';

function download(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export default function TrainPanel({ state, setState }: PanelProps<typeof trainSchema>) {
  const { t } = useTranslation('train');
  const tr = useTrainer();
  const [exportError, setExportError] = useState<Failure | null>(null);
  const [exporting, setExporting] = useState(false);
  const live = tr.live;
  const locked = tr.training || tr.busy !== null;

  const startRun = () =>
    tr.start({
      preset: state.preset,
      groups: parseGroups(state.groups),
      langs: state.langs === 'both' ? ['en', 'zh'] : [state.langs],
      seed: 1,
    });

  const exportZip = async () => {
    if (!tr.remote) return;
    setExporting(true);
    setExportError(null);
    try {
      download(await tr.remote.exportZip(EXPORT_NAME), `${EXPORT_NAME}-step${live?.step ?? 0}.zip`);
    } catch (e) {
      setExportError(toFailure(e));
    } finally {
      setExporting(false);
    }
  };

  // The folder goes to this tab's local models (kept in memory), and the Chat lab opens it.
  const openInChat = async () => {
    if (!tr.remote || !live) return;
    setExporting(true);
    setExportError(null);
    try {
      const files = await tr.remote.exportFiles();
      const blobs = new Map(
        Object.entries(files).map(([name, bytes]) => [name, new Blob([bytes as BlobPart])]),
      );
      const m = registerLocalModel(t('export.modelName', { step: live.step }), blobs, 'trained');
      location.hash = formatHash('chat', `model=${encodeURIComponent(`local:${m.id}`)}`);
    } catch (e) {
      setExportError(toFailure(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="train-panel">
      <p className="lead">{t('intro')}</p>

      {tr.workerFailure && (
        <div className="panel-error" role="alert" data-testid="worker-failure">
          <p>{t('errors.worker')}</p>
          <FailureDetail failure={{ code: 'unknown', detail: tr.workerFailure }} />
          <button type="button" onClick={tr.retry}>
            {t('errors.retry')}
          </button>
        </div>
      )}
      {tr.error && !tr.workerFailure && (
        <div className="panel-error" role="alert" data-testid="train-error">
          <FailureText action={tr.error.action} failure={tr.error.failure} />
          <button type="button" onClick={tr.clearError}>
            {t('errors.dismiss')}
          </button>
        </div>
      )}

      <h2>{t('setup.title')}</h2>
      <p>{t('setup.explain')}</p>
      <SetupForm
        preset={state.preset}
        groups={state.groups}
        langs={state.langs}
        onChange={setState}
        onStart={startRun}
        disabled={!tr.ready || locked}
      />
      {tr.busy === 'preparing' && <p role="status">{t('setup.preparing')}</p>}
      {tr.busy === 'opening' && <p role="status">{t('runs.opening')}</p>}

      <h3>{t('runs.title')}</h3>
      {tr.runs ? (
        <RunList
          runs={tr.runs}
          openId={live?.runId ?? null}
          locked={locked}
          training={tr.training}
          onOpen={tr.open}
          onDelete={tr.remove}
        />
      ) : (
        <p role="status">{t('runs.loading')}</p>
      )}

      {live && (
        <>
          <h2>{t('live.title')}</h2>
          <p className="tr-muted">
            {t('live.about', {
              params: live.params.toLocaleString(),
              topics: live.counts.topics,
              tokens: live.counts.pretrainTokens.toLocaleString(),
              dialogues: live.counts.sftDialogues.toLocaleString(),
            })}
            {live.counts.sftLeftOut > 0 &&
              t('live.leftOut', { n: live.counts.sftLeftOut.toLocaleString() })}
          </p>
          <LiveStats
            live={live}
            training={tr.training}
            threads={tr.threads}
            isolated={tr.isolated}
            onPause={tr.pause}
            onResume={tr.resume}
            onStop={tr.stop}
          />
          <LiveCharts live={live} />

          <h2>{t('talk.title')}</h2>
          <p>{t('talk.explain')}</p>
          <Talk
            prompt={state.prompt}
            mode={state.mode}
            onChange={setState}
            ask={() => tr.remote!.talk(state.prompt, state.mode, 0.7, live.step + 1)}
            disabled={!tr.remote || tr.busy !== null}
          />
          <h3>{t('probes.title')}</h3>
          <ProbeTable
            replies={live.probeReplies}
            step={live.probeCurve[live.probeCurve.length - 1]?.step ?? null}
          />

          <h2>{t('export.title')}</h2>
          <p>{t('export.explain')}</p>
          <div className="tr-buttons">
            <button
              type="button"
              onClick={exportZip}
              disabled={!tr.remote || exporting || tr.busy !== null}
              data-testid="export-zip"
            >
              {exporting ? t('export.working') : t('export.zip')}
            </button>
            <button
              type="button"
              onClick={openInChat}
              disabled={!tr.remote || exporting || tr.busy !== null}
              data-testid="open-in-chat"
            >
              {t('export.chat')}
            </button>
          </div>
          {exportError && (
            <div className="notice" role="alert" data-testid="export-error">
              <FailureText action="export" failure={exportError} />
            </div>
          )}
        </>
      )}
    </div>
  );
}
