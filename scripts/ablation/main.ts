/**
 * `npm run ablation`: the report's long-context ablation (Table 3) on the tiny model, in Node,
 * with the same code the Long-context lab runs in its worker (src/kernels/labdata/ablation.ts for the
 * table, src/model/evaluate.ts for the loss).
 *
 * Evaluation text (--text-kind): `dialogues` (default) = data/corpus/sft.jsonl rendered as
 * ChatML in file order; `prose` = data/corpus/pretrain.txt paragraphs in file order. Either way
 * each document is followed by <|endoftext|> (the layout of the pretraining stream, which holds
 * both kinds), and the first --tokens tokens are scored in every column. The model has seen
 * both texts in training (the corpus has no long held-out text: the held-out set is short
 * questions), so the 1× column is a memorization level; what matters is how each row holds
 * that level as the sequences grow past L. The committed model ends with SFT, which fits the
 * dialogues and forgets much of the prose, hence dialogues by default.
 *
 *   npm run ablation -- [--model public/models/tiny-qwen/<version>]
 *                       [--text-kind dialogues|prose]
 *                       [--text file] [--tokens 2048] [--multiples 1,2,4,8]
 *                       [--windows 256,256,512,1024] [--json out.json]
 *
 * Deliberately left out: other evaluation texts and strided evaluation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ABLATION_METHODS,
  EVALUATION_TEXTS,
  REPORT_TABLE3,
  dialogueDocuments,
  evaluationStream,
  formatWindows,
  parseWindows,
  runAblation,
  splitDocuments,
  type AblationCell,
  type EvaluationText,
} from '../../src/kernels/labdata/ablation.ts';
import { BpeTokenizer, loadHfTokenizerJson } from '../../src/kernels/bpe/index.ts';
import { headDim, validateConfig, type QwenConfig } from '../../src/model/config.ts';
import { evaluateLoss } from '../../src/model/evaluate.ts';
import { pinForInference } from '../../src/model/forward.ts';
import type { QwenModel } from '../../src/model/params.ts';
import { readOnnxWeights } from '../../src/runtime/onnxWeights.ts';
import { TINY_MODEL_PATH } from '../../src/runtime/tinyModel.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The committed tiny model: public/<TINY_MODEL_PATH> (src/runtime/tinyModel.ts). */
export const DEFAULT_MODEL_DIR = join(root, 'public', TINY_MODEL_PATH);
export const TEXT_FILES: Record<EvaluationText, string> = {
  dialogues: join(root, 'data/corpus/sft.jsonl'),
  prose: join(root, 'data/corpus/pretrain.txt'),
};

