/**
 * A seeded pseudo-random number generator: mulberry32 for uniforms, Box–Muller for normals.
 * Same seed → same numbers on every machine, so weight init, batching and sampling are
 * reproducible from the repository.
 *
 * Deliberately left out: cryptographic quality (mulberry32 has a 2³² period, plenty for a toy
 * model) and splitting into independent streams (derive a new seed instead).
 *
 *   const rng = createRng(42); rng.uniform() // → a number in [0, 1), the same every run
 */

export interface Rng {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** Integer in [0, n). */
  int(n: number): number;
}

/**
 * mulberry32: one 32-bit state word, advanced by a Weyl step and mixed; each call gives 32
 * random bits as an unsigned integer. `mulberry32` turns them into uniforms in [0, 1).
 */
export function mulberry32Bits(seed: number): () => number {
  let state = seed | 0; // subtle: kept as a signed 32-bit integer, so V8 stores it unboxed
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * Uniforms in [0, 1) from mulberry32's bits.
 *   mulberry32(1)() → 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  const bits = mulberry32Bits(seed);
  return () => bits() / 4294967296;
}

/** Uniforms from mulberry32, normals from them by Box–Muller. */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`rng seed must be a finite number, got ${seed}`);
  let spare: number | null = null;
  const uniform = mulberry32(seed);
  const normal = (): number => {
    // Box–Muller makes two normals from two uniforms; keep the second for the next call.
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = uniform();
    while (u === 0) u = uniform(); // subtle: log(0) would give −∞
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const int = (n: number): number => {
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`rng.int needs a positive integer, got ${n}`);
    return Math.floor(uniform() * n);
  };
  return { uniform, normal, int };
}
