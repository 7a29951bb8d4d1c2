import { describe, expect, it } from 'vitest';
import { percentOf, roundPence, scalePence, sumPence } from './money';

describe('money in pence', () => {
  it('rounds half away from zero', () => {
    expect(roundPence(2.5)).toBe(3);
    expect(roundPence(-2.5)).toBe(-3);
    expect(roundPence(2.49)).toBe(2);
  });
  it('scales and takes percentages without floating pounds', () => {
    expect(scalePence(8250, 1042, 950)).toBe(9049);
    expect(percentOf(10000, 1207)).toBe(1207);
    expect(() => scalePence(1, 1, 0)).toThrow(RangeError);
  });
  it('sums', () => {
    expect(sumPence([1, 2, 3])).toBe(6);
    expect(sumPence([])).toBe(0);
  });
});
