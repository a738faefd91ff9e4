/**
 * A coloured strip of tokens with an inspector: hovering (or moving with the arrow keys, or
 * tapping) a token shows its id, its bytes in hex, its spelling in the vocabulary and the
 * merges that built it, fetched from the worker. Byte fragments are drawn as hex, never "�".
 * Deliberately left out: mapping tokens back onto the input text (the strip is the text).
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Remote } from 'comlink';
import type { TokenCell, TokenDetail, TokenizerApi } from './tokenizer.worker.ts';
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
  const [detail, setDetail] = useState<TokenDetail | null>(null);
  const cell = selected !== null && selected < cells.length ? cells[selected] : null;
  const tokenId = cell?.id ?? null;

  useEffect(() => {
    setDetail(null);
    if (tokenId === null || !api) return;
    let live = true;
    api.tokenDetail(vocab, tokenId).then(
      (d) => live && setDetail(d),
      () => live && setDetail(null),
    );
    return () => {
      live = false;
    };
  }, [api, vocab, tokenId]);

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
          </>
        )}
      </div>
    </div>
  );
}
