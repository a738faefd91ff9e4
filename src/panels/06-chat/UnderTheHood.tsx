/**
 * The exact ChatML prompt the model sees, as tokens with ids: special tokens highlighted, each
 * token coloured by the role of its message, and the SFT loss mask (the tokens that would carry
 * loss if this conversation were training data: the assistant's content and its <|im_end|>).
 */
import { useTranslation } from 'react-i18next';
import type { PreparedPrompt } from '../../runtime/chatTypes.ts';
import { tokenLabel } from './TokenChip.tsx';

export function UnderTheHood({
  prompt,
  contextLength,
}: {
  prompt: PreparedPrompt | null;
  contextLength: number;
}) {
  const { t } = useTranslation('chat');
  if (!prompt) return null;
  const masked = prompt.mask.reduce((a, b) => a + b, 0);
  return (
    <details className="under-the-hood" data-testid="under-the-hood">
      <summary>{t('hood.title', { n: prompt.tokens.length, ctx: contextLength })}</summary>
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
