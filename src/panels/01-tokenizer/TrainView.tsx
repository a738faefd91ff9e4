/**
 * 4. Train your own: byte-level BPE (the kernel's trainBpeSteps) on a bundled sample or the
 * visitor's text, in the worker; merges appear as they are learned (pair, count, new token) with
 * the corpus length in tokens against merges. The result tokenizes the text and downloads as a
 * Hugging Face tokenizer.json (the exporter the tiny model uses).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select.tsx';
import { proxy } from 'comlink';
import { LANGUAGE_SAMPLES } from '../../data/languageSamples.ts';
import { LineChartView, type Row } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { fmtDec } from '../../ui/format.ts';
import { CORPORA, tokenizerSchema } from './schema.ts';
import type { TrainRow, TrainSummary } from './tokenizerTypes.ts';
import { TokenStrip } from './TokenStrip.tsx';
import { useEncoding } from './TokenizeView.tsx';
import type { TokenizerWorker } from './useTokenizerWorker.ts';

type Corpus = (typeof CORPORA)[number];
const MAX_CHART_POINTS = 400;
const SHOWN_MERGES = 16;

export function corpusText(corpus: Corpus, visitorText: string): string {
  if (corpus === 'text') return visitorText;
  if (corpus === 'all') return LANGUAGE_SAMPLES.map((s) => s.text).join('\n\n');
  return LANGUAGE_SAMPLES.find((s) => s.code === corpus)?.text ?? '';
}

/** Every k-th point so the chart draws at most MAX_CHART_POINTS (the last one always). */
function chartRows(initial: number, rows: TrainRow[]): Row[] {
  const out: Row[] = [{ merges: 0, tokens: initial }];
  const stride = Math.max(1, Math.ceil(rows.length / MAX_CHART_POINTS));
  for (let i = stride - 1; i < rows.length; i += stride)
    out.push({ merges: i + 1, tokens: rows[i].tokens });
  const lastRow = rows[rows.length - 1];
  if (lastRow && out[out.length - 1].merges !== rows.length)
    out.push({ merges: rows.length, tokens: lastRow.tokens });
  return out;
}

function TrainedStrip({
  worker,
  text,
  allow,
}: {
  worker: TokenizerWorker;
  text: string;
  allow: boolean;
}) {
  const { t } = useTranslation('tokenizer');
  const { result } = useEncoding(worker, 'trained', text, allow);
  if (!result) return null;
  return (
    <div data-testid="trained-result">
      <p>
        {t('train.tokenized', {
          tokens: result.tokens,
          perToken: result.tokens > 0 ? fmtDec(result.bytes / result.tokens) : '—',
        })}
      </p>
      <TokenStrip cells={result.cells} vocab="trained" api={worker.api} testId="trained-strip" />
    </div>
  );
}

