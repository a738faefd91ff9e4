/**
 * A toy residual stack with random weights, to see why Pre-Norm (Qwen, report §2.3) trains more
 * stably than the original Post-Norm Transformer. Each of the `depth` blocks has one ReLU MLP
 * branch f(h) = W2 · relu(W1 · h), and the normalization (RMSNorm, gain 1) sits either
 *   Pre-Norm:   x_{l+1} = x_l + f(RMSNorm(x_l)),   output y = RMSNorm(x_L)
 *   Post-Norm:  x_{l+1} = RMSNorm(x_l + f(x_l)),   output y = x_L
 * The loss is L = Σ y ⊙ r / batch for a fixed random r, so dL/dy = r / batch. One forward and
 * one backward pass give, per depth, the RMS of the residual stream, the norm of the gradient
 * flowing into it, and the norm of each block's weight gradient.
 *
 * What it shows: Pre-Norm keeps an identity path from the loss to every layer (the gradient of
 * x_l is the gradient of x_{l+1} plus a branch term), so lower layers receive as much gradient
 * as upper ones; the residual stream grows about like √l. Post-Norm passes every gradient through
 * each RMSNorm's Jacobian and the stream stays at RMS 1, so blocks near the output get larger
 * weight gradients than blocks near the input (Xiong et al. 2020, "On Layer Normalization in the
 * Transformer Architecture").
 *
 * Deliberately left out: attention, training steps, learnable gains, and biases.
 *
 *   normStackRun('pre', initNormStack({ depth: 2, width: 4, seed: 1 })).activationRms
 *   → 3 values: RMS of x₀ (≈ 1), x₁, x₂ (growing)
 */
import { createRng } from '../reference/random.ts';
import { matmulBackwardInput, matmulBackwardWeight, matmulForward } from '../engine/matmul.ts';
import { rmsnormBackward, rmsnormForward } from '../reference/norm.ts';

export type NormPlacement = 'pre' | 'post';

export interface NormStackOptions {
  depth: number;
  /** Width C of the residual stream. */
  width: number;
  /** Hidden size of each MLP branch (default 2·width). */
  hidden?: number;
  /** Independent input vectors (default 8). */
  batch?: number;
  seed: number;
  /** Multiplies W2's init; 1 makes a branch's output about as large as its input. */
  branchGain?: number;
  eps?: number;
}

/** Weights and inputs. W1[l]: (hidden, width), W2[l]: (width, hidden), x0, r: (batch, width). */
export interface NormStack {
  depth: number;
  width: number;
  hidden: number;
  batch: number;
  eps: number;
  seed: number;
  W1: Float64Array[];
  W2: Float64Array[];
  x0: Float64Array;
  r: Float64Array;
}

export const NORM_STACK_LIMITS = { maxDepth: 256, maxWidth: 512, maxBatch: 64 } as const;

/**
 * Seeded weights: W1 ~ N(0, 2/width) (He init, keeps ReLU activations at the input's scale),
 * W2 ~ N(0, branchGain²/hidden); x0 and r ~ N(0, 1). The same seed gives the same stack for
 * both placements, so the two are compared on identical weights.
 */
export function initNormStack(o: NormStackOptions): NormStack {
  const hidden = o.hidden ?? 2 * o.width;
  const batch = o.batch ?? 8;
  const eps = o.eps ?? 1e-6;
  const gain = o.branchGain ?? 1;
  const L = NORM_STACK_LIMITS;
  if (!Number.isInteger(o.depth) || o.depth < 1 || o.depth > L.maxDepth)
    throw new Error(`normStack: depth must be an integer in [1, ${L.maxDepth}], got ${o.depth}`);
  if (!Number.isInteger(o.width) || o.width < 2 || o.width > L.maxWidth)
    throw new Error(`normStack: width must be an integer in [2, ${L.maxWidth}], got ${o.width}`);
  if (!Number.isInteger(hidden) || hidden < 1 || hidden > 4 * L.maxWidth)
    throw new Error(`normStack: hidden must be a positive integer, got ${hidden}`);
  if (!Number.isInteger(batch) || batch < 1 || batch > L.maxBatch)
    throw new Error(`normStack: batch must be an integer in [1, ${L.maxBatch}], got ${batch}`);
  if (!(gain >= 0) || !Number.isFinite(gain))
    throw new Error(`normStack: branchGain must be ≥ 0, got ${gain}`);
  if (!(eps >= 0)) throw new Error(`normStack: eps must be ≥ 0, got ${eps}`);
  const rng = createRng(o.seed);
  const normal = (n: number, std: number) => {
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) a[i] = rng.normal() * std;
    return a;
  };
  const W1: Float64Array[] = [];
  const W2: Float64Array[] = [];
  for (let l = 0; l < o.depth; l++) {
    W1.push(normal(hidden * o.width, Math.sqrt(2 / o.width)));
    W2.push(normal(o.width * hidden, gain / Math.sqrt(hidden)));
  }
  const x0 = normal(batch * o.width, 1);
  const r = normal(batch * o.width, 1);
  return { depth: o.depth, width: o.width, hidden, batch, eps, seed: o.seed, W1, W2, x0, r };
}

