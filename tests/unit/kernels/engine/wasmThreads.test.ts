/**
 * Helper threads for the WebAssembly kernels: with one Node helper the forward pass gives the
 * same logits, bit for bit, as on the calling thread alone (each output is computed by the same
 * code on either thread; no sum is split), a failing part is reported instead of hanging, and
 * the pool keeps working afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeKernelThreads } from '../../../../scripts/wasm/nodeThreads.ts';
import { createKVCache, forward, pinForInference } from '../../../../src/model/forward.ts';
import { initModel } from '../../../../src/model/init.ts';
import {
  tinyConfig,
  TINY_SIZES,
  TINY_SPECIAL_TOKENS,
  TINY_VOCAB,
} from '../../../../src/model/tiny.ts';

/** Deterministic token ids in [0, vocab). */
const tokenIds = (n: number, vocab: number) =>
  Int32Array.from({ length: n }, (_, i) => (i * 7919 + 13) % vocab);
import { matmulSimd } from '../../../../src/kernels/engine/matmulSimd.ts';
import { wasmKernels } from '../../../../src/kernels/engine/wasmMemory.ts';
import { runParts, threadCount, useThreads } from '../../../../src/kernels/engine/wasmThreads.ts';

let started = 0;
beforeAll(async () => {
  started = await startNodeKernelThreads(1);
});
afterAll(() => useThreads(Infinity));

describe('wasm kernel threads', () => {
  it('starts one helper on the shared memory', () => {
    expect(wasmKernels()?.shared).toBe(true);
    expect(started).toBe(1);
    expect(threadCount()).toBe(1);
  });

  it('a 256-token prefill and a cached decode give the same logits on 2 threads as on 1', () => {
    const model = pinForInference(
      initModel(tinyConfig(TINY_SIZES, TINY_VOCAB + TINY_SPECIAL_TOKENS, 0), 3),
    );
    const ids = tokenIds(256, model.config.vocab_size);
    const run = () => {
      const prefill = forward(model, ids).logits;
      const cache = createKVCache(model.config, 256);
      forward(model, ids.subarray(0, 200), cache, { lognTrainLength: 64 });
      const more = forward(model, ids.subarray(200), cache, { lastOnly: true }).logits;
      return [prefill, more];
    };
    useThreads(0);
    const alone = run();
    useThreads(Infinity);
    const shared = run();
    expect(Array.from(shared[0])).toEqual(Array.from(alone[0]));
    expect(Array.from(shared[1])).toEqual(Array.from(alone[1]));
    expect(alone[0].every(Number.isFinite)).toBe(true);
  });

  it('reports a part that fails on the helper, then keeps working', () => {
    const k = wasmKernels()!;
    const beyond = k.memory.buffer.byteLength + 65536; // out of bounds: the kernel traps
    const ok = [beyond, 4, beyond, 4, 0, 0, beyond, 4, 0, 4, 4]; // M = 0: touches nothing
    const bad = [beyond, 4, beyond, 4, 0, 0, beyond, 4, 4, 4, 4];
    expect(() => runParts('matmul', [ok, bad])).toThrow(/helper failed in matmul/);
    // the calling thread's part failing too: its own error, after the helper has finished
    expect(() => runParts('matmul', [bad, ok])).toThrow(/out of bounds/);
    const M = 64;
    const out = new Float32Array(M * M);
    const a = new Float32Array(M * M).fill(1);
    matmulSimd(out, a, a, M, M, M);
    expect(out.every((x) => x === M)).toBe(true);
  });
});
