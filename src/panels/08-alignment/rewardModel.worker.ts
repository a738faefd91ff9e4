/**
 * Web worker of the reward-model demo: runs the tiny model's forward to get the end-token
 * hidden state of every reply, trains the scalar head (src/kernels/reference/rewardHead.ts) on the
 * preference pairs, and scores new replies. Posts the loss as it trains.
 *
 * Messages in:  { type: 'init', model } · { type: 'train', chosen, rejected, steps, lr }
 *               { type: 'score', id, ids }
 * Messages out: { type: 'features', done, total } · { type: 'progress', losses, accuracies }
 *               { type: 'trained', losses, accuracies, chosenScores, rejectedScores }
 *               { type: 'score', id, score } · { type: 'error', message }
 */
import type { QwenModel } from '../../model/params.ts';
import {
  rewardHeadLoss,
  rewardScore,
  trainRewardHead,
  type RewardHead,
} from '../../kernels/reference/rewardHead.ts';
import { finalHiddenState, hiddenStateReadout } from './hiddenState.ts';

export type WorkerIn =
  | { type: 'init'; model: QwenModel }
  | { type: 'train'; chosen: number[][]; rejected: number[][]; steps: number; lr: number }
  | { type: 'score'; id: number; ids: number[] };

export type WorkerOut =
  | { type: 'features'; done: number; total: number }
  | { type: 'progress'; losses: number[]; accuracies: number[] }
  | {
      type: 'trained';
      losses: number[];
      accuracies: number[];
      chosenScores: number[];
      rejectedScores: number[];
      /** Share of pairs ranked right by heads trained without them (4-fold cross-validation). */
      heldOutAccuracy: number;
    }
  | { type: 'score'; id: number; score: number }
  | { type: 'error'; message: string };

let readout: QwenModel | null = null;
let head: RewardHead | null = null;
/** Features of every reply seen, by its ids (the pairs do not change between trainings). */
const cache = new Map<string, Float32Array>();

const post = (m: WorkerOut) => self.postMessage(m);

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

function train(msg: Extract<WorkerIn, { type: 'train' }>): void {
  const pairs = msg.chosen.length;
  if (!readout) throw new Error('the reward model worker has no model yet');
  const dim = readout.config.hidden_size;
  const chosen = new Float32Array(pairs * dim);
  const rejected = new Float32Array(pairs * dim);
  for (let p = 0; p < pairs; p++) {
    chosen.set(features(msg.chosen[p]), p * dim);
    rejected.set(features(msg.rejected[p]), p * dim);
    post({ type: 'features', done: p + 1, total: pairs });
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
          post({ type: 'progress', losses, accuracies });
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
  post({
    type: 'trained',
    losses: res.losses,
    accuracies: res.accuracies,
    chosenScores: score(chosen),
    rejectedScores: score(rejected),
    heldOutAccuracy: right / pairs,
  });
}

self.onmessage = (e: MessageEvent<WorkerIn>) => {
  const msg = e.data;
  try {
    if (msg.type === 'init') {
      readout = hiddenStateReadout(msg.model);
      cache.clear();
      head = null;
    } else if (msg.type === 'train') {
      train(msg);
    } else if (msg.type === 'score') {
      if (!head) throw new Error('train the reward head first');
      post({ type: 'score', id: msg.id, score: rewardScore(head, features(msg.ids)) });
    }
  } catch (err) {
    post({ type: 'error', message: (err as Error).message });
  }
};