export interface NormStackResult {
  placement: NormPlacement;
  loss: number;
  /** (depth + 1): RMS over all entries of x_l, l = 0 … depth. */
  activationRms: Float64Array;
  /** (depth + 1): ‖dL/dx_l‖ (Frobenius over the batch). */
  gradNorm: Float64Array;
  /** (depth): ‖dL/dW1_l‖² + ‖dL/dW2_l‖², square-rooted. */
  paramGradNorm: Float64Array;
  /**
   * (depth + 1): how far RMSNorm(x_l) moves when every weight is multiplied by (1 + δ·n),
   * n ~ N(0, 1), δ = SENSITIVITY_DELTA — RMS of the change divided by δ. Large values mean a
   * small update to the weights moves the model's internals a lot (Liu et al. 2020).
   */
  sensitivity: Float64Array;
  /** dL/dx0: (batch, width); dW1, dW2 per layer (for gradient checks). */
  dx0: Float64Array;
  dW1: Float64Array[];
  dW2: Float64Array[];
}

function rmsOf(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s / a.length);
}
function normOf(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s);
}

interface Saved {
  xs: Float64Array[];
  hs: Float64Array[];
  as: Float64Array[];
  zs: Float64Array[];
  rmss: Float64Array[];
  sums: Float64Array[];
}

/** Forward through the blocks with weights W1, W2, keeping what the backward pass needs. */
function forwardBlocks(
  pre: boolean,
  s: NormStack,
  W1: Float64Array[],
  W2: Float64Array[],
  ones: Float64Array,
): Saved {
  const { depth: N, width: C, hidden: F, batch: B, eps } = s;
  // Per layer: the branch input h, ReLU input a, ReLU output z, the RMS of the normalized rows,
  // and (Post-Norm) the sum x + f that was normalized.
  const saved: Saved = { xs: [s.x0.slice()], hs: [], as: [], zs: [], rmss: [], sums: [] };
  const f = new Float64Array(B * C);
  for (let l = 0; l < N; l++) {
    const x = saved.xs[l];
    const rms = new Float64Array(B);
    let h = x;
    if (pre) {
      h = new Float64Array(B * C);
      rmsnormForward(h, rms, x, ones, B, C, eps);
    }
    const a = new Float64Array(B * F);
    matmulForward(a, h, W1[l], null, B, F, C);
    const z = a.map((v) => (v > 0 ? v : 0));
    matmulForward(f, z, W2[l], null, B, C, F);
    const next = new Float64Array(B * C);
    if (pre) {
      for (let i = 0; i < B * C; i++) next[i] = x[i] + f[i];
    } else {
      const sum = new Float64Array(B * C);
      for (let i = 0; i < B * C; i++) sum[i] = x[i] + f[i];
      rmsnormForward(next, rms, sum, ones, B, C, eps);
      saved.sums.push(sum);
    }
    saved.hs.push(h);
    saved.as.push(a);
    saved.zs.push(z);
    saved.rmss.push(rms);
    saved.xs.push(next);
  }
  return saved;
}

/** Relative weight noise used by `sensitivity` (1%). */
export const SENSITIVITY_DELTA = 0.01;