export function TrainView({
  worker,
  text,
  allow,
  corpus,
  size,
  set,
}: {
  worker: TokenizerWorker;
  text: string;
  allow: boolean;
  corpus: Corpus;
  size: number;
  set: (p: { corpus?: Corpus; size?: number }) => void;
}) {
  const { t, i18n } = useTranslation('tokenizer');
  const [running, setRunning] = useState(false);
  const [rows, setRows] = useState<TrainRow[]>([]);
  const [initial, setInitial] = useState(0);
  const [summary, setSummary] = useState<TrainSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const zh = i18n.language.startsWith('zh');

  const start = () => {
    const api = worker.api;
    if (!api) return;
    const corpusString = corpusText(corpus, text);
    if (corpusString.trim() === '') {
      setError(t('train.empty'));
      return;
    }
    setError(null);
    setSummary(null);
    setRows([]);
    setRunning(true);
    let all: TrainRow[] = [];
    api
      .train(
        corpusString,
        size,
        proxy((batch: TrainRow[], initialTokens: number) => {
          all = all.concat(batch);
          setInitial(initialTokens);
          setRows(all);
        }),
      )
      .then(
        (s) => {
          setSummary(s);
          setInitial(s.initialTokens);
          if (s.info) worker.markReady(s.info);
        },
        (e: Error) => setError(e.message),
      )
      .finally(() => setRunning(false));
  };

  const download = () => {
    worker.api?.exportTrained().then(
      (json) => {
        const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = 'tokenizer.json';
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
      (e: Error) => setError(e.message),
    );
  };

  const lastRows = rows.slice(-SHOWN_MERGES).reverse();
  return (
    <Figure
      explain={
        <Explain
          title={t('train.explainTitle')}
          tex={t('train.tex')}
          text={t('train.explain')}
          section="§2.2"
        />
      }
    >
      <div className="controls">
        <Select
          field={tokenizerSchema.corpus}
          value={corpus}
          optionLabel={(c) =>
            c === 'all' || c === 'text'
              ? t(`train.corpora.${c}`)
              : (LANGUAGE_SAMPLES.find((s) => s.code === c)?.name[zh ? 'zh' : 'en'] ?? c)
          }
          onChange={(v) => set({ corpus: v })}
          className="tok-select"
          testId="train-corpus"
        />
        <Slider
          field={tokenizerSchema.size}
          value={size}
          onChange={(v) => set({ size: v })}
          hint={t('train.sizeHint', { merges: size - 256 })}
          testId="slider-size"
        />
      </div>
      <div className="row-buttons">
        <button type="button" data-testid="train" disabled={running || !worker.api} onClick={start}>
          {t('train.start')}
        </button>
        <button
          type="button"
          data-testid="train-stop"
          disabled={!running}
          onClick={() => void worker.api?.cancelTraining().catch(() => undefined)}
        >
          {t('train.stop')}
        </button>
        <button
          type="button"
          data-testid="train-download"
          disabled={running || !summary || summary.cancelled}
          onClick={download}
        >
          {t('train.download')}
        </button>
      </div>
      {error && (
        <div className="panel-error" role="alert" data-testid="train-error">
          <pre className="error-message">{error}</pre>
        </div>
      )}
      <p data-testid="train-progress" aria-live="polite">
        {running
          ? t('train.running', { merges: rows.length, target: size - 256 })
          : summary
            ? t(summary.cancelled ? 'train.cancelled' : 'train.done', {
                merges: summary.merges,
                initial: fmtDec(summary.initialTokens, 0),
                final: fmtDec(summary.finalTokens, 0),
                ratio: fmtDec(summary.initialTokens / Math.max(1, summary.finalTokens)),
              })
            : t('train.idle')}
      </p>
      {summary?.stoppedEarly && !summary.cancelled && (
        <p className="muted small">{t('train.early')}</p>
      )}
      {rows.length > 0 && (
        <>
          <LineChartView
            data={chartRows(initial, rows)}
            x={{ key: 'merges', label: t('train.chartX') }}
            y={{ label: t('train.chartY') }}
            series={[{ key: 'tokens', name: t('train.chartY') }]}
            ariaLabel={t('train.chartAria')}
            testId="chart-train"
          />
          <div className="tok-table-wrap">
            <table className="tok-table" data-testid="merge-table">
              <thead>
                <tr>
                  <th>{t('train.rank')}</th>
                  <th>{t('train.pair')}</th>
                  <th>{t('train.count')}</th>
                  <th>{t('train.newToken')}</th>
                </tr>
              </thead>
              <tbody>
                {lastRows.map((r) => (
                  <tr key={r.rank}>
                    <td>{r.rank}</td>
                    <td>
                      <code>{r.left}</code> + <code>{r.right}</code>
                    </td>
                    <td>{r.count}</td>
                    <td>
                      <code>{r.merged}</code> ({r.id}
                      {r.isNew ? '' : `, ${t('train.reused')}`})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {summary && !summary.cancelled && <TrainedStrip worker={worker} text={text} allow={allow} />}
    </Figure>
  );
}
