/**
 * 1. Tokenize: two to four vocabularies side by side on the same text, each with its token
 * count, characters and bytes per token, and a coloured strip (the first `drawn` tokens; the
 * counts cover the whole text). Encoding happens in the worker.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select.tsx';
import { Explain } from '../../ui/Explain.tsx';
import { identityKey, textKey, useAsync } from '../../ui/useAsync.ts';
import { Slider } from '../../ui/Slider.tsx';
import { MAX_DRAWN, tokenizerSchema } from './schema.ts';
import { fmtDec } from '../../ui/format.ts';
import type { EncodeResult } from './tokenizerTypes.ts';
import { TokenStrip } from './TokenStrip.tsx';
import type { TokenizerWorker } from './useTokenizerWorker.ts';
import { VocabStatus, errorText } from './VocabStatus.tsx';
import { MAX_SIDE_BY_SIDE, VOCAB_IDS, type VocabId } from './vocabs.ts';

export function VocabSelect({
  value,
  onChange,
  label,
  testId,
  options = VOCAB_IDS,
}: {
  value: VocabId;
  onChange: (v: VocabId) => void;
  label: string;
  testId?: string;
  options?: readonly VocabId[];
}) {
  const { t } = useTranslation('tokenizer');
  return (
    <Select
      label={<span>{label}</span>}
      values={options}
      value={value}
      optionLabel={(id) => t(`vocab.${id}`)}
      onChange={(v) => onChange(v)}
      className="tok-select"
      testId={testId}
    />
  );
}

/** Loads (when chosen) and encodes with one vocabulary. */
export function useEncoding(
  worker: TokenizerWorker,
  id: VocabId,
  text: string,
  allow: boolean,
  drawn = MAX_DRAWN,
): { result: EncodeResult | null; error: string | null; busy: boolean } {
  const { api, ensure, vocabs } = worker;
  const state = vocabs[id];
  const ready = state?.status === 'ready' ? state.info : null;
  const key = `${id}\u0000${allow}\u0000${drawn}\u0000${textKey(text)}`;

  useEffect(() => {
    if (!api) return;
    ensure(id).catch(() => undefined); // the error shows through `vocabs`
  }, [api, ensure, id]);

  // A vocabulary made again (trained, uploaded) under the same id has a new info: encode again.
  const res = useAsync<{ key: string; result: EncodeResult }>(
    api && ready ? `${identityKey(ready)}\u0000${key}` : null,
    api ? () => api.encode(id, text, allow, drawn).then((result) => ({ key, result })) : null,
    0,
  );
  const out = res.value;
  // The error of an earlier encoding is not shown while the next one runs.
  const error = res.busy ? null : res.error;

  const result = out && (out.key === key || out.key.startsWith(`${id}\u0000`)) ? out.result : null;
  return { result, error, busy: !out || out.key !== key };
}

function Column({
  worker,
  id,
  index,
  text,
  allow,
  drawn,
  onChange,
  onRemove,
}: {
  worker: TokenizerWorker;
  id: VocabId;
  index: number;
  text: string;
  allow: boolean;
  drawn: number;
  onChange: (v: VocabId) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation('tokenizer');
  const { result, error, busy } = useEncoding(worker, id, text, allow, drawn);
  const state = worker.vocabs[id];
  return (
    <div
      className="tok-column"
      data-testid={`column-${index}`}
      data-vocab={id}
      data-load-ms={state?.status === 'ready' ? Math.round(state.info.loadMs) : undefined}
    >
      <div className="tok-column-head">
        <VocabSelect
          value={id}
          onChange={onChange}
          label={t('tokenize.vocab', { n: index + 1 })}
          testId={`vocab-${index}`}
        />
        {onRemove && (
          <button type="button" onClick={onRemove} aria-label={t('tokenize.remove')}>
            ✕
          </button>
        )}
      </div>
      <VocabStatus id={id} state={state} onRetry={() => worker.ensure(id).catch(() => undefined)} />
      {state?.status === 'ready' && (
        <p className="muted small">
          {t('tokenize.vocabInfo', {
            size: fmtDec(state.info.size, 0),
            added: state.info.addedCount,
          })}
          {state.info.loadMs > 0 &&
            ` · ${t('tokenize.loadTime', { ms: fmtDec(state.info.loadMs, 0) })}`}
        </p>
      )}
      {state?.status === 'ready' && id === 'qwen' && (
        <p className="muted small" data-testid="qwen-count">
          {t('tokenize.qwenCount', {
            size: fmtDec(state.info.size, 0),
            added: state.info.addedCount,
          })}
        </p>
      )}
      {error && (
        <div className="panel-error" role="alert">
          <pre className="error-message">{errorText(t, error)}</pre>
        </div>
      )}
      {result && state?.status === 'ready' && (
        <>
          <dl className="tok-stats" data-testid="stats" aria-busy={busy}>
            <div>
              <dt>{t('tokenize.tokens')}</dt>
              <dd data-testid="token-count">{result.tokens}</dd>
            </div>
            <div>
              <dt>{t('tokenize.charsPerToken')}</dt>
              <dd>{result.tokens > 0 ? fmtDec(result.chars / result.tokens) : '—'}</dd>
            </div>
            <div>
              <dt>{t('tokenize.bytesPerToken')}</dt>
              <dd>{result.tokens > 0 ? fmtDec(result.bytes / result.tokens) : '—'}</dd>
            </div>
          </dl>
          {result.capped && (
            <p className="muted small" data-testid="strip-capped">
              {t('tokenize.capped', {
                shown: fmtDec(result.cells.length, 0),
                total: fmtDec(result.tokens, 0),
              })}
            </p>
          )}
          <TokenStrip cells={result.cells} vocab={id} api={worker.api} testId="strip" />
        </>
      )}
    </div>
  );
}

export function TokenizeView({
  worker,
  text,
  vocabs,
  setVocabs,
  allow,
  drawn,
  setDrawn,
}: {
  worker: TokenizerWorker;
  text: string;
  vocabs: VocabId[];
  setVocabs: (v: VocabId[]) => void;
  allow: boolean;
  drawn: number;
  setDrawn: (n: number) => void;
}) {
  const { t } = useTranslation('tokenizer');
  const next = VOCAB_IDS.find((v) => !vocabs.includes(v)) ?? 'qwen';
  // Up to four columns need the full width: the explanation goes below them.
  return (
    <div className="tok-tokenize">
      <div className="controls">
        <Slider
          field={tokenizerSchema.drawn}
          value={drawn}
          onChange={setDrawn}
          hint={t('tokenize.drawnHint')}
          testId="slider-drawn"
        />
      </div>
      <div className="tok-columns" data-count={vocabs.length}>
        {vocabs.map((id, i) => (
          <Column
            key={i}
            worker={worker}
            id={id}
            index={i}
            text={text}
            allow={allow}
            drawn={drawn}
            onChange={(v) => setVocabs(vocabs.map((x, j) => (j === i ? v : x)))}
            onRemove={
              vocabs.length > 1 ? () => setVocabs(vocabs.filter((_, j) => j !== i)) : undefined
            }
          />
        ))}
      </div>
      {vocabs.length < MAX_SIDE_BY_SIDE && (
        <button type="button" data-testid="add-vocab" onClick={() => setVocabs([...vocabs, next])}>
          {t('tokenize.add')}
        </button>
      )}
      <Explain
        title={t('tokenize.explainTitle')}
        tex={t('tokenize.tex')}
        text={t('tokenize.explain')}
        section="§2.2"
      />
    </div>
  );
}
