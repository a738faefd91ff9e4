/** The numbers a log slider writes into its field and the URL: what a person would type. */
import { describe, expect, it } from 'vitest';
import { roundSignificant } from '../../../src/ui/format.ts';

describe('roundSignificant', () => {
  it('keeps 4 significant digits of a log track position', () => {
    expect(roundSignificant(2884031.503126606)).toBe(2884000);
    // one step (1/100 decade) below 10⁶ on the RoPE base slider
    expect(roundSignificant(Math.pow(10, 599 / 100))).toBe(977200);
    expect(roundSignificant(Math.pow(10, -190 / 100))).toBe(0.01259);
    expect(String(roundSignificant(Math.pow(10, -690 / 100)))).toBe('1.259e-7');
  });
  it('leaves zero, whole decades and non-finite values as they are', () => {
    expect(roundSignificant(0)).toBe(0);
    expect(roundSignificant(1e8)).toBe(1e8);
    expect(roundSignificant(Infinity)).toBe(Infinity);
    expect(Number.isNaN(roundSignificant(NaN))).toBe(true);
  });
});
