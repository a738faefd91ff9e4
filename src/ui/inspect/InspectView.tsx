/**
 * Inspect: one prediction of the model, looked at from inside, for a token of a chat reply or
 * the Model lab's prompt. A token strip (arrow keys move along it) picks the position; four
 * views read the same traced forward pass of our TS model on the weights the chat runs: the
 * logit lens, attention, where the logit came from, and the residual stream. The view states
 * how far the TS logits are from those transformers.js produced, rather than assuming they agree.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { registerPanelTexts } from '../../i18n/index.ts';
import { PanelError } from '../PanelBoundary.tsx';
import type { InspectSource, ReferenceLogits } from '../../runtime/inspect.worker.ts';
import { InspectAttention } from './InspectAttention.tsx';
import { InspectAttribution, InspectResidual } from './InspectCharts.tsx';
import { InspectLens } from './InspectLens.tsx';
import { tokenLabel } from '../tokenLabel.ts';
import { useInspect } from './useInspect.ts';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import './inspect.css';

registerPanelTexts('inspect', { en, 'zh-CN': zh });

export const INSPECT_VIEWS = ['lens', 'attn', 'dla', 'resid'] as const;
export type InspectTab = (typeof INSPECT_VIEWS)[number];

export interface InspectViewProps {
  source: InspectSource | null;
  /** The traced sequence, or null while it is being put together. */
  ids: number[] | null;
  /** Why the sequence could not be put together. */
  idsError?: string | null;
  /** Positions the strip offers. */
  first: number;
  last: number;
  /** The strip shows the token each position predicts ('next', a reply) or the one at it ('at'). */
  strip: 'next' | 'at';
  position: number;
  onPosition: (p: number) => void;
  reference?: () => Promise<ReferenceLogits>;
  view: InspectTab;
  layer: number;
  head: number;
  onChange: (patch: { view?: InspectTab; layer?: number; head?: number }) => void;
  onClose?: () => void;
  title: string;
}

const sci = (x: number) => (x === 0 ? '0' : x.toExponential(1));

export function InspectView(p: InspectViewProps) {
  const { t } = useTranslation('inspect');
  const pos = Math.max(p.first, Math.min(p.last, p.position));
  const job = useMemo(
    () =>
      p.ids ? { ids: p.ids, position: pos, logitsFrom: p.first, reference: p.reference } : null,
    [p.ids, pos, p.first, p.reference],
  );
  const s = useInspect(p.source, job);
  const stripRef = useRef<HTMLDivElement>(null);
  // the chosen token stays in sight as the arrow keys move it through a long reply
  useEffect(() => {
    stripRef.current
      ?.querySelector(`[data-position="${pos}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pos]);
  const r = s.result;
  const tokens = r?.tokens ?? [];
  const stripIndex = (q: number) => (p.strip === 'next' ? q + 1 : q);
  const onKey = (e: KeyboardEvent) => {
    let q: number;
    if (e.key === 'ArrowRight') q = Math.min(p.last, pos + 1);
    else if (e.key === 'ArrowLeft') q = Math.max(p.first, pos - 1);
    else if (e.key === 'Home') q = p.first;
    else if (e.key === 'End') q = p.last;
    else return;
    e.preventDefault();
    p.onPosition(q);
  };
  const strip: number[] = [];
  for (let q = p.first; q <= p.last; q++) strip.push(q);
  const target = r ? r.names[r.target] : undefined;

  return (
    <section className="inspect" data-testid="inspect" aria-label={t('title')}>
      <header className="inspect-head">
        <h3>{p.title}</h3>
        {p.onClose && (
          <button type="button" onClick={p.onClose} data-testid="inspect-close">
            {t('close')}
          </button>
        )}
      </header>
      {p.idsError && <PanelError error={p.idsError} />}
      {p.ids && (
        <div
          ref={stripRef}
          className="inspect-strip"
          tabIndex={0}
          role="listbox"
          aria-label={t('strip')}
          aria-activedescendant={`inspect-tok-${pos}`}
          onKeyDown={onKey}
          data-testid="inspect-strip"
        >
          {strip.map((q) => {
            const id = p.ids![stripIndex(q)];
            const info = tokens[stripIndex(q)];
            return (
              <span
                key={q}
                id={`inspect-tok-${q}`}
                role="option"
                aria-selected={q === pos}
                className={`inspect-tok mono${q === pos ? ' selected' : ''}`}
                data-position={q}
                onClick={() => p.onPosition(q)}
              >
                {info ? tokenLabel(info) : id === undefined ? '?' : `#${id}`}
              </span>
            );
          })}
          {p.strip === 'at' && <span className="muted inspect-next">→ ?</span>}
        </div>
      )}
      <div className="inspect-tabs" role="tablist" aria-label={t('views')}>
        {INSPECT_VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={p.view === v}
            className={p.view === v ? 'active' : undefined}
            onClick={() => p.onChange({ view: v })}
            data-testid={`inspect-tab-${v}`}
          >
            {t(`tab.${v}`)}
          </button>
        ))}
      </div>
      {s.error && <PanelError error={t('failed', { message: s.error })} onRetry={s.retry} />}
      {!s.error && !r && p.ids && (
        <p className="muted" role="status">
          {s.model ? t('computing') : t('loading')}
        </p>
      )}
      {r && (
        <div
          className={`inspect-body${s.busy ? ' stale' : ''}`}
          data-testid="inspect-body"
          data-position={r.position}
          data-target={r.target}
        >
          <p className="inspect-facts">
            {t('facts', {
              pos: r.position,
              token: target ? tokenLabel(target) : '?',
              id: r.target,
            })}{' '}
            <span data-testid="inspect-timing" data-ms={r.totalMs}>
              {t('timing', { ms: Math.round(r.totalMs), trace: Math.round(r.traceMs) })}
            </span>
          </p>
          <p
            className="inspect-agreement"
            data-testid="agreement"
            data-value={r.agreement?.maxDiff}
            data-source={r.agreement?.source}
          >
            {r.agreement
              ? t(`agree.${r.agreement.source}`, {
                  diff: sci(r.agreement.maxDiff),
                  n: r.agreement.rows,
                })
              : s.referenceError
                ? t('agree.unavailable', { message: s.referenceError })
                : t('agree.none')}
          </p>
          {p.view === 'lens' && <InspectLens r={r} tokens={tokens} />}
          {p.view === 'attn' && (
            <InspectAttention
              r={r}
              tokens={tokens}
              layer={p.layer}
              head={p.head}
              onChange={p.onChange}
            />
          )}
          {p.view === 'dla' && (
            <InspectAttribution r={r} tokenText={target ? tokenLabel(target) : '?'} />
          )}
          {p.view === 'resid' && <InspectResidual r={r} />}
        </div>
      )}
    </section>
  );
}
