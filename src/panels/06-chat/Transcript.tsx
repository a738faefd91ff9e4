/**
 * The conversation. Assistant replies are drawn token by token: each token is a button with a
 * subtle confidence mark (its probability), and choosing one shows the top 10 alternatives at
 * that step. All text is rendered as text.
 */
import { Fragment, memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepEvent } from '../../runtime/chatTypes.ts';
import { useChatStore, type ChatTurn } from './chatStore.ts';
import { tokenLabel } from './TokenChip.tsx';

const pct = (p: number) => (p >= 0.995 ? '100' : (p * 100).toFixed(p < 0.01 ? 2 : 1));

function confidenceClass(p: number): string {
  return p >= 0.9 ? 'conf-high' : p >= 0.5 ? 'conf-mid' : 'conf-low';
}

function Alternatives({ step, index }: { step: StepEvent; index: number }) {
  const { t } = useTranslation('chat');
  return (
    <div
      className="alternatives"
      role="region"
      aria-label={t('alt.title', { n: index + 1 })}
      data-testid="alternatives"
    >
      <strong>{t('alt.title', { n: index + 1 })}</strong>
      <table className="data">
        <thead>
          <tr>
            <th>{t('alt.token')}</th>
            <th>{t('alt.id')}</th>
            <th>{t('alt.prob')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {step.alternatives.map((a) => (
            <tr key={a.id} className={a.id === step.token.id ? 'sampled' : undefined}>
              <td className="mono">{tokenLabel(a)}</td>
              <td>{a.id}</td>
              <td>{pct(a.prob)}%</td>
              <td>{a.id === step.token.id ? t('alt.sampled') : ''}</td>
            </tr>
          ))}
          {!step.alternatives.some((a) => a.id === step.token.id) && (
            <tr className="sampled">
              <td className="mono">{tokenLabel(step.token)}</td>
              <td>{step.token.id}</td>
              <td>{pct(step.prob)}%</td>
              <td>{t('alt.sampled')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function TokenizedReply({ steps }: { steps: StepEvent[] }) {
  const { t } = useTranslation('chat');
  const [open, setOpen] = useState<number | null>(null);
  return (
    <>
      <p className="reply-tokens">
        {steps.map((s, i) =>
          s.token.special ? null : (
            <Fragment key={i}>
              <button
                type="button"
                className={`tok ${confidenceClass(s.prob)}${open === i ? ' open' : ''}${s.token.partial ? ' partial' : ''}`}
                aria-expanded={open === i}
                aria-label={t('alt.open', { token: tokenLabel(s.token), p: pct(s.prob) })}
                title={`${pct(s.prob)}%`}
                onClick={() => setOpen(open === i ? null : i)}
              >
                {s.token.partial ? `⟨${s.token.hex}⟩` : s.token.text}
              </button>
            </Fragment>
          ),
        )}
      </p>
      {open !== null && steps[open] && <Alternatives step={steps[open]} index={open} />}
    </>
  );
}

/** One turn; memoized, so a streaming reply redraws only itself, not the whole history. */
const Turn = memo(function Turn({ turn }: { turn: ChatTurn }) {
  const { t } = useTranslation('chat');
  return (
    <li className={`turn turn-${turn.role}`} data-testid={`turn-${turn.role}`}>
      <span className="turn-role">{t(`role.${turn.role}`)}</span>
      {turn.role === 'assistant' && turn.steps && turn.steps.length > 0 ? (
        <TokenizedReply steps={turn.steps} />
      ) : (
        <p className="turn-text">{turn.content}</p>
      )}
      {turn.role === 'assistant' && (
        <span className="visually-hidden" data-testid="reply-text">
          {turn.content}
        </span>
      )}
      {turn.stats && (
        <p className="turn-stats" data-testid="turn-stats">
          {t('stats', {
            n: turn.stats.newTokens,
            ttft: Math.round(turn.stats.ttftMs),
            tps: turn.stats.tokensPerSecond.toFixed(1),
            reason: t(`stop.${turn.stats.stopReason}`),
          })}
          {turn.stats.modelMs !== undefined && turn.stats.totalMs > 0 && (
            <span data-testid="model-share">
              {t('modelShare', {
                share: Math.round((100 * turn.stats.modelMs) / turn.stats.totalMs),
              })}
            </span>
          )}
        </p>
      )}
    </li>
  );
});

/**
 * The history and, while a reply streams, the live turn. The live turn comes from the store
 * here rather than through the panel, so a new token redraws this list and nothing else.
 */
export function Transcript({ turns }: { turns: ChatTurn[] }) {
  const { t } = useTranslation('chat');
  const live = useChatStore((s) => s.live);
  if (turns.length === 0 && !live) return <p className="chat-empty">{t('empty')}</p>;
  return (
    <ol className="transcript" aria-live="polite">
      {turns.map((turn, i) => (
        <Turn key={i} turn={turn} />
      ))}
      {live && <Turn turn={live} />}
    </ol>
  );
}
