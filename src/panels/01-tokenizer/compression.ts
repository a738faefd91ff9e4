/**
 * Compression relative to a base vocabulary, as in the Qwen report's Figure 3: for each text,
 * the number of tokens a vocabulary needs divided by the number the base needs (base = 1;
 * below 1 means fewer tokens for the same text, i.e. better compression).
 *   relativeTokens({ cl100k: [100, 50], qwen: [80, 50] }, 'cl100k')
 *     → { cl100k: [1, 1], qwen: [0.8, 1] }
 * The report used XLM-R as the base and 1 million documents per language; the lab uses the
 * vocabularies it can ship and one short paragraph per language (src/data/languageSamples.ts).
 * Deliberately left out: token counting (the worker does it with the BPE kernel).
 */

export type Counts = Record<string, readonly number[]>;

export function relativeTokens(counts: Counts, base: string): Record<string, number[]> {
  const baseCounts = counts[base];
  if (baseCounts === undefined) throw new Error(`relativeTokens: no counts for the base '${base}'`);
  const out: Record<string, number[]> = {};
  for (const [name, row] of Object.entries(counts)) {
    if (row.length !== baseCounts.length)
      throw new Error(
        `relativeTokens: '${name}' has ${row.length} counts, the base ${baseCounts.length}`,
      );
    // subtle: an empty text has 0 tokens in every vocabulary; its ratio is undefined (NaN).
    out[name] = row.map((n, i) => (baseCounts[i] > 0 ? n / baseCounts[i] : NaN));
  }
  return out;
}

/** Mean of the finite values (NaN when there are none). */
export function meanFinite(values: readonly number[]): number {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n > 0 ? sum / n : NaN;
}
