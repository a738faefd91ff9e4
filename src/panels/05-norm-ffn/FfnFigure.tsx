/**
 * Part 3: parameter accounting of a 4d GELU FFN against SwiGLU at 8d/3, with the arithmetic
 * written out, and the FFN sizes of the report's Qwen models. Numbers from src/kernels/reference/ffnParams.ts.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select.tsx';
import {
  QWEN_FFN_SIZES,
  compareFfn,
  equalParamSwigluHidden,
  ffnParams,
  roundUpTo,
} from '../../kernels/reference/ffnParams.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import { BarChartView } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { fmt, fmtDec, fmtInt } from '../../ui/format.ts';
import { normSchema } from './meta.ts';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

type Lab = StateOf<typeof normSchema>;
/** The fields of the lab's state this part reads (Panel.tsx hands it only these). */
export const FFN_FIELDS = ['mult', 'width'] as const satisfies readonly (keyof Lab)[];
type S = Pick<Lab, (typeof FFN_FIELDS)[number]>;

export const FfnFigure = memo(function FfnFigure({
  state,
  setState,
}: {
  state: S;
  setState: (p: Partial<S>) => void;
}) {
  const { t } = useTranslation('norm');
  const d = state.width;
  const multiple = Number(state.mult);
  const c = compareFfn(d, multiple);
  const exact = ffnParams('swiglu', d, Math.max(1, Math.round(c.exactHidden)));
  const uncut = ffnParams('swiglu', d, 4 * d);
  const M = (v: number) => fmt(v / 1e6, 2);
  return (
    <>
      <Figure explain={<Explain tex={t('ffn.tex')} text={t('ffn.text')} section="§2.3" />}>
        <h2>{t('ffn.title')}</h2>
        <div className="controls">
          <Slider
            field={normSchema.width}
            value={d}
            format={fmtInt}
            onChange={(width) => setState({ width })}
            testId="slider-width"
          />
          <Select
            field={normSchema.mult}
            value={state.mult}
            optionLabel={(m) => (m === '1' ? t('ffn.noRounding') : m)}
            onChange={(v) => setState({ mult: v })}
            testId="mult"
          />
        </div>
        <ol className="arithmetic" data-testid="ffn-arithmetic">
          <li>
            {t('ffn.classic', {
              h: fmtInt(4 * d),
              d: fmtInt(d),
              n: fmtInt(c.classic.weights),
            })}
          </li>
          <li>
            {t('ffn.exact', {
              d: fmtInt(d),
              h: fmtDec(c.exactHidden),
            })}
          </li>
          <li>
            {t('ffn.rounded', {
              m: multiple,
              h: fmtInt(c.swiglu.hidden),
              d: fmtInt(d),
              n: fmtInt(c.swiglu.weights),
              pct: fmt(100 * (c.ratio - 1), 2),
            })}
          </li>
        </ol>
        <BarChartView
          testId="chart-ffn"
          ariaLabel={t('ffn.title')}
          data={[
            { name: t('ffn.barClassic'), w: c.classic.weights / 1e6 },
            { name: t('ffn.barSwiglu4d'), w: uncut.weights / 1e6 },
            { name: t('ffn.barExact'), w: exact.weights / 1e6 },
            { name: t('ffn.barRounded'), w: c.swiglu.weights / 1e6 },
          ]}
          x={{ key: 'name', label: '' }}
          y={{ label: t('ffn.y') }}
          series={[{ key: 'w', name: t('ffn.y') }]}
          height={220}
        />
      </Figure>
      <div className="qwen-ffn">
        <h3>{t('ffn.qwenTitle')}</h3>
        <ScrollBox label={t('ffn.qwenTitle')}>
          <table className="data" data-testid="qwen-ffn-table">
            <thead>
              <tr>
                <th>{t('ffn.model')}</th>
                <th>d</th>
                <th>{t('ffn.layers')}</th>
                <th>
                  <code>intermediate_size</code>
                </th>
                <th>{t('ffn.perProj')}</th>
                <th>8d/3</th>
                <th>{t('ffn.round128')}</th>
                <th>{t('ffn.perLayer')}</th>
                <th>{t('ffn.vs4d')}</th>
              </tr>
            </thead>
            <tbody>
              {QWEN_FFN_SIZES.map((m) => {
                const sw = ffnParams('swiglu', m.model, m.hidden);
                const cl = ffnParams('gelu', m.model, 4 * m.model);
                return (
                  <tr key={m.name} data-model={m.name}>
                    <td>{m.name}</td>
                    <td>{fmtInt(m.model)}</td>
                    <td>{m.layers}</td>
                    <td>{fmtInt(m.configIntermediate)}</td>
                    <td>{fmtInt(m.hidden)}</td>
                    <td>{fmtDec(equalParamSwigluHidden(m.model))}</td>
                    <td>{fmtInt(roundUpTo(equalParamSwigluHidden(m.model), 128))}</td>
                    <td>{M(sw.weights)} M</td>
                    <td>{M(cl.weights)} M</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
        <p className="hint">{t('ffn.source')}</p>
      </div>
    </>
  );
});
