/**
 * Part 3: layer-wise window attention. One slider per layer sets its window (the top of the
 * track means full attention); every layer's causal window mask is drawn (ablation.ts
 * windowMaskGrid, the same rule attention.ts applies). The same windows feed the ablation row
 * "+ window" and the heatmaps.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWindows, parseWindows, windowMaskGrid } from '../../kernels/labdata/ablation.ts';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Heatmap } from '../../ui/Heatmap.tsx';
import { InputNotice } from '../../ui/Notice.tsx';
import { num } from '../../state/urlSchema.ts';
import { Slider } from '../../ui/Slider.tsx';
import { fmtInt } from '../../ui/format.ts';
import { longContextSchema, TINY_WINDOWS } from './meta.ts';
import { TINY_DESIGN, type LcState, type PartProps } from './parts.ts';

/** Largest finite window on the sliders; the top of the track means full attention. */
export const FULL_AT = 4096;
/** One layer's window slider (the windows live in the URL as one string field, `win`). */
const WINDOW_FIELD = num({ default: FULL_AT, min: 1, max: FULL_AT, integer: true, log: true });
const GRID = 96;

/** The windows in the URL, or the error that explains why they cannot be read. */
export function windowsOf(
  state: Pick<LcState, 'win'>,
  layers: number,
): { windows: number[] } | { error: string } {
  try {
    return { windows: parseWindows(state.win, layers) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The fields of the lab's state this part reads. */
export const WINDOW_FIELDS = ['mlen', 'win'] as const satisfies readonly (keyof LcState)[];

export const Windows = memo(function Windows({
  state,
  setState,
}: PartProps<(typeof WINDOW_FIELDS)[number]>) {
  const { t } = useTranslation('long-context');
  const layers = TINY_DESIGN.layers;
  const parsed = windowsOf(state, layers);
  const windows = 'windows' in parsed ? parsed.windows : parseWindows(TINY_WINDOWS, layers);
  const T = state.mlen;
  const grid = Math.min(GRID, T);
  const masks = useMemo(
    () => windows.map((w) => windowMaskGrid(T, w, grid)),
    // windows is rebuilt from the string on every render; the string is the real dependency
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.win, T, grid],
  );
  const setWindow = (l: number, v: number) => {
    const next = windows.slice();
    next[l] = v >= FULL_AT ? Infinity : Math.round(v);
    setState({ win: formatWindows(next) });
  };
  return (
    <Figure explain={<Explain tex={t('windows.tex')} text={t('windows.text')} section="§2.5" />}>
      <h2>{t('windows.title')}</h2>
      {'error' in parsed && <InputNotice text={t('windows.bad', { message: parsed.error })} />}
      <div className="controls">
        {windows.map((w, l) => (
          <Slider
            key={l}
            label={t('controls.window', { l })}
            field={WINDOW_FIELD}
            value={w === Infinity ? FULL_AT : w}
            format={(v) => (v >= FULL_AT ? t('windows.full') : fmtInt(v))}
            onChange={(v) => setWindow(l, v)}
            testId={`slider-window-${l}`}
          />
        ))}
        <Slider
          field={longContextSchema.mlen}
          value={T}
          format={fmtInt}
          onChange={(mlen) => setState({ mlen })}
          testId="slider-mlen"
        />
      </div>
      <div className="lc-masks">
        {masks.map((m, l) => (
          <div key={l} className="lc-mask" data-testid={`mask-${l}`}>
            <h3>
              {t('windows.layer', {
                l,
                w: windows[l] === Infinity ? t('windows.full') : fmtInt(windows[l]),
              })}
            </h3>
            <Heatmap
              values={m}
              rows={grid}
              cols={grid}
              min={0}
              max={1}
              rowLabel={(r) =>
                t('windows.query', { t: fmtInt(Math.floor(((r + 0.5) * T) / grid)) })
              }
              colLabel={(c) =>
                t('windows.keys', {
                  a: fmtInt(Math.floor((c * T) / grid)),
                  b: fmtInt(Math.floor(((c + 1) * T) / grid) - 1),
                })
              }
              format={(v) => `${Math.round(100 * v)}%`}
              xLabel={t('windows.xAxis')}
              yLabel={t('windows.yAxis')}
              valueLabel={t('windows.keyTitle')}
              colTick={(c) => fmtInt(Math.floor((c * T) / grid))}
              rowTick={(r) => fmtInt(Math.floor(((r + 0.5) * T) / grid))}
              ariaLabel={t('windows.maskLabel', { l })}
              height={180}
            />
          </div>
        ))}
      </div>
      <p className="hint">{t('windows.ours')}</p>
    </Figure>
  );
});
