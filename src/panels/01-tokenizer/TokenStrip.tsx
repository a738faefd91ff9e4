/**
 * A coloured strip of tokens with an inspector: hovering (or moving with the arrow keys, or
 * tapping) a token shows its id, its bytes in hex, its spelling in the vocabulary and the
 * merges that built it, fetched from the worker. Byte fragments are drawn as hex, never "�".
 * Deliberately left out: mapping tokens back onto the input text (the strip is the text).
 */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Remote } from 'comlink';
import { useAsync } from '../../ui/useAsync.ts';
import type { TokenCell, TokenDetail } from './tokenizerTypes.ts';
import type { TokenizerApi } from './tokenizer.worker.ts';
import { errorText } from './VocabStatus.tsx';
import type { VocabId } from './vocabs.ts';

export function TokenChips({ cells, selected }: { cells: TokenCell[]; selected?: number }) {
  return (
    <>
      {cells.map((c, i) => (
        <span
          key={i}
          data-index={i}
          className={
            `tok tok-c${i % 6}` +
            (c.fragment ? ' tok-fragment' : '') +
            (c.special ? ' tok-special' : '') +
            (i === selected ? ' tok-selected' : '')
          }
        >
          {c.label}
        </span>
      ))}
    </>
  );
}

export function TokenStrip({
  cells,
  vocab,
  api,
  testId,
}: {
  cells: TokenCell[];
  vocab: VocabId;
  api: Remote<TokenizerApi> | null;
  testId?: string;
}) {
  const { t } = useTranslation('tokenizer');
  const [selected, setSelected] = useState<number | null>(null);
  const cell = selected !== null && selected < cells.length ? cells[selected] : null;
  const tokenId = cell?.id ?? null;
  const detailKey = api && tokenId !== null ? `${vocab}\u0000${tokenId}` : null;
  const res = useAsync<TokenDetail>(
    detailKey,
    api && tokenId !== null ? () => api.tokenDetail(vocab, tokenId) : null,
    0,
  );
  // Only the chosen token's own detail: "…" while it is fetched.
  const detail = detailKey !== null && res.key === detailKey ? res.value : null;
  const detailError = res.busy ? null : res.error;

  const pick = (target: EventTarget) => {
    const i = (target as HTMLElement).dataset?.index;
    if (i !== undefined) setSelected(Number(i));
  };
  const onKey = (e: KeyboardEvent) => {
    if (cells.length === 0) return;
    const cur = selected ?? -1;
    if (e.key === 'ArrowRight') setSelected(Math.min(cells.length - 1, cur + 1));
    else if (e.key === 'ArrowLeft') setSelected(Math.max(0, cur - 1));
    else if (e.key === 'Home') setSelected(0);
    else if (e.key === 'End') setSelected(cells.length - 1);
    else return;
    e.preventDefault();
  };

  return (
    <div className="tok-strip-wrap" data-testid={testId}>
      <div
        className="tok-strip"
        tabIndex={0}
        role="group"
        aria-label={t('strip.aria')}
        onMouseOver={(e) => pick(e.target)}
        onClick={(e) => pick(e.target)}
        onKeyDown={onKey}
      >
        {cells.length === 0 ? (
          <span className="muted">{t('strip.empty')}</span>
        ) : (
          <TokenChips cells={cells} selected={selected ?? undefined} />
        )}
      </div>
      <div className="tok-inspector" aria-live="polite" data-testid="inspector">
        {cell === null ? (
          <span className="muted">{t('strip.hint')}</span>
        ) : (
          <>
            <div>
              <strong>{t('strip.id')}</strong> <code data-testid="inspector-id">{cell.id}</code>
              {' · '}
              <strong>{t('strip.bytes')}</strong>{' '}
              <code data-testid="inspector-hex">{detail?.hex ?? '…'}</code>
              {detail && (
                <>
                  {' · '}
                  <strong>{t('strip.spelling')}</strong> <code>{detail.vocabString}</code>
                </>
              )}
              {cell.fragment && <span className="muted"> · {t('strip.fragment')}</span>}
              {cell.special && <span className="muted"> · {t('strip.special')}</span>}
            </div>
            {detail && detail.merges.length > 0 && (
              <div className="tok-merges" data-testid="inspector-merges">
                {t('strip.merges', { n: detail.merges.length })}{' '}
                {detail.merges.map((m, i) => (
                  <span key={i} className="tok-merge">
                    <code>{m.left}</code>+<code>{m.right}</code>→<code>{m.merged}</code>
                  </span>
                ))}
              </div>
            )}
            {detail && detail.merges.length === 0 && !detail.special && (
              <div className="muted">{t('strip.noMerges')}</div>
            )}
            {detailError && (
              <div className="panel-error" role="alert">
                <pre className="error-message">{errorText(t, detailError)}</pre>
                <button type="button" onClick={res.retry}>
                  {t('retry')}
                </button>
              </div>
            )}
          </>
        )}
      </div>
    </div>
  );
}
