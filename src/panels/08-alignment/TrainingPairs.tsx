/**
 * The reward model's lesson made explicit: it learns what its pairs teach. Lists every
 * preference pair the head was trained on (the bundled ones and the visitor's), and lets the
 * visitor add their own reply as a better or a worse answer to the chosen question and retrain.
 */
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../ui/ScrollBox.tsx';
import type { PreferencePair } from './preferences.ts';

export function TrainingPairs({
  pairs,
  canAdd,
  onAdd,
}: {
  pairs: readonly PreferencePair[];
  canAdd: boolean;
  /** better: the visitor's reply is the chosen answer; otherwise the rejected one. */
  onAdd: (better: boolean) => void;
}) {
  const { t } = useTranslation('alignment');
  return (
    <div className="al-pairs" data-testid="rm-pairs">
      <h3>{t('reward.pairsTitle')}</h3>
      <p>{t('reward.lesson')}</p>
      <div className="row-buttons">
        <button
          type="button"
          disabled={!canAdd}
          onClick={() => onAdd(true)}
          data-testid="rm-add-better"
        >
          {t('reward.addBetter')}
        </button>
        <button
          type="button"
          disabled={!canAdd}
          onClick={() => onAdd(false)}
          data-testid="rm-add-worse"
        >
          {t('reward.addWorse')}
        </button>
      </div>
      <details>
        <summary>{t('reward.pairsShow', { n: pairs.length })}</summary>
        <ScrollBox label={t('reward.pairsTitle')}>
          <table className="data al-pair-table">
            <thead>
              <tr>
                <th>{t('reward.question')}</th>
                <th>{t('reward.chosenCol')}</th>
                <th>{t('reward.rejectedCol')}</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p, i) => (
                <tr key={i} data-testid="rm-pair">
                  <td>{p.prompt}</td>
                  <td>{p.chosen}</td>
                  <td>{p.rejected}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
    </div>
  );
}
