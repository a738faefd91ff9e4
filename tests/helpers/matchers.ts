/**
 * A tolerance-aware array matcher (README, Test it): checks the length, then every element
 * within `atol`, and reports the index and size of the largest difference.
 *
 *   expect(new Float32Array([1, 2])).toBeCloseToArray([1, 2.0000001], 1e-6)
 */
import { expect } from 'vitest';

type Numeric = ArrayLike<number>;

expect.extend({
  toBeCloseToArray(received: Numeric, expected: Numeric, atol = 1e-6) {
    if (received.length !== expected.length) {
      return {
        pass: false,
        message: () => `expected length ${expected.length}, received length ${received.length}`,
      };
    }
    let worst = 0;
    let worstAt = -1;
    for (let i = 0; i < expected.length; i++) {
      const a = received[i];
      const b = expected[i];
      const d = Number.isNaN(a) || Number.isNaN(b) ? Infinity : Math.abs(a - b);
      if (d > worst) {
        worst = d;
        worstAt = i;
      }
    }
    const pass = worst <= atol;
    return {
      pass,
      message: () =>
        pass
          ? `expected arrays to differ by more than ${atol}, largest difference ${worst}`
          : `largest difference ${worst} at index ${worstAt} (received ${received[worstAt]}, expected ${expected[worstAt]}) exceeds ${atol}`,
    };
  },
});

interface CloseToArrayMatchers<R = unknown> {
  toBeCloseToArray(expected: Numeric, atol?: number): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends CloseToArrayMatchers<T> {}
}
