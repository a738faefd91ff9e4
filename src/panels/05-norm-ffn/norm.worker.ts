/**
 * The lab's heavy work, off the main thread: the Pre-Norm/Post-Norm toy stack (up to 64 blocks,
 * forward + backward + a perturbed forward), and the tiny Qwen's per-layer trace
 * (src/model/inspect.ts: residual RMS per layer, silu(gate) activations) summarized for the charts.
 */
import { expose } from 'comlink';
import { extent, histogram, mean, shareNearZero } from '../../kernels/labdata/histogram.ts';
import { compareNormPlacements, type NormStackOptions } from '../../kernels/labdata/normStack.ts';
import { pinForInference } from '../../model/forward.ts';
import { traceForward } from '../../model/inspect.ts';
import { dims, layerTensors, type QwenModel } from '../../model/params.ts';
import { startKernelThreads } from '../../runtime/kernelThreads.ts';

export interface StackCurves {
  activationRms: Float64Array;
  gradNorm: Float64Array;
  paramGradNorm: Float64Array;
  sensitivity: Float64Array;
}

export interface ModelView {
  tokens: number;
  layers: number;
  hidden: number;
  intermediate: number;
  /** (layers + 1, T): RMS of the residual stream entering each layer, then after the last. */
  residualRms: Float32Array;
  /** (layers + 1): mean over tokens of residualRms. */
  residualRmsMean: number[];
  /** (2·layers + 1, hidden): input_layernorm, post_attention_layernorm per layer, then final norm. */
  gains: Float32Array;
  /** Per layer: mean and extent of each norm's gains. */
  gainStats: { input: number; post: number; inputMax: number; postMax: number }[];
  /** Per layer: histogram of silu(gate(x)) over all tokens and channels, shared bins. */
  gateHist: Uint32Array[];
  gateEdges: Float64Array;
  /** Per layer: share of |silu(gate(x))| ≤ near. */
  nearZero: number[];
  /** Per layer: mean of silu(gate(x)) and its largest value. */
  gateMean: number[];
  gateMax: number[];
}

let model: QwenModel | null = null;

const api = {
  stack(o: NormStackOptions): { pre: StackCurves; post: StackCurves } {
    const { pre, post } = compareNormPlacements(o);
    const pick = (r: typeof pre): StackCurves => ({
      activationRms: r.activationRms,
      gradNorm: r.gradNorm,
      paramGradNorm: r.paramGradNorm,
      sensitivity: r.sensitivity,
    });
    return { pre: pick(pre), post: pick(post) };
  },

  /** Loads the model (pinned for the SIMD kernels); resolves to the threads they run on. */
  async setModel(m: QwenModel): Promise<number> {
    const threads = await startKernelThreads();
    model = pinForInference(m);
    return threads;
  },

  inspect(ids: number[], near: number, bins = 40): ModelView {
    if (!model) throw new Error('the tiny model is not loaded in the worker yet');
    const { L, C, I } = dims(model.config);
    const trace = traceForward(model, ids, { collect: { gateActivations: true }, lastOnly: true });
    const T = ids.length;
    const rms = trace.residualRms;
    const residualRmsMean: number[] = [];
    for (let l = 0; l <= L; l++) residualRmsMean.push(mean(rms.subarray(l * T, (l + 1) * T)));

    const gains = new Float32Array((2 * L + 1) * C);
    const gainStats: ModelView['gainStats'] = [];
    for (let l = 0; l < L; l++) {
      const p = layerTensors(model.weights, l);
      gains.set(p.inputNorm, 2 * l * C);
      gains.set(p.postNorm, (2 * l + 1) * C);
      gainStats.push({
        input: mean(p.inputNorm),
        post: mean(p.postNorm),
        inputMax: extent(p.inputNorm).max,
        postMax: extent(p.postNorm).max,
      });
    }
    gains.set(model.weights['model.norm.weight'], 2 * L * C);

    const acts = trace.gateActivations!;
    let hi = 0;
    for (const a of acts) hi = Math.max(hi, extent(a).max);
    // silu's minimum is −0.2785 (at x ≈ −1.278): bins start just below it.
    const lo = -0.3;
    const top = Math.max(hi, 0.5);
    const gateHist = acts.map((a) => histogram(a, lo, top, bins).counts);
    return {
      tokens: T,
      layers: L,
      hidden: C,
      intermediate: I,
      residualRms: rms,
      residualRmsMean,
      gains,
      gainStats,
      gateHist,
      gateEdges: histogram([], lo, top, bins).edges,
      nearZero: acts.map((a) => shareNearZero(a, near)),
      gateMean: acts.map((a) => mean(a)),
      gateMax: acts.map((a) => extent(a).max),
    };
  },
};

export type NormWorkerApi = typeof api;
expose(api);
