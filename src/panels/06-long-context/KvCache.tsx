/**
 * Part 1: the KV cache. Its memory for the tiny model, Qwen-7B and Qwen-14B (kvCache.ts), and
 * generation on the tiny model timed live in the worker with and without the cache, charted
 * against the cost formulas scaled by one fitted seconds-per-FLOP constant.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select.tsx';
import { proxy } from 'comlink';
import {
  QWEN_SIZES,
  decodeFlops,
  fitTimePerFlop,
  kvCacheBytes,
  type AttentionSizes,
} from '../../kernels/reference/kvCache.ts';
import { headDim } from '../../model/config.ts';
import type { TinyModel } from '../../runtime/tinyModel.ts';
import { useTinyModel } from '../../ui/useTinyModel.ts';
import { LineChartView } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Spinner, formatBytes } from '../../ui/LoadProgress.tsx';
import { ModelGate } from '../../ui/ModelGate.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { logDomain, rows } from '../../ui/chartData.ts';
import { fmt, fmtInt } from '../../ui/format.ts';
import { identityKey } from '../../ui/useAsync.ts';
import { useRun } from '../../ui/useRun.ts';
import { acquire } from './labWork.ts';
import { longContextSchema } from './meta.ts';
import type { KvTiming } from './longContext.worker.ts';
import { TIMING_TEXT, TINY_DESIGN, type WorkerPartProps, type LcState } from './parts.ts';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

/** The tiny model's sizes from its config.json. */
export function sizesOf(tiny: TinyModel): AttentionSizes {
  const c = tiny.config;
  return {
    layers: c.num_hidden_layers,
    hidden: c.hidden_size,
    heads: c.num_attention_heads,
    kvHeads: c.num_key_value_heads,
    headDim: headDim(c),
    intermediate: c.intermediate_size,
    vocab: c.vocab_size,
  };
}

/** The fields of the lab's state this part reads. */
export const KV_FIELDS = [
  'kvdtype',
  'kvlen',
  'kvmax',
  'kvrun',
] as const satisfies readonly (keyof LcState)[];