/** A Hugging Face model folder read from disk: the TS model and its tokenizer. */
export function loadModelFolder(dir: string): {
  model: QwenModel;
  tokenizer: BpeTokenizer;
  endOfText: number;
} {
  const raw = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as QwenConfig & {
    eos_token_id: number | number[];
  };
  // config.json lists [<|im_end|>, <|endoftext|>] as eos; the model config keeps <|endoftext|>
  const config: QwenConfig = {
    ...raw,
    eos_token_id: Array.isArray(raw.eos_token_id) ? raw.bos_token_id : raw.eos_token_id,
  };
  validateConfig(config);
  const weights = readOnnxWeights(readFileSync(join(dir, 'onnx/model.onnx')), config);
  const tokenizer = new BpeTokenizer(
    loadHfTokenizerJson(JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8'))),
  );
  const eot = tokenizer.encode('<|endoftext|>', { allowedSpecial: 'all' });
  if (eot.length !== 1) throw new Error('tokenizer.json lacks <|endoftext|>');
  return { model: pinForInference({ config, weights }), tokenizer, endOfText: eot[0] };
}

export interface AblationRunOptions {
  modelDir?: string;
  /** Which text (default dialogues); `textPath` replaces its file. */
  textKind?: EvaluationText;
  textPath?: string;
  totalTokens?: number;
  multiples?: number[];
  /** Layer-wise windows; default L, L, 2L, 4L … doubling up the layers (our choice). */
  windows?: string;
  onProgress?: (done: number, total: number) => void;
}

/** Our choice of layer-wise windows (the report gives none): L for the lower half, doubling above. */
export function defaultWindows(layers: number, trainLength: number): number[] {
  const half = Math.floor(layers / 2);
  return Array.from({ length: layers }, (_, l) =>
    l < half ? trainLength : trainLength * 2 ** (l - half + 1),
  );
}

/** Reads the model and the text and runs the table. */
export function runAblationFromFiles(o: AblationRunOptions = {}): {
  cells: AblationCell[];
  trainLength: number;
  totalTokens: number;
  textKind: EvaluationText;
  windows: number[];
  streamTokens: number;
  seconds: number;
} {
  const started = performance.now();
  const { model, tokenizer, endOfText } = loadModelFolder(o.modelDir ?? DEFAULT_MODEL_DIR);
  const c = model.config;
  const L = c.max_position_embeddings;
  const kind = o.textKind ?? 'dialogues';
  if (!EVALUATION_TEXTS.includes(kind)) {
    throw new Error(`--text-kind must be one of ${EVALUATION_TEXTS.join(', ')}, got ${kind}`);
  }
  const raw = readFileSync(o.textPath ?? TEXT_FILES[kind], 'utf8');
  const docs = (kind === 'dialogues' ? dialogueDocuments(raw) : splitDocuments(raw)).map((d) =>
    tokenizer.encode(d, { allowedSpecial: 'all' }),
  );
  const stream = evaluationStream(docs, endOfText);
  const multiples = o.multiples ?? [1, 2, 4, 8];
  const windows = o.windows
    ? parseWindows(o.windows, c.num_hidden_layers)
    : defaultWindows(c.num_hidden_layers, L);
  const totalTokens = o.totalTokens ?? L * multiples.reduce((a, b) => Math.max(a, b), 0);
  const cells = runAblation(
    {
      stream,
      multiples,
      totalTokens,
      trainLength: L,
      headDim: headDim(c),
      base: c.rope_theta,
      windows,
    },
    (ids, opts) => {
      const r = evaluateLoss(model, ids, { ...opts, chunkSize: L });
      return { meanLoss: r.meanLoss, predictions: ids.length - 1 };
    },
    o.onProgress,
  );
  return {
    cells,
    trainLength: L,
    totalTokens,
    textKind: kind,
    windows,
    streamTokens: stream.length,
    seconds: (performance.now() - started) / 1000,
  };
}

const ROW_NAMES: Record<string, string> = {
  plain: 'plain RoPE',
  ntk: '+ dynamic NTK',
  'ntk-logn': '+ dynamic NTK + LogN',
  'ntk-logn-window': '+ dynamic NTK + LogN + window',
};

/** Markdown table of perplexities (rows = methods, columns = lengths). */
export function formatTable(cells: AblationCell[]): string {
  const lengths = [...new Set(cells.map((c) => c.length))];
  const head = `| tiny model | ${lengths.map((n) => `${n} (${n / lengths[0]}×)`).join(' | ')} |`;
  const lines = [head, `|---|${lengths.map(() => '---:').join('|')}|`];
  for (const m of ABLATION_METHODS) {
    const row = cells.filter((c) => c.method === m);
    if (row.length === 0) continue;
    lines.push(`| ${ROW_NAMES[m]} | ${row.map((c) => c.perplexity.toFixed(2)).join(' | ')} |`);
  }
  return lines.join('\n');
}

function reportTable(): string {
  const r = REPORT_TABLE3;
  const lines = [
    `| report, Qwen-7B (L = ${r.trainLength}) | ${r.lengths.join(' | ')} |`,
    `|---|${r.lengths.map(() => '---:').join('|')}|`,
  ];
  for (const m of ABLATION_METHODS) lines.push(`| ${ROW_NAMES[m]} | ${r.rows[m].join(' | ')} |`);
  return lines.join('\n');
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tokens = arg('tokens');
  const multiples = arg('multiples');
  const r = runAblationFromFiles({
    modelDir: arg('model'),
    textKind: arg('text-kind') as EvaluationText | undefined,
    textPath: arg('text'),
    totalTokens: tokens ? Number(tokens) : undefined,
    multiples: multiples ? multiples.split(',').map(Number) : undefined,
    windows: arg('windows'),
    onProgress: (d, t) => {
      if (process.stderr.isTTY) process.stderr.write(`\rsequences ${d}/${t}`);
      else if (d === t) process.stderr.write(`${t} sequences evaluated\n`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  console.log(
    `Perplexity over the first ${r.totalTokens} tokens of the ${r.textKind} ` +
      `(${r.textKind === 'dialogues' ? 'data/corpus/sft.jsonl as ChatML' : 'data/corpus/pretrain.txt'}) in every ` +
      `column (stream of ${r.streamTokens} tokens); ` +
      `training length L = ${r.trainLength}; windows per layer ${formatWindows(r.windows)} ` +
      `(our choice); ${r.seconds.toFixed(1)} s\n`,
  );
  console.log(formatTable(r.cells));
  console.log('\nThe report’s Table 3 (arXiv perplexity, Qwen-7B), for comparison:\n');
  console.log(reportTable());
  const json = arg('json');
  if (json) writeFileSync(json, JSON.stringify(r, null, 2) + '\n');
}
