/**
 * The report's long-context ablation (Qwen report §2.5–2.6, Table 3) as pure bookkeeping: which
 * inference options each row uses at each length, the evaluation text, layer-wise windows and
 * their masks, and the table itself. The model is injected as an `evaluate` callback, so this
 * file needs no model code (the Long-context lab's worker and `npm run ablation` pass
 * src/model/evaluate.ts).
 *
 * Rows (cumulative, as in Table 3):
 *   plain            RoPE as trained
 *   ntk              + Qwen's dynamic NTK: base' = base · α^(d/(d−2)), α from the true length
 *   ntk-logn         + LogN: query at position p scaled by log(p+1)/log(L) when p+1 > L
 *   ntk-logn-window  + layer-wise window attention (short windows low, long windows high)
 * Columns: lengths = multiples of the training length L. Every column scores the same tokens:
 * the first `totalTokens` tokens of the stream, cut into totalTokens / length sequences that
 * each start at position 0, so the columns differ only in how far each sequence reaches.
 *
 * Deliberately left out: strided (sliding) evaluation and any batching.
 *
 *   ablationOptions('ntk', 1024, { trainLength: 256, headDim: 32, base: 10000, windows })
 *   → { ropeBase: 10000 · 7^(32/30) } (α = 7 for 1024 = 4·256)
 */
import { firstVisibleKey } from '../reference/attention.ts';
import { renderChatML, type ChatMessage } from '../reference/chatml.ts';
import { ntkBase, qwenNtkAlpha } from '../reference/ropeScaling.ts';

export const ABLATION_METHODS = ['plain', 'ntk', 'ntk-logn', 'ntk-logn-window'] as const;
export type AblationMethod = (typeof ABLATION_METHODS)[number];

/**
 * The report's Table 3 (Qwen-7B, arXiv perplexity; training length 2,048), to show beside
 * ours, labelled as the report's numbers.
 */
export const REPORT_TABLE3 = {
  lengths: [1024, 2048, 4096, 8192, 16384],
  trainLength: 2048,
  rows: {
    plain: [4.23, 3.78, 39.35, 469.81, 2645.09],
    ntk: [4.23, 3.78, 3.59, 3.66, 5.71],
    'ntk-logn': [4.23, 3.78, 3.58, 3.56, 4.62],
    'ntk-logn-window': [4.23, 3.78, 3.58, 3.49, 4.32],
  } satisfies Record<AblationMethod, number[]>,
};

/** What the forward pass receives (the subset of src/model ForwardOptions this uses). */
export interface LongContextOptions {
  ropeBase?: number;
  lognTrainLength?: number;
  windows?: number[];
}

export interface AblationModel {
  trainLength: number;
  headDim: number;
  /** RoPE base the model was trained with. */
  base: number;
  /** One window per layer for the window row (Infinity = full attention). */
  windows: number[];
}

/** The forward options of one table cell: `method` at sequence length `length`. */
export function ablationOptions(
  method: AblationMethod,
  length: number,
  m: AblationModel,
): LongContextOptions {
  if (!ABLATION_METHODS.includes(method)) throw new Error(`unknown ablation row ${method}`);
  if (method === 'plain') return {};
  const alpha = qwenNtkAlpha(length, m.trainLength);
  const opts: LongContextOptions = {};
  if (alpha > 1) opts.ropeBase = ntkBase(m.base, m.headDim, alpha);
  if (method === 'ntk') return opts;
  if (length > m.trainLength) opts.lognTrainLength = m.trainLength;
  if (method === 'ntk-logn') return opts;
  if (m.windows.some((w) => w < length)) opts.windows = m.windows.slice();
  return opts;
}

/** A key that is equal for two cells exactly when their forward passes are identical. */
export function optionsKey(o: LongContextOptions): string {
  return JSON.stringify([o.ropeBase ?? null, o.lognTrainLength ?? null, o.windows ?? null]);
}

/**
 * Splits pretraining prose into documents: paragraphs separated by blank lines, trimmed,
 * empty ones dropped.   splitDocuments('a\n\nb\n') → ['a', 'b']
 */
export function splitDocuments(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((d) => d.trim())
    .filter((d) => d.length > 0);
}

/**
 * Dialogues the Long-context lab ships as its evaluation text: the first ones of
 * data/corpus/sft.jsonl, written by `npm run corpus` to data/corpus/sft-head.jsonl. They hold
 * far more than the 8·L tokens the lab's longest column scores (about 80,000 tokens against
 * 4,096 at L = 512), so the lab and `npm run ablation` score the same tokens while the page
 * loads a quarter of a megabyte instead of the whole file.
 */
