/**
 * The exact ChatML prompt the model saw for the last reply (and the reply's own tokens), or,
 * before any reply of this visit, the prompt the next reply starts from: as tokens with ids,
 * special tokens highlighted, each token coloured by the role of its message, and the SFT loss
 * mask (the tokens that would carry loss if this conversation were training data: the
 * assistant's content and its <|im_end|>). Turns left out to fit the context are not in it.
 */
import { useTranslation } from 'react-i18next';
import type { PreparedPrompt } from '../../runtime/chatTypes.ts';
import { tokenLabel } from '../../ui/tokenLabel.ts';
import type { HoodView } from './useChatSession.ts';

/** The prompt's tokens followed by the reply's: the reply is the assistant's, and carries loss. */
function withReply(view: HoodView): PreparedPrompt {
  if (view.kind === 'next' || view.reply.length === 0) return view.prompt;
  const p = view.prompt;
  const lastMessage = p.message.length ? p.message[p.message.length - 1] : 0;
  return {
    tokens: [...p.tokens, ...view.reply.map((s) => s.token)],
    mask: [...p.mask, ...view.reply.map(() => 1)],
    roles: [...p.roles, ...view.reply.map(() => 'assistant')],
    message: [...p.message, ...view.reply.map(() => lastMessage)],
  };
}

export function UnderTheHood({
  view,
  contextLength,
}: {
  view: HoodView | null;
  contextLength: number;
}) {
  const { t } = useTranslation('chat');
  if (!view) return null;
  const prompt = withReply(view);
  const sent = view.prompt.tokens.length;
  const masked = prompt.mask.reduce((a, b) => a + b, 0);
  return (
    <details
      className="under-the-hood"
      data-testid="under-the-hood"
      data-kind={view.kind}
      data-prompt-tokens={sent}
    >
      <summary>
        {view.kind === 'sent'
          ? t('hood.titleSent', {
              n: sent,
              reply: prompt.tokens.length - sent,
              total: prompt.tokens.length,
              ctx: contextLength,
            })
          : t('hood.titleNext', { n: sent, ctx: contextLength })}
      </summary>
      {view.dropped > 0 && <p className="hood-dropped">{t('hood.dropped', { n: view.dropped })}</p>}
      <p>{t('hood.text')}</p>
      <p className="chip-legend">
        <span className="tok-sample role-system">{t('role.system')}</span>
        <span className="tok-sample role-user">{t('role.user')}</span>
        <span className="tok-sample role-assistant">{t('role.assistant')}</span>
        <span className="tok-sample special">{t('hood.special')}</span>
        <span className="tok-sample loss">{t('hood.loss', { n: masked })}</span>
      </p>
      <div className="prompt-tokens" data-testid="prompt-tokens">
        {prompt.tokens.map((tok, i) => (
          <span
            key={i}
            className={`ptok role-${prompt.roles[i]}${tok.special ? ' special' : ''}${prompt.mask[i] ? ' loss' : ''}`}
            title={`id ${tok.id}${tok.partial ? ` · ${tok.hex}` : ''}`}
            data-mask={prompt.mask[i]}
          >
            <span className="ptok-text">{tokenLabel(tok)}</span>
            <span className="ptok-id">{tok.id}</span>
          </span>
        ))}
      </div>
    </details>
  );
}
