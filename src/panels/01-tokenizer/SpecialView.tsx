/**
 * 6. Special tokens: ChatML's `<|im_start|>` and `<|im_end|>` are single tokens only when the
 * caller allows special tokens; the same characters typed by a user are plain text (many
 * tokens), so a user cannot close a turn or forge a system message by typing them.
 */
import { useTranslation } from 'react-i18next';
import { tokenizerSchema } from './schema.ts';
import { Toggle } from '../../ui/Toggle.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { CHATML_EXAMPLE } from './examples.ts';
import { TokenStrip } from './TokenStrip.tsx';
import { VocabSelect, useEncoding } from './TokenizeView.tsx';
import type { TokenizerWorker } from './useTokenizerWorker.ts';
import { VocabStatus } from './VocabStatus.tsx';
import type { VocabId } from './vocabs.ts';

export function SpecialView({
  worker,
  text,
  vocab,
  allow,
  set,
  onExample,
}: {
  worker: TokenizerWorker;
  text: string;
  vocab: VocabId;
  allow: boolean;
  set: (p: { sv?: VocabId; allow?: boolean }) => void;
  onExample: (text: string) => void;
}) {
  const { t } = useTranslation('tokenizer');
  const plain = useEncoding(worker, vocab, text, false);
  const special = useEncoding(worker, vocab, text, true);
  const shown = allow ? special.result : plain.result;
  const state = worker.vocabs[vocab];
  const info = state?.status === 'ready' ? state.info : null;
  return (
    <Figure
      explain={
        <Explain title={t('special.explainTitle')} text={t('special.explain')} section="§3.1">
          <code className="tok-regex">{t('special.template')}</code>
        </Explain>
      }
    >
      <div className="controls">
        <VocabSelect
          value={vocab}
          onChange={(sv) => set({ sv })}
          label={t('special.vocab')}
          testId="special-vocab"
        />
        <Toggle
          field={tokenizerSchema.allow}
          checked={allow}
          onChange={(a) => set({ allow: a })}
          className="tok-toggle"
          testId="allow-special"
        />
        <button
          type="button"
          data-testid="chatml-example"
          onClick={() => onExample(CHATML_EXAMPLE)}
        >
          {t('special.example')}
        </button>
      </div>
      <VocabStatus
        id={vocab}
        state={state}
        onRetry={() => worker.ensure(vocab).catch(() => undefined)}
      />
      {info && (
        <p className="small" data-testid="special-list">
          {info.added.length > 0
            ? t('special.list', {
                tokens: info.added
                  .slice(0, 8)
                  .map((a) => `${a.text} = ${a.id}`)
                  .join(', '),
                n: info.addedCount,
              })
            : t('special.none')}
        </p>
      )}
      {plain.result && special.result && (
        <p data-testid="special-compare">
          {t('special.compare', { plain: plain.result.tokens, special: special.result.tokens })}
        </p>
      )}
      {!text.includes('<|') && <p className="muted small">{t('special.hint')}</p>}
      {shown && (
        <TokenStrip cells={shown.cells} vocab={vocab} api={worker.api} testId="special-strip" />
      )}
    </Figure>
  );
}
