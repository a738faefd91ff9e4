/**
 * Where the chosen token looks: its attention over every earlier token of the real prompt
 * (system, user, earlier replies) in each layer, per head or averaged over heads. An overview
 * map has one row per layer and head; the selected row is drawn as the tokens themselves,
 * shaded by weight, with the most attended tokens listed. The shading is relative to the row's
 * largest weight or logarithmic, so a 256-token row is readable rather than nearly white.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../Select.tsx';
import type { TokenInfo } from '../../runtime/chatTypes.ts';
import { useChartTheme } from '../chartTheme.ts';
import type { InspectResult } from '../../runtime/inspect.worker.ts';
import { pct } from './InspectLens.tsx';
import { tokenLabel } from '../tokenLabel.ts';

export type AttentionScale = 'max' | 'log';
/** Height of one layer-and-head row of the overview map, in CSS pixels. */
const ROW = 11;
/** The log scale spans three decades: 0.1% and less is blank. */
const LOG_FLOOR = 1e-3;

/** Shade in [0, 1] of weight p in a row whose largest weight is max. */
export function shade(p: number, max: number, scale: AttentionScale): number {
  if (!(p > 0) || !(max > 0)) return 0;
  if (scale === 'max') return Math.min(1, p / max);
  const v = Math.log10(Math.max(p, LOG_FLOOR) / LOG_FLOOR) / Math.log10(1 / LOG_FLOOR);
  return Math.min(1, Math.max(0, v));
}

function rgba(hex: string, a: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a.toFixed(3)})`;
}

/** The row of layer l, head h (−1 = average). */
export function rowOf(r: InspectResult, l: number, h: number): Float32Array {
  const a = r.attention[l];
  return h < 0 ? a.mean : a.heads[h];
}

function Overview({
  r,
  scale,
  layer,
  head,
  onPick,
}: {
  r: InspectResult;
  scale: AttentionScale;
  layer: number;
  head: number;
  onPick: (l: number, h: number) => void;
}) {
  const { t } = useTranslation('inspect');
  const theme = useChartTheme();
  const canvas = useRef<HTMLCanvasElement>(null);
  const H = r.attention[0]?.heads.length ?? 0;
  const rows = r.attention.length * (H + 1);
  const S = r.position + 1;
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    c.width = Math.max(S * 4, 256);
    c.height = rows * ROW;
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, c.width, c.height);
    const w = c.width / S;
    r.attention.forEach((_, l) => {
      for (let h = -1; h < H; h++) {
        const row = rowOf(r, l, h);
        let max = 0;
        for (const p of row) max = Math.max(max, p);
        const y = (l * (H + 1) + h + 1) * ROW;
        for (let s = 0; s < S; s++) {
          ctx.fillStyle = rgba(theme.series[0], shade(row[s], max, scale));
          ctx.fillRect(s * w, y, Math.ceil(w), ROW - (h === H - 1 ? 3 : 1));
        }
      }
    });
    const y = (layer * (H + 1) + head + 1) * ROW;
    ctx.strokeStyle = theme.series[1];
    ctx.lineWidth = 2;
    ctx.strokeRect(1, y, c.width - 2, ROW - 1);
  }, [r, scale, theme, H, S, rows, layer, head]);
  return (
    <div className="attn-map">
      <ol className="attn-map-labels" aria-hidden="true">
        {r.attention.flatMap((_, l) =>
          Array.from({ length: H + 1 }, (_, i) => (
            <li key={`${l}.${i}`} style={{ height: ROW }}>
              {i === 0 ? t('attn.rowMean', { l: l + 1 }) : t('attn.rowHead', { h: i })}
            </li>
          )),
        )}
      </ol>
      <canvas
        ref={canvas}
        className="attn-overview"
        style={{ height: rows * ROW }}
        role="img"
        aria-label={t('attn.overview')}
        data-testid="attn-overview"
        onClick={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          const i = Math.floor(((e.clientY - box.top) / box.height) * rows);
          onPick(Math.floor(i / (H + 1)), (i % (H + 1)) - 1);
        }}
      />
    </div>
  );
}

export function InspectAttention({
  r,
  tokens,
  layer,
  head,
  onChange,
}: {
  r: InspectResult;
  tokens: TokenInfo[];
  layer: number;
  head: number;
  onChange: (patch: { layer?: number; head?: number }) => void;
}) {
  const { t } = useTranslation('inspect');
  const theme = useChartTheme();
  const [scale, setScale] = useState<AttentionScale>('max');
  const L = r.attention.length;
  const H = r.attention[0]?.heads.length ?? 0;
  const l = Math.min(layer, L - 1);
  const h = Math.min(head, H - 1);
  const row = rowOf(r, l, h);
  let max = 0;
  for (const p of row) max = Math.max(max, p);
  const top = Array.from(row, (p, s) => ({ s, p }))
    .sort((a, b) => b.p - a.p)
    .slice(0, 8);
  const dark = theme.background !== '#ffffff';
  return (
    <div className="inspect-attn">
      <div className="attn-controls">
        <Select
          label={t('attn.layer')}
          values={r.attention.map((_, i) => i)}
          value={l}
          optionLabel={(i) => String(i + 1)}
          onChange={(layer) => onChange({ layer })}
          testId="attn-layer"
        />
        <Select
          label={t('attn.head')}
          values={[-1, ...(r.attention[0]?.heads.map((_, i) => i) ?? [])]}
          value={h}
          optionLabel={(i) => (i < 0 ? t('attn.mean') : String(i + 1))}
          onChange={(head) => onChange({ head })}
          testId="attn-head"
        />
        <fieldset className="attn-scale">
          <legend>{t('attn.scale')}</legend>
          {(['max', 'log'] as const).map((s) => (
            <label key={s}>
              <input
                type="radio"
                name="attn-scale"
                checked={scale === s}
                onChange={() => setScale(s)}
              />
              {t(`attn.scale_${s}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="inspect-note">{t('attn.what', { n: r.position + 1 })}</p>
      <Overview
        r={r}
        scale={scale}
        layer={l}
        head={h}
        onPick={(nl, nh) => onChange({ layer: nl, head: nh })}
      />
      <p className="attn-key" aria-hidden="true">
        <span>{scale === 'max' ? '0' : pct(LOG_FLOOR)}</span>
        <span
          className="attn-key-bar"
          style={{
            background: `linear-gradient(to right, ${rgba(theme.series[0], 0)}, ${rgba(theme.series[0], 1)})`,
          }}
        />
        <span>{scale === 'max' ? t('attn.keyMax', { p: pct(max) }) : '100%'}</span>
      </p>
      <p className="attn-strip" data-testid="attn-strip" aria-label={t('attn.stripLabel')}>
        {Array.from(row, (p, s) => {
          const a = shade(p, max, scale);
          return (
            <span
              key={s}
              className="attn-tok mono"
              title={`${s}: ${pct(p)}`}
              style={{
                background: rgba(theme.series[0], a),
                color: a > 0.55 && !dark ? '#fff' : undefined,
              }}
            >
              {tokenLabel(tokens[s])}
            </span>
          );
        })}
      </p>
      <h4>{t('attn.topTitle')}</h4>
      <ol className="attn-top" data-testid="attn-top">
        {top.map(({ s, p }) => (
          <li key={s}>
            <span className="mono">{tokenLabel(tokens[s])}</span>{' '}
            <span className="muted">{t('attn.at', { s })}</span> {pct(p)}
          </li>
        ))}
      </ol>
    </div>
  );
}
