/**
 * An exponential moving average of the weights over the end of training (Polyak averaging):
 * from step `from` on, after every optimizer step
 *
 *   avg ← decay · avg + (1 − decay) · weights        (avg starts as the weights at `from`)
 *
 * so the exported model is the mean of the last about 1 / (1 − decay) steps' weights instead of
 * the last step's, which wanders with the noise of its final batches.
 *
 *   const avg = new WeightAverage({ decay: 0.999, from: 3 }, 2);
 *   avg.after(3, [1, 1]); avg.after(4, [2, 0]);   avg.weights → [1.001, 0.999]
 *
 * Deliberately left out: bias correction (the average starts from real weights, not zeros).
 */

export interface WeightAverageSetting {
  /** Weight of the old average per step, in [0, 1). */
  decay: number;
  /** Step count at which averaging starts (the weights after that many steps). */
  from: number;
}

export class WeightAverage {
  readonly weights: Float32Array;

  constructor(
    readonly setting: WeightAverageSetting,
    size: number,
  ) {
    const { decay, from } = setting;
    if (!(decay >= 0 && decay < 1))
      throw new Error(`weight average decay must be in [0, 1), got ${decay}`);
    if (!(Number.isInteger(from) && from >= 0))
      throw new Error(`weight average start must be a whole step ≥ 0, got ${from}`);
    this.weights = new Float32Array(size);
  }

  /** Folds in the weights after `steps` optimizer steps (call it after every step). */
  after(steps: number, params: ArrayLike<number>): void {
    if (steps < this.setting.from) return;
    if (steps === this.setting.from) {
      this.weights.set(params);
      return;
    }
    const w = this.weights;
    const d = this.setting.decay;
    const c = 1 - d;
    for (let i = 0; i < w.length; i++) w[i] = d * w[i] + c * params[i];
  }

  /** Whether a run that ends after `steps` steps has started averaging. */
  covers(steps: number): boolean {
    return steps >= this.setting.from;
  }
}