export const LAB_DIALOGUES = 400;

/** The evaluation texts: the SFT dialogues (data/corpus/sft.jsonl) or the prose (pretrain.txt). */
export const EVALUATION_TEXTS = ['dialogues', 'prose'] as const;
export type EvaluationText = (typeof EVALUATION_TEXTS)[number];

/**
 * The dialogues of a JSON-lines file ({"messages": [{role, content}, …]} per line), each
 * rendered as ChatML, in file order — how the training pipeline writes them into its
 * pretraining documents. Throws with the line number on a bad line.
 *
 *   dialogueDocuments('{"messages":[{"role":"user","content":"Hi"}]}')
 *   → ['<|im_start|>user\nHi<|im_end|>\n']
 */
export function dialogueDocuments(jsonl: string): string[] {
  const out: string[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let messages: unknown;
    try {
      messages = (JSON.parse(line) as { messages?: unknown }).messages;
    } catch {
      throw new Error(`dialogues: line ${i + 1} is not valid JSON`);
    }
    if (!Array.isArray(messages)) throw new Error(`dialogues: line ${i + 1} has no messages`);
    out.push(renderChatML(messages as ChatMessage[]));
  });
  return out;
}

/**
 * The evaluation stream: documents in the given order, each followed by <|endoftext|> (the
 * layout of the pretraining stream).   evaluationStream([[1, 2], [3]], 0) → [1, 2, 0, 3, 0]
 */
export function evaluationStream(docs: ArrayLike<number>[], endOfText: number): Int32Array {
  let n = 0;
  for (const d of docs) n += d.length + 1;
  const out = new Int32Array(n);
  let at = 0;
  for (const d of docs) {
    for (let i = 0; i < d.length; i++) out[at + i] = d[i];
    out[at + d.length] = endOfText;
    at += d.length + 1;
  }
  return out;
}

/**
 * Layer-wise windows as text, one entry per layer: a whole number of keys, or "inf" / "∞" /
 * "full" for full attention. Missing entries repeat the last one; bad entries throw.
 *
 *   parseWindows('256,256,512,inf', 4) → [256, 256, 512, Infinity]
 */
export function parseWindows(text: string, layers: number, maxWindow = 1 << 20): number[] {
  if (!Number.isInteger(layers) || layers < 1) throw new Error(`layers must be ≥ 1, got ${layers}`);
  const parts = text
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) throw new Error('windows: give at least one window');
  const values = parts.map((p) => {
    if (/^(inf|∞|full)$/i.test(p)) return Infinity;
    const v = Number(p);
    if (!Number.isInteger(v) || v < 1 || v > maxWindow) {
      throw new Error(`windows: "${p}" is not a whole number in [1, ${maxWindow}] or "inf"`);
    }
    return v;
  });
  const out: number[] = [];
  for (let l = 0; l < layers; l++) out.push(values[Math.min(l, values.length - 1)]);
  return out;
}

/** The inverse of parseWindows.   formatWindows([256, Infinity]) → '256,inf' */
export function formatWindows(windows: number[]): string {
  return windows.map((w) => (w === Infinity ? 'inf' : String(w))).join(',');
}

/**
 * The causal window mask of one layer: mask[t·S + s] = 1 when query t (at position
 * pastLength + t) may see key s, i.e. p − window < s ≤ p. Same rule as attention.ts.
 * → (T, pastLength + T) row-major
 *
 *   windowMask(3, 0, 2) → [1,0,0, 1,1,0, 0,1,1]
 */
export function windowMask(T: number, pastLength: number, window: number): Uint8Array {
  if (!Number.isInteger(T) || T < 1 || !Number.isInteger(pastLength) || pastLength < 0) {
    throw new Error(`windowMask: bad sizes T=${T}, pastLength=${pastLength}`);
  }
  if (!(window >= 1)) throw new Error(`windowMask: window must be ≥ 1, got ${window}`);
  const S = pastLength + T;
  const mask = new Uint8Array(T * S);
  for (let t = 0; t < T; t++) {
    const s0 = firstVisibleKey(t, pastLength, window);
    mask.fill(1, t * S + s0, t * S + pastLength + t + 1);
  }
  return mask;
}

/** One cell of the table. */
export interface AblationCell {
  method: AblationMethod;
  /** Length as a multiple of the training length. */
  multiple: number;
  length: number;
  meanLoss: number;
  perplexity: number;
  /** Next-token predictions scored. */
  predictions: number;
  /** The cell's results came from an identical earlier cell (same forward options). */
  reused: boolean;
}