export const KvCache = memo(function KvCache(props: WorkerPartProps<(typeof KV_FIELDS)[number]>) {
  const { t } = useTranslation('long-context');
  const { state, setState } = props;
  const bytes = state.kvdtype === 'bf16' ? 2 : 4;
  const models = [{ name: t('kv.tiny'), ...TINY_DESIGN }, ...QWEN_SIZES];
  return (
    <>
      <Figure explain={<Explain tex={t('kv.memTex')} text={t('kv.memText')} section="§2.5" />}>
        <h2>{t('kv.memTitle')}</h2>
        <div className="controls">
          <Slider
            field={longContextSchema.kvlen}
            value={state.kvlen}
            format={fmtInt}
            onChange={(kvlen) => setState({ kvlen })}
            testId="slider-kvlen"
          />
          <Select
            field={longContextSchema.kvdtype}
            value={state.kvdtype}
            optionLabel={(d) => (d === 'bf16' ? 'BF16 (2 B)' : 'FP32 (4 B)')}
            onChange={(kvdtype) => setState({ kvdtype })}
            testId="kvdtype"
          />
        </div>
        <ScrollBox label={t('kv.memTitle')}>
          <table className="data" data-testid="kv-memory">
            <thead>
              <tr>
                <th>{t('kv.model')}</th>
                <th>{t('kv.formula')}</th>
                <th>{t('kv.perToken')}</th>
                <th>{t('kv.atLength', { n: fmtInt(state.kvlen) })}</th>
              </tr>
            </thead>
            <tbody>
              {models.map((m) => (
                <tr key={m.name} data-model={m.name}>
                  <td>{m.name}</td>
                  <td>
                    {m.layers} × 2 × {m.kvHeads} × {m.headDim} × n × {bytes}
                  </td>
                  <td>{formatBytes(kvCacheBytes({ ...m, length: 1, bytesPerValue: bytes }))}</td>
                  <td>
                    {formatBytes(kvCacheBytes({ ...m, length: state.kvlen, bytesPerValue: bytes }))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </Figure>
      <Figure explain={<Explain tex={t('kv.timeTex')} text={t('kv.timeText')} section="§2.5" />}>
        <h2>{t('kv.timeTitle')}</h2>
        <Select
          field={longContextSchema.kvmax}
          value={state.kvmax}
          onChange={(v) => setState({ kvmax: v })}
          testId="kvmax"
        />
        {state.kvrun ? (
          <Timing {...props} />
        ) : (
          <div className="row-buttons">
            <button type="button" data-testid="run-kv" onClick={() => setState({ kvrun: true })}>
              {t('kv.run')}
            </button>
            <span className="hint">{t('kv.runHint')}</span>
          </div>
        )}
      </Figure>
    </>
  );
});

function Timing(props: WorkerPartProps<(typeof KV_FIELDS)[number]>) {
  const model = useTinyModel();
  return <ModelGate state={model}>{(tiny) => <TimingRun tiny={tiny} {...props} />}</ModelGate>;
}

/** Cached tokens per repeat (each repeat also times one uncached pass). */
const STEPS = 4;
const NO_ROWS: KvTiming[] = [];

function TimingRun({
  tiny,
  state,
  worker,
  restartWorker,
}: WorkerPartProps<(typeof KV_FIELDS)[number]> & { tiny: TinyModel }) {
  const { t } = useTranslation('long-context');
  const lengths = useMemo(() => {
    const out: number[] = [];
    for (let n = 16; n <= Number(state.kvmax); n *= 2) out.push(n);
    return out;
  }, [state.kvmax]);

  // A run reports the rows timed so far; a new worker (Retry) times again.
  const run = useRun<KvTiming[], KvTiming[]>(
    `${identityKey(tiny)}|${identityKey(worker)}|${state.kvmax}`,
    async ({ report, onStop }) => {
      const prompt = tiny.tokenizer.encode(TIMING_TEXT);
      // Measured only while no other heavy job of the lab runs (labWork.ts).
      let release = () => {};
      await new Promise<void>((start) => {
        release = acquire(start);
        onStop(release);
      });
      try {
        const rows: KvTiming[] = [];
        report([]);
        const w = await worker(tiny);
        return await w.timeKv(
          prompt.length > 0 ? prompt : [0],
          lengths,
          STEPS,
          proxy((row: KvTiming) => {
            rows.push(row);
            report([...rows]);
          }),
        );
      } finally {
        release();
      }
    },
  );
  const { busy, error } = run;
  const timings = (busy ? run.progress : run.value) ?? NO_ROWS;
  // Before its first report the run waits for its turn.
  const waiting = busy && run.progress === null;
  // Repeats that differ by more than half their median: other work shared the cores.
  const spread = timings.reduce(
    (m, r) =>
      Math.max(
        m,
        (r.cachedRange[1] - r.cachedRange[0]) / r.cachedMs,
        (r.uncachedRange[1] - r.uncachedRange[0]) / r.uncachedMs,
      ),
    0,
  );

  const sizes = sizesOf(tiny);
  const fit = useMemo(() => {
    if (timings.length === 0) return null;
    const times: number[] = [];
    const flops: number[] = [];
    for (const r of timings) {
      times.push(r.cachedMs, r.uncachedMs);
      flops.push(decodeFlops(sizes, r.n, true), decodeFlops(sizes, r.n, false));
    }
    return fitTimePerFlop(times, flops);
  }, [timings, sizes]);

  if (error)
    return <PanelError error={t('kv.error', { message: error })} onRetry={restartWorker} />;
  return (
    <div data-testid="kv-timing" aria-busy={busy}>
      {busy && (
        <Spinner
          label={
            waiting
              ? t('kv.waiting')
              : t('kv.timing', { done: timings.length, total: lengths.length })
          }
        />
      )}
      {!busy && spread > 0.5 && (
        <p className="notice warning" role="status" data-testid="kv-busy">
          {t('kv.busy', { pct: fmt(100 * spread, 0) })}
        </p>
      )}
      {timings.length > 0 && fit !== null && (
        <>
          <LineChartView
            testId="chart-kv"
            ariaLabel={t('kv.timeTitle')}
            data={rows(timings.length, (i) => {
              const r = timings[i];
              return {
                n: r.n,
                cached: r.cachedMs,
                uncached: r.uncachedMs,
                fCached: fit * decodeFlops(sizes, r.n, true),
                fUncached: fit * decodeFlops(sizes, r.n, false),
              };
            })}
            x={{ key: 'n', label: t('kv.x'), scale: 'log', domain: ['dataMin', 'dataMax'] }}
            y={{
              label: t('kv.y'),
              scale: 'log',
              domain: logDomain(
                timings
                  .flatMap((r) => [r.cachedMs, r.uncachedMs])
                  .concat(
                    timings.flatMap((r) => [
                      fit * decodeFlops(sizes, r.n, true),
                      fit * decodeFlops(sizes, r.n, false),
                    ]),
                  ),
              ),
            }}
            series={[
              { key: 'cached', name: t('kv.cached'), color: 0 },
              { key: 'uncached', name: t('kv.uncached'), color: 1 },
              { key: 'fCached', name: t('kv.fCached'), color: 0, dashed: true },
              { key: 'fUncached', name: t('kv.fUncached'), color: 1, dashed: true },
            ]}
          />
          <ScrollBox label={t('kv.timeTitle')}>
            <table className="data" data-testid="kv-table">
              <thead>
                <tr>
                  <th>{t('kv.x')}</th>
                  <th>{t('kv.cachedTps')}</th>
                  <th>{t('kv.cachedSpread')}</th>
                  <th>{t('kv.uncachedTps')}</th>
                  <th>{t('kv.uncachedSpread')}</th>
                  <th>{t('kv.speedup')}</th>
                </tr>
              </thead>
              <tbody>
                {timings.map((r) => (
                  <tr key={r.n}>
                    <td>{fmtInt(r.n)}</td>
                    <td>{fmt(1000 / r.cachedMs, 1)}</td>
                    <td>
                      {fmt(1000 / r.cachedRange[1], 0)}–{fmt(1000 / r.cachedRange[0], 0)}
                    </td>
                    <td>{fmt(1000 / r.uncachedMs, 1)}</td>
                    <td>
                      {fmt(1000 / r.uncachedRange[1], 0)}–{fmt(1000 / r.uncachedRange[0], 0)}
                    </td>
                    <td>{fmt(r.uncachedMs / r.cachedMs, 1)}×</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <p className="hint">{t('kv.fit', { gflops: fmt(1e-6 / fit, 2) })}</p>
        </>
      )}
      {!busy && (
        <button type="button" onClick={run.retry} data-testid="rerun-kv">
          {t('kv.rerun')}
        </button>
      )}
    </div>
  );
}
