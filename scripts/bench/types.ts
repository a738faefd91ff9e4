/**
 * One row of the `npm run bench` table. A benchmark file `scripts/bench/<name>.bench.ts`
 * exports `run(): Promise<BenchRow[]>`. Ratios compare against a peer measured in the same run.
 */
export interface BenchRow {
  /** Group heading, e.g. "BPE encode (Qwen vocab)". */
  group: string;
  /** What was measured, e.g. "ours, warm". */
  name: string;
  value: number;
  unit: string;
  /** The peer this row is compared against, e.g. "@huggingface/tokenizers, warm". */
  peer?: string;
  /** value / peer value, oriented so that > 1 means ours is better. */
  ratio?: number;
  /** The goal, e.g. "≥ 3×", and whether it was met. */
  goal?: string;
  met?: boolean;
  note?: string;
}
