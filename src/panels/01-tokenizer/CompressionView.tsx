/**
 * 5. Compression by language, after the report's Figure 3: tokens each vocabulary needs for the
 * bundled samples (one paragraph per language, plus code) and the visitor's text, relative to a
 * base vocabulary (= 1; lower means fewer tokens). Counting runs in the worker; the ratio is
 * compression.ts.
 */
import { useEffect, useMemo } from 'react';
import { useAsync } from '../../ui/useAsync.ts';
import { useTranslation } from 'react-i18next';
import { tokenizerSchema } from './schema.ts';
import { Toggle } from '../../ui/Toggle.tsx';
import { Select } from '../../ui/Select.tsx';
import { LANGUAGE_SAMPLES } from '../../data/languageSamples.ts';
import { BarChartView, type Row } from '../../ui/Chart.tsx';
import { ScrollBox } from '../../ui/ScrollBox.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Spinner } from '../../ui/LoadProgress.tsx';
import { meanFinite, relativeTokens } from './compression.ts';
import { fmtDec } from '../../ui/format.ts';
import type { TokenizerWorker } from './useTokenizerWorker.ts';
import { VocabStatus } from './VocabStatus.tsx';
import { BUNDLED_VOCABS, type BundledVocab, type VocabId } from './vocabs.ts';

/** The visitor's text is counted up to this many characters (the samples are short). */
const OWN_TEXT_MAX = 100_000;

export function CompressionView({
  worker,
  text,
  base,
  compared,
  set,
}: {
  worker: TokenizerWorker;
  text: string;
  base: BundledVocab;
  compared: VocabId[];
  set: (p: { base?: BundledVocab; cmp?: VocabId[] }) => void;
}) {
  const { t, i18n } = useTranslation('tokenizer');
  const zh = i18n.language.startsWith('zh');
  const { api, ensure, vocabs } = worker;
  const wanted = useMemo(() => [base, ...compared.filter((id) => id !== base)], [compared, base]);
  const ownText = text.slice(0, OWN_TEXT_MAX);
  const key = wanted.join(',') + '\u0000' + ownText;
  const allReady = wanted.every((id) => vocabs[id]?.status === 'ready');

  useEffect(() => {
    if (!api) return;
    for (const id of wanted) ensure(id).catch(() => undefined);
  }, [api, ensure, wanted]);

  const res = useAsync(
    api && allReady ? key : null,
    api ? () => api.compression(wanted, ownText) : null,
  );
  const result = res.value && res.key ? { key: res.key, r: res.value } : null;
  const error = res.error;

  const r = result?.r ?? null;
  const available = wanted.filter((id) => r?.counts[id] !== undefined);
  const ratios = r && r.counts[base] ? relativeTokens(r.counts, base) : null;
  const label = (code: string) =>
    code === 'own'
      ? t('compression.own')
      : (LANGUAGE_SAMPLES.find((s) => s.code === code)?.name[zh ? 'zh' : 'en'] ?? code);
  const rows: Row[] =
    r && ratios
      ? r.codes.map((code, i) => {
          const row: Row = { lang: code, name: label(code) };
          for (const id of available) if (id !== base) row[id] = ratios[id][i];
          return row;
        })
      : [];
  const toggle = (id: VocabId) =>
    set({ cmp: compared.includes(id) ? compared.filter((x) => x !== id) : [...compared, id] });

  return (
    <Figure
      explain={
        <Explain
          title={t('compression.explainTitle')}
          tex={t('compression.tex')}
          text={t('compression.explain')}
          section="§2.2, Figure 3"
        />
      }
    >
      <div className="controls">
        <Select
          field={tokenizerSchema.base}
          value={base}
          optionLabel={(id) => t(`vocab.${id}`)}
          onChange={(v) => set({ base: v })}
          className="tok-select"
          testId="compression-base"
        />
        <fieldset className="tok-checks">
          <legend>{t('compression.compared')}</legend>
          {BUNDLED_VOCABS.map((id) => (
            <Toggle
              key={id}
              label={t(`vocab.${id}`)}
              checked={compared.includes(id)}
              onChange={() => toggle(id)}
              testId={`cmp-${id}`}
            />
          ))}
        </fieldset>
      </div>
      {wanted.map((id) => (
        <VocabStatus
          key={id}
          id={id}
          state={vocabs[id]}
          onRetry={() => ensure(id).catch(() => undefined)}
        />
      ))}
      {error && <pre className="error-message">{error}</pre>}
      {!r && allReady && <Spinner label={t('compression.counting')} />}
      {r && ratios && (
        <>
          <BarChartView
            data={rows}
            x={{ key: 'lang', label: t('compression.x') }}
            y={{ label: t('compression.y', { base: t(`vocab.${base}`) }) }}
            series={available
              .filter((id) => id !== base)
              .map((id) => ({ key: id, name: t(`vocab.${id}`) }))}
            refLines={[{ y: 1, label: t('compression.baseLine') }]}
            height={320}
            horizontal
            ariaLabel={t('compression.aria')}
            testId="chart-compression"
          />
          <ScrollBox className="tok-table-wrap" label={t('compression.aria')}>
            <table className="tok-table" data-testid="compression-table">
              <thead>
                <tr>
                  <th>{t('compression.language')}</th>
                  {available.map((id) => (
                    <th key={id}>{t(`vocab.${id}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.codes.map((code, i) => (
                  <tr key={code}>
                    <td>{label(code)}</td>
                    {available.map((id) => (
                      <td key={id}>
                        {r.counts[id][i]} <span className="muted">({fmtDec(ratios[id][i])})</span>
                      </td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <td>{t('compression.mean')}</td>
                  {available.map((id) => (
                    <td key={id}>
                      {fmtDec(meanFinite(ratios[id].slice(0, LANGUAGE_SAMPLES.length)))}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </ScrollBox>
          {text.length > OWN_TEXT_MAX && (
            <p className="muted small">{t('compression.ownCut', { n: fmtDec(OWN_TEXT_MAX, 0) })}</p>
          )}
        </>
      )}
    </Figure>
  );
}
