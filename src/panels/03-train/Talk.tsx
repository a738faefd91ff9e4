/**
 * Talking to the model in training: the visitor's prompt sampled from the weights as they are
 * at this step (a pretrained-only model continues text; after SFT it starts to answer), and the
 * fixed probe questions with their latest greedy replies, judged as the committed model's
 * held-out set is (src/train/heldoutScore.ts). Replies are shown as text.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select.tsx';
import type { ItemResult } from '../../train/heldoutScore.ts';
import { trainSchema } from './meta.ts';
import { toFailure, type Failure } from './failures.ts';
import { FailureText } from './FailureText.tsx';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

interface TalkProps {
  prompt: string;
  mode: 'chat' | 'text';
  onChange: (patch: { prompt?: string; mode?: 'chat' | 'text' }) => void;
  ask: () => Promise<{ reply: string; step: number; stopped: boolean }>;
  disabled: boolean;
}

export function Talk({ prompt, mode, onChange, ask, disabled }: TalkProps) {
  const { t } = useTranslation('train');
  const [answer, setAnswer] = useState<{ reply: string; step: number; stopped: boolean } | null>(
    null,
  );
  const [error, setError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setAnswer(await ask());
    } catch (e) {
      setError(toFailure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="tr-talk">
      <div className="controls">
        <label className="field tr-prompt">
          {t('talk.prompt')}
          <input
            type="text"
            value={prompt}
            maxLength={400}
            onChange={(e) => onChange({ prompt: e.target.value })}
            data-testid="talk-prompt"
          />
        </label>
        <Select
          field={trainSchema.mode}
          value={mode}
          optionLabel={(m) => t(`talk.${m}`)}
          onChange={(m) => onChange({ mode: m })}
          testId="talk-mode"
        />
        <button
          type="button"
          onClick={run}
          disabled={disabled || busy || prompt.trim() === ''}
          data-testid="talk-ask"
        >
          {t('talk.ask')}
        </button>
      </div>
      {error && (
        <div className="notice" role="alert" data-testid="talk-error">
          <FailureText action="talk" failure={error} />
        </div>
      )}
      {answer && (
        <blockquote className="tr-reply" data-testid="talk-reply">
          <span className="tr-muted">{t('talk.at', { step: answer.step })}</span>
          <span className="tr-reply-text">{answer.reply || t('talk.empty')}</span>
          {!answer.stopped && <span className="tr-muted"> {t('talk.cut')}</span>}
        </blockquote>
      )}
    </div>
  );
}

export function ProbeTable({ replies, step }: { replies: ItemResult[]; step: number | null }) {
  const { t } = useTranslation('train');
  if (replies.length === 0 || step === null) return <p className="tr-muted">{t('probes.none')}</p>;
  return (
    <>
      <p className="tr-muted">{t('probes.at', { step })}</p>
      <ScrollBox label={t('probes.at', { step })}>
        <table className="tr-probes" data-testid="probe-table">
          <thead>
            <tr>
              <th>{t('probes.question')}</th>
              <th>{t('probes.reply')}</th>
              <th>{t('probes.ok')}</th>
            </tr>
          </thead>
          <tbody>
            {replies.map((r, i) => (
              <tr key={i}>
                <td>{r.question}</td>
                <td className="tr-reply-text">{r.reply || t('talk.empty')}</td>
                <td>{r.ok ? '✓' : '✗'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
