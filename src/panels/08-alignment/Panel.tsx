/**
 * The alignment lab (report §3): ChatML and the SFT loss mask, a toy reward model trained in the
 * browser, and PPO with clipping and a KL penalty. The math lives in src/kernels/reference/chatml.ts,
 * rl.ts and rewardHead.ts; this file lays out the three parts.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { registerPanelTexts } from '../../i18n/index.ts';
import type { PanelProps } from '../types.ts';
import { useSlice } from '../../ui/useSlice.ts';
import { CHATML_FIELDS, ChatmlExplorer } from './ChatmlExplorer.tsx';
import { PpoSection } from './Ppo.tsx';
import { REWARD_FIELDS, RewardModelSection } from './RewardModel.tsx';
import type { alignmentSchema } from './meta.ts';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import './alignment.css';

registerPanelTexts('alignment', { en, 'zh-CN': zh });

export default function AlignmentPanel({ state, setState }: PanelProps<typeof alignmentSchema>) {
  const { t } = useTranslation('alignment');
  // Each part gets only its own fields, so a slider in one part does not re-render the others.
  const chatml = useSlice(state, CHATML_FIELDS);
  const reward = useSlice(state, REWARD_FIELDS);
  return (
    <div className="alignment-panel">
      <p className="lead">{t('intro')}</p>
      <nav aria-label={t('toc.label')}>
        <ol className="al-toc">
          <li>
            <a href="#chatml" onClick={(e) => jump(e, 'chatml')}>
              {t('toc.chatml')}
            </a>
          </li>
          <li>
            <a href="#reward" onClick={(e) => jump(e, 'reward')}>
              {t('toc.reward')}
            </a>
          </li>
          <li>
            <a href="#ppo" onClick={(e) => jump(e, 'ppo')}>
              {t('toc.ppo')}
            </a>
          </li>
        </ol>
      </nav>
      <section aria-labelledby="al-part1">
        <h2 className="al-part" id="al-part1">
          {t('toc.chatml')}
        </h2>
        <ChatmlExplorer state={chatml} setState={setState} />
      </section>
      <section aria-labelledby="al-part2">
        <h2 className="al-part" id="al-part2">
          {t('toc.reward')}
        </h2>
        <RewardModelSection state={reward} setState={setState} />
      </section>
      <section aria-labelledby="al-part3" id="ppo">
        <h2 className="al-part" id="al-part3">
          {t('toc.ppo')}
        </h2>
        <PpoSection state={state} setState={setState} />
      </section>
    </div>
  );
}

/** In-page links without touching the hash (the hash holds the route and the URL state). */
function jump(e: MouseEvent, id: string) {
  e.preventDefault();
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
