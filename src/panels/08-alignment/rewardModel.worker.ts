/**
 * Web worker of the reward-model demo, called through comlink: runs the tiny model's forward to
 * get the end-token hidden state of every reply, trains the scalar head
 * (src/kernels/reference/rewardHead.ts) on the preference pairs, and scores new replies.
 *
 *   await api.init(model); const trained = await api.train(req, proxy(onProgress));
 *   await api.score(ids) → the reply's reward
 */
import { expose } from 'comlink';
import type { QwenModel } from '../../model/params.ts';
import {
  rewardHeadLoss,
  rewardScore,
  trainRewardHead,
  type RewardHead,
} from '../../kernels/reference/rewardHead.ts';
import { finalHiddenState, hiddenStateReadout } from './hiddenState.ts';

export interface TrainRequest {
  chosen: number[][];
  rejected: number[][];
  steps: number;
  lr: number;
}

/** What training reports as it goes: features read so far, then losses in chunks. */
export type TrainProgress =
  | { kind: 'features'; done: number; total: number }
  | { kind: 'loss'; losses: number[]; accuracies: number[] };

export interface Trained {
  losses: number[];
  accuracies: number[];
  chosenScores: number[];
  rejectedScores: number[];
  /** Share of pairs ranked right by heads trained without them (4-fold cross-validation). */
  heldOutAccuracy: number;
}

let readout: QwenModel | null = null;
let head: RewardHead | null = null;
/** Features of every reply seen, by its ids (the pairs do not change between trainings). */
const cache = new Map<string, Float32Array>();

function features(ids: number[]): Float32Array {
  if (!readout) throw new Error('the reward model worker has no model yet');
  const key = ids.join(',');
  let f = cache.get(key);
  if (!f) {
    f = finalHiddenState(readout, ids);
    cache.set(key, f);
  }
  return f;
}

function train(msg: TrainRequest, onProgress: (p: TrainProgress) => void): Trained {
  const pairs = msg.chosen.length;
  if (!readout) throw new Error('the reward model worker has no model yet');
  const dim = readout.config.hidden_size;
  const chosen = new Float32Array(pairs * dim);
  const rejected = new Float32Array(pairs * dim);
  for (let p = 0; p < pairs; p++) {
    chosen.set(features(msg.chosen[p]), p * dim);
    rejected.set(features(msg.rejected[p]), p * dim);
    void onProgress({ kind: 'features', done: p + 1, total: pairs });
  }
  let losses: number[] = [];
  let accuracies: number[] = [];
  const every = Math.max(1, Math.round(msg.steps / 40));
  const res = trainRewardHead(
    { chosen, rejected, pairs, dim },
    {
      steps: msg.steps,
      lr: msg.lr,
      onStep: (step, loss, acc) => {
        losses.push(loss);
        accuracies.push(acc);
        if (step % every === 0) {
          void onProgress({ kind: 'loss', losses, accuracies });
          losses = [];
          accuracies = [];
        }
      },
    },
  );
  head = res.head;
  // Honest check: train on three quarters, rank the held-out quarter, four times.
  const FOLDS = 4;
  let right = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const keep = (p: number, held: boolean) => (p % FOLDS === fold) === held;
    const subset = (held: boolean) => {
      const idx = Array.from({ length: pairs }, (_, p) => p).filter((p) => keep(p, held));
      const c = new Float32Array(idx.length * dim);
      const r = new Float32Array(idx.length * dim);
      idx.forEach((p, k) => {
        c.set(chosen.subarray(p * dim, (p + 1) * dim), k * dim);
        r.set(rejected.subarray(p * dim, (p + 1) * dim), k * dim);
      });
      return { chosen: c, rejected: r, pairs: idx.length, dim };
    };
    const test = subset(true);
    if (test.pairs === 0) continue;
    const h = trainRewardHead(subset(false), { steps: msg.steps, lr: msg.lr }).head;
    right += rewardHeadLoss(null, h, test).accuracy * test.pairs;
  }
  const score = (src: Float32Array) =>
    Array.from({ length: pairs }, (_, p) => rewardScore(res.head, src, p * dim));
  return {
    losses: res.losses,
    accuracies: res.accuracies,
    chosenScores: score(chosen),
    rejectedScores: score(rejected),
    heldOutAccuracy: right / pairs,
  };
}

const api = {
  /** Reads replies with this model from now on (features and head are forgotten). */
  init(model: QwenModel): void {
    readout = hiddenStateReadout(model);
    cache.clear();
    head = null;
  },
  /** Trains the head on the pairs; `onProgress` is a comlink proxy of the panel. */
  train(req: TrainRequest, onProgress: (p: TrainProgress) => void): Trained {
    return train(req, onProgress);
  },
  /** The trained head's score of one reply (its ChatML ids). */
  score(ids: number[]): number {
    if (!head) throw new Error('train the reward head first');
    return rewardScore(head, features(ids));
  },
};
export type RewardApi = typeof api;
expose(api);
