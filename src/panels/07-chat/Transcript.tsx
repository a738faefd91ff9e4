/**
 * The conversation. A reply reads as the text it decodes to; each piece of it (a token, or the
 * tokens that together make one character) carries a subtle confidence mark, and clicking it
 * shows its tokens — byte fragments in hex — and the top 10 alternatives at that step. All text
 * is rendered as text, never as HTML.
 */
import { Component, memo, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepEvent } from '../../runtime/chatTypes.ts';
import { useChatStore, type ChatTurn } from './chatStore.ts';
import { piecesOf, type Piece } from './pieces.ts';
import { tokenLabel, visible } from '../../ui/tokenLabel.ts';
import { InspectOpener } from './ChatInspect.tsx';

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

const minProb = (p: Piece) => p.steps.reduce((m, s) => Math.min(m, s.prob), 1);

/** The tokens of one piece (bytes of a fragment in hex), and the alternatives of the chosen one. */
function TokenView({ piece, turn }: { piece: Piece; turn?: number }) {
  const { t } = useTranslation('chat');
  const [chosen, setChosen] = useState(0);
  const i = Math.min(chosen, piece.steps.length - 1);
  const inspect = useContext(InspectOpener);
  const { t: ti } = useTranslation('inspect');
  return (
    <div className="token-view" data-testid="token-view">
      <p className="token-view-tokens">
        {t('alt.tokens', { n: piece.steps.length })}{' '}
        {piece.steps.map((s, k) => (
          <button
            type="button"
            key={k}
            className={`tok-chip mono${k === i ? ' open' : ''}`}
            aria-pressed={k === i}
            onClick={() => setChosen(k)}
          >
            {tokenLabel(s.token)} <span className="tok-chip-p">{pct(s.prob)}%</span>
          </button>
        ))}
      </p>
      <Alternatives step={piece.steps[i]} index={piece.start + i} />
      {inspect && turn !== undefined && (
        <button
          type="button"
          onClick={() => inspect(turn, piece.start + i)}
          title={ti('openHint')}
          data-testid="inspect-open"
        >
          {ti('open')}
        </button>
      )}
    </div>
  );
}

/**
 * The reply as the text it decodes to. Each piece can be clicked to show its tokens; pieces are
 * inline spans, not buttons, so a line breaks only where the text itself allows (a button is an
 * atomic inline, and a line may break between two of them inside a word).
 */
function Reply({
  steps,
  finished,
  turn,
}: {
  steps: StepEvent[];
  finished: boolean;
  /** The turn's index in the history (absent for the reply being written). */
  turn?: number;
}) {
  const { t } = useTranslation('chat');
  const [open, setOpen] = useState<number | null>(null);
  const pieces = piecesOf(steps, finished);
  const openPiece = open === null ? undefined : pieces.find((p) => p.start === open);
  return (
    <>
      <p className="reply-tokens" data-testid="reply-text">
        {pieces.map((p) => {
          const toggle = () => setOpen(open === p.start ? null : p.start);
          return (
            <span
              key={p.start}
              role="button"
              tabIndex={0}
              className={`seg ${confidenceClass(minProb(p))}${open === p.start ? ' open' : ''}`}
              aria-expanded={open === p.start}
              aria-label={t('alt.open', { token: visible(p.text), p: pct(minProb(p)) })}
              data-tokens={p.steps.length}
              onClick={toggle}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  toggle();
                }
              }}
            >
              {p.text}
            </span>
          );
        })}
      </p>
      {openPiece && <TokenView key={openPiece.start} piece={openPiece} turn={turn} />}
    </>
  );
}

/** The stats line of a reply: length, speed, why it ended, and its seed (or greedy). */
function Stats({ stats }: { stats: NonNullable<ChatTurn['stats']> }) {
  const { t } = useTranslation('chat');
  return (
    <p className="turn-stats" data-testid="turn-stats">
      {t('stats', {
        n: stats.newTokens,
        ttft: Math.round(stats.ttftMs),
        tps: stats.tokensPerSecond.toFixed(1),
        reason: t(`stop.${stats.stopReason}`),
      })}
      {stats.seed === undefined ? t('greedy') : t('seed', { seed: stats.seed })}
      {stats.modelMs > 0 && stats.totalMs > 0 && (
        <span data-testid="model-share">
          {t('modelShare', { share: Math.round((100 * stats.modelMs) / stats.totalMs) })}
        </span>
      )}
    </p>
  );
}

/** One turn; memoized, so a streaming reply redraws only itself, not the whole history. */
const Turn = memo(function Turn({
  turn,
  index,
  live = false,
  leftOut = false,
}: {
  turn: ChatTurn;
  /** Its place in the history (absent for the reply being written). */
  index?: number;
  live?: boolean;
  /** Not in the prompt of the last reply (left out to fit the context). */
  leftOut?: boolean;
}) {
  const { t } = useTranslation('chat');
  const assistant = turn.role === 'assistant';
  return (
    <li
      className={`turn turn-${turn.role}${leftOut ? ' turn-left-out' : ''}`}
      data-left-out={leftOut || undefined}
      data-testid={`turn-${turn.role}`}
      data-stop-reason={turn.stats?.stopReason}
      data-seed={turn.stats?.seed}
      data-prompt-tokens={turn.stats?.promptTokens}
    >
      <span className="turn-role">
        {t(`role.${turn.role}`)}
        {leftOut && <span className="left-out-tag">{t('leftOut')}</span>}
      </span>
      {assistant && turn.steps && turn.steps.length > 0 ? (
        <Reply steps={turn.steps} finished={!live} turn={index} />
      ) : (
        <p className="turn-text" data-testid={assistant ? 'reply-text' : undefined}>
          {turn.content}
        </p>
      )}
      {turn.stats && <Stats stats={turn.stats} />}
    </li>
  );
});

/**
 * The history and, while a reply streams, the live turn. The live turn comes from the store
 * here rather than through the panel, so a new token redraws this list and nothing else.
 */
export function Transcript({ turns, leftOut = 0 }: { turns: ChatTurn[]; leftOut?: number }) {
  const { t } = useTranslation('chat');
  const live = useChatStore((s) => s.live);
  if (turns.length === 0 && !live) return <p className="chat-empty">{t('empty')}</p>;
  return (
    <ol className="transcript" aria-live="polite">
      {turns.map((turn, i) => (
        <Turn key={i} turn={turn} index={i} leftOut={i < leftOut} />
      ))}
      {live && <Turn turn={live} live />}
    </ol>
  );
}

/**
 * If the history cannot be drawn (stored data that passed its checks but still breaks a
 * component), it is discarded with the reset notice instead of crashing the lab again on every
 * retry and reload.
 */
export class TranscriptBoundary extends Component<
  { children: ReactNode; onCrash: () => void },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onCrash();
    this.setState({ failed: false });
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
