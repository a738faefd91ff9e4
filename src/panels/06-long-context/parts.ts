/** Props every part of the lab receives, and the tiny model's sizes before it is loaded. */
import { TINY_ATTENTION_SIZES, TINY_SIZES } from '../../model/tiny.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import type { longContextSchema } from './meta.ts';
import type { LcWorker } from './useLcWorker.ts';
import type { TinyModel } from '../../runtime/tinyModel.ts';

export type LcState = StateOf<typeof longContextSchema>;
/** A part gets only the fields it reads (K), so another part's slider does not re-render it. */
export interface PartProps<K extends keyof LcState = keyof LcState> {
  state: Pick<LcState, K>;
  setState: (p: Partial<LcState>) => void;
}
export interface WorkerPartProps<K extends keyof LcState = keyof LcState> extends PartProps<K> {
  worker: (tiny: TinyModel) => Promise<LcWorker>;
  /** Starts a fresh worker (Retry after an error). */
  restartWorker: () => void;
}

/** The tiny model's sizes (src/model/tiny.ts), used until its config.json is loaded. */
export const TINY_DESIGN = TINY_ATTENTION_SIZES;
export const TINY_TRAIN_LENGTH = TINY_SIZES.context;

/** Token source for the timing runs (the content does not change the time; it is not shown). */
export const TIMING_TEXT =
  'The KV cache keeps the keys and values of earlier tokens, so each new token costs O(n·d). ' +
  'KV 缓存保存之前词元的键和值，每生成一个新词元只需 O(n·d) 的计算。';
