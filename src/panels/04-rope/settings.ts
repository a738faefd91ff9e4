/**
 * The RoPE lab's settings: the URL state made consistent (settingsOf), and small helpers the
 * figures share.
 */
import { MAX_FACTOR, type ScalingMethod } from '../../kernels/reference/ropeScaling.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import { type Row } from '../../ui/Chart.tsx';
import { ropeSchema } from './meta.ts';

export type RopeState = StateOf<typeof ropeSchema>;

/** The state's values made consistent with each other (the URL schema clamps each one alone). */
export function settingsOf(s: RopeState) {
  const half = s.dim / 2;
  const len = Math.max(s.len, 16);
  const stretch = Math.max(1, len / s.train);
  // The kernels accept factors up to MAX_FACTOR; a 16-token L stretched to 262K would be 16384.
  const factor = Math.min(MAX_FACTOR, s.auto ? stretch : s.factor);
  return {
    base: s.base,
    headDim: s.dim,
    trainLength: s.train,
    targetLength: len,
    method: s.method as ScalingMethod,
    params: {
      factor,
      alpha: factor,
      betaFast: s.bfast,
      betaSlow: Math.min(s.bslow, s.bfast),
      lowFreqFactor: Math.min(s.lowf, s.highf),
      highFreqFactor: Math.max(s.lowf, s.highf),
    },
    position: Math.min(s.pos, len - 1),
    pair: Math.min(s.pair, half - 1),
    bf16Threshold: s.thr,
    // The entropy experiment runs in a worker (useEntropy): it alone can take a frame.
    entropy: false as const,
  };
}

export type Settings = ReturnType<typeof settingsOf>;

export function rows(n: number, f: (i: number) => Row): Row[] {
  const out: Row[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return out;
}

export function count(flags: Uint8Array): number {
  let c = 0;
  for (let i = 0; i < flags.length; i++) c += flags[i];
  return c;
}
