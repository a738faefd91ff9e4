/**
 * Part 4: the report's long-context ablation (Table 3), live on the tiny model. A worker of its
 * own (stopped when the settings change) runs src/kernels/labdata/ablation.ts with src/model/evaluate.ts
 * on the first L·max tokens of the SFT dialogues as ChatML (the first LAB_DIALOGUES of
 * data/corpus/sft.jsonl) or of the pretraining prose (data/corpus/pretrain.txt), documents in
 * file order, each followed by <|endoftext|>: the same table `npm run ablation` prints. The report's numbers sit beside it,
 * labelled as the report's.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select.tsx';
import { proxy } from 'comlink';
import {
  ABLATION_METHODS,
  REPORT_TABLE3,
  dialogueDocuments,
  evaluationStream,
  splitDocuments,
  type AblationCell,
  type EvaluationText,
} from '../../kernels/labdata/ablation.ts';
import type { TinyModel } from '../../runtime/tinyModel.ts';
import { useTinyModel } from '../../ui/useTinyModel.ts';
import { LineChartView, type Row } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { ModelGate } from '../../ui/ModelGate.tsx';
import { InputNotice } from '../../ui/Notice.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { fmt, fmtInt } from '../../ui/format.ts';
import { identityKey, useAsync } from '../../ui/useAsync.ts';
import { useRun } from '../../ui/useRun.ts';
import { longContextSchema } from './meta.ts';
import type { WorkerPartProps, LcState } from './parts.ts';
import { acquire } from './labWork.ts';
import { startLcWorker } from './useLcWorker.ts';
import { windowsOf } from './Windows.tsx';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

/** The evaluation texts, loaded only when the ablation runs (their own chunks). */
const TEXTS: Record<EvaluationText, () => Promise<string>> = {
  // The first LAB_DIALOGUES dialogues of sft.jsonl: the same tokens `npm run ablation` scores.
  dialogues: () => import('../../../data/corpus/sft-head.jsonl?raw').then((m) => m.default),
  prose: () => import('../../../data/corpus/pretrain.txt?raw').then((m) => m.default),
};

/** The fields of the lab's state this part reads. */
export const ABLATION_FIELDS = [
  'amax',
  'arun',
  'atext',
  'win',
] as const satisfies readonly (keyof LcState)[];

export const Ablation = memo(function Ablation(
  props: WorkerPartProps<(typeof ABLATION_FIELDS)[number]>,
) {
  const { t } = useTranslation('long-context');
  const { state, setState } = props;
  return (
    <Figure
      explain={<Explain tex={t('ablation.tex')} text={t('ablation.text')} section="§2.5, §2.6" />}
    >
      <h2>{t('ablation.title')}</h2>
      <Select
        field={longContextSchema.amax}
        value={state.amax}
        optionLabel={(v) => t('ablation.upTo', { k: v })}
        onChange={(v) => setState({ amax: v })}
        testId="amax"
      />
      <Select
        field={longContextSchema.atext}
        value={state.atext}
        optionLabel={(v) => t(`ablation.texts.${v}`)}
        onChange={(v) => setState({ atext: v })}
        testId="atext"
      />
      {state.arun ? (
        <AblationGate {...props} />
      ) : (
        <div className="row-buttons">
          <button type="button" data-testid="run-ablation" onClick={() => setState({ arun: true })}>
            {t('ablation.run')}
          </button>
          <span className="hint">{t('ablation.runHint')}</span>
        </div>
      )}
      <h3>{t('ablation.reportTitle')}</h3>
      <PerplexityTable
        testId="report-table"
        label={t('ablation.reportTitle')}
        lengths={REPORT_TABLE3.lengths}
        value={(m, i) => REPORT_TABLE3.rows[m][i]}
      />
      <LineChartView
        testId="chart-report"
        ariaLabel={t('ablation.reportTitle')}
        data={REPORT_TABLE3.lengths.map((n, i) => {
          const r: Row = { n };
          for (const m of ABLATION_METHODS) r[m] = REPORT_TABLE3.rows[m][i];
          return r;
        })}
        x={{ key: 'n', label: t('ablation.x'), scale: 'log', domain: ['dataMin', 'dataMax'] }}
        y={{ label: t('ablation.y'), scale: 'log', domain: ['auto', 'auto'] }}
        series={ABLATION_METHODS.map((m, i) => ({ key: m, name: t(`rows.${m}`), color: i }))}
        refLines={[{ x: REPORT_TABLE3.trainLength, label: 'L' }]}
        height={240}
      />
    </Figure>
  );
});