export interface AblationPlan extends AblationModel {
  /** The token stream (at least totalTokens long). */
  stream: ArrayLike<number>;
  multiples: number[];
  /** Tokens scored per column; a multiple of every length. */
  totalTokens: number;
  methods?: readonly AblationMethod[];
}

/** Scores one sequence from position 0: the summed loss and the number of predictions. */
export type Evaluate = (
  ids: Int32Array,
  options: LongContextOptions,
) => { meanLoss: number; predictions: number };

/**
 * Runs the table: for every method and length, the mean next-token loss over the
 * totalTokens / length sequences (weighted by predictions) and its perplexity. Cells whose
 * forward options equal an earlier cell's (e.g. every row at 1×) reuse its numbers.
 * `onProgress(done, total)` counts evaluated sequences.
 */
export function runAblation(
  plan: AblationPlan,
  evaluate: Evaluate,
  onProgress?: (done: number, total: number) => void,
): AblationCell[] {
  const methods = plan.methods ?? ABLATION_METHODS;
  const lengths = plan.multiples.map((k) => {
    const n = k * plan.trainLength;
    if (!Number.isInteger(n) || n < 2) throw new Error(`ablation: bad multiple ${k}`);
    if (plan.totalTokens % n !== 0) {
      throw new Error(`ablation: totalTokens ${plan.totalTokens} is not a multiple of ${n}`);
    }
    return n;
  });
  if (plan.stream.length < plan.totalTokens) {
    throw new Error(
      `ablation: the evaluation text has ${plan.stream.length} tokens, fewer than ${plan.totalTokens}`,
    );
  }
  const jobs = methods.flatMap((method) =>
    lengths.map((length, i) => ({
      method,
      length,
      multiple: plan.multiples[i],
      options: ablationOptions(method, length, plan),
    })),
  );
  const done = new Map<string, { meanLoss: number; predictions: number }>();
  const distinct = new Set(jobs.map((j) => `${j.length}|${optionsKey(j.options)}`));
  let total = 0;
  for (const key of distinct) total += plan.totalTokens / Number(key.split('|')[0]);
  let progress = 0;
  onProgress?.(0, total);
  return jobs.map((j) => {
    const key = `${j.length}|${optionsKey(j.options)}`;
    let r = done.get(key);
    const reused = r !== undefined;
    if (!r) {
      let sum = 0;
      let count = 0;
      for (let s = 0; s < plan.totalTokens; s += j.length) {
        const ids = Int32Array.from({ length: j.length }, (_, i) => plan.stream[s + i]);
        const e = evaluate(ids, j.options);
        sum += e.meanLoss * e.predictions;
        count += e.predictions;
        onProgress?.(++progress, total);
      }
      r = { meanLoss: sum / count, predictions: count };
      done.set(key, r);
    }
    return {
      method: j.method,
      multiple: j.multiple,
      length: j.length,
      meanLoss: r.meanLoss,
      perplexity: Math.exp(r.meanLoss),
      predictions: r.predictions,
      reused,
    };
  });
}

/**
 * A window mask shrunk for drawing: a (grid, grid) picture of a (T, T) causal window mask.
 * Row r stands for query t = ⌊(r + ½)·T/grid⌋; column c covers keys [⌊c·T/grid⌋, ⌊(c+1)·T/grid⌋)
 * and holds the fraction of them that query may see (so a thin band never vanishes).
 * → (grid, grid) row-major, values in [0, 1]
 *
 *   windowMaskGrid(4, 2, 4) → windowMask(4, 0, 2) as numbers
 */
export function windowMaskGrid(T: number, window: number, grid: number): Float32Array {
  if (!Number.isInteger(grid) || grid < 1 || grid > T) {
    throw new Error(`windowMaskGrid: grid must be an integer in [1, ${T}], got ${grid}`);
  }
  if (!(window >= 1)) throw new Error(`windowMaskGrid: window must be ≥ 1, got ${window}`);
  const out = new Float32Array(grid * grid);
  for (let r = 0; r < grid; r++) {
    const t = Math.floor(((r + 0.5) * T) / grid);
    const s0 = firstVisibleKey(t, 0, window);
    for (let c = 0; c < grid; c++) {
      const k0 = Math.floor((c * T) / grid);
      const k1 = Math.floor(((c + 1) * T) / grid);
      const seen = Math.max(0, Math.min(k1, t + 1) - Math.max(k0, s0));
      out[r * grid + c] = seen / (k1 - k0);
    }
  }
  return out;
}
