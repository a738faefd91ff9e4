/**
 * The Train lab's state: its worker (train.worker.ts), the saved runs (runStore.ts) and the
 * open run's latest progress. On start it opens the most recently saved run where it stopped,
 * so a reload shows the run as it was; a crashed worker is restarted by Retry and the run
 * reopened from its last save.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { proxy } from 'comlink';
import { useWorker } from '../../ui/useComlinkWorker.ts';
import { tinyModelBase } from '../../runtime/tinyModel.ts';
import type { TrainSetup } from '../../train/labRun.ts';
import { deleteRun, listRuns, MAX_RUNS, storageError, type RunMeta } from './runStore.ts';
import type { TrainApi } from './train.worker.ts';
import type { TrainUpdate } from './trainTypes.ts';

export type Busy = 'preparing' | 'opening' | 'exporting' | null;

export interface Trainer {
  ready: boolean;
  threads: number | null;
  isolated: boolean;
  runs: RunMeta[] | null;
  live: TrainUpdate | null;
  training: boolean;
  busy: Busy;
  error: string | null;
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
  const [error, setError] = useState<string | null>(null);
  const autoOpened = useRef<unknown>(null);

  const refresh = useCallback(async () => {
    try {
      setRuns(await listRuns());
    } catch (e) {
      setRuns([]);
      setError(`saved runs could not be read: ${storageError(e)}`);
    }
  }, []);

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
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setTraining(false);
        void refresh();
      }
    },
    [refresh],
  );

  const open = useCallback(
    async (id: string) => {
      if (!remote) return;
      setBusy('opening');
      setError(null);
      try {
        setLive(await remote.open(id, onUpdate));
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setBusy(null);
      }
    },
    [remote, onUpdate],
  );

  // a fresh worker: start its threads, then reopen the run that was open (or the latest one)
  useEffect(() => {
    if (!remote || runs === null) return;
    if (autoOpened.current === remote) return;
    autoOpened.current = remote;
    setTraining(false);
    const id = live?.runId ?? runs[0]?.id;
    void remote.init(new URL(tinyModelBase(), location.href).href).then(
      (i) => {
        setInfo(i);
        if (id) void open(id);
      },
      (e: Error) => setError(e.message),
    );
  }, [remote, runs, live?.runId, open]);

  const start = useCallback(
    async (setup: TrainSetup) => {
      if (!remote) return;
      const saved = runs ?? [];
      if (saved.length >= MAX_RUNS) {
        setError(`maxRuns:${MAX_RUNS}`);
        return;
      }
      setBusy('preparing');
      setError(null);
      try {
        const id = `run-${Date.now().toString(36)}`;
        setLive(await remote.create(id, setup, onUpdate));
        await refresh();
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return;
      } finally {
        setBusy(null);
      }
      void train(remote);
    },
    [remote, runs, onUpdate, refresh, train],
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
          (e: Error) => setError(e.message),
        );
    },
    remove: (id) =>
      void deleteRun(id).then(
        () => {
          if (live?.runId === id) setLive(null);
          void refresh();
        },
        (e) => setError(`the run could not be deleted: ${storageError(e)}`),
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
