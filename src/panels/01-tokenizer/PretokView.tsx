/**
 * 2. Pre-tokenization: how each scheme's regex cuts the text into chunks before any BPE, two
 * schemes side by side (Qwen splits every digit, cl100k keeps runs of up to three; both keep
 * English contractions and whitespace runs apart). The split runs in the worker.
 */
import { textKey, useAsync } from '../../ui/useAsync.ts';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select.tsx';
import type { Remote } from 'comlink';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { visibleWhitespace } from './display.ts';
import { fmtDec } from '../../ui/format.ts';
import type { PretokResult } from './tokenizerTypes.ts';
import type { TokenizerApi } from './tokenizer.worker.ts';
import { SCHEMES } from './vocabs.ts';

type Scheme = (typeof SCHEMES)[number];
const MAX_CHUNKS = 1500;

function SchemeColumn({
  api,
  text,
  scheme,
  onScheme,
  index,
}: {
  api: Remote<TokenizerApi> | null;
  text: string;
  scheme: Scheme;
  onScheme: (s: Scheme) => void;
  index: number;
}) {
  const { t } = useTranslation('tokenizer');
  const res = useAsync(
    api ? `${scheme}\u0000${textKey(text)}` : null,
    api ? () => api.pretokenize(text, scheme, MAX_CHUNKS) : null,
  );
  const result: PretokResult | null = res.value;
  const error = res.error;
  return (
    <div className="tok-column" data-testid={`pretok-${index}`}>
      <Select
        label={<span>{t('pretok.scheme')}</span>}
        values={SCHEMES}
        value={scheme}
        optionLabel={(s) => t(`scheme.${s}`)}
        onChange={(v) => onScheme(v)}
        className="tok-select"
        testId={`scheme-${index}`}
      />
      <code className="tok-regex">{t(`pretok.rule.${scheme}`)}</code>
      {error && <pre className="error-message">{error}</pre>}
      {result && (
        <>
          <p className="small">
            <span data-testid="chunk-count">{result.count}</span> {t('pretok.chunks')}
            {result.capped && ` · ${t('pretok.capped', { shown: fmtDec(MAX_CHUNKS, 0) })}`}
          </p>
          <div className="tok-strip" data-testid="chunks">
            {result.chunks.map((c, i) => (
              <span key={i} className={`tok chunk tok-c${i % 6}`}>
                {visibleWhitespace(c.text)}
              </span>
            ))}
          </div>
        </>
      )}
    </div>
  );
}

export function PretokView({
  api,
  text,
  schemes,
  setSchemes,
  onExample,
}: {
  api: Remote<TokenizerApi> | null;
  text: string;
  schemes: [Scheme, Scheme];
  setSchemes: (s: [Scheme, Scheme]) => void;
  onExample: (text: string) => void;
}) {
  const { t } = useTranslation('tokenizer');
  return (
    <Figure
      explain={
        <Explain title={t('pretok.explainTitle')} text={t('pretok.explain')} section="§2.2">
          <button type="button" data-testid="digits-example" onClick={() => onExample('1234567')}>
            {t('pretok.tryDigits')}
          </button>
        </Explain>
      }
    >
      <div className="tok-columns" data-count={2}>
        <SchemeColumn
          api={api}
          text={text}
          scheme={schemes[0]}
          index={0}
          onScheme={(s) => setSchemes([s, schemes[1]])}
        />
        <SchemeColumn
          api={api}
          text={text}
          scheme={schemes[1]}
          index={1}
          onScheme={(s) => setSchemes([schemes[0], s])}
        />
      </div>
    </Figure>
  );
}
