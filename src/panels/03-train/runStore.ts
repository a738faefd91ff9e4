/**
 * The Train lab's saved runs in IndexedDB (through idb-keyval): per run a small `meta:<id>`
 * record for the list and a `state:<id>` record with the weights, AdamW moments and curves.
 * Both are written in one transaction, so a failed save (a full disk, a quota) leaves the
 * previous save whole. Used by the page (list, delete) and by the training worker (save, load);
 * their errors are read with `storageFailure` (failures.ts), which the page translates.
 *
 * Deliberately left out: sharing runs between browsers (the export is the way to take one along).
 */
import { createStore, delMany, get, getMany, keys, setMany } from 'idb-keyval';
import type { RunState, TrainSetup } from '../../train/labRun.ts';

/** A visitor keeps at most this many runs. */
export const MAX_RUNS = 3;

export type RunStatus = 'training' | 'paused' | 'stopped' | 'done';

export interface RunMeta {
  id: string;
  createdAt: number;
  savedAt: number;
  setup: TrainSetup;
  step: number;
  total: number;
  status: RunStatus;
  lastLoss: number | null;
  hash: string;
}

let store: ReturnType<typeof createStore> | null = null;
const db = () => (store ??= createStore('qwen-playground-train', 'runs'));

export async function listRuns(): Promise<RunMeta[]> {
  const all = (await keys(db())).map(String).filter((k) => k.startsWith('meta:'));
  const metas = (await getMany<RunMeta>(all, db())).filter((m): m is RunMeta => !!m);
  return metas.sort((a, b) => b.savedAt - a.savedAt);
}

export async function saveRun(meta: RunMeta, state: RunState): Promise<void> {
  await setMany(
    [
      [`meta:${meta.id}`, meta],
      [`state:${meta.id}`, state],
    ],
    db(),
  );
}

export async function loadRun(id: string): Promise<{ meta: RunMeta; state: RunState } | null> {
  const [meta, state] = await getMany<unknown>([`meta:${id}`, `state:${id}`], db());
  if (!meta || !state) return null;
  return { meta: meta as RunMeta, state: state as RunState };
}

export async function loadMeta(id: string): Promise<RunMeta | undefined> {
  return get<RunMeta>(`meta:${id}`, db());
}

export async function deleteRun(id: string): Promise<void> {
  await delMany([`meta:${id}`, `state:${id}`], db());
}
