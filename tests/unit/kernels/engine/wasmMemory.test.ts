/**
 * The kernels' memory (wasmMemory.ts) and the kernel that moves numbers inside it: a kept
 * buffer lives in the memory (kernels use it in place), starts at zero, and its bytes are
 * handed out again after it is released; the `transpose` export of inference.wat equals the
 * textbook dst[c][r] (+)= scale[r] · src[r][c] for shapes that are not multiples of its 4 × 4
 * blocks, inside wider rows (strides), with and without the per-row factor and the add.
 */
import { describe, expect, it } from 'vitest';
import {
  keepFloats,
  offsetOf,
  releaseFloats,
  wasmKernels,
  withFrame,
} from '../../../../src/kernels/engine/wasmMemory.ts';
import { createRng } from '../../../../src/kernels/reference/random.ts';

describe('kept buffers', () => {
  it('live in the shared memory, zeroed, and released bytes are reused', () => {
    expect(wasmKernels()?.shared).toBe(true); // Node: shared memory, so buffers can be kept
    const a = keepFloats(1000);
    const b = keepFloats(10);
    expect(offsetOf(a)).toBeGreaterThan(0);
    expect(offsetOf(b)).toBeGreaterThanOrEqual(offsetOf(a) + 4000);
    expect(a.every((x) => x === 0)).toBe(true);
    a.fill(7);
    const at = offsetOf(a);
    releaseFloats(a);
    const c = keepFloats(600); // fits in a's hole: first fit
    expect(offsetOf(c)).toBe(at);
    expect(c.every((x) => x === 0)).toBe(true); // zeroed again, not a's sevens
    const d = keepFloats(400); // the rest of the hole
    expect(offsetOf(d)).toBe(at + 2400);
    releaseFloats(new Float32Array(4)); // not a kept buffer: nothing happens
    for (const x of [b, c, d]) releaseFloats(x);
    // every hole merged back: the whole span is handed out again in one piece
    expect(offsetOf(keepFloats(1010))).toBe(at);
  });

  it('keeping inside a frame is refused (a frame owns the top of the memory)', () => {
    expect(() => withFrame(() => keepFloats(4))).toThrow(/outside a frame/);
  });
});

describe('transpose (wasm/inference.wat)', () => {
  it.each([
    [5, 7, 9, 6, false, false],
    [8, 12, 12, 8, true, false],
    [13, 4, 6, 16, true, true],
    [1, 3, 3, 1, false, true],
    [64, 33, 40, 70, true, true],
  ])('%i × %i (lds %i, ldd %i), scale %s, add %s', (rows, cols, lds, ldd, scaled, acc) => {
    const rng = createRng(rows * 100 + cols);
    const src = Float32Array.from({ length: rows * lds }, () => rng.normal());
    const scale = Float32Array.from({ length: rows }, () => rng.normal());
    const dst0 = Float32Array.from({ length: cols * ldd }, () => rng.normal());
    const want = dst0.slice();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = Math.fround(src[r * lds + c] * (scaled ? scale[r] : 1));
        want[c * ldd + r] = acc ? Math.fround(want[c * ldd + r] + v) : v;
      }
    }
    const got = withFrame((frame) => {
      const s = frame.place(src, src.length);
      const f = frame.place(scale, rows);
      const d = frame.floats(dst0.length);
      d.set(dst0);
      wasmKernels()!.exports.transpose(s, lds, d.byteOffset, ldd, rows, cols, scaled ? f : 0, +acc);
      return d.slice();
    });
    // the same float32 operations in the same order: bit for bit, padding columns untouched
    expect(Array.from(got)).toEqual(Array.from(want));
  });
});
