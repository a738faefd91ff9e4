/**
 * Part 2 of the alignment lab: a toy reward model for real. The tiny model reads each reply in
 * ChatML; its final hidden state at the reply's <|im_end|> goes through a scalar head trained
 * with the Bradley–Terry loss on the bundled preference pairs (in a worker); then the visitor
 * writes a reply and gets its score.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select.tsx';
import type { TinyModel } from '../../runtime/tinyModel.ts';
import { useTinyModel } from '../../ui/useTinyModel.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import { LineChartView, type Row } from '../../ui/Chart.tsx';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Spinner } from '../../ui/LoadProgress.tsx';
import { ModelGate } from '../../ui/ModelGate.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { TextBox } from '../../ui/TextBox.tsx';
import { rewardInputIds } from './hiddenState.ts';
import { alignmentSchema } from './meta.ts';
import { PREFERENCE_PAIRS, replyConversation, type PreferencePair } from './preferences.ts';
import { TrainingPairs } from './TrainingPairs.tsx';
import { proxy } from 'comlink';
import { useWorker } from '../../ui/useComlinkWorker.ts';
import type { RewardApi, TrainProgress, TrainRequest, Trained } from './rewardModel.worker.ts';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

type LabState = StateOf<typeof alignmentSchema>;
/** The fields of the lab's state this part reads. */
export const REWARD_FIELDS = [
  'q',
  'reply',
  'rmlr',
  'rmsteps',
] as const satisfies readonly (keyof LabState)[];
type State = Pick<LabState, (typeof REWARD_FIELDS)[number]>;
type SetState = (p: Partial<LabState>) => void;

const fmt = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '—');

export const RewardModelSection = memo(function RewardModelSection({
  state,
  setState,
}: {
  state: State;
  setState: SetState;
}) {
  const { t } = useTranslation('alignment');
  // The tiny model (a few MB) loads only when the visitor asks for this part.
  const [wanted, setWanted] = useState(false);
  return (
    <Figure
      id="reward"
      explain={<Explain tex={t('reward.tex')} text={t('reward.text')} section="§3.2" />}
    >
      <h2>{t('reward.title')}</h2>
      <p>{t('reward.what')}</p>
      <div data-testid="reward-lab">
        {wanted ? (
          <WithModel state={state} setState={setState} />
        ) : (
          <div className="row-buttons">
            <button type="button" onClick={() => setWanted(true)} data-testid="rm-start">
              {t('reward.start')}
            </button>
          </div>
        )}
      </div>
    </Figure>
  );
});

function WithModel({ state, setState }: { state: State; setState: SetState }) {
  const model = useTinyModel();
  return (
    <ModelGate state={model}>
      {(tiny) => <RewardLab tiny={tiny} state={state} setState={setState} />}
    </ModelGate>
  );
}

