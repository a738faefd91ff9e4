/**
 * "What this model knows": the tiny model's size, context, training data, held-out scores and
 * topics, read from training.json in its folder (modelFacts.ts), and that it is not a general
 * assistant. What the file does not record is said to be not measured, never guessed.
 */
import { useTranslation } from 'react-i18next';
import { fetchWithProgress } from '../../runtime/fetchWithProgress.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { parseModelFacts, type ModelFacts } from './modelFacts.ts';

/** The facts in the training.json at `url`. */
function loadFacts(url: string): Promise<ModelFacts> {
  return fetchWithProgress(url).then((bytes) =>
    parseModelFacts(JSON.parse(new TextDecoder().decode(bytes))),
  );
}

export function ModelCard({ url, fallbackContext }: { url: string; fallbackContext: number }) {
  const { t, i18n } = useTranslation('chat');
  const load = useAsync(url, () => loadFacts(url), 0);

  const zh = i18n.language.startsWith('zh');
  const int = (n: number) => n.toLocaleString(zh ? 'zh-CN' : 'en-US');
  const pct = (x: number | null) =>
    x === null ? t('card.notMeasured') : `${(100 * x).toFixed(1)}%`;

  let body;
  if (load.error) body = <p>{t('card.unreadable', { message: load.error })}</p>;
  else if (!load.value) body = <p>{t('card.loading')}</p>;
  else {
    const f = load.value;
    const context = f.context ?? (fallbackContext > 0 ? fallbackContext : null);
    const h = f.heldout;
    const noScores = Object.values(h).every((x) => x === null);
    body = (
      <>
        <dl className="card-facts">
          <dt>{t('card.parameters')}</dt>
          <dd data-testid="card-parameters">
            {f.parameters === null ? t('card.notRecorded') : int(f.parameters)}
          </dd>
          <dt>{t('card.context')}</dt>
          <dd data-testid="card-context">
            {context === null ? t('card.notRecorded') : t('card.tokens', { n: int(context) })}
          </dd>
          <dt>{t('card.data')}</dt>
          <dd>
            {f.pretrainTokens !== null && f.sftDialogues !== null
              ? t('card.dataText', {
                  tokens: int(f.pretrainTokens),
                  dialogues: int(f.sftDialogues),
                })
              : t('card.dataGeneric')}
          </dd>
          <dt>{t('card.scores')}</dt>
          <dd data-testid="card-scores">
            <span className="slider-hint">{t('card.scoresNote')}</span>
            <ul className="card-scores">
              <li>
                {h.topicEn === null && h.topicZh === null
                  ? t('card.topicOne', { pct: pct(null) })
                  : t('card.topic', { en: pct(h.topicEn), zh: pct(h.topicZh) })}
              </li>
              <li>{t('card.followup', { pct: pct(h.followup) })}</li>
              <li>{t('card.scope', { pct: pct(h.scope) })}</li>
            </ul>
            {noScores && f.legacyScore && (
              <p className="slider-hint card-legacy">
                {f.legacyScore.n === null
                  ? t('card.legacyNoCount', { pct: pct(f.legacyScore.score) })
                  : t('card.legacy', { pct: pct(f.legacyScore.score), n: f.legacyScore.n })}
              </p>
            )}
          </dd>
          <dt>{t('card.topics')}</dt>
          <dd data-testid="card-topics">
            {f.topics === null ? (
              t('card.topicsMissing')
            ) : (
              <ul className="card-topics">
                {f.topics.map((x, i) => (
                  <li key={i}>{zh ? x.zh : x.en}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </>
    );
  }
  return (
    <details className="model-card" open data-testid="model-card">
      <summary>{t('card.title')}</summary>
      {body}
      <p className="card-scope">{t('card.notAssistant')}</p>
    </details>
  );
}
