/**
 * Part 2: naive attention against the tiled online-softmax (Flash-style) kernel of
 * attention.ts — equal outputs on a small example and on a tiny-model-sized case, the score
 * memory each needs (kvCache.ts), and a step-through of the running max m and sum l.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { attentionForward } from '../../kernels/engine/attention.ts';
import {
  flashAttentionForward,
  flashAttentionTrace,
} from '../../kernels/reference/flashAttention.ts';
import { type AttentionShape } from '../../kernels/reference/attention.ts';
import { attentionScoreBytes } from '../../kernels/reference/kvCache.ts';
import { createRng } from '../../kernels/reference/random.ts';
import { LineChartView } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { formatBytes } from '../../ui/LoadProgress.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { logDomain, rows } from '../../ui/chartData.ts';
import { fmt, fmtInt } from '../../ui/format.ts';
import { longContextSchema } from './meta.ts';
import type { PartProps, LcState } from './parts.ts';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

const SMALL: AttentionShape = { T: 8, pastLength: 0, nHeads: 1, nKvHeads: 1, headDim: 4 };
const LARGE: AttentionShape = { T: 128, pastLength: 0, nHeads: 4, nKvHeads: 2, headDim: 32 };

function randomInputs(s: AttentionShape, seed: number) {
  const r = createRng(seed);
  const S = s.pastLength + s.T;
  const draw = (n: number) => Float32Array.from({ length: n }, () => r.normal() * 1.5);
  return {
    q: draw(s.T * s.nHeads * s.headDim),
    k: draw(S * s.nKvHeads * s.headDim),
    v: draw(S * s.nKvHeads * s.headDim),
  };
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

const MEMORY_LENGTHS = [256, 512, 1024, 2048, 4096, 8192, 16384, 32768];

/** The fields of the lab's state this part reads. */
export const KERNEL_FIELDS = ['block', 'row', 'tile'] as const satisfies readonly (keyof LcState)[];

export const Kernels = memo(function Kernels({
  state,
  setState,
}: PartProps<(typeof KERNEL_FIELDS)[number]>) {
  const { t } = useTranslation('long-context');
  const small = useMemo(() => randomInputs(SMALL, 7), []);
  const large = useMemo(() => {
    const x = randomInputs(LARGE, 11);
    const naive = new Float32Array(x.q.length);
    const flash = new Float32Array(x.q.length);
    attentionForward(naive, null, x.q, x.k, x.v, LARGE);
    flashAttentionForward(flash, x.q, x.k, x.v, LARGE, 16);
    return maxAbsDiff(naive, flash);
  }, []);
  const row = Math.min(state.row, SMALL.T - 1);
  const block = state.block;
  const { steps, naiveRow, diff } = useMemo(() => {
    const out = new Float32Array(SMALL.T * SMALL.headDim);
    const probs = new Float32Array(SMALL.T * SMALL.T);
    attentionForward(out, probs, small.q, small.k, small.v, SMALL);
    const flash = new Float32Array(out.length);
    flashAttentionForward(flash, small.q, small.k, small.v, SMALL, block);
    const steps = flashAttentionTrace(small.q, small.k, small.v, SMALL, 0, row, block);
    const hd = SMALL.headDim;
    return {
      steps,
      naiveRow: out.subarray(row * hd, (row + 1) * hd),
      diff: maxAbsDiff(out, flash),
    };
  }, [small, row, block]);
  const vec = (v: ArrayLike<number>) => `[${Array.from(v, (x) => fmt(x, 3)).join(', ')}]`;

  return (
    <>
      <Figure explain={<Explain tex={t('flash.tex')} text={t('flash.text')} section="§2.4" />}>
        <h2>{t('flash.title')}</h2>
        <div className="controls">
          <Slider
            field={{ ...longContextSchema.row, max: SMALL.T - 1 }}
            value={row}
            onChange={(r) => setState({ row: r })}
            testId="slider-row"
          />
          <Slider
            field={longContextSchema.block}
            value={block}
            onChange={(b) => setState({ block: b })}
            testId="slider-block"
          />
        </div>
        <ScrollBox label={t('flash.title')}>
          <table className="data lc-nowrap" data-testid="flash-steps">
            <thead>
              <tr>
                <th>{t('flash.keys')}</th>
                <th>{t('flash.blockMax')}</th>
                <th>m</th>
                <th>{t('flash.rescale')}</th>
                <th>l</th>
                <th>{t('flash.output')}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s) => (
                <tr key={s.keyStart}>
                  <td>
                    {s.keyStart} … {s.keyEnd - 1}
                  </td>
                  <td>{fmt(s.blockMax, 4)}</td>
                  <td>{fmt(s.runningMax, 4)}</td>
                  <td>{s.rescale === 0 ? '—' : fmt(s.rescale, 4)}</td>
                  <td>{fmt(s.runningSum, 4)}</td>
                  <td className="mono">{vec(s.output)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <p className="mono" data-testid="flash-naive-row">
          {t('flash.naiveRow', { row, v: vec(naiveRow) })}
        </p>
        <p data-testid="flash-equal">
          {t('flash.equal', {
            small: diff.toExponential(1),
            large: large.toExponential(1),
            T: LARGE.T,
            H: LARGE.nHeads,
            KV: LARGE.nKvHeads,
            hd: LARGE.headDim,
          })}
        </p>
      </Figure>
      <Figure explain={<Explain tex={t('memory.tex')} text={t('memory.text')} section="§2.4" />}>
        <h2>{t('memory.title')}</h2>
        <Slider
          field={longContextSchema.tile}
          value={state.tile}
          onChange={(tile) => setState({ tile })}
          testId="slider-tile"
        />
        <LineChartView
          testId="chart-memory"
          ariaLabel={t('memory.title')}
          data={rows(MEMORY_LENGTHS.length, (i) => {
            const n = MEMORY_LENGTHS[i];
            const m = attentionScoreBytes({
              T: n,
              S: n,
              headDim: 128,
              blockSize: state.tile,
              bytesPerValue: 4,
            });
            return { n, naive: m.naive, flash: m.flash };
          })}
          x={{ key: 'n', label: t('memory.x'), scale: 'log', domain: ['dataMin', 'dataMax'] }}
          y={{
            label: t('memory.y'),
            scale: 'log',
            domain: logDomain(
              MEMORY_LENGTHS.flatMap((n) => {
                const m = attentionScoreBytes({
                  T: n,
                  S: n,
                  headDim: 128,
                  blockSize: state.tile,
                  bytesPerValue: 4,
                });
                return [m.naive, m.flash];
              }),
              4,
            ),
            unit: 'bytes',
          }}
          series={[
            { key: 'naive', name: t('memory.naive'), color: 1 },
            { key: 'flash', name: t('memory.flash'), color: 0 },
          ]}
        />
        <p className="hint" data-testid="memory-summary">
          {(() => {
            const m = attentionScoreBytes({
              T: 2048,
              S: 2048,
              headDim: 128,
              blockSize: state.tile,
              bytesPerValue: 4,
            });
            return t('memory.summary', {
              naive: formatBytes(m.naive),
              flash: formatBytes(m.flash),
              tile: fmtInt(state.tile),
            });
          })()}
        </p>
      </Figure>
    </>
  );
});
