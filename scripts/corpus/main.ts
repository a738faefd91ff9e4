/**
 * `npm run corpus`: writes the teaching corpus to data/corpus/ (pretrain.txt, sft.jsonl,
 * heldout.jsonl, and sft-head.jsonl: the first dialogues, which the Long-context lab ships),
 * deterministically from a seed.
 *
 *   npx tsx scripts/corpus/main.ts [--seed 1] [--out data/corpus]
 *
 * Deliberately left out: tokenization (the training script trains the tokenizer).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, validateTopics, type Corpus } from '../../src/corpus/build.ts';
import { LAB_DIALOGUES } from '../../src/kernels/labdata/ablation.ts';

export const DEFAULT_SEED = 1;

/** Writes the corpus files into `dir` and returns their paths. */
export function writeCorpus(
  corpus: Corpus,
  dir: string,
): { pretrain: string; sft: string; sftHead: string; heldout: string } {
  mkdirSync(dir, { recursive: true });
  const paths = {
    pretrain: join(dir, 'pretrain.txt'),
    sft: join(dir, 'sft.jsonl'),
    sftHead: join(dir, 'sft-head.jsonl'),
    heldout: join(dir, 'heldout.jsonl'),
  };
  // Documents are separated by one blank line; no paragraph contains a blank line itself.
  writeFileSync(paths.pretrain, corpus.pretrain.join('\n\n') + '\n');
  const jsonl = (ds: Corpus['sft']) => ds.map((d) => JSON.stringify(d)).join('\n') + '\n';
  writeFileSync(paths.sft, jsonl(corpus.sft));
  writeFileSync(paths.sftHead, jsonl(corpus.sft.slice(0, LAB_DIALOGUES)));
  writeFileSync(paths.heldout, corpus.heldout.map((h) => JSON.stringify(h)).join('\n') + '\n');
  return paths;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seed = Number(arg('seed', String(DEFAULT_SEED)));
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${arg('seed', '')}`);
  validateTopics();
  const corpus = buildCorpus(seed);
  const paths = writeCorpus(corpus, arg('out', 'data/corpus'));
  console.log(
    `corpus (seed ${seed}): ${corpus.pretrain.length} prose paragraphs → ${paths.pretrain}, ` +
      `${corpus.sft.length} dialogues → ${paths.sft}, ${corpus.heldout.length} held-out questions → ${paths.heldout}`,
  );
}
