/**
 * Banded products for causal attention (engine/attention.ts). Causal attention only needs the
 * scores of keys a query may see, so these products take, per block of 4 rows (or 4 columns), a
 * range of the shared or output index to visit. Everything is float64, and every size is a
 * multiple of 4 (callers pad with zeros), so there are no leftover paths. Each output is kept in
 * a 4×4 block of local variables, as in matmul.ts.
 *
 * Their reference is the attention definition itself: tests hold engine/attention.ts, which
 * runs on them, to reference/attention.ts `attentionReference`.
 */
/**
 * out[t, s] = a_t · b_s for s in [lo[t/4], hi[t/4]) (4-aligned), t in 4-row blocks.
 * a: (Tp, D), b: (Sp, D) → out: (Tp, Sp)
 */
export function bandedABt(
  out: Float64Array,
  a: Float64Array,
  b: Float64Array,
  Tp: number,
  Sp: number,
  D: number,
  lo: Int32Array,
  hi: Int32Array,
): void {
  for (let t = 0, blk = 0; t < Tp; t += 4, blk++) {
    const a0 = t * D;
    const a1 = a0 + D;
    const a2 = a1 + D;
    const a3 = a2 + D;
    for (let s = lo[blk]; s < hi[blk]; s += 4) {
      const b0 = s * D;
      const b1 = b0 + D;
      const b2 = b1 + D;
      const b3 = b2 + D;
      // prettier-ignore
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      // prettier-ignore
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let d = 0; d < D; d++) {
        const x0 = a[a0 + d];
        const x1 = a[a1 + d];
        const x2 = a[a2 + d];
        const x3 = a[a3 + d];
        const y0 = b[b0 + d];
        const y1 = b[b1 + d];
        const y2 = b[b2 + d];
        const y3 = b[b3 + d];
        c00 += x0 * y0;
        c01 += x0 * y1;
        c02 += x0 * y2;
        c03 += x0 * y3;
        c10 += x1 * y0;
        c11 += x1 * y1;
        c12 += x1 * y2;
        c13 += x1 * y3;
        c20 += x2 * y0;
        c21 += x2 * y1;
        c22 += x2 * y2;
        c23 += x2 * y3;
        c30 += x3 * y0;
        c31 += x3 * y1;
        c32 += x3 * y2;
        c33 += x3 * y3;
      }
      let o = t * Sp + s;
      out[o] = c00;
      out[o + 1] = c01;
      out[o + 2] = c02;
      out[o + 3] = c03;
      o += Sp;
      out[o] = c10;
      out[o + 1] = c11;
      out[o + 2] = c12;
      out[o + 3] = c13;
      o += Sp;
      out[o] = c20;
      out[o + 1] = c21;
      out[o + 2] = c22;
      out[o + 3] = c23;
      o += Sp;
      out[o] = c30;
      out[o + 1] = c31;
      out[o + 2] = c32;
      out[o + 3] = c33;
    }
  }
}

/**
 * out[t, :] = Σ_{s ∈ [lo[t/4], hi[t/4])} w[t, s] · x[s, :]   (e.g. attention output P·V)
 * w: (Tp, Sp), x: (Sp, D) → out: (Tp, D) written
 */
export function bandedAB(
  out: Float64Array,
  w: Float64Array,
  x: Float64Array,
  Tp: number,
  Sp: number,
  D: number,
  lo: Int32Array,
  hi: Int32Array,
): void {
  for (let t = 0, blk = 0; t < Tp; t += 4, blk++) {
    const w0 = t * Sp;
    const w1 = w0 + Sp;
    const w2 = w1 + Sp;
    const w3 = w2 + Sp;
    const s0 = lo[blk];
    const s1 = hi[blk];
    for (let d = 0; d < D; d += 4) {
      // prettier-ignore
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      // prettier-ignore
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let s = s0; s < s1; s++) {
        const p0 = w[w0 + s];
        const p1 = w[w1 + s];
        const p2 = w[w2 + s];
        const p3 = w[w3 + s];
        const xo = s * D + d;
        const y0 = x[xo];
        const y1 = x[xo + 1];
        const y2 = x[xo + 2];
        const y3 = x[xo + 3];
        c00 += p0 * y0;
        c01 += p0 * y1;
        c02 += p0 * y2;
        c03 += p0 * y3;
        c10 += p1 * y0;
        c11 += p1 * y1;
        c12 += p1 * y2;
        c13 += p1 * y3;
        c20 += p2 * y0;
        c21 += p2 * y1;
        c22 += p2 * y2;
        c23 += p2 * y3;
        c30 += p3 * y0;
        c31 += p3 * y1;
        c32 += p3 * y2;
        c33 += p3 * y3;
      }
      let o = t * D + d;
      out[o] = c00;
      out[o + 1] = c01;
      out[o + 2] = c02;
      out[o + 3] = c03;
      o += D;
      out[o] = c10;
      out[o + 1] = c11;
      out[o + 2] = c12;
      out[o + 3] = c13;
      o += D;
      out[o] = c20;
      out[o + 1] = c21;
      out[o + 2] = c22;
      out[o + 3] = c23;
      o += D;
      out[o] = c30;
      out[o + 1] = c31;
      out[o + 2] = c32;
      out[o + 3] = c33;
    }
  }
}

/**
 * out[s, :] += Σ_{t ∈ [lo[s/4], Tp)} w[t, s] · x[t, :]   (e.g. dV = Pᵀ·dO, dK = dSᵀ·Q)
 * w: (Tp, Sp), x: (Tp, D) → out: (Sp, D) accumulated, for the first `blocks` 4-column blocks
 */
export function bandedAtB(
  out: Float64Array,
  w: Float64Array,
  x: Float64Array,
  Tp: number,
  Sp: number,
  D: number,
  lo: Int32Array,
  blocks: number,
): void {
  for (let blk = 0; blk < blocks; blk++) {
    const s = blk * 4;
    const t0 = lo[blk];
    for (let d = 0; d < D; d += 4) {
      // prettier-ignore
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      // prettier-ignore
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let t = t0; t < Tp; t++) {
        const wo = t * Sp + s;
        const p0 = w[wo];
        const p1 = w[wo + 1];
        const p2 = w[wo + 2];
        const p3 = w[wo + 3];
        const xo = t * D + d;
        const y0 = x[xo];
        const y1 = x[xo + 1];
        const y2 = x[xo + 2];
        const y3 = x[xo + 3];
        c00 += p0 * y0;
        c01 += p0 * y1;
        c02 += p0 * y2;
        c03 += p0 * y3;
        c10 += p1 * y0;
        c11 += p1 * y1;
        c12 += p1 * y2;
        c13 += p1 * y3;
        c20 += p2 * y0;
        c21 += p2 * y1;
        c22 += p2 * y2;
        c23 += p2 * y3;
        c30 += p3 * y0;
        c31 += p3 * y1;
        c32 += p3 * y2;
        c33 += p3 * y3;
      }
      let o = s * D + d;
      out[o] += c00;
      out[o + 1] += c01;
      out[o + 2] += c02;
      out[o + 3] += c03;
      o += D;
      out[o] += c10;
      out[o + 1] += c11;
      out[o + 2] += c12;
      out[o + 3] += c13;
      o += D;
      out[o] += c20;
      out[o + 1] += c21;
      out[o + 2] += c22;
      out[o + 3] += c23;
      o += D;
      out[o] += c30;
      out[o + 1] += c31;
      out[o + 2] += c32;
      out[o + 3] += c33;
    }
  }
}
