/**
 * 3. Merge by merge: one chunk of the text, from its bytes (or characters, for LLaMA-2's byte
 * fallback) to its final tokens, one merge at a time, lowest rank first. Forwards, backwards,
 * or jump with the slider; the step lives in the URL.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { visibleWhitespace } from './display.ts';
import type { PretokResult, TraceResult } from './tokenizer.worker.ts';
import { TokenChips } from './TokenStrip.tsx';
import { VocabSelect } from './TokenizeView.tsx';
import type { TokenizerWorker } from './useTokenizerWorker.ts';
import { VocabStatus, errorText } from './VocabStatus.tsx';
import type { VocabId } from './vocabs.ts';

const MAX_CHUNK_CHOICES = 300;
/** Longer chunks are cut before tracing (LLaMA-2 has one chunk: the whole text). */
export const MAX_TRACE_CHARS = 200;

export function MergesView({
  worker,
  text,
  vocab,
  chunk,
  step,
  set,
}: {
  worker: TokenizerWorker;
  text: string;
  vocab: VocabId;
  chunk: number;
  step: number;
  set: (p: { mv?: VocabId; chunk?: number; step?: number }) => void;
}) {
  const { t } = useTranslation('tokenizer');
  const { api, ensure, vocabs } = worker;
  const state = vocabs[vocab];
  const info = state?.status === 'ready' ? state.info : null;
  const [chunks, setChunks] = useState<PretokResult | null>(null);
  const [trace, setTrace] = useState<TraceResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (api) ensure(vocab).catch(() => undefined);
  }, [api, ensure, vocab]);

  useEffect(() => {
    if (!api || !info) return;
    let live = true;
    api.pretokenize(text, info.scheme, MAX_CHUNK_CHOICES).then(
      (r) => live && setChunks(r),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [api, info, text]);

  const chunkIndex = chunks ? Math.min(chunk, Math.max(0, chunks.chunks.length - 1)) : 0;
  const fullChunk = chunks?.chunks[chunkIndex]?.text ?? '';
  const chunkText = Array.from(fullChunk).slice(0, MAX_TRACE_CHARS).join('');

  useEffect(() => {
    if (!api || !info || chunkText === '') {
      setTrace(null);
      return;
    }
    let live = true;
    api.trace(vocab, chunkText).then(
      (r) => {
        if (!live) return;
        setTrace(r);
        setError(null);
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [api, info, vocab, chunkText]);

  const last = trace ? trace.steps.length : 0;
  const at = Math.min(step, last);
  const current = trace?.states[at] ?? [];
  const stepInfo = at > 0 ? trace?.steps[at - 1] : undefined;
  const shortcut =
    trace !== null &&
    at === last &&
    trace.encoded.map((c) => c.id).join(',') !==
      (trace.states[last] ?? []).map((c) => c.id).join(',');

  return (
    <Figure
      explain={
        <Explain
          title={t('merges.explainTitle')}
          tex={t('merges.tex')}
          text={t('merges.explain')}
          section="§2.2"
        />
      }
    >
      <div className="controls">
        <VocabSelect
          value={vocab}
          onChange={(mv) => set({ mv, step: 0 })}
          label={t('merges.vocab')}
          testId="merge-vocab"
        />
        {chunks && chunks.chunks.length > 0 && (
          <label className="tok-select">
            <span>{t('merges.chunk')}</span>
            <select
              value={chunkIndex}
              data-testid="merge-chunk"
              onChange={(e) => set({ chunk: Number(e.target.value), step: 0 })}
            >
              {chunks.chunks.map((c, i) => (
                <option key={i} value={i}>
                  {i + 1}: {visibleWhitespace(c.text).slice(0, 40)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <VocabStatus id={vocab} state={state} onRetry={() => ensure(vocab).catch(() => undefined)} />
      {error && <pre className="error-message">{errorText(t, error)}</pre>}
      {chunks && chunks.chunks.length === 0 && <p className="muted">{t('merges.noChunks')}</p>}
      {fullChunk.length > chunkText.length && (
        <p className="muted small">{t('merges.cut', { n: MAX_TRACE_CHARS })}</p>
      )}
      {trace && (
        <div className="tok-trace" data-testid="trace">
          <div className="row-buttons">
            <button type="button" disabled={at === 0} onClick={() => set({ step: 0 })}>
              {t('merges.first')}
            </button>
            <button
              type="button"
              data-testid="step-back"
              disabled={at === 0}
              onClick={() => set({ step: at - 1 })}
            >
              {t('merges.back')}
            </button>
            <button
              type="button"
              data-testid="step-forward"
              disabled={at >= last}
              onClick={() => set({ step: at + 1 })}
            >
              {t('merges.forward')}
            </button>
            <button type="button" disabled={at >= last} onClick={() => set({ step: last })}>
              {t('merges.last')}
            </button>
          </div>
          {last > 0 && (
            <Slider
              label={t('merges.step')}
              value={at}
              min={0}
              max={last}
              integer
              onChange={(s) => set({ step: s })}
              testId="slider-step"
            />
          )}
          <p data-testid="step-readout">
            {t('merges.readout', { step: at, total: last, tokens: current.length })}
          </p>
          <div className="tok-strip" data-testid="trace-state">
            <TokenChips cells={current} />
          </div>
          <p className="small" data-testid="step-merge">
            {stepInfo
              ? t('merges.applied', {
                  left: stepInfo.left,
                  right: stepInfo.right,
                  merged: stepInfo.merged,
                  rank: stepInfo.rank,
                })
              : t('merges.start', { n: current.length })}
          </p>
          {shortcut && (
            <p className="muted small" data-testid="whole-token">
              {t('merges.shortcut', { tokens: trace.encoded.map((c) => c.label).join(' ') })}
            </p>
          )}
        </div>
      )}
    </Figure>
  );
}
