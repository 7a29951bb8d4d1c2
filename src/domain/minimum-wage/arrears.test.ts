import { describe, expect, it } from 'vitest';
import { arrearsAtCurrentRate, requiredPayPence } from './arrears';

describe('requiredPayPence', () => {
  it('multiplies hours by the rate and rounds half up to the penny', () => {
    expect(requiredPayPence(45 * 3600, 619)).toBe(27855); // NMWM10220: £6.19 × 45 = £278.55
    expect(requiredPayPence(7.5 * 3600, 1271)).toBe(9533); // 9532.5p rounds up
    expect(requiredPayPence(1200, 1271)).toBe(424); // 20 minutes: 423.67p
    expect(requiredPayPence(1, 1271)).toBe(0); // 0.35p rounds down
    expect(requiredPayPence(0, 1271)).toBe(0);
  });
});

describe('arrearsAtCurrentRate (HMRC NMWM13160)', () => {
  it('reproduces the nibusinessinfo worked example: £82.50 underpaid at £9.50 is £90.49 at £10.42', () => {
    expect(arrearsAtCurrentRate(8250, 950, 1042)).toBe(9049);
  });
  it('returns the plain underpayment when the rate has not gone up', () => {
    expect(arrearsAtCurrentRate(8250, 1271, 1271)).toBe(8250);
    expect(arrearsAtCurrentRate(8250, 1271, 1200)).toBe(8250);
  });
  it('owes nothing when nothing was underpaid', () => {
    expect(arrearsAtCurrentRate(0, 950, 1271)).toBe(0);
  });
  it('rounds the re-valued amount half up to the penny', () => {
    // 1 × 1271 / 1042 = 1.2198p → 1p; 5 × 1271 / 1042 = 6.0988p → 6p; 1 × 3 / 2 = 1.5p → 2p
    expect(arrearsAtCurrentRate(1, 1042, 1271)).toBe(1);
    expect(arrearsAtCurrentRate(5, 1042, 1271)).toBe(6);
    expect(arrearsAtCurrentRate(1, 2, 3)).toBe(2);
  });
});
