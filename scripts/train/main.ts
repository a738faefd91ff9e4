/**
 * `npm run train`: reproduces the committed tiny model from scratch with a fixed seed
 * (corpus → tokenizer → pretraining → SFT → evaluation → export to public/models/tiny-qwen/v3).
 *
 *   npm run train                                   # the committed run (defaults below)
 *   npm run train -- --pretrain-steps 20 --sft-steps 40 --out /tmp/tq --threads 1   # a micro run
 *   npm run train -- --resume                        # continue from checkpoints/tiny-qwen-v2
 *   npm run train -- --export-checkpoint             # export the latest checkpoint as it is
 *   npm run train -- --stop-after 1000               # run (or resume) 1000 steps, then export
 *
 * Flags: --seed --vocab --batch --pretrain-steps --sft-steps --lr --warmup --user-noise
 * --user-noise-share --user-noise-insert-share --user-noise-epochs --composed-offtopic --composed-social
 * --asides --isolate-dialogues --no-isolate-dialogues --average-decay --average-from --dropout --dropout-sites --threads --out
 * --checkpoints --checkpoint-every --eval-every --no-question-eval --resume --export-checkpoint --stop-after --version
 * --hidden --layers --heads --kv-heads --intermediate --context
 *
 * Deliberately left out: hyper-parameter search (the defaults are the committed run's).
 */
import { runTraining, TINY_DEFAULTS, type RunOptions } from './pipeline.ts';

function parseArgs(argv: string[]): RunOptions {
  const o: RunOptions = { ...TINY_DEFAULTS, sizes: { ...TINY_DEFAULTS.sizes } };
  o.command = ['npm run train', ...(argv.length ? ['--', ...argv] : [])].join(' ');
  const num = (flag: string, v: string | undefined): number => {
    const x = Number(v);
    if (v === undefined || !Number.isFinite(x)) throw new Error(`${flag} needs a number, got ${v}`);
    return x;
  };
  const int = (flag: string, v: string | undefined, min = 0): number => {
    const x = num(flag, v);
    if (!Number.isInteger(x) || x < min)
      throw new Error(`${flag} needs an integer ≥ ${min}, got ${v}`);
    return x;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const v = argv[i + 1];
    const take = () => i++;
    switch (flag) {
      case '--seed':
        o.seed = int(flag, v);
        take();
        break;
      case '--vocab':
        o.vocabSize = int(flag, v, 257);
        take();
        break;
      case '--batch':
        o.batch = int(flag, v, 1);
        take();
        break;
      case '--pretrain-steps':
        o.pretrainSteps = int(flag, v);
        take();
        break;
      case '--sft-steps':
        o.sftSteps = int(flag, v);
        take();
        break;
      case '--lr':
        o.maxLr = num(flag, v);
        take();
        break;
      case '--warmup':
        o.warmupSteps = int(flag, v);
        take();
        break;
      case '--user-noise':
        o.userNoise = { ...o.userNoise, rate: num(flag, v) };
        take();
        break;
      case '--user-noise-insert-share':
        o.userNoise = { ...o.userNoise, insertShare: num(flag, v) };
        take();
        break;
      case '--user-noise-epochs':
        o.userNoise = { ...o.userNoise, epochs: int(flag, v) };
        take();
        break;
      case '--user-noise-share':
        o.userNoise = { ...o.userNoise, share: num(flag, v) };
        take();
        break;
      case '--composed-offtopic':
        o.corpus = { ...o.corpus, composedOffTopic: int(flag, v) };
        take();
        break;
      case '--composed-social':
        o.corpus = { ...o.corpus, composedSocial: int(flag, v) };
        take();
        break;
      case '--asides':
        o.corpus = { ...o.corpus, asides: int(flag, v) };
        take();
        break;
      case '--average-decay':
        // 0 = no average (export the last step's weights)
        o.average = num(flag, v) === 0 ? null : { from: 0, ...o.average, decay: num(flag, v) };
        take();
        break;
      case '--average-from':
        o.average = { decay: 0.999, ...o.average, from: int(flag, v) };
        take();
        break;
      case '--dropout':
        // 0 = none
        o.dropout = num(flag, v);
        take();
        break;
      case '--dropout-sites':
        if (v !== 'all' && v !== 'ffn')
          throw new Error(`--dropout-sites must be all or ffn, got ${v}`);
        o.dropoutSites = v;
        take();
        break;
      case '--threads':
        o.threads = int(flag, v, 1);
        take();
        break;
      case '--out':
        o.outDir = v === 'none' ? null : (v ?? null);
        take();
        break;
      case '--checkpoints':
        o.checkpointDir = v === 'none' ? null : (v ?? null);
        take();
        break;
      case '--checkpoint-every':
        o.checkpointEvery = int(flag, v, 1);
        take();
        break;
      case '--eval-every':
        o.evalEvery = int(flag, v);
        take();
        break;
      case '--version':
        o.version = v ?? o.version;
        take();
        break;
      case '--hidden':
        o.sizes.hidden = int(flag, v, 2);
        take();
        break;
      case '--layers':
        o.sizes.layers = int(flag, v, 1);
        take();
        break;
      case '--heads':
        o.sizes.heads = int(flag, v, 1);
        take();
        break;
      case '--kv-heads':
        o.sizes.kvHeads = int(flag, v, 1);
        take();
        break;
      case '--intermediate':
        o.sizes.intermediate = int(flag, v, 1);
        take();
        break;
      case '--context':
        o.sizes.context = int(flag, v, 2);
        take();
        break;
      case '--no-question-eval':
        o.questionEval = false;
        break;
      case '--stop-after':
        o.stopAfterSteps = int(flag, v, 1);
        take();
        break;
      case '--export-checkpoint':
        o.exportCheckpoint = true;
        break;
      case '--resume':
        o.resume = true;
        break;
      case '--isolate-dialogues':
        o.isolateDialogues = true;
        break;
      case '--no-isolate-dialogues':
        o.isolateDialogues = false;
        break;
      case '--quiet':
        o.progress = false;
        break;
      default:
        throw new Error(
          `unknown flag ${flag} (see the comment at the top of scripts/train/main.ts)`,
        );
    }
  }
  if (o.pretrainSteps + o.sftSteps === 0)
    throw new Error('nothing to train: both step counts are 0');
  return o;
}

await runTraining(parseArgs(process.argv.slice(2)));