function PerplexityTable({
  lengths,
  value,
  testId,
  label,
  multiples,
}: {
  lengths: number[];
  /** The table's name for screen readers (its region scrolls sideways on a narrow screen). */
  label: string;
  value: (m: (typeof ABLATION_METHODS)[number], i: number) => number | undefined;
  testId: string;
  /** Shown under each length, e.g. "2×". */
  multiples?: number[];
}) {
  const { t } = useTranslation('long-context');
  return (
    <ScrollBox label={label}>
      <table className="data lc-nowrap" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('ablation.method')}</th>
            {lengths.map((n, i) => (
              <th key={n}>
                {fmtInt(n)}
                {multiples && ` (${multiples[i]}×)`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ABLATION_METHODS.map((m) => (
            <tr key={m} data-method={m}>
              <td>{t(`rows.${m}`)}</td>
              {lengths.map((n, i) => {
                const v = value(m, i);
                return <td key={n}>{v === undefined ? '…' : fmt(v, 2)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function AblationGate(props: WorkerPartProps<(typeof ABLATION_FIELDS)[number]>) {
  const model = useTinyModel();
  return <ModelGate state={model}>{(tiny) => <AblationRun tiny={tiny} {...props} />}</ModelGate>;
}

function AblationRun({
  tiny,
  state,
}: WorkerPartProps<(typeof ABLATION_FIELDS)[number]> & { tiny: TinyModel }) {
  const { t } = useTranslation('long-context');
  const L = tiny.config.max_position_embeddings;
  const multiples = useMemo(() => {
    const out: number[] = [];
    for (let k = 1; k <= Number(state.amax); k *= 2) out.push(k);
    return out;
  }, [state.amax]);
  const parsed = windowsOf(state, tiny.config.num_hidden_layers);
  const windowsKey = 'windows' in parsed ? parsed.windows.join(',') : null;
  const kind = state.atext;
  const textKey = `${identityKey(tiny)}|${kind}`;
  const text = useAsync(
    textKey,
    () =>
      TEXTS[kind]().then((raw) => {
        const docs = kind === 'dialogues' ? dialogueDocuments(raw) : splitDocuments(raw);
        // Encode only the documents the longest setting (8·L tokens) can reach.
        const encoded: number[][] = [];
        let n = 0;
        for (const d of docs) {
          if (n >= 8 * L) break;
          const e = tiny.tokenizer.encode(d, { allowedSpecial: 'all' });
          encoded.push(e);
          n += e.length + 1;
        }
        return { kind, ids: evaluationStream(encoded, tiny.special.endOfText) };
      }),
    0,
  );
  const stream = text.value;

  const windows = 'windows' in parsed ? parsed.windows : null;
  const run = useRun<AblationCell[], [number, number]>(
    windowsKey !== null && stream && text.key === textKey
      ? `${textKey}|${state.amax}|${windowsKey}`
      : null,
    stream && windows
      ? async ({ report, onStop }) => {
          // It waits for its turn while the live timing measures (labWork.ts).
          let release = () => {};
          await new Promise<void>((start) => {
            release = acquire(start);
            onStop(release);
          });
          try {
            // A worker of its own, stopped when the settings change.
            const job = startLcWorker();
            onStop(job.stop);
            await job.remote.setModel(tiny.model);
            return await job.remote.ablation(
              stream.ids,
              multiples,
              windows,
              proxy((done: number, total: number) => report([done, total])),
            );
          } finally {
            release();
          }
        }
      : null,
    400, // started after the settings rest
  );
  // A run that starts over shows its progress, not the last table.
  const cells = run.busy ? null : run.value;
  const progress = run.progress ?? [0, 1];

  if ('error' in parsed) return <InputNotice text={t('windows.bad', { message: parsed.error })} />;
  const failed = run.error ?? text.error;
  if (failed) {
    return (
      <PanelError
        error={t('ablation.error', { message: failed })}
        onRetry={run.error ? run.retry : text.retry}
      />
    );
  }
  const lengths = multiples.map((k) => k * L);
  const cell = (m: string, i: number) =>
    cells?.find((c) => c.method === m && c.multiple === multiples[i]);
  return (
    <div data-testid="ablation-ours">
      <h3>{t('ablation.oursTitle', { L })}</h3>
      <p className="hint">
        {t('ablation.setup', {
          tokens: fmtInt(L * Number(state.amax)),
          stream: stream ? fmtInt(stream.ids.length) : '…',
          text: t(`ablation.texts.${state.atext}`),
          windows: parsed.windows.map((w) => fmtInt(w)).join(' / '),
        })}
      </p>
      {!cells && (
        <div
          className="byte-progress"
          role="status"
          aria-live="polite"
          data-testid="ablation-progress"
        >
          <span>{t('ablation.computing', { done: progress[0], total: progress[1] })}</span>
          <progress max={progress[1]} value={progress[0]} aria-label={t('ablation.title')} />
        </div>
      )}
      <PerplexityTable
        testId="ablation-table"
        label={t('ablation.title')}
        lengths={lengths}
        multiples={multiples}
        value={(m, i) => cell(m, i)?.perplexity}
      />
      {cells && (
        <>
          <LineChartView
            testId="chart-ablation"
            ariaLabel={t('ablation.oursTitle', { L })}
            data={lengths.map((n, i) => {
              const r: Row = { n };
              for (const m of ABLATION_METHODS) r[m] = cell(m, i)?.perplexity ?? null;
              return r;
            })}
            x={{ key: 'n', label: t('ablation.x'), scale: 'log', domain: ['dataMin', 'dataMax'] }}
            y={{ label: t('ablation.y'), scale: 'log', domain: ['auto', 'auto'] }}
            series={ABLATION_METHODS.map((m, i) => ({ key: m, name: t(`rows.${m}`), color: i }))}
            refLines={[{ x: L, label: 'L' }]}
            height={240}
          />
          <p data-testid="ablation-summary">{summary(cells, multiples, t)}</p>
          <ul className="lc-steps" data-testid="ablation-steps">
            {steps(cells, multiples, t).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** What the tiny model's table shows, in words (comparisons of the computed numbers only). */
function summary(
  cells: AblationCell[],
  multiples: number[],
  t: (k: string, o?: Record<string, unknown>) => string,
): string {
  const k = multiples[multiples.length - 1];
  const at = (m: string, mult: number) =>
    cells.find((c) => c.method === m && c.multiple === mult)!.perplexity;
  const base = at('plain', 1);
  const plain = at('plain', k);
  let best: string = ABLATION_METHODS[0];
  for (const m of ABLATION_METHODS) if (at(m, k) < at(best, k)) best = m;
  const trend = plain > 1.5 * base ? 'trendYes' : 'trendNo';
  return t(`ablation.${trend}`, {
    k,
    base: fmt(base, 2),
    plain: fmt(plain, 2),
    best: t(`rows.${best}`),
    bestValue: fmt(at(best, k), 2),
  });
}

/** Each added trick at the longest length against the row above it, in words. */
function steps(
  cells: AblationCell[],
  multiples: number[],
  t: (k: string, o?: Record<string, unknown>) => string,
): string[] {
  const k = multiples[multiples.length - 1];
  const at = (m: string) => cells.find((c) => c.method === m && c.multiple === k)!.perplexity;
  return ABLATION_METHODS.slice(1).map((m, i) => {
    const prev = at(ABLATION_METHODS[i]);
    const value = at(m);
    const key = value < prev ? 'stepLower' : value > prev ? 'stepHigher' : 'stepSame';
    return t(`ablation.${key}`, {
      row: t(`rows.${m}`),
      k,
      value: fmt(value, 2),
      prev: fmt(prev, 2),
    });
  });
}
