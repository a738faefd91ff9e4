/**
 * Looking inside the tiny Qwen: the per-layer trace of a forward pass.
 *
 *   trace = traceForward(model, ids)      // one forward pass that keeps the residual stream,
 *                                         // every layer's queries and keys and the RMS
 *
 * The trace is how every lab reads the inside of the model: the Long-context lab asks it for
 * attention probabilities under its RoPE base, LogN and windows; the Norm & FFN lab for the
 * residual RMS and the gate activations. Each collection is opt-in (`collect`), so a caller
 * pays only for what it reads. What the Inspect view reads from a trace at one position (logit
 * lens, logit attribution, residual norms, attention rows) is in inspectPosition.ts.
 *
 * The stages are the residual stream after the embedding and after every attention block and
 * MLP block: 2·layers + 1 of them (stageRow reads one).
 *
 * Deliberately left out: keeping the MLP's inner activations beyond the gates (no lab reads them).
 */
import { forward, type ForwardOptions } from './forward.ts';
import { dims, type QwenModel } from './params.ts';

export interface Trace {
  T: number;
  /** The first position whose logits were computed (T − 1 with lastOnly). */
  logitsFrom: number;
  /** (T − logitsFrom, vocab): the model's logits from position logitsFrom on. */
  logits: Float32Array;
  /** (L+1, T): RMS of the residual entering each layer, then the final one (always kept). */
  residualRms: Float32Array;
  /** (T): sqrt(mean(x_final²) + eps), the final RMSNorm's divisor at each position. */
  finalRms: Float32Array;
  /** collect.residualStream — (2L+1, T, hidden): after the embedding and after every block. */
  stream?: Float32Array;
  /** collect.queriesKeys — per layer: (T, heads·head_dim) queries, (T, kv_heads·head_dim) keys, after RoPE. */
  queries?: Float32Array[];
  keys?: Float32Array[];
  /** collect.attentionProbs — per layer: (heads, T, T), row t of head h sums to 1. */
  attentionProbs?: Float32Array[];
  /** collect.gateActivations — per layer: (T, intermediate) silu(gate(x)). */
  gateActivations?: Float32Array[];
  /** True when attention was plain causal (no window, no LogN): rows can be recomputed from q, k. */
  plainAttention: boolean;
}

/** What a trace keeps besides the logits and the residual RMS; each one is opt-in. */
export interface TraceCollect {
  residualStream?: boolean;
  queriesKeys?: boolean;
  attentionProbs?: boolean;
  gateActivations?: boolean;
}

/** What the Inspect view reads: the stream (lens, attribution, norms) and queries and keys. */
export const INSPECT_COLLECT: TraceCollect = { residualStream: true, queriesKeys: true };

export interface TraceOptions extends Pick<
  ForwardOptions,
  'kernel' | 'logitsFrom' | 'lastOnly' | 'ropeBase' | 'lognTrainLength' | 'windows'
> {
  /** Default INSPECT_COLLECT. */
  collect?: TraceCollect;
}

/** A collected part of the trace, or a clear message naming the option that keeps it. */
export function kept<X>(x: X | undefined, what: keyof TraceCollect): X {
  if (x === undefined) throw new Error(`this trace did not collect ${what}`);
  return x;
}

/** Number of residual stages: embedding, then attention and MLP of each layer. */
export const stageCount = (layers: number): number => 2 * layers + 1;

/** The lm_head has no bias in this family of models: that is what makes attribution exact. */
export function checkNoHeadBias(model: QwenModel): void {
  if (model.weights['lm_head.bias']) {
    throw new Error('lm_head has a bias: direct logit attribution would not add up to the logit');
  }
}

/**
 * One forward pass over ids (from position 0) that keeps what `collect` asks for; logits
 * only from `logitsFrom` on (a reply's rows, not its prompt's) or for the last row
 * (`lastOnly`), the output head being the largest single product of a pass over a tiny model.
 * RoPE base, LogN and windows are the forward's own options.
 */
export function traceForward(
  model: QwenModel,
  ids: ArrayLike<number>,
  options: TraceOptions = {},
): Trace {
  checkNoHeadBias(model);
  const { L } = dims(model.config);
  const { collect = INSPECT_COLLECT, ...forwardOptions } = options;
  const r = forward(model, ids, null, {
    ...forwardOptions,
    collect: { ...collect, residualRms: true },
  });
  const T = ids.length;
  return {
    T,
    logitsFrom: options.lastOnly ? T - 1 : (options.logitsFrom ?? 0),
    logits: r.logits,
    residualRms: r.residualRms!,
    finalRms: r.residualRms!.slice(L * T, (L + 1) * T),
    stream: r.residualStream,
    queries: r.queries,
    keys: r.keys,
    attentionProbs: r.attentionProbs,
    gateActivations: r.gateActivations,
    plainAttention:
      !options.lognTrainLength && !(options.windows ?? []).some((w) => Number.isFinite(w)),
  };
}

/** (T, T) attention probabilities of layer l, head h: row t over keys 0…T−1. */
export function attentionMap(model: QwenModel, trace: Trace, l: number, h: number): Float32Array {
  const T = trace.T;
  const probs = kept(trace.attentionProbs, 'attentionProbs')[l];
  if (!probs || h < 0 || h >= model.config.num_attention_heads) {
    throw new Error(`layer ${l}, head ${h} is not in this model`);
  }
  return probs.subarray(h * T * T, (h + 1) * T * T);
}

/** (vocab) logits of position t; throws before logitsFrom (they were not computed). */
export function logitsRow(trace: Trace, t: number, V: number): Float32Array {
  const i = t - trace.logitsFrom;
  if (i < 0 || t >= trace.T) {
    throw new Error(`position ${t} has no logits in this trace (from ${trace.logitsFrom})`);
  }
  return trace.logits.subarray(i * V, (i + 1) * V);
}

/** (hidden) view of stage s at position t. */
export function stageRow(model: QwenModel, trace: Trace, s: number, t: number): Float32Array {
  const { C } = dims(model.config);
  const o = (s * trace.T + t) * C;
  return kept(trace.stream, 'residualStream').subarray(o, o + C);
}

/** Largest |a − b| over two equally long arrays. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} vs ${b.length}`);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