/** One forward and backward pass of the stack with the normalization at `placement`. */
export function normStackRun(placement: NormPlacement, s: NormStack): NormStackResult {
  if (placement !== 'pre' && placement !== 'post')
    throw new Error(`normStack: placement must be 'pre' or 'post', got ${String(placement)}`);
  const { depth: N, width: C, hidden: F, batch: B, eps } = s;
  const ones = new Float64Array(C).fill(1);
  const pre = placement === 'pre';
  const { xs, hs, as, zs, rmss, sums } = forwardBlocks(pre, s, s.W1, s.W2, ones);

  // Output and loss.
  const xN = xs[N];
  let y = xN;
  const finalRms = new Float64Array(B);
  if (pre) {
    y = new Float64Array(B * C);
    rmsnormForward(y, finalRms, xN, ones, B, C, eps);
  }
  let loss = 0;
  for (let i = 0; i < B * C; i++) loss += y[i] * s.r[i];
  loss /= B;

  // Backward.
  const dy = s.r.map((v) => v / B);
  const scratchW = new Float64Array(C);
  let dx = new Float64Array(B * C);
  if (pre) rmsnormBackward(dx, scratchW, dy, xN, ones, finalRms, B, C);
  else dx.set(dy);
  const gradNorm = new Float64Array(N + 1);
  gradNorm[N] = normOf(dx);
  const dW1: Float64Array[] = new Array<Float64Array>(N);
  const dW2: Float64Array[] = new Array<Float64Array>(N);
  const paramGradNorm = new Float64Array(N);
  const dz = new Float64Array(B * F);
  const dh = new Float64Array(B * C);
  for (let l = N - 1; l >= 0; l--) {
    // df: gradient at the branch output. Pre-Norm: dx itself. Post-Norm: through RMSNorm first.
    let df = dx;
    if (!pre) {
      df = new Float64Array(B * C);
      rmsnormBackward(df, scratchW, dx, sums[l], ones, rmss[l], B, C);
    }
    const gW2 = new Float64Array(C * F);
    matmulBackwardWeight(gW2, df, zs[l], B, C, F);
    matmulBackwardInput(dz, df, s.W2[l], B, C, F);
    const a = as[l];
    for (let i = 0; i < B * F; i++) if (!(a[i] > 0)) dz[i] = 0;
    const gW1 = new Float64Array(F * C);
    matmulBackwardWeight(gW1, dz, hs[l], B, F, C);
    matmulBackwardInput(dh, dz, s.W1[l], B, F, C);
    // dx_l = (identity path) + (branch path)
    const prev = df.slice();
    if (pre) rmsnormBackward(prev, scratchW, dh, xs[l], ones, rmss[l], B, C, true);
    else for (let i = 0; i < B * C; i++) prev[i] += dh[i];
    dx = prev;
    dW1[l] = gW1;
    dW2[l] = gW2;
    paramGradNorm[l] = Math.hypot(normOf(gW1), normOf(gW2));
    gradNorm[l] = normOf(dx);
  }

  const activationRms = new Float64Array(N + 1);
  for (let l = 0; l <= N; l++) activationRms[l] = rmsOf(xs[l]);
  const sensitivity = sensitivityOf(pre, s, xs, ones);
  return {
    placement,
    loss,
    activationRms,
    gradNorm,
    paramGradNorm,
    sensitivity,
    dx0: dx,
    dW1,
    dW2,
  };
}

/** Runs the blocks again with seeded relative weight noise and compares RMSNorm(x_l) per depth. */
function sensitivityOf(
  pre: boolean,
  s: NormStack,
  xs: Float64Array[],
  ones: Float64Array,
): Float64Array {
  const { depth: N, width: C, batch: B, eps } = s;
  const rng = createRng((s.seed ^ 0x5bd1e995) >>> 0);
  const jitter = (w: Float64Array) => w.map((v) => v * (1 + SENSITIVITY_DELTA * rng.normal()));
  const W1 = s.W1.map(jitter);
  const W2 = s.W2.map(jitter);
  const moved = forwardBlocks(pre, s, W1, W2, ones).xs;
  const out = new Float64Array(N + 1);
  const a = new Float64Array(B * C);
  const b = new Float64Array(B * C);
  const rms = new Float64Array(B);
  for (let l = 0; l <= N; l++) {
    rmsnormForward(a, rms, xs[l], ones, B, C, eps);
    rmsnormForward(b, rms, moved[l], ones, B, C, eps);
    let d = 0;
    for (let i = 0; i < B * C; i++) d += (a[i] - b[i]) ** 2;
    out[l] = Math.sqrt(d / (B * C)) / SENSITIVITY_DELTA;
  }
  return out;
}

/** Both placements on the same seeded stack. */
export function compareNormPlacements(o: NormStackOptions): {
  pre: NormStackResult;
  post: NormStackResult;
} {
  const s = initNormStack(o);
  return { pre: normStackRun('pre', s), post: normStackRun('post', s) };
}
