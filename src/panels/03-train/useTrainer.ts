/**
 * The Train lab's state: its worker (train.worker.ts), the saved runs (runStore.ts) and the
 * open run's latest progress. On start it opens the most recently saved run where it stopped,
 * so a reload shows the run as it was; a crashed worker is restarted by Retry and the run
 * reopened from its last save. Errors are kept as failures (failures.ts) with what the visitor
 * was doing, for the panel to translate.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { proxy } from 'comlink';
import { useWorker } from '../../ui/useComlinkWorker.ts';
import { tinyModelBase } from '../../runtime/tinyModel.ts';
import type { TrainSetup } from '../../train/labRun.ts';
import { deleteRun, listRuns, MAX_RUNS, type RunMeta } from './runStore.ts';
import { storageFailure, toFailure, type Failure, type FailureAction } from './failures.ts';
import type { TrainApi } from './train.worker.ts';
import type { TrainUpdate } from './trainTypes.ts';

export type Busy = 'preparing' | 'opening' | 'exporting' | null;

/** A failed action of the lab, shown until dismissed or until the next action. */
export interface TrainerError {
  action: FailureAction;
  failure: Failure;
}

export interface Trainer {
  ready: boolean;
  threads: number | null;
  isolated: boolean;
  runs: RunMeta[] | null;
  live: TrainUpdate | null;
  training: boolean;
  busy: Busy;
  error: TrainerError | null;
  workerFailure: string | null;
  start: (setup: TrainSetup) => void;
  open: (id: string) => void;
  resume: () => void;
  pause: () => void;
  stop: () => void;
  remove: (id: string) => void;
  retry: () => void;
  clearError: () => void;
  remote: ReturnType<typeof useWorker<TrainApi>>['remote'];
}

export function useTrainer(): Trainer {
  const w = useWorker<TrainApi>(
    () => new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' }),
  );
  const remote = w.remote;
  const [info, setInfo] = useState<{ threads: number; isolated: boolean } | null>(null);
  const [runs, setRuns] = useState<RunMeta[] | null>(null);
  const [live, setLive] = useState<TrainUpdate | null>(null);
  const [training, setTraining] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<TrainerError | null>(null);
  const autoOpened = useRef<unknown>(null);
  /** The run open last: a fresh worker reopens it, also after a failure closed it. */
  const lastRunId = useRef<string | null>(null);
  useEffect(() => {
    if (live) lastRunId.current = live.runId;
  }, [live]);
  const fail = useCallback(
    (action: FailureAction, failure: Failure) => setError({ action, failure }),
    [],
  );

  /** The saved runs as they are now (also what other tabs saved); null when unreadable. */
  const refresh = useCallback(async (): Promise<RunMeta[] | null> => {
    try {
      const list = await listRuns();
      setRuns(list);
      return list;
    } catch (e) {
      setRuns([]);
      fail('list', storageFailure(e));
      return null;
    }
  }, [fail]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const onUpdate = useRef(proxy((u: TrainUpdate) => setLive(u))).current;

  const train = useCallback(
    async (r: NonNullable<typeof remote>) => {
      setTraining(true);
      try {
        setLive(await r.train());
      } catch (e) {
        // the worker closed the run (a step that failed is never saved): open it again from
        // its last save, from the list
        setLive(null);
        fail('train', toFailure(e));
      } finally {
        setTraining(false);
        void refresh();
      }
    },
    [refresh, fail],
  );

  const open = useCallback(
    async (id: string) => {
      if (!remote) return;
      setBusy('opening');
      setError(null);
      try {
        setLive(await remote.open(id, onUpdate));
      } catch (e) {
        fail('open', toFailure(e));
      } finally {
        setBusy(null);
      }
    },
    [remote, onUpdate, fail],
  );

  // a fresh worker: start its threads, then reopen the run that was open (or the latest one)
  useEffect(() => {
    if (!remote || runs === null) return;
    if (autoOpened.current === remote) return;
    autoOpened.current = remote;
    setTraining(false);
    const id = live?.runId ?? lastRunId.current ?? runs[0]?.id;
    void remote.init(new URL(tinyModelBase(), location.href).href).then(
      (i) => {
        setInfo(i);
        if (id) void open(id);
      },
      (e: unknown) => fail('init', toFailure(e)),
    );
  }, [remote, runs, live?.runId, open, fail]);

  const start = useCallback(
    async (setup: TrainSetup) => {
      if (!remote) return;
      setBusy('preparing');
      setError(null);
      try {
        // the list as saved now: another tab may have added a run
        const saved = await refresh();
        if (saved === null) return;
        if (saved.length >= MAX_RUNS) {
          fail('create', { code: 'maxRuns', params: { n: MAX_RUNS } });
          return;
        }
        const id = `run-${Date.now().toString(36)}`;
        setLive(await remote.create(id, setup, onUpdate));
        await refresh();
      } catch (e) {
        fail('create', toFailure(e));
        return;
      } finally {
        setBusy(null);
      }
      void train(remote);
    },
    [remote, onUpdate, refresh, train, fail],
  );

  return {
    ready: remote !== null && runs !== null && info !== null,
    threads: info?.threads ?? null,
    isolated: info?.isolated ?? false,
    runs,
    live,
    training,
    busy,
    error,
    workerFailure: w.failure,
    start: (s) => void start(s),
    open: (id) => void open(id),
    resume: () => remote && void train(remote),
    pause: () => void remote?.pause(),
    stop: () => {
      if (!remote) return;
      if (training) void remote.stop();
      else
        void remote.finish().then(
          (u) => {
            setLive(u);
            void refresh();
          },
          (e: unknown) => fail('stop', toFailure(e)),
        );
    },
    remove: (id) =>
      void deleteRun(id).then(
        () => {
          if (live?.runId === id) setLive(null);
          if (lastRunId.current === id) lastRunId.current = null;
          void refresh();
        },
        (e: unknown) => fail('delete', storageFailure(e)),
      ),
    retry: () => {
      setError(null);
      w.restart();
      void refresh();
    },
    clearError: () => setError(null),
    remote,
  };
}
