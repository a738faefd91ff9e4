/**
 * 3. Merge by merge: one chunk of the text, from its bytes (or characters, for LLaMA-2's byte
 * fallback) to its final tokens, one merge at a time, lowest rank first. Forwards, backwards,
 * or jump with the slider; the step lives in the URL.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { identityKey, textKey, useAsync } from '../../ui/useAsync.ts';
import { Slider } from '../../ui/Slider.tsx';
import { visibleWhitespace } from './display.ts';
import { tokenizerSchema } from './schema.ts';
import type { PretokResult, TraceResult } from './tokenizerTypes.ts';
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

  useEffect(() => {
    if (api) ensure(vocab).catch(() => undefined);
  }, [api, ensure, vocab]);

  const pretok = useAsync<PretokResult>(
    api && info ? `${info.scheme}\u0000${textKey(text)}` : null,
    api && info ? () => api.pretokenize(text, info.scheme, MAX_CHUNK_CHOICES) : null,
    0,
  );
  const chunks = pretok.value;

  const chunkIndex = chunks ? Math.min(chunk, Math.max(0, chunks.chunks.length - 1)) : 0;
  const fullChunk = chunks?.chunks[chunkIndex]?.text ?? '';
  const chunkText = Array.from(fullChunk).slice(0, MAX_TRACE_CHARS).join('');

  // A vocabulary made again (trained, uploaded) under the same id has a new info: trace again.
  const traceOf = info ? `${identityKey(info)}\u0000${vocab}\u0000` : '';
  const traceKey = api && info && chunkText !== '' ? traceOf + chunkText : null;
  const traced = useAsync<TraceResult>(traceKey, api ? () => api.trace(vocab, chunkText) : null, 0);
  // The last trace stays while the next chunk's is made, never one of another vocabulary.
  const trace = traceKey !== null && traced.key?.startsWith(traceOf) ? traced.value : null;
  const error = pretok.error ?? traced.error;

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
          <Select
            label={<span>{t('merges.chunk')}</span>}
            values={chunks.chunks.map((_, i) => i)}
            value={chunkIndex}
            optionLabel={(i) =>
              `${i + 1}: ${visibleWhitespace(chunks.chunks[i].text).slice(0, 40)}`
            }
            onChange={(i) => set({ chunk: i, step: 0 })}
            className="tok-select"
            testId="merge-chunk"
          />
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
              field={{ ...tokenizerSchema.step, max: last }}
              value={at}
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