function RewardLab({
  tiny,
  state,
  setState,
}: {
  tiny: TinyModel;
  state: State;
  setState: SetState;
}) {
  const { t } = useTranslation('alignment');
  // A failed worker rejects every call with its reason (useComlinkWorker.ts); Retry restarts it.
  const { remote, failure, restart } = useWorker<RewardApi>(
    () => new Worker(new URL('./rewardModel.worker.ts', import.meta.url), { type: 'module' }),
  );
  /** The worker's model is set (init) before any call; a newer training run wins. */
  const ready = useRef<Promise<void>>(Promise.resolve());
  const run = useRef(0);
  const [phase, setPhase] = useState<'idle' | 'features' | 'training' | 'done'>('idle');
  const [featuresDone, setFeaturesDone] = useState(0);
  const [losses, setLosses] = useState<number[]>([]);
  const [trained, setTrained] = useState<Trained | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [score, setScore] = useState<{ id: number; value: number } | null>(null);
  const scoreId = useRef(0);

  const encode = useCallback((s: string) => tiny.tokenizer.encode(s), [tiny]);
  const idsOf = useCallback(
    (prompt: string, reply: string) =>
      rewardInputIds(replyConversation(prompt, reply), encode, tiny.special),
    [encode, tiny],
  );

  // Pairs the visitor added (this tab only): the reward head learns from these too.
  const [added, setAdded] = useState<PreferencePair[]>([]);
  const train = (list: readonly PreferencePair[] = [...PREFERENCE_PAIRS, ...added]) => {
    // no worker yet (starting or restarting): the effect below trains once it is up
    if (!remote) return;
    setError(null);
    setLosses([]);
    setTrained(null);
    setScore(null);
    setFeaturesDone(0);
    setPhase('features');
    const id = ++run.current;
    const req: TrainRequest = {
      chosen: list.map((p) => idsOf(p.prompt, p.chosen)),
      rejected: list.map((p) => idsOf(p.prompt, p.rejected)),
      steps: state.rmsteps,
      lr: state.rmlr,
    };
    const onProgress = proxy((p: TrainProgress) => {
      if (run.current !== id) return;
      if (p.kind === 'features') {
        setFeaturesDone(p.done);
        if (p.done === p.total) setPhase('training');
      } else setLosses((prev) => [...prev, ...p.losses]);
    });
    ready.current
      .then(() => remote.train(req, onProgress))
      .then(
        (m: Trained) => {
          if (run.current !== id) return;
          setTrained(m);
          setLosses(m.losses);
          setPhase('done');
        },
        (e: Error) => {
          if (run.current !== id) return;
          setError(e.message);
          setPhase((p) => (p === 'done' ? p : 'idle'));
        },
      );
  };

  const trainRef = useRef(train);
  trainRef.current = train;

  useEffect(() => {
    if (!remote) return;
    ready.current = remote.init(tiny.model);
    // The visitor asked for this part by clicking, so training starts right away.
    trainRef.current();
  }, [remote, tiny]);

  // Score the visitor's reply whenever it (or the question) changes, once a head is trained.
  const pair = PREFERENCE_PAIRS[Math.min(state.q, PREFERENCE_PAIRS.length - 1)];
  useEffect(() => {
    if (!trained || !remote || state.reply.trim() === '') return;
    const id = ++scoreId.current;
    const handle = setTimeout(() => {
      remote.score(idsOf(pair.prompt, state.reply)).then(
        (value) => id === scoreId.current && setScore({ id, value }),
        (e: Error) => setError(e.message),
      );
    }, 150);
    return () => clearTimeout(handle);
  }, [trained, remote, state.reply, pair, idsOf]);

  const lossRows = useMemo(
    (): Row[] => losses.map((l, i) => ({ step: i, loss: l, ln2: Math.LN2 })),
    [losses],
  );
  const q = PREFERENCE_PAIRS.indexOf(pair);
  const busy = phase === 'features' || phase === 'training';
  return (
    <>
      <div className="controls">
        <Slider
          field={alignmentSchema.rmsteps}
          value={state.rmsteps}
          onChange={(rmsteps) => setState({ rmsteps })}
          testId="slider-rmsteps"
        />
        <Slider
          field={alignmentSchema.rmlr}
          value={state.rmlr}
          format={(v) => String(+v.toPrecision(3))}
          onChange={(rmlr) => setState({ rmlr })}
          testId="slider-rmlr"
        />
      </div>
      <div className="row-buttons">
        <button type="button" onClick={() => train()} disabled={busy} data-testid="rm-train">
          {t('reward.retrain')}
        </button>
        {phase === 'features' && (
          <Spinner
            label={t('reward.features', {
              done: featuresDone,
              total: PREFERENCE_PAIRS.length + added.length,
            })}
          />
        )}
        {phase === 'training' && <Spinner label={t('reward.training')} />}
      </div>
      {error !== null && (
        <PanelError
          error={t('reward.failed', { message: error || t('reward.workerFailed') })}
          onRetry={() => (failure ? restart() : train())}
        />
      )}
      {lossRows.length > 0 && (
        <LineChartView
          testId="chart-rm-loss"
          ariaLabel={t('reward.lossTitle')}
          data={lossRows}
          x={{ key: 'step', label: t('reward.x') }}
          y={{ label: t('reward.y'), domain: [0, 'auto'] }}
          series={[
            { key: 'loss', name: t('reward.loss'), color: 0 },
            { key: 'ln2', name: t('reward.chance'), dashed: true, color: 4 },
          ]}
          height={220}
        />
      )}
      {trained && (
        <p data-testid="rm-result">
          {t('reward.result', {
            first: fmt(trained.losses[0]),
            last: fmt(trained.losses[trained.losses.length - 1]),
            acc: (100 * trained.accuracies[trained.accuracies.length - 1]).toFixed(0),
            pairs: PREFERENCE_PAIRS.length + added.length,
            heldOut: (100 * trained.heldOutAccuracy).toFixed(0),
          })}
        </p>
      )}
      <h3>{t('reward.tryTitle')}</h3>
      <Select
        label={t('reward.question')}
        values={PREFERENCE_PAIRS.map((_, i) => i)}
        value={q}
        optionLabel={(i) => PREFERENCE_PAIRS[i].prompt}
        onChange={(i) => setState({ q: i })}
        testId="rm-question"
      />
      <TextBox
        className="field al-json"
        label={t('reward.reply')}
        value={state.reply}
        onChange={(reply) => setState({ reply })}
        field={alignmentSchema.reply}
        rows={3}
        placeholder={t('reward.placeholder')}
        testId="rm-reply"
        spellCheck
      />
      {!trained ? (
        <p className="slider-hint">{t('reward.trainFirst')}</p>
      ) : (
        <ScrollBox label={t('reward.tryTitle')}>
          <table className="data" data-testid="rm-scores">
            <thead>
              <tr>
                <th>{t('reward.replyCol')}</th>
                <th>{t('reward.scoreCol')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>{t('reward.yours')}</td>
                <td data-testid="rm-score">
                  {state.reply.trim() === '' ? t('reward.empty') : score ? fmt(score.value) : '…'}
                </td>
              </tr>
              <tr>
                <td>{t('reward.chosen', { text: pair.chosen })}</td>
                <td>{fmt(trained.chosenScores[q])}</td>
              </tr>
              <tr>
                <td>{t('reward.rejected', { text: pair.rejected })}</td>
                <td>{fmt(trained.rejectedScores[q])}</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
      )}
      <TrainingPairs
        pairs={[...PREFERENCE_PAIRS, ...added]}
        canAdd={trained !== null && !busy && state.reply.trim() !== ''}
        onAdd={(better) => {
          const reply = state.reply.trim();
          const p: PreferencePair = better
            ? { lang: pair.lang, prompt: pair.prompt, chosen: reply, rejected: pair.rejected }
            : { lang: pair.lang, prompt: pair.prompt, chosen: pair.chosen, rejected: reply };
          const next = [...added, p];
          setAdded(next);
          train([...PREFERENCE_PAIRS, ...next]);
        }}
      />
      <p className="slider-hint">{t('reward.honest')}</p>
    </>
  );
}
