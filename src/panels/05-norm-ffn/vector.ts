/**
 * The edited input vector of the RMSNorm/LayerNorm comparison lives in the URL as a compact comma
 * list ("1.2,-0.5,2"). Pure codec: anything unusable falls back to the default, values are
 * clamped to the editor's range and rounded to two decimals.
 *
 *   parseVector('1,abc,9') → { values: [1.2, -0.5, 2, 0.3, -1.4, 0.8], ok: false }
 *   parseVector('1,-9')    → { values: [1, -4], ok: true }
 */

export const VECTOR_LIMIT = 4;
export const MIN_LENGTH = 2;
export const MAX_LENGTH = 12;
export const DEFAULT_VECTOR = '1.2,-0.5,2,0.3,-1.4,0.8';

const round2 = (v: number) => Math.round(v * 100) / 100;

export function clampEntry(v: number): number {
  return round2(Math.min(VECTOR_LIMIT, Math.max(-VECTOR_LIMIT, v)));
}

export function parseVector(s: string): { values: number[]; ok: boolean } {
  const parts = s.split(',');
  const nums = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (
    parts.length < MIN_LENGTH ||
    parts.length > MAX_LENGTH ||
    nums.some((v) => !Number.isFinite(v))
  ) {
    return { values: DEFAULT_VECTOR.split(',').map(Number), ok: false };
  }
  return { values: nums.map(clampEntry), ok: true };
}

export function formatVector(values: readonly number[]): string {
  return values.map((v) => String(clampEntry(v))).join(',');
}
