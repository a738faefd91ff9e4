/**
 * Central finite differences, the check every backward pass in the project is held to:
 *   ∂L/∂xᵢ ≈ (L(x + h·eᵢ) − L(x − h·eᵢ)) / 2h      (error O(h²) plus rounding ≈ ε·|L|/h)
 * `loss` reads `param` in place; each entry is restored after its two evaluations.
 *
 *   numericGrad(Float64Array.of(3), () => x[0] ** 2, 1e-6) → [6.000000…]
 */
type FloatArray = Float32Array | Float64Array;

/** ∂loss/∂param for every entry (or only `indices`, in that order). */
export function numericGrad(
  param: FloatArray,
  loss: () => number,
  h: number,
  indices?: readonly number[],
): Float64Array {
  const at = indices ?? Array.from({ length: param.length }, (_, i) => i);
  const out = new Float64Array(at.length);
  at.forEach((i, j) => {
    const o = param[i];
    param[i] = o + h;
    const lp = loss();
    param[i] = o - h;
    const lm = loss();
    param[i] = o;
    out[j] = (lp - lm) / (2 * h);
  });
  return out;
}

/** f′(x) of a scalar function. */
export const centralDiff = (f: (x: number) => number, x: number, h = 1e-6): number =>
  (f(x + h) - f(x - h)) / (2 * h);
