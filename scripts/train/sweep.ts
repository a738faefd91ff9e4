/**
 * `npm run sweep`: the evidence behind the tiny model's size. Trains a few sizes (width, depth,
 * context) on the same short schedule and seed, without exporting, and prints one table row per
 * size: parameters, size on disk, tokens/s, dialogues too long for the context, and the loss on
 * the assistant tokens of held-out questions and of training dialogues (greedy scoring of every
 * size would take longer than the training; the committed model's scores are in training.json).
 *
 *   npm run sweep                       # the README's sweep (the schedule below)
 *   npm run sweep -- --steps 60         # a quicker, rougher one
 *
 * Deliberately left out: learning-rate and batch search (the committed schedule's are used).
 */
import type { ModelSizes } from '../../src/model/tiny.ts';
import { runTraining, TINY_DEFAULTS } from './pipeline.ts';

const H128: ModelSizes = {
  hidden: 128,
  layers: 4,
  heads: 4,
  kvHeads: 2,
  intermediate: 352,
  context: 512,
};

/** The sizes compared, each written out (the committed size is TINY_SIZES in src/model/tiny.ts). */
export const SWEEP: { name: string; sizes: ModelSizes }[] = [
  { name: 'h128 L4 ctx512', sizes: H128 },
  { name: 'h128 L4 ctx256', sizes: { ...H128, context: 256 } },
  { name: 'h128 L6 ctx512', sizes: { ...H128, layers: 6 } },
  { name: 'h192 L4 ctx512', sizes: { ...H128, hidden: 192, intermediate: 512 } },
];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} needs a positive integer`);
  return v;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const steps = arg('steps', 400);
  const pretrain = Math.round(steps / 8);
  console.log(
    `| size | parameters | MB | tokens/s | dialogues too long | held-out loss | training-dialogue loss |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const { name, sizes } of SWEEP) {
    // The same number of tokens per step for every context: batch × context = 2048.
    const r = await runTraining({
      ...TINY_DEFAULTS,
      sizes,
      batch: Math.max(1, Math.round(2048 / sizes.context)),
      pretrainSteps: pretrain,
      sftSteps: steps - pretrain,
      warmupSteps: Math.min(TINY_DEFAULTS.warmupSteps, pretrain),
      outDir: null,
      checkpointDir: null,
      evalEvery: 0,
      progress: false,
      questionEval: false,
      command: `npm run sweep -- --steps ${steps}`,
    });
    console.log(
      `| ${name} | ${r.parameters.toLocaleString('en-US')} | ${((4 * r.parameters) / 2 ** 20).toFixed(1)} | ` +
        `${Math.round(r.tokensPerSecond)} | ${r.data.sftDropped} | ${r.final.heldoutLoss} | ${r.final.trainLoss} |`,
    );
  }
}
